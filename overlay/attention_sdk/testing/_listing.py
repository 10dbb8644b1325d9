"""GET /conversations/list and GET /conversations: their filters, order and pages.

From openapi/attention.yaml (listConversations, written from the docs' "optimized" list;
listConversationsFull, the original list, which public code shows taking the same
parameters):
- The query is read and checked against the spec before it gets here (_validate.py): a
  parameter the spec does not declare is a 400, and so is a malformed value (``page`` an
  integer >= 1, ``size`` from 1 to 50 on the optimized list, date-times in RFC 3339 and,
  on the original list, in UTC with ``Z`` and whole seconds, the form public code found
  the live API insists on there; flags ``true`` or ``false``), each named. This module
  gets the values read: integers, booleans, strings, and lists for the repeatable filters.
- Filters: ``fromDateTime``/``toDateTime`` (against ``createdAt``), ``filter[title]``
  (case-insensitive substring), and the repeatable ``filter[owner.email]``,
  ``filter[owner.id]``, ``filter[participants.email]``, ``filter[team.id]`` and
  ``filter[external_opportunity.id]``, sent as repeated keys and OR-ed;
  ``filter[hide_internal]``, ``filter[hide_non_analyzed]``, ``filter[hide_pending]`` and
  ``filter[hide_failed]`` apply when ``true``. Every filter given must hold (AND). What
  the other flags do to each item shown is in _views.py.
- The body is ``{data, links: {self, related}, meta: {totalRecords, pageCount, pageNumber,
  pageSize}}``; ``related`` is the next page. The links point at ``/v2/conversations``,
  not at this path, as the docs' examples do.

The stand-in's own choices, where the docs are silent:
- ``page`` defaults to 1 and ``size`` to 20 (the defaults of third-party code).
- The original list serves at most 100 a page (FULL_LIST_CAP): a larger ``size`` is
  answered with 100 and ``meta.pageSize: 100``. Its real limit is undocumented; a page
  smaller than asked for is what a walk must survive without stopping early.
- ``filter[hide_pending]`` and ``filter[hide_failed]`` leave out a conversation whose
  ``transcriptStatus`` or ``importStatus`` is ``pending`` or ``failed`` (in any case).
- ``related`` is null on the last page and past it; a page past the end has ``data: []``.
- Archived conversations are listed like the others.
- Newest ``createdAt`` first (as the docs' examples), ties by id, so pages are stable; a
  conversation without a readable ``createdAt`` comes last and fails any date filter.
- Date bounds are inclusive.
- Emails match whole and case-insensitively; ids match exactly.
- ``filter[hide_non_analyzed]`` keeps only a ``transcriptStatus`` of ``completed`` in any
  case (third-party code compares it lowercased).
- ``filter[crm_field.*]`` are accepted (the spec declares them) and ignored: the
  stand-in does not model the data of linked CRM records.
"""

from __future__ import annotations

import datetime
import math
from collections.abc import Callable, Iterable, Mapping
from typing import Any

Query = Mapping[str, Any]  # by parameter name, its value as read: int, bool, str or list
Predicate = Callable[[dict[str, Any]], bool]
DEFAULT_SIZE = 20
FULL_LIST_CAP = 100  # the stand-in's own choice for GET /conversations (see above)
_LINK = "/v2/conversations?page={}"
# Repeatable filters: the conversation's value(s) each filter looks at, and whether the
# comparison ignores case (emails do; ids do not).
_ANY_OF: dict[str, tuple[Callable[[dict[str, Any]], list[Any]], bool]] = {
    "filter[owner.email]": (lambda a: [_get(a, "user", "email")], True),
    "filter[owner.id]": (lambda a: [a.get("userUUID")], False),
    "filter[participants.email]": (
        lambda a: [_get(p, "email") for p in a.get("participants") or [] if isinstance(p, dict)],
        True,
    ),
    "filter[team.id]": (lambda a: [a.get("teamUUID")], False),
    "filter[external_opportunity.id]": (lambda a: [_get(a, "externalOpportunity", "uuid")], False),
}


def _get(node: Any, *keys: str) -> Any:
    """node[k1][k2]..., or None where a level is missing or not an object."""
    for key in keys:
        node = node.get(key) if isinstance(node, dict) else None
    return node


def _attributes(conversation: dict[str, Any]) -> dict[str, Any]:
    attributes = conversation.get("attributes")
    return attributes if isinstance(attributes, dict) else {}


def parse_instant(text: str) -> datetime.datetime | None:
    """An ISO 8601 date-time (a naive one taken as UTC), or None if it does not parse.

    For the stored createdAt, which is the stand-in's own data, and for the date filters,
    which the spec's check has already held to RFC 3339 (letters in either case).
    """
    try:
        instant = datetime.datetime.fromisoformat(text.upper())
    except ValueError:
        return None
    return instant if instant.tzinfo else instant.replace(tzinfo=datetime.UTC)


def _created(conversation: dict[str, Any]) -> datetime.datetime | None:
    created = _attributes(conversation).get("createdAt")
    return parse_instant(created) if isinstance(created, str) else None


def ordered(conversations: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Newest createdAt first, ties by id; those without a createdAt last."""

    def key(conversation: dict[str, Any]) -> tuple[bool, float, str]:
        created = _created(conversation)
        return created is None, -created.timestamp() if created else 0.0, conversation["id"]

    return sorted(conversations, key=key)


def _instant(query: Query, name: str) -> datetime.datetime | None:
    text = query.get(name)
    return None if text is None else parse_instant(text)


def _status_is(conversation: dict[str, Any], wanted: str) -> bool:
    attributes = _attributes(conversation)
    return any(
        str(attributes.get(field)).lower() == wanted
        for field in ("transcriptStatus", "importStatus")
    )


def _predicates(query: Query) -> list[Predicate]:
    """One test per filter given."""
    tests: list[Predicate] = []
    since, until = _instant(query, "fromDateTime"), _instant(query, "toDateTime")
    if since or until:
        low = since or datetime.datetime.min.replace(tzinfo=datetime.UTC)
        high = until or datetime.datetime.max.replace(tzinfo=datetime.UTC)
        tests.append(lambda c: (created := _created(c)) is not None and low <= created <= high)
    if (title := query.get("filter[title]")) is not None:
        tests.append(lambda c: title.lower() in str(_attributes(c).get("title") or "").lower())
    for name, (values_of, fold) in _ANY_OF.items():
        if wanted := query.get(name):
            tests.append(_any_of(values_of, wanted, fold))
    if query.get("filter[hide_internal]"):
        tests.append(lambda c: _attributes(c).get("isInternal") is not True)
    if query.get("filter[hide_non_analyzed]"):
        tests.append(lambda c: str(_attributes(c).get("transcriptStatus")).lower() == "completed")
    if query.get("filter[hide_pending]"):
        tests.append(lambda c: not _status_is(c, "pending"))
    if query.get("filter[hide_failed]"):
        tests.append(lambda c: not _status_is(c, "failed"))
    # filter[crm_field.entity_code], .field_name and .values are accepted and ignored: the
    # stand-in keeps no CRM field data to match them against.
    return tests


def _any_of(
    values_of: Callable[[dict[str, Any]], list[Any]], wanted: list[str], fold: bool
) -> Predicate:
    def norm(value: str) -> str:
        return value.lower() if fold else value

    accepted = {norm(value) for value in wanted}
    return lambda c: any(
        isinstance(v, str) and norm(v) in accepted for v in values_of(_attributes(c))
    )


def list_page(
    conversations: Iterable[dict[str, Any]], query: Query, *, full: bool = False
) -> dict[str, Any]:
    """The ConversationList body for query (the values read and checked by _validate.py),
    on the optimized list or (``full``) the original one."""
    page: int = query.get("page", 1)
    size: int = query.get("size", DEFAULT_SIZE)
    if full:
        size = min(size, FULL_LIST_CAP)
    tests = _predicates(query)
    matches = ordered(c for c in conversations if all(test(c) for test in tests))
    total, start = len(matches), (page - 1) * size
    return {
        "data": matches[start : start + size],
        "links": {
            "self": _LINK.format(page),
            "related": _LINK.format(page + 1) if page * size < total else None,
        },
        "meta": {
            "totalRecords": total,
            "pageCount": math.ceil(total / size),
            "pageNumber": page,
            "pageSize": size,
        },
    }
