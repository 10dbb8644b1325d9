"""The rows of a bulk job from a list filter: ``--filter-title Acme`` instead of a file.

The filter options are the list's own (``_derive.list_filters``: its keyword parameters
but its paging parameters), so a filter added to the spec is an option of the bulk jobs
too, by the same name as on ``list``.

Every page is walked, and every id collected, before the first write. A walk that
writes as it goes skips conversations: renaming the conversations of one page takes them
out of the filter, every later match moves up by as many places, and those that move onto
the page already read are never seen. The ids collected are recorded in the journal's job
record, and a resumed job works on them rather than asking again, since the answer would
have changed (the renamed conversations are no longer selected).
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import click
from attention_client.types import Unset

from .._client import Attention
from ._derive import Group, click_parameter, list_filters, page_size_param, to_argument

# Conversations asked for per page of the walk: the most the API gives.
PAGE_SIZE = 50


def filter_options(group: Group, taken: Sequence[click.Parameter]) -> list[click.Parameter]:
    """The list's filters as options of a bulk command whose own parameters are ``taken``."""
    found = list_filters(group)
    if found is None:
        return []
    options = [click_parameter(parameter) for parameter in found[1]]
    names = {name for param in taken for name in (param.name, *param.opts)}
    for option in options:
        clash = names & {option.name, *option.opts}
        if clash:
            raise TypeError(f"the list filter {option.name} clashes with {', '.join(clash)}")
    return options


def _jsonable(value: Any) -> Any:
    if isinstance(value, datetime.datetime):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [_jsonable(item) for item in value]
    if isinstance(value, dict):
        return {key: _jsonable(item) for key, item in value.items()}
    return value


@dataclass(frozen=True)
class Found:
    """The conversations a list filter selects, and the change to make to each."""

    group: tuple[str, ...]  # the group's path to the client attribute (conversations)
    method: str  # its list method
    size: str  # the name of that list's page size (size)
    filters: dict[str, Any]  # the list's keyword arguments, as the SDK takes them
    title: str | None = None
    labels: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_options(
        cls, group: Group, values: dict[str, Any], title: str | None, labels: dict[str, str]
    ) -> Found | None:
        """The filter given among a command's ``values`` (taken out of them), or None."""
        found = list_filters(group)
        if found is None:
            return None
        operation, parameters = found
        filters: dict[str, Any] = {}
        for parameter in parameters:
            value = to_argument(parameter, values.pop(parameter.dest, None))
            if not isinstance(value, Unset):
                filters[parameter.name] = value
        if not filters:
            return None
        size = page_size_param(operation)
        return cls(group.path, operation.method, size, filters, title, labels)

    def description(self, with_change: bool) -> dict[str, Any]:
        """The filter (and the change), as JSON: what the journal records and checks."""
        described: dict[str, Any] = {"filter": _jsonable(self.filters)}
        if with_change:
            described["change"] = {"title": self.title, "labels": self.labels}
        return described

    def collect(self, client: Attention) -> list[str]:
        """The id of every conversation selected, every page walked before returning."""
        listing: Any = client
        for attribute in (*self.group, self.method):
            listing = getattr(listing, attribute)
        return [item.id for item in listing(**self.filters, **{self.size: PAGE_SIZE})]
