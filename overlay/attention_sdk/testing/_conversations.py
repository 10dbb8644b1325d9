"""Hooks for the conversation operations, by operationId: what the spec cannot state.

The conversations are the collection of the ``Conversation`` schema (seeded from _data.py,
not generated); imports, external ids and what retrieve adds on request are kept in the
store's state. Where each rule comes from (the spec, written from the public docs):
- A conversation is returned at the top level, not wrapped in "data" (Conversation);
  small results are bare objects (UploadUrl, ImportedConversation,
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
  The import counts one write for the conversation it makes.
- Upload URLs point at uploads.stand-in.invalid, where nothing listens.
"""

from __future__ import annotations

import datetime
import json
import uuid
from collections.abc import Callable, Iterable
from typing import Any

from . import _data
from ._engine import Handler, Received
from ._listing import list_page
from ._messages import Reply, error, ok
from ._store import Item, Seeder, Store
from ._views import shown

__all__ = ["CONVERSATION", "HOOKS", "PARAMS", "conversations", "seeder"]

CONVERSATION = "Conversation"  # the item schema of the conversations
_STATE = "conversations"
_UPLOADS = "https://uploads.stand-in.invalid/"


def conversations(store: Store) -> dict[str, Item]:
    """The stored conversations, by id."""
    return store.group(CONVERSATION)


def _state(store: Store) -> dict[str, Any]:
    state: dict[str, Any] = store.state.setdefault(_STATE, {"external_ids": {}, "extras": {}})
    return state


def external_ids(store: Store) -> dict[str, str]:
    """applicationExternalID -> conversation id."""
    found: dict[str, str] = _state(store)["external_ids"]
    return found


def _extras(store: Store) -> dict[str, dict[str, Any]]:
    """What retrieve adds on request, by conversation id and then by attribute:
    "participants" (internal ones, added to the rest), "zoomMetadata", "importMetadata"."""
    found: dict[str, dict[str, Any]] = _state(store)["extras"]
    return found


def seeder(given: Iterable[dict[str, Any]] | None = None) -> Seeder:
    """What fills the conversations: the default seeds, or only those given (ValueError,
    now, unless each has a string "id")."""
    seed = _data.seed(given)

    def fill(store: Store) -> None:
        state = json.loads(seed)
        store.collections[CONVERSATION] = {"": state["conversations"]}
        store.state[_STATE] = {"external_ids": state["external_ids"], "extras": state["extras"]}

    return fill


def _not_found() -> Reply:
    return error(404, "Conversation not found", "not_found")


def _attributes(conversation: dict[str, Any]) -> dict[str, Any]:
    if not isinstance(conversation.get("attributes"), dict):
        conversation["attributes"] = {}
    attributes: dict[str, Any] = conversation["attributes"]
    return attributes


Change = Callable[[dict[str, Any], Any], None]  # gets the body checked: a 400 changes nothing


def _on_conversation(change: Change) -> Handler:
    """A handler that changes /conversations/{id}: 404 for an unknown id, else change it
    and return it (the router counts the write)."""

    def handle(store: Store, received: Received) -> Reply:
        conversation = conversations(store).get(received.params["id"])
        if conversation is None:
            return _not_found()
        change(conversation, received.body())  # BadRequest before any change
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


def _flags(received: Received) -> Callable[[str], bool]:
    """Whether a boolean flag of the query was given as true (checked by the spec)."""
    return lambda name: received.query.get(name) is True


def _lister(full: bool) -> Handler:
    def handle(store: Store, received: Received) -> Reply:
        received.body()
        body = list_page(conversations(store).values(), received.query, full=full)
        flag, extras = _flags(received), _extras(store)
        body["data"] = [
            shown(c, extras.get(c["id"]), flag, optimized_list=not full) for c in body["data"]
        ]
        return ok(body)

    return handle


def _retrieve(store: Store, received: Received) -> Reply:
    conversation_id = received.params["id"]
    if received.query.get("by") == "external_id":
        conversation_id = external_ids(store).get(conversation_id, "")
    conversation = conversations(store).get(conversation_id)
    if conversation is None:
        return _not_found()
    received.body()
    return ok(shown(conversation, _extras(store).get(conversation_id), _flags(received)))


def _upload_url(store: Store, received: Received) -> Reply:
    received.body()
    store.sequences["conversation uploads"] += 1
    number = store.sequences["conversation uploads"]
    key, signature = f"upload-{number:04d}", f"stand-in-{number:04d}"
    return ok(
        {"url": f"{_UPLOADS}{key}?signature={signature}", "downloadUrl": _UPLOADS + key, "key": key}
    )


def _new_id(store: Store) -> str:
    while True:  # skips ids that custom conversations may already use
        store.sequences["conversation imports"] += 1
        name = f"https://stand-in.invalid/imports/{store.sequences['conversation imports']}"
        new_id = str(uuid.uuid5(uuid.NAMESPACE_URL, name))
        if new_id not in conversations(store):
            return new_id


def _import(store: Store, received: Received) -> Reply:
    request = received.body()
    new_id = _new_id(store)
    now = _data.stamp(datetime.datetime.now(datetime.UTC))
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
    if (user := _data.owner(request["userID"])) is not None:
        attributes["user"] = user
    if "opportunityID" in request:
        attributes["externalOpportunity"] = {"uuid": request["opportunityID"]}
    if people := request.get("externalMetadata", {}).get("participants"):
        keep = ("email", "name", "organizer")
        attributes["participants"] = [{k: p[k] for k in keep if k in p} for p in people]
    conversations(store)[new_id] = {
        "type": "conversations",
        "id": new_id,
        "attributes": attributes,
    }
    store.writes[new_id] += 1
    if "applicationExternalID" in request:
        external_ids(store)[request["applicationExternalID"]] = new_id
    # Shown by retrieve with filter[include_import_metadata] (see _views.py).
    named = ("applicationName", "applicationExternalID")
    if metadata := {key: request[key] for key in named if key in request}:
        _extras(store)[new_id] = {"importMetadata": metadata}
    return ok({"uuid": new_id})


def _by_external_id(store: Store, received: Received) -> Reply:
    conversation_id = external_ids(store).get(received.params["externalId"])
    if conversation_id is None:
        return _not_found()
    received.body()
    return ok({"conversation_id": conversation_id})


HOOKS: dict[str, Handler] = {
    "listConversationsFull": _lister(full=True),
    "listConversations": _lister(full=False),
    "getUploadUrl": _upload_url,
    "importConversation": _import,
    "conversationByExternalId": _by_external_id,
    "getConversation": _retrieve,
    "updateConversation": _on_conversation(_update),
    "archiveConversation": _on_conversation(_archive),
    "changeConversationTitle": _on_conversation(_change_title),
    "changeConversationLabels": _on_conversation(_change_labels),
    "changeConversationPrivacy": _on_conversation(_change_privacy),
    "updateLinkedCrmRecords": _on_conversation(_link_crm_records),
}

# Path parameters that name something a hook keeps, for operations whose parameters name
# no collection: a value that exists in store (AttentionStandIn.example_path).
PARAMS: dict[str, Callable[[Store], dict[str, str]]] = {
    "conversationByExternalId": lambda store: {"externalId": next(iter(external_ids(store)), "")},
}
