"""The Attention stand-in in a process of its own, for the bulk figures of make bench.

    python bench/standin.py --conversations 1000 --latency 0.02
    python bench/standin.py --rate-limit 20 --burst 5 --retry-after none
    (prints the base URL on stdout, then serves until stdin closes; with --rate-limit,
    it then prints its counts on stdout as one JSON line: {"allowed": n, "throttled": n})

Its own process, so that it never competes with the client for the GIL; seeded with
``bulk-0001`` ... conversations, each with a title and two labels. ``--rate-limit``,
``--burst`` and ``--retry-after`` put the stand-in's token bucket over every route
(``AttentionStandIn.rate_limit``), as ``python -m attention_sdk.testing`` takes them.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

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


@dataclass
class Limited:
    """A rate-limited stand-in: its base URL, and once it has stopped, its counts."""

    base_url: str
    allowed: int = 0
    throttled: int = 0


@contextmanager
def limited_standin_process(
    conversations: int, latency: float, rate: float, burst: int, retry_after: str
) -> Iterator[Limited]:
    """``with limited_standin_process(1000, 0.02, 20, 5, "1") as server: ...``; after the
    block, ``server.allowed`` and ``server.throttled`` are the stand-in's counts."""
    args = ["--conversations", str(conversations), "--latency", str(latency)]
    args += ["--rate-limit", str(rate), "--burst", str(burst), "--retry-after", retry_after]
    last: list[str] = []
    with serving("standin.py", *args, last=last) as base_url:
        server = Limited(base_url)
        yield server
    if not last or not last[0]:
        raise RuntimeError("the stand-in exited without its counts")
    read = json.loads(last[0])
    server.allowed, server.throttled = int(read["allowed"]), int(read["throttled"])


def main() -> None:
    from attention_sdk.testing.__main__ import _burst, _rate, _retry_after

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--conversations", type=int, default=1000)
    parser.add_argument("--latency", type=float, default=0.0)
    parser.add_argument(
        "--rate-limit", type=_rate, metavar="RATE", help="requests per second (default: none)"
    )
    parser.add_argument("--burst", type=_burst, help="requests at once (default: RATE's second)")
    parser.add_argument(
        "--retry-after",
        type=_retry_after,
        default=1,
        metavar="SECONDS|none",
        help='the 429s\' Retry-After, or "none" for no header (default: 1)',
    )
    args = parser.parse_args()
    if args.rate_limit is None and (args.burst is not None or args.retry_after != 1):
        parser.error("--burst and --retry-after need --rate-limit")
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
        if args.rate_limit is not None:
            server.rate_limit(args.rate_limit, burst=args.burst, retry_after=args.retry_after)
        print(server.base_url, flush=True)
        sys.stdin.read()  # serve until the parent closes our stdin (or exits)
        if args.rate_limit is not None:
            counts = {"allowed": server.allowed, "throttled": server.throttled}
            print(json.dumps(counts), flush=True)


if __name__ == "__main__":
    main()
