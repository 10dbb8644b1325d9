"""The stand-in's route table: every operation of openapi/attention.yaml, with its handler.

Where each rule comes from (the spec, written from the public docs):
- Paths live under /v2. A conversation is returned at the top level, not wrapped in
  "data" (Conversation); small results are bare objects (UploadUrl, ImportedConversation,
  ConversationByExternalId).
- GET /conversations/list and GET /conversations (the original list) page through the
  conversations (see _listing.py); what their flags do to each item is in _views.py.
- GET /conversations/upload-url gives {url, downloadUrl, key} (UploadUrl).
- POST /conversations/import takes ImportConversationRequest (mediaURL and userID
  required) and returns {uuid}; its importStatus shows the import's progress.
- GET /conversations/by-external-id/{externalId} gives {conversation_id} of the
  conversation imported with that applicationExternalID, or 404.
- GET, PUT and DELETE /conversations/{id}: retrieve, update (UpdateConversationRequest:
  title and/or labels, nothing else) and archive (a soft archive, not a deletion).
  Retrieve takes ``by=external_id`` (the id in the path is then the external id it was
  imported with) and the flags of _views.py.
- PUT /conversations/{id}/title, /labels, /change_privacy and /linked-crm-records take
  ChangeTitleRequest, ChangeLabelsRequest, no body (a toggle), and
  UpdateLinkedCrmRecordsRequest (which replaces the whole set); each returns the
  conversation after the change.
- An unknown id gives 404 (seen by third-party code; the docs list no error statuses).
- Every request is checked against the spec (_validate.py): an unknown query parameter,
  a malformed value, a body that breaks its schema (bodies are closed), a body the
  operation does not take, or one missing that it needs, gives 400 (BadRequest) naming
  it, unless a test accepted it as a named extra (AttentionStandIn.accept_extra).

Routing: the path is matched first, literal segments winning over parameters from left
to right (so /conversations/list is not a conversation id); a known path with another
method gives 405 with an Allow header, any other path 404. Path parameters are matched
on the raw path, so an encoded "/" (%2F) stays inside one, then percent-decoded. Each
route is an operation of the spec, and every operation has a route: the router (and so
the stand-in) refuses to load otherwise. The order of the checks is the stand-in's own:
the path and query parameters first, then an unknown id (404), then the body, which the
handler reads after that lookup, so an unknown id is a 404 whatever the body; a 400
changes nothing.

The stand-in's own choices, where the docs are silent:
- Labels, from PUT /conversations/{id} or /labels, replace the existing ones rather than
  merging with them, so that no client comes to rely on a merge. skip_analysis is checked
  (a boolean) and otherwise ignored: the stand-in analyses nothing.
- change_privacy: whether it accepts a body such as ``{"private": true}`` is not
  documented and the spec declares none, so one is a 400 rather than a toggle; a missing
  or null ``private`` counts as false.
- Archiving an archived conversation is a 200 again; the result says ``archived: true``
  (the docs' example shows false, so clients should not rely on it either way).
- An import gets a UUID-shaped id, the same sequence on every start; the conversation
  stays ``pending`` forever, as nothing is downloaded. Importing again with the same
  applicationExternalID makes a second conversation, which the external id then names.
- Upload URLs point at uploads.stand-in.invalid, where nothing listens.

Every change applied is counted per conversation id (Store.writes, read through
AttentionStandIn.writes()): a 200 from PUT or DELETE on a conversation, or the import
that created it. Reads, faults, 400s and 404s count nothing.
"""

from __future__ import annotations

import datetime
import re
import uuid
from collections.abc import Callable, Iterable, Mapping
from typing import Any
from urllib.parse import unquote

from ._data import Store, owner, stamp
from ._listing import list_page
from ._messages import Reply, error, ok
from ._validate import NO_EXTRAS, BadRequest, Extras, Operation
from ._views import shown

_UPLOADS = "https://uploads.stand-in.invalid/"


class Call:
    """What a handler gets: the path and query parameters, read and checked against the
    spec, and the body, read and checked by body() (after any 404 of the handler's).

    A handler must call body() before it changes anything, even where the spec declares
    no body, so that one sent anyway is a 400 and a 400 leaves no half-change
    (tests/test_standin_validation.py sends a body to every operation that takes none).
    """

    __slots__ = ("_extras", "_operation", "_raw", "params", "query")

    def __init__(
        self,
        operation: Operation,
        params: dict[str, Any],
        query: dict[str, Any],
        raw: bytes,
        extras: frozenset[str],
    ) -> None:
        self.params, self.query = params, query
        self._operation, self._raw, self._extras = operation, raw, extras

    def body(self) -> Any:
        """The body as JSON, checked, without accepted extras; None when there is none."""
        return self._operation.read_body(self._raw, self._extras)


Handler = Callable[[Store, Call], Reply]
# Gets the body checked, so that a 400 comes before any change.
Change = Callable[[dict[str, Any], Any], None]


def _attributes(conversation: dict[str, Any]) -> dict[str, Any]:
    if not isinstance(conversation.get("attributes"), dict):
        conversation["attributes"] = {}
    attributes: dict[str, Any] = conversation["attributes"]
    return attributes


def _on_conversation(change: Change) -> Handler:
    """A handler that changes /conversations/{id}: 404 for an unknown id, else change it
    and return it (retrieve, which changes nothing, is _retrieve)."""

    def handle(store: Store, call: Call) -> Reply:
        conversation = store.conversations.get(call.params["id"])
        if conversation is None:
            return error(404, "Conversation not found", "not_found")
        body = call.body()  # BadRequest before any change: no write
        change(conversation, body)
        store.writes[call.params["id"]] += 1
        return ok(conversation)

    return handle


def _update(conversation: dict[str, Any], body: Any) -> None:
    attributes = _attributes(conversation)
    if "title" in body:
        attributes["title"] = body["title"]
    if "labels" in body:
        attributes["labels"] = dict(body["labels"])  # replaced, not merged: see above


def _archive(conversation: dict[str, Any], body: Any) -> None:
    _attributes(conversation)["archived"] = True


def _change_title(conversation: dict[str, Any], body: Any) -> None:
    _attributes(conversation)["title"] = body["title"]


def _change_labels(conversation: dict[str, Any], body: Any) -> None:
    _attributes(conversation)["labels"] = dict(body["labels"])


def _change_privacy(conversation: dict[str, Any], body: Any) -> None:
    attributes = _attributes(conversation)
    attributes["private"] = attributes.get("private") is not True


def _link_crm_records(conversation: dict[str, Any], body: Any) -> None:
    _attributes(conversation)["linkedCrmRecords"] = body["linkedCrmRecords"]


def _flags(call: Call) -> Callable[[str], bool]:
    """Whether a boolean flag of the query was given as true (checked by the spec)."""
    return lambda name: call.query.get(name) is True


def _lister(full: bool) -> Handler:
    def handle(store: Store, call: Call) -> Reply:
        call.body()
        body = list_page(store.conversations.values(), call.query, full=full)
        flag = _flags(call)
        body["data"] = [
            shown(c, store.extras.get(c["id"]), flag, optimized_list=not full) for c in body["data"]
        ]
        return ok(body)

    return handle


def _retrieve(store: Store, call: Call) -> Reply:
    conversation_id = call.params["id"]
    if call.query.get("by") == "external_id":
        conversation_id = store.external_ids.get(conversation_id, "")
    conversation = store.conversations.get(conversation_id)
    if conversation is None:
        return error(404, "Conversation not found", "not_found")
    call.body()
    return ok(shown(conversation, store.extras.get(conversation_id), _flags(call)))


def _upload_url(store: Store, call: Call) -> Reply:
    call.body()
    store.uploads += 1
    key = f"upload-{store.uploads:04d}"
    signature = f"stand-in-{store.uploads:04d}"
    return ok(
        {"url": f"{_UPLOADS}{key}?signature={signature}", "downloadUrl": _UPLOADS + key, "key": key}
    )


def _new_id(store: Store) -> str:
    while True:  # skips ids that custom conversations may already use
        store.imports += 1
        name = f"https://stand-in.invalid/imports/{store.imports}"
        new_id = str(uuid.uuid5(uuid.NAMESPACE_URL, name))
        if new_id not in store.conversations:
            return new_id


def _import(store: Store, call: Call) -> Reply:
    request = call.body()
    new_id = _new_id(store)
    now = stamp(datetime.datetime.now(datetime.UTC))
    attributes: dict[str, Any] = {
        "uuid": new_id,
        "title": request.get("conversationTitle", "Imported conversation"),
        "createdAt": request.get("conversationStartedAt", now),
        "finishedAt": None,
        "userUUID": request["userID"],
        "labels": {},
        "archived": False,
        "private": False,
        "importStatus": "pending",
        "transcriptStatus": "pending",
        "linkedCrmRecords": request.get("linkedCrmRecords", []),
    }
    if (user := owner(request["userID"])) is not None:
        attributes["user"] = user
    if "opportunityID" in request:
        attributes["externalOpportunity"] = {"uuid": request["opportunityID"]}
    if people := request.get("externalMetadata", {}).get("participants"):
        keep = ("email", "name", "organizer")
        attributes["participants"] = [{k: p[k] for k in keep if k in p} for p in people]
    store.conversations[new_id] = {"type": "conversations", "id": new_id, "attributes": attributes}
    store.writes[new_id] += 1
    if "applicationExternalID" in request:
        store.external_ids[request["applicationExternalID"]] = new_id
    # Shown by retrieve with filter[include_import_metadata] (see _views.py).
    named = ("applicationName", "applicationExternalID")
    if metadata := {key: request[key] for key in named if key in request}:
        store.extras[new_id] = {"importMetadata": metadata}
    return ok({"uuid": new_id})


def _by_external_id(store: Store, call: Call) -> Reply:
    conversation_id = store.external_ids.get(call.params["externalId"])
    if conversation_id is None:
        return error(404, "Conversation not found", "not_found")
    call.body()
    return ok({"conversation_id": conversation_id})


ROUTES: list[tuple[str, str, Handler]] = [
    ("GET", "/conversations", _lister(full=True)),
    ("GET", "/conversations/list", _lister(full=False)),
    ("GET", "/conversations/upload-url", _upload_url),
    ("POST", "/conversations/import", _import),
    ("GET", "/conversations/by-external-id/{externalId}", _by_external_id),
    ("GET", "/conversations/{id}", _retrieve),
    ("PUT", "/conversations/{id}", _on_conversation(_update)),
    ("DELETE", "/conversations/{id}", _on_conversation(_archive)),
    ("PUT", "/conversations/{id}/title", _on_conversation(_change_title)),
    ("PUT", "/conversations/{id}/labels", _on_conversation(_change_labels)),
    ("PUT", "/conversations/{id}/change_privacy", _on_conversation(_change_privacy)),
    ("PUT", "/conversations/{id}/linked-crm-records", _on_conversation(_link_crm_records)),
]


class Router:
    """Finds the route of a request, checks the request against its operation, and runs
    its handler."""

    def __init__(
        self,
        routes: Iterable[tuple[str, str, Handler]],
        operations: Mapping[tuple[str, str], Operation],
        prefix: str = "/v2",
    ) -> None:
        by_path: dict[str, dict[str, tuple[Operation, Handler]]] = {}
        for method, pattern, handler in routes:
            operation = operations.get((method, pattern))
            if operation is None:  # it could not be checked: refuse it rather than guess
                raise ValueError(f"the route {method} {pattern} is not an operation of the spec")
            by_path.setdefault(pattern, {})[method] = (operation, handler)
        if missing := [f"{m} {p}" for m, p in operations if m not in by_path.get(p, {})]:
            raise ValueError(f"the stand-in has no route for {', '.join(missing)} of the spec")
        # A literal segment wins over a parameter, checked from the left: list, upload-url
        # and import are not ids, and by-external-id/title is an external id, not a title.
        ordered = sorted(by_path, key=lambda p: [s.startswith("{") for s in p.split("/")])
        self._paths = [(self._compile(prefix + p), by_path[p]) for p in ordered]

    @staticmethod
    def _compile(pattern: str) -> re.Pattern[str]:
        parts = [
            f"(?P<{s[1:-1]}>[^/]+)" if s.startswith("{") else re.escape(s)
            for s in pattern.split("/")
        ]
        return re.compile("/".join(parts))

    def dispatch(
        self,
        store: Store,
        method: str,
        target: str,
        body: bytes,
        extras: Extras = NO_EXTRAS,
    ) -> Reply:
        """The reply to method on target (a path with its query string)."""
        path, _, query = target.partition("?")
        for regex, methods in self._paths:
            if (match := regex.fullmatch(path)) is None:
                continue
            if method not in methods:
                allow = {"Allow": ", ".join(methods)}
                return error(405, "Method not allowed", "method_not_allowed", allow)
            operation, handler = methods[method]
            try:
                raw = {name: unquote(value) for name, value in match.groupdict().items()}
                params = operation.read_path(raw)
                values = operation.read_query(query, extras.query)
                return handler(store, Call(operation, params, values, body, extras.body))
            except BadRequest as bad:
                return error(400, str(bad), "bad_request")
        return error(404, "Not found", "not_found")
