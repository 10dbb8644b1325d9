"""The stand-in's conversations: the docs' two examples, and 120 generated ones to page through.

The two examples (data/seed_conversation.json, the seed page's ``<string>``, and
data/docs_new_conversation.json, ``conv-uuid-123``) are served exactly as documented.
The generated ones, ``conv-0001`` to ``conv-0120``, are the same on every start. They are
compact (about 1 kB: no boards, talk tracks or bots) and vary so that each list filter
selects some of them but not all: 4 owners, 3 teams, every 5th internal, every 7th
pending and every 17th failed (so not analyzed; every 13th says ``COMPLETED`` in
capitals: the status is an open string), every 8th private, every 30th archived, titles
naming 7 accounts (Acme Corp in 8 of them), 1-3 participants, createdAt every 26 hours
from January to May 2024 (every 10th shares its instant with the one before, so ordering
ties occur), a two-line transcript on every 4th, extracted intelligence (next steps) on
each one with a customer. ``conv-NNNN`` was imported with the external id ``ext-NNNN``;
the two examples have no external id.

What GET /conversations/{id} leaves out unless a ``filter[include_*]`` flag asks for it
is kept beside each conversation (``Store.extras``): the owner, an internal participant
of each customer call; the Zoom Phone details of every 6th; and the import metadata
(``applicationName`` and the external id) of every generated one. The two examples have
none, so they are served exactly as documented whatever the flags.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Iterable
from functools import cache
from importlib import resources
from typing import Any

GENERATED = 120
_EXAMPLES = ("seed_conversation.json", "docs_new_conversation.json")
_API = "https://api.attention.tech/v2/conversations/"
_FIRST = datetime.datetime(2024, 1, 8, 9, 0, tzinfo=datetime.UTC)

OWNERS = (
    {
        "uuid": "user-uuid-0001",
        "email": "ana@seller.example",
        "firstName": "Ana",
        "lastName": "Lopez",
    },
    {
        "uuid": "user-uuid-0002",
        "email": "ben@seller.example",
        "firstName": "Ben",
        "lastName": "Okafor",
    },
    {
        "uuid": "user-uuid-0003",
        "email": "chloe@seller.example",
        "firstName": "Chloe",
        "lastName": "Martin",
    },
    {
        "uuid": "user-uuid-0004",
        "email": "dev@seller.example",
        "firstName": "Dev",
        "lastName": "Patel",
    },
)
TEAMS = ("team-uuid-0001", "team-uuid-0002", "team-uuid-0003")
# (account, its contact's email, the contact's name); Acme is used for every 11th title.
_ACCOUNTS = (
    ("Globex", "jane@globex.example", "Jane Park"),
    ("Initech", "li@initech.example", "Li Wei"),
    ("Umbrella", "omar@umbrella.example", "Omar Haddad"),
    ("Hooli", "sara@hooli.example", "Sara Novak"),
    ("Soylent", "tom@soylent.example", "Tom Berg"),
    ("Vandelay", "art@vandelay.example", "Art Vandelay"),
)
_ACME = ("Acme Corp", "kim@acme.example", "Kim Reyes")
_KINDS = ("Discovery call", "Product demo", "Pricing review", "Renewal check-in", "Onboarding")


def stamp(instant: datetime.datetime) -> str:
    """A time as the API writes it: UTC, to the second."""
    return instant.strftime("%Y-%m-%dT%H:%M:%SZ")


def _full_name(user: dict[str, str]) -> str:
    return f"{user['firstName']} {user['lastName']}"


def generated_conversation(n: int) -> dict[str, Any]:
    """The n-th generated conversation (1-based)."""
    cid = f"conv-{n:04d}"
    owner = OWNERS[n % len(OWNERS)]
    internal = n % 5 == 0
    account = _ACME if n % 11 == 0 else _ACCOUNTS[n % len(_ACCOUNTS)]
    count = 1 + n % 3
    if internal:
        others = [o for o in OWNERS if o is not owner][:count]
        people = [(o["email"], _full_name(o)) for o in others]
        title = f"Internal: {_KINDS[n % len(_KINDS)].lower()} prep"
    else:
        contacts = [_ACCOUNTS[(n + i) % len(_ACCOUNTS)] for i in range(count)]
        people = [(account[1], account[2])] + [(c[1], c[2]) for c in contacts[1:]]
        title = f"{_KINDS[n % len(_KINDS)]} - {account[0]}"
    # Every 10th shares its instant with the one before: list order must break the tie.
    created = _FIRST + datetime.timedelta(hours=26 * (n - 1 if n % 10 == 0 else n))
    slug = account[0].split()[0].lower()
    opportunity = (
        None
        if internal or n % 4 == 3
        else {"uuid": f"opp-uuid-{slug}", "title": f"{account[0]} - New business"}
    )
    status = (
        "pending"
        if n % 7 == 0
        else "failed"
        if n % 17 == 0
        else "COMPLETED"
        if n % 13 == 0
        else "completed"
    )
    speakers = (_full_name(owner), people[0][1])
    transcript = (
        {
            "v1": {
                "final": [
                    {
                        "speaker": speakers[0],
                        "sentence": f"Thanks for joining the {_KINDS[n % len(_KINDS)].lower()}.",
                        "startTimestamp": 0.0,
                        "endTimestamp": 3.5,
                    },
                    {
                        "speaker": speakers[1],
                        "sentence": "Happy to be here.",
                        "startTimestamp": 3.5,
                        "endTimestamp": 5.0,
                    },
                ]
            }
        }
        if n % 4 == 1
        else None
    )
    intelligence = (
        None
        if internal
        else {"next_steps": {"title": "Next steps", "value": f"Send {account[0]} the proposal"}}
    )
    conversation: dict[str, Any] = {
        "type": "conversations",
        "id": cid,
        "attributes": {
            "uuid": cid,
            "title": title,
            "createdAt": stamp(created),
            "finishedAt": stamp(created + datetime.timedelta(minutes=30 + 15 * (n % 4))),
            "userUUID": owner["uuid"],
            "teamUUID": TEAMS[n % len(TEAMS)],
            "user": dict(owner),
            "participants": [
                {
                    "id": f"part-{n:04d}-{i}",
                    "email": email,
                    "name": name,
                    "organizer": i == 1,
                    "status": "accepted",
                }
                for i, (email, name) in enumerate(people, start=1)
            ],
            "labels": [
                {"deal_stage": "discovery"},
                {"deal_stage": "negotiation", "region": "emea"},
                {},
            ][n % 3],
            "isInternal": internal,
            "archived": n % 30 == 0,
            "private": n % 8 == 0,
            "transcriptStatus": status,
            "importStatus": "completed",
            "mediaDuration": 1800 + 900 * (n % 4),
            "externalOpportunity": opportunity,
            "linkedCrmRecords": [{"id": f"deal-{slug}", "code": "deals"}] if opportunity else [],
        },
        "links": {"self": _API + cid, "related": f"{_API}{cid}/participants"},
    }
    attributes: dict[str, Any] = conversation["attributes"]
    if transcript is not None:
        attributes["transcript"] = transcript
    if intelligence is not None:
        attributes["extractedIntelligence"] = intelligence
    return conversation


def generated_extras(n: int) -> dict[str, Any]:
    """What retrieve leaves out of the n-th generated conversation unless asked for."""
    owner = OWNERS[n % len(OWNERS)]
    extras: dict[str, Any] = {
        "importMetadata": {"applicationName": "Dialer", "applicationExternalID": f"ext-{n:04d}"}
    }
    if n % 5:  # a customer call: its owner took part, as an internal participant
        name = _full_name(owner)
        extras["participants"] = [
            {"id": f"part-{n:04d}-0", "email": owner["email"], "name": name, "organizer": False}
        ]
    if n % 6 == 0:
        extras["zoomMetadata"] = {
            "calleeName": "Kim Reyes",
            "calleeNumber": "+1 555 0100",
            "callerName": _full_name(owner),
            "callerNumber": f"+1 555 01{n % 100:02d}",
        }
    return extras


@cache
def _default_seed() -> bytes:
    data = resources.files("attention_sdk.testing") / "data"
    examples = [json.loads((data / name).read_text("utf-8")) for name in _EXAMPLES]
    numbers = range(1, GENERATED + 1)
    generated = [generated_conversation(n) for n in numbers]
    external_ids = {f"ext-{n:04d}": f"conv-{n:04d}" for n in numbers}
    extras = {f"conv-{n:04d}": generated_extras(n) for n in numbers}
    return _encode([*examples, *generated], external_ids, extras)


def _encode(
    conversations: Iterable[dict[str, Any]],
    external_ids: dict[str, str],
    extras: dict[str, dict[str, Any]] | None = None,
) -> bytes:
    by_id = {conversation.get("id"): conversation for conversation in conversations}
    if not all(isinstance(key, str) for key in by_id):
        raise ValueError("every conversation needs a string 'id'")
    state = {"conversations": by_id, "external_ids": external_ids, "extras": extras or {}}
    return json.dumps(state).encode()


def seed(conversations: Iterable[dict[str, Any]] | None = None) -> bytes:
    """The conversations to start with, as JSON: the default seeds, or only those given
    (ValueError unless each has a string "id"). ``{"conversations": {id: conversation},
    "external_ids": {external id: id}, "extras": {id: extras}}`` (see the module's doc)."""
    return _default_seed() if conversations is None else _encode(conversations, {})


def owner(user_id: str) -> dict[str, Any] | None:
    """The generated owner with this UUID, to fill in an imported conversation's user."""
    return next((dict(o) for o in OWNERS if o["uuid"] == user_id), None)
