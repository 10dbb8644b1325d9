"""The fault matrix, over real loopback sockets, for the sync and the async client.

Every case ends in one of two ways: success after the stated number of attempts, or the
stated AttentionError subclass. Invariants held by every case:
- nothing outside attention_sdk's hierarchy escapes;
- attempts equal 1 + retries exactly where retries apply (counted by the client, and by
  the server where one can count);
- no connection stays open on the server after the client is closed.
"""

from __future__ import annotations

import asyncio
import contextlib
import email.utils
import json
import socket
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
from attention_sdk import (
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    AsyncAttention,
    Attention,
    AttentionError,
    InternalServerError,
    RateLimitError,
)
from attention_sdk.testing import AttentionStandIn

from ..conftest import load_example
from ..support.keys import KEY
from ..support.sockets import (
    MODES,
    Observed,
    RawServer,
    black_hole,
    observe,
    reply,
    reset,
    short_body,
)

Server = AttentionStandIn | RawServer | str  # a str is a bare base URL: nobody counts


@dataclass(frozen=True)
class Case:
    name: str
    server: Callable[[], contextlib.AbstractContextManager[Server]]
    expected: type[AttentionError] | None  # None: success
    attempts: int
    client: dict[str, Any] = field(default_factory=dict)
    sleeps: Callable[[list[float]], bool] = lambda _: True
    check: Callable[[Observed], bool] = lambda _: True


@contextlib.contextmanager
def standin(prime: Callable[[AttentionStandIn], None] = lambda _: None) -> Iterator[Server]:
    with AttentionStandIn(api_key=KEY) as server:
        prime(server)
        yield server


@contextlib.contextmanager
def raw(*behaviours: Callable[[socket.socket], bool]) -> Iterator[Server]:
    with RawServer(*behaviours) as server:
        yield server


@contextlib.contextmanager
def refused() -> Iterator[Server]:
    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()  # nothing listens there now
    yield f"http://127.0.0.1:{port}/v2"


def head(status: int, length: int) -> bytes:
    return f"HTTP/1.1 {status} OK\r\nContent-Length: {length}\r\n\r\n".encode()


def big_conversation() -> dict[str, Any]:
    """The newer docs example with a 10 MB transcript, as a long recorded call would have."""
    conversation = load_example("docs_new_conversation")
    sentence = {"speaker": "Jane Buyer", "sentence": "word " * 40, "startTimestamp": 1.5}
    count = 10_000_000 // len(json.dumps(sentence))
    conversation["attributes"]["transcript"] = {"v1": {"final": [sentence] * count}}
    return conversation


def http_date(seconds_from_now: int) -> str:
    return email.utils.formatdate(time.time() + seconds_from_now, usegmt=True)


@contextlib.contextmanager
def big_standin() -> Iterator[Server]:
    with AttentionStandIn(api_key=KEY, conversations=[big_conversation()]) as server:
        yield server


def transcript_size(seen: Observed) -> bool:
    transcript = seen.result.attributes.transcript.to_dict()
    return len(json.dumps(transcript)) > 9_000_000


HTML = b"<html><body>502 Bad Gateway</body></html>"
CASES = [
    Case("connection refused", refused, APIConnectionError, 3),
    Case("reset before any response", lambda: raw(reset()), APIConnectionError, 3),
    Case(
        "reset in the middle of the body",
        lambda: raw(reset(head(200, 5000) + b'{"type": "conversa')),
        APIConnectionError,
        3,
    ),
    Case(
        "body shorter than its Content-Length",
        lambda: raw(short_body(5000, b'{"type": "conversations"')),
        APIConnectionError,
        3,
    ),
    Case(
        "truncated JSON with a 200",
        lambda: raw(reply(200, b'{"type": "conversations", "id": "c", "attrib')),
        APIResponseValidationError,
        1,
    ),
    Case(
        "a 200 that is HTML",
        lambda: raw(reply(200, HTML, {"Content-Type": "text/html"})),
        APIResponseValidationError,
        1,
    ),
    Case(
        "a 200 whose JSON is the wrong type",
        lambda: raw(reply(200, b'[{"id": "c"}]')),
        APIResponseValidationError,
        1,
    ),
    Case(
        "a 200 missing id",
        lambda: raw(reply(200, b'{"type": "conversations", "attributes": {}}')),
        APIResponseValidationError,
        1,
    ),
    Case(
        "slower than the timeout at connect",
        black_hole,
        APITimeoutError,
        3,
        client={"timeout": httpx.Timeout(2.0, connect=0.2)},
    ),
    Case(
        "slower than the timeout at read",
        lambda: standin(lambda s: setattr(s, "latency", 0.6)),
        APITimeoutError,
        3,
        client={"timeout": httpx.Timeout(0.15, connect=2.0)},
    ),
    Case(
        "429 with Retry-After in seconds",
        lambda: standin(lambda s: s.fail_next(1, 429, retry_after="2")),
        None,
        2,
        sleeps=lambda slept: slept == [2.0],
    ),
    Case(
        "429 with Retry-After as an HTTP-date",
        lambda: standin(lambda s: s.fail_next(1, 429, retry_after=http_date(30))),
        None,
        2,
        sleeps=lambda slept: len(slept) == 1 and 25 < slept[0] <= 30,
    ),
    Case(
        "429 with retry-after-ms",
        lambda: standin(lambda s: s.fail_next(1, 429, headers={"retry-after-ms": "150"})),
        None,
        2,
        sleeps=lambda slept: slept == [0.15],
    ),
    Case(
        "429 with a garbage Retry-After",
        lambda: standin(lambda s: s.fail_next(1, 429, retry_after="later, maybe")),
        None,
        2,
        sleeps=lambda slept: len(slept) == 1 and 0.375 <= slept[0] <= 0.5,  # backoff instead
    ),
    Case(
        "429 with a wait beyond the cap",
        lambda: standin(lambda s: s.fail_next(1, 429, retry_after="3600")),
        RateLimitError,
        1,
        sleeps=lambda slept: slept == [],
        check=lambda seen: getattr(seen.error, "retry_after", None) == 3600.0,
    ),
    *[
        Case(
            f"{status} storm outlasting max_retries=3",
            lambda status=status: standin(lambda s: s.fail_next(10, status)),  # type: ignore[misc]
            InternalServerError,
            4,
            client={"max_retries": 3},
        )
        for status in (500, 502, 503, 504)
    ],
    Case(
        "520 (not retried)", lambda: standin(lambda s: s.fail_next(5, 520)), InternalServerError, 1
    ),
    Case(
        "a 10 MB conversation body",
        big_standin,
        None,
        1,
        check=transcript_size,
    ),
]


def _served(server: Server) -> int | None:
    if isinstance(server, AttentionStandIn):
        return len(server.requests)
    if isinstance(server, RawServer):
        return server.requests
    return None


def _wait_closed(server: Server) -> int:
    """Connections still open on the server once the client is closed (0 expected)."""
    if isinstance(server, str):
        return 0
    deadline = time.monotonic() + 5
    while server.open_connections and time.monotonic() < deadline:
        time.sleep(0.01)
    return server.open_connections


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("case", CASES, ids=lambda case: case.name)
def test_fault(case: Case, mode: str, report: Any) -> None:
    with case.server() as server:
        base_url = server if isinstance(server, str) else server.base_url
        seen = observe(
            mode,
            "update",
            "conv-uuid-123",
            title="t",
            client={"api_key": KEY, "base_url": base_url} | case.client,
        )
        served = _served(server)
        still_open = _wait_closed(server)
    expected = "success" if case.expected is None else case.expected.__name__
    report(f"{case.name} ({mode})", expected, seen.outcome, seen.attempts)
    if case.expected is None:
        assert seen.error is None, repr(seen.error)
    else:
        assert type(seen.error) is case.expected, repr(seen.error)
    assert seen.error is None or isinstance(seen.error, AttentionError)
    assert seen.attempts == case.attempts
    assert served in (None, case.attempts)
    assert case.sleeps(seen.sleeps), seen.sleeps
    assert case.check(seen)
    assert still_open == 0


def reply_then_close(conn: socket.socket) -> bool:
    """Answer, then close without saying so (no Connection: close), as idle timeouts do."""
    reply(200, json.dumps(load_example("docs_new_conversation")).encode())(conn)
    return False


CLOSING_SERVERS = {
    "announced (Connection: close)": lambda: standin(
        lambda s: setattr(s, "close_connections", True)
    ),
    "silent": lambda: raw(reply_then_close),
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("how", CLOSING_SERVERS)
def test_a_server_that_closes_keep_alive_connections(mode: str, how: str, report: Any) -> None:
    """Five calls on one client while the server closes each connection after answering:
    every call succeeds, and each needs exactly one request."""
    with CLOSING_SERVERS[how]() as server:
        assert not isinstance(server, str)
        options: dict[str, Any] = {"api_key": KEY, "base_url": server.base_url}
        if mode == "aiohttp":
            options["http_backend"] = "aiohttp"
        if mode == "sync":
            with Attention(**options) as client:
                for i in range(5):
                    time.sleep(0.02)  # the close reaches the idle pooled connection
                    client.conversations.update("conv-uuid-123", title=f"t{i}")
        else:

            async def go() -> None:
                async with AsyncAttention(**options) as client:
                    for i in range(5):
                        await asyncio.sleep(0.02)
                        await client.conversations.update("conv-uuid-123", title=f"t{i}")

            asyncio.run(go())
        served, opened = _served(server), server.connections_opened
        still_open = _wait_closed(server)
    scenario = f"server closes keep-alive connections, {how} ({mode})"
    report(scenario, "success, 5 requests", f"success, {served} requests", served)
    assert served == 5
    assert opened == 5
    assert still_open == 0
