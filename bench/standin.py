"""The Attention stand-in in a process of its own, for bench_bulk_cli (make bench).

    python bench/standin.py --conversations 1000 --latency 0.02
    (prints the base URL on stdout, then serves until stdin closes)

Its own process, so that it never competes with the command line for the GIL; seeded
with ``bulk-0001`` ... conversations, each with a title and two labels.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path
from types import TracebackType

HERE = Path(__file__).resolve().parent
API_KEY = "bench-key"


def conversation_ids(count: int) -> list[str]:
    return [f"bulk-{n:04d}" for n in range(1, count + 1)]


class StandInProcess:
    """``with StandInProcess(1000, latency=0.02) as base_url: ...``"""

    def __init__(self, conversations: int, latency: float) -> None:
        self.conversations, self.latency = conversations, latency
        self._process: subprocess.Popen[str] | None = None

    def __enter__(self) -> str:
        self._process = subprocess.Popen(
            [sys.executable, str(HERE / "standin.py"), "--conversations",
             str(self.conversations), "--latency", str(self.latency)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )  # fmt: skip
        assert self._process.stdout
        return self._process.stdout.readline().strip()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        assert self._process
        assert self._process.stdin
        self._process.stdin.close()
        try:
            self._process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()


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
