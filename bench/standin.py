"""The Attention stand-in in a process of its own, for the bulk_cli figure of make bench.

    python bench/standin.py --conversations 1000 --latency 0.02
    (prints the base URL on stdout, then serves until stdin closes)

Its own process, so that it never competes with the command line for the GIL; seeded
with ``bulk-0001`` ... conversations, each with a title and two labels.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager

from child import serving

API_KEY = "bench-key"


def conversation_ids(count: int) -> list[str]:
    return [f"bulk-{n:04d}" for n in range(1, count + 1)]


@contextmanager
def standin_process(conversations: int, latency: float) -> Iterator[str]:
    """``with standin_process(1000, latency=0.02) as base_url: ...``"""
    with serving(
        "standin.py", "--conversations", str(conversations), "--latency", str(latency)
    ) as base_url:
        yield base_url


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--conversations", type=int, default=1000)
    parser.add_argument("--latency", type=float, default=0.0)
    args = parser.parse_args()
    from attention_sdk.testing import AttentionStandIn

    seeded = [
        {
            "type": "conversations",
            "id": conversation_id,
            "attributes": {"title": "Old", "labels": {"stage": "old", "region": "emea"}},
        }
        for conversation_id in conversation_ids(args.conversations)
    ]
    with AttentionStandIn(api_key=API_KEY, conversations=seeded) as server:
        server.latency = args.latency
        print(server.base_url, flush=True)
        sys.stdin.read()  # serve until the parent closes our stdin (or exits)


if __name__ == "__main__":
    main()
