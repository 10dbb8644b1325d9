"""Import call recordings from a dialer, each exactly once however often it runs.

    python examples/import_recordings.py recordings.csv

Modelled on the Close-to-Attention importer of stephenolivas/attention-close-data-sync.
The CSV has a header and one recording a line: ``call_id`` (the dialer's id),
``media_url``, ``user_id`` (the Attention user who owns the call), ``started_at``
(ISO 8601 with a timezone) and ``title``. The key and base URL come from
ATTENTION_API_KEY and ATTENTION_BASE_URL.

Idempotent by external id: each recording is imported with its dialer id as
``application_external_id``, and looked up by it first (``retrieve(call_id,
by="external_id")``); one already in Attention is skipped. The API documents no
idempotency key, so the SDK never resends an import that may have reached the server;
after such a failure (a 5xx, a connection cut mid-request) this job looks the recording
up again and imports it only if it is still not there, instead of resending blindly as
the original did (which could import a call twice).
"""

from __future__ import annotations

import argparse
import csv
import datetime
import sys
from collections import Counter
from collections.abc import Iterable, Mapping
from pathlib import Path

from attention_sdk import (
    APIConnectionError,
    Attention,
    AttentionError,
    InternalServerError,
    NotFoundError,
)

APPLICATION = "Dialer"
# How often one recording is tried when its import may or may not have landed.
ATTEMPTS = 3


def already_imported(client: Attention, call_id: str) -> str | None:
    """The conversation imported for this call, or None."""
    try:
        return client.conversations.retrieve(call_id, by="external_id").id
    except NotFoundError:
        return None


def import_one(client: Attention, row: Mapping[str, str]) -> str:
    """'skipped' or 'imported'; an AttentionError when it could not be done."""
    call_id = row["call_id"]
    for attempt in range(1, ATTEMPTS + 1):
        if already_imported(client, call_id) is not None:
            return "skipped" if attempt == 1 else "imported"  # a failed attempt had landed
        try:
            client.conversations.import_(
                media_url=row["media_url"],
                user_id=row["user_id"],
                application_name=APPLICATION,
                application_external_id=call_id,
                conversation_title=row["title"] or None,
                conversation_started_at=datetime.datetime.fromisoformat(row["started_at"]),
            )
            return "imported"
        except (InternalServerError, APIConnectionError):
            if attempt == ATTEMPTS:
                raise  # it may or may not have landed: the next run's lookup will tell
    raise AssertionError("unreachable")


def run(client: Attention, rows: Iterable[Mapping[str, str]]) -> Counter[str]:
    """Import every row not imported yet; the counts of what happened."""
    counts: Counter[str] = Counter()
    for row in rows:
        try:
            counts[import_one(client, row)] += 1
        except AttentionError as error:
            print(f"{row['call_id']}: {error}", file=sys.stderr)
            counts["failed"] += 1
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("csv", type=Path, help="call_id,media_url,user_id,started_at,title")
    args = parser.parse_args(argv)
    with args.csv.open(newline="", encoding="utf-8") as file:
        rows = list(csv.DictReader(file))
    with Attention() as client:
        counts = run(client, rows)
    print(", ".join(f"{what}: {counts[what]}" for what in ("imported", "skipped", "failed")))
    return 1 if counts["failed"] else 0


if __name__ == "__main__":
    sys.exit(main())
