"""Run the Attention API stand-in until Ctrl-C or SIGTERM: python -m attention_sdk.testing."""

from __future__ import annotations

import argparse
import os
import signal
import threading
from collections.abc import Sequence

from attention_sdk._hosts import is_loopback
from attention_sdk.testing._server import DEFAULT_API_KEY, AttentionStandIn


def _loopback_host(host: str) -> str:
    # The stand-in accepts a well-known key and has no TLS: it must never face a network.
    if not is_loopback(host):
        raise argparse.ArgumentTypeError(
            f"{host!r} is not a loopback address (use 127.0.0.1, ::1 or localhost)"
        )
    return host


def main(argv: Sequence[str] | None = None) -> int:
    """Parse the command line, then serve until interrupted."""
    parser = argparse.ArgumentParser(
        prog="python -m attention_sdk.testing",
        description="Serve an in-memory stand-in of the Attention API v2 on loopback.",
    )
    parser.add_argument("--host", type=_loopback_host, default="127.0.0.1", help="loopback only")
    parser.add_argument("--port", type=int, default=8080, help="0 picks a free port")
    parser.add_argument(
        "--api-key",
        help=f"the key to accept (default: $ATTENTION_API_KEY, else {DEFAULT_API_KEY!r})",
    )
    args = parser.parse_args(argv)
    if not 0 <= args.port <= 65535:
        parser.error(f"argument --port: {args.port} is not a port number (0-65535)")
    api_key = args.api_key or os.environ.get("ATTENTION_API_KEY") or DEFAULT_API_KEY

    stopping = threading.Event()
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: stopping.set())
    server = AttentionStandIn(api_key, host=args.host, port=args.port)
    try:
        server.start()
    except OSError as error:  # the port is taken, say
        parser.error(f"cannot listen on {args.host} port {args.port}: {error}")
    try:
        # Flushed, so that a parent process reading the pipe learns the port at once.
        print(f"Attention stand-in listening on {server.base_url}", flush=True)
        stopping.wait()
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
