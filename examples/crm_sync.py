"""Sync the last hours of conversations into a CRM: who took part, scores, next steps.

    python examples/crm_sync.py [--hours 8] [--state sync-state.json] [--out notes.jsonl]

Modelled on the Attention-to-Close sync of stephenolivas/attention-close-data-sync. It
lists the analysed conversations created in a time window (the original list,
``list_full``, which gives each conversation whole, extracted intelligence included),
and writes one CRM note per conversation (here a JSON line in ``--out``; a real job
would post it to the CRM): the title, the external participants' emails, the first
scorecard's average and the extracted intelligence (``next_steps: Send Acme the
proposal``).

The window runs from the end of the previous run (kept in ``--state``; the first run
looks back ``--hours``) to now. The SDK sends both bounds in UTC to the whole second, as
the live API requires on this list, rounding the start down and the end up: a window
never narrows, so a conversation on a boundary is seen twice rather than never, and the
notes already written (their conversation ids, also in the state file) are not written
again. The key and base URL come from ATTENTION_API_KEY and ATTENTION_BASE_URL.
"""

from __future__ import annotations

import argparse
import datetime
import json
import sys
from pathlib import Path
from typing import Any

from attention_sdk import Attention, AttentionError, Conversation

PAGE_SIZE = 50


def note(conversation: Conversation) -> dict[str, Any]:
    """What the CRM gets for one conversation."""
    attributes = conversation.attributes
    organizer_domain = (attributes.user.email or "@").split("@")[-1] if attributes.user else ""
    emails = [
        person.email
        for person in attributes.participants or []
        if person.email and not person.email.endswith("@" + organizer_domain)
    ]
    scorecards = attributes.scorecard_results or []
    summary = scorecards[0].summary if scorecards else None
    intelligence = {
        key: item.get("value") if isinstance(item, dict) else item
        for key, item in attributes.extracted_intelligence.items()
    }
    return {
        "conversation": conversation.id,
        "title": attributes.title or "(untitled)",
        "created_at": attributes.created_at.isoformat() if attributes.created_at else None,
        "contacts": emails,
        "score": summary.average_score if summary else None,
        "intelligence": intelligence,
    }


def sync(
    client: Attention, state: dict[str, Any], now: datetime.datetime, hours: float
) -> list[dict[str, Any]]:
    """The notes of the conversations in the window not synced before; updates ``state``."""
    since = (
        datetime.datetime.fromisoformat(state["until"])
        if "until" in state
        else now - datetime.timedelta(hours=hours)
    )
    synced = set(state.get("synced", []))
    notes = []
    for conversation in client.conversations.list_full(
        from_date_time=since,
        to_date_time=now,
        filter_hide_non_analyzed=True,
        size=PAGE_SIZE,
    ):
        if conversation.id not in synced:
            notes.append(note(conversation))
            synced.add(conversation.id)
    state["until"] = now.isoformat()
    state["synced"] = sorted(synced)
    return notes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--hours", type=float, default=8, help="the first run looks back this far")
    parser.add_argument("--state", type=Path, default=Path("sync-state.json"))
    parser.add_argument("--out", type=Path, default=Path("notes.jsonl"))
    parser.add_argument("--now", help=argparse.SUPPRESS)  # an ISO 8601 instant, for tests
    args = parser.parse_args(argv)
    state = json.loads(args.state.read_text()) if args.state.exists() else {}
    now = (
        datetime.datetime.fromisoformat(args.now)
        if args.now
        else datetime.datetime.now(datetime.UTC)
    )
    try:
        with Attention() as client:
            notes = sync(client, state, now, args.hours)
    except AttentionError as error:
        print(f"sync failed, nothing recorded: {error}", file=sys.stderr)
        return 1
    with args.out.open("a", encoding="utf-8") as out:
        for item in notes:
            out.write(json.dumps(item) + "\n")
    args.state.write_text(json.dumps(state))  # only once the notes are written
    print(f"{len(notes)} conversations synced, up to {state['until']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
