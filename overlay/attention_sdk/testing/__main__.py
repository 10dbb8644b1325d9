"""Run the Attention API stand-in until Ctrl-C or SIGTERM: python -m attention_sdk.testing."""

from __future__ import annotations

import argparse
import math
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


def _rate(value: str) -> float:
    try:
        rate = float(value)
    except ValueError:
        rate = 0.0
    if not (rate > 0 and math.isfinite(rate)):
        raise argparse.ArgumentTypeError(f"{value!r} is not a number of requests per second > 0")
    return rate


def _burst(value: str) -> int:
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number >= 1")
    return int(value)


def _retry_after(value: str) -> int | str | None:
    if value == "none":
        return None
    return int(value) if value.isdigit() else value  # seconds, or an HTTP-date as given


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
    limit = parser.add_argument_group(
        "rate limit", "a token bucket over every route; beyond it, 429 with Retry-After"
    )
    limit.add_argument(
        "--rate-limit", type=_rate, metavar="RATE", help="requests per second (default: no limit)"
    )
    limit.add_argument(
        "--burst", type=_burst, help="requests at once (default: a second's worth of RATE)"
    )
    limit.add_argument(
        "--retry-after",
        type=_retry_after,
        default=1,
        help='the 429s\' Retry-After: seconds, an HTTP-date, or "none" for no header (default: 1)',
    )
    args = parser.parse_args(argv)
    if not 0 <= args.port <= 65535:
        parser.error(f"argument --port: {args.port} is not a port number (0-65535)")
    if args.rate_limit is None and (args.burst is not None or args.retry_after != 1):
        parser.error("--burst and --retry-after need --rate-limit")
    api_key = args.api_key or os.environ.get("ATTENTION_API_KEY") or DEFAULT_API_KEY

    stopping = threading.Event()
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: stopping.set())
    server = AttentionStandIn(api_key, host=args.host, port=args.port)
    if args.rate_limit is not None:
        server.rate_limit(args.rate_limit, burst=args.burst, retry_after=args.retry_after)
    try:
        server.start()
    except OSError as error:  # the port is taken, say
        parser.error(f"cannot listen on {args.host} port {args.port}: {error}")
    try:
        # Flushed, so that a parent process reading the pipe learns the port at once.
        print(f"Attention stand-in listening on {server.base_url}", flush=True)
        if args.rate_limit is not None:
            burst = f", burst {args.burst}" if args.burst is not None else ""
            print(f"Rate limit: {args.rate_limit:g} requests per second{burst}", flush=True)
        stopping.wait()
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
