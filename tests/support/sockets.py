"""Loopback servers that misbehave in ways the stand-in cannot, and a runner for both twins.

`RawServer` answers each request with a scripted behaviour written straight to the
socket: resets (RST), bodies cut short, broken JSON. `BlackHole` accepts nothing, so a
connect times out. Both count their connections, so tests can prove none is left open.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import socket
import struct
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

from attention_sdk import AsyncAttention, Attention, RetryPolicy

from .retrylog import RetryLog

Behaviour = Callable[[socket.socket], bool]  # writes a reply; True keeps the connection


def reply(status: int, body: bytes, headers: dict[str, str] | None = None) -> Behaviour:
    """A well-formed HTTP/1.1 reply on a kept-alive connection."""
    lines = [f"HTTP/1.1 {status} Scripted", f"Content-Length: {len(body)}"]
    lines += [f"{name}: {value}" for name, value in (headers or {}).items()]
    head = ("\r\n".join(lines) + "\r\n\r\n").encode()

    def send(conn: socket.socket) -> bool:
        conn.sendall(head + body)
        return True

    return send


class Drip:
    """A reply written a few bytes at a time, each well within a read timeout: only a
    deadline for the whole attempt ends it. ``sent`` counts what went out."""

    def __init__(self, reply_bytes: bytes, *, every: float, step: int = 1) -> None:
        self.reply_bytes, self.every, self.step = reply_bytes, every, step
        self.sent = 0

    def __call__(self, conn: socket.socket) -> bool:
        for start in range(0, len(self.reply_bytes), self.step):
            conn.sendall(self.reply_bytes[start : start + self.step])
            self.sent = start + self.step
            time.sleep(self.every)
        return False


def reset(after: bytes = b"") -> Behaviour:
    """Write ``after`` (maybe nothing), then reset the connection (RST, not FIN)."""

    def send(conn: socket.socket) -> bool:
        if after:
            conn.sendall(after)
        conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        return False

    return send


def short_body(declared: int, sent: bytes) -> Behaviour:
    """Promise ``declared`` bytes of body, send fewer, then close cleanly (FIN)."""
    head = (
        f"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {declared}\r\n\r\n"
    )

    def send(conn: socket.socket) -> bool:
        conn.sendall(head.encode() + sent)
        return False

    return send


def _read_request(conn: socket.socket) -> bool:
    """Read one request (head and Content-Length body); False when the peer has gone."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk:
            return False
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value)
    while len(body) < length:
        chunk = conn.recv(65536)
        if not chunk:
            return False
        body += chunk
    return True


class RawServer:
    """A loopback server answering request n with behaviours[min(n, last)]."""

    def __init__(self, *behaviours: Behaviour) -> None:
        self._behaviours = behaviours
        self._lock = threading.Lock()
        self.requests = 0
        self.connections_opened = 0
        self.open_connections = 0
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._threads: list[threading.Thread] = []
        self._accepting = threading.Thread(target=self._accept, daemon=True)
        self._accepting.start()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._listener.getsockname()[1]}/v2"

    def _accept(self) -> None:
        while True:
            try:
                conn, _ = self._listener.accept()
            except OSError:
                return  # closed
            with self._lock:
                self.connections_opened += 1
                self.open_connections += 1
            thread = threading.Thread(target=self._serve, args=(conn,), daemon=True)
            self._threads.append(thread)
            thread.start()

    def _serve(self, conn: socket.socket) -> None:
        try:
            while _read_request(conn):
                with self._lock:
                    index = min(self.requests, len(self._behaviours) - 1)
                    self.requests += 1
                if not self._behaviours[index](conn):
                    break
        except OSError:
            pass
        finally:
            conn.close()
            with self._lock:
                self.open_connections -= 1

    def close(self) -> None:
        self._listener.close()
        for thread in self._threads:
            thread.join(timeout=5)

    def __enter__(self) -> RawServer:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


@contextlib.contextmanager
def black_hole() -> Iterator[str]:
    """A base URL whose connects time out: the listener's accept queue is kept full."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(0)
    port = listener.getsockname()[1]
    fillers = []
    for _ in range(4):  # more than the queue holds, so new SYNs are dropped
        filler = socket.socket()
        filler.setblocking(False)
        with contextlib.suppress(BlockingIOError):
            filler.connect(("127.0.0.1", port))
        fillers.append(filler)
    try:
        yield f"http://127.0.0.1:{port}/v2"
    finally:
        for filler in fillers:
            filler.close()
        listener.close()


@dataclasses.dataclass
class Observed:
    """What one call did: its result or error, how many requests it sent, how long it slept."""

    result: Any = None
    error: BaseException | None = None
    attempts: int = 0
    sleeps: list[float] = dataclasses.field(default_factory=list)

    @property
    def outcome(self) -> str:
        return "success" if self.error is None else type(self.error).__name__


def observe(mode: str, method: str, *args: Any, client: dict[str, Any], **kwargs: Any) -> Observed:
    """``client.conversations.<method>(*args, **kwargs)`` on a fresh client; see observe_call."""
    return observe_call(
        mode, lambda conversations: getattr(conversations, method)(*args, **kwargs), client=client
    )


# The modes every fault is run in: the sync client, the async one, and the async one on
# aiohttp (the [aiohttp] extra) when it is installed.
try:
    import aiohttp  # noqa: F401

    MODES: tuple[str, ...] = ("sync", "async", "aiohttp")
except ImportError:  # pragma: no cover - the extra is in requirements/dev.txt
    MODES = ("sync", "async")


def observe_call(
    mode: str,
    call: Callable[[Any], Any],
    *,
    client: dict[str, Any],
    really_sleep: bool = False,
) -> Observed:
    """``call(client.conversations)`` on a fresh client of either twin; the client is closed.

    The client retries at once (RetryPolicy.instant()) unless ``really_sleep`` (recording
    against a live API must honour its Retry-After); the waits are recorded either way.
    Every exception is caught and returned, so a test can assert its exact class:
    nothing outside attention_sdk's hierarchy may escape.
    """
    seen = Observed()
    if not really_sleep:
        client = {"retry_policy": RetryPolicy.instant(), **client}
    try:
        with RetryLog() as log:
            if mode == "sync":
                with Attention(**client) as sync_client:
                    seen.result = call(sync_client.conversations)
            else:
                if mode == "aiohttp":  # the [aiohttp] extra's transport
                    client = {**client, "http_backend": "aiohttp"}

                async def go() -> Any:
                    async with AsyncAttention(**client) as async_client:
                        return await call(async_client.conversations)

                seen.result = asyncio.run(go())
    except Exception as exc:
        seen.error = exc
    seen.attempts = log.attempts
    seen.sleeps = log.waits
    return seen


def run_call(mode: str, method: str, *args: Any, client: dict[str, Any], **kwargs: Any) -> Any:
    """Like observe, but returns the result or raises the error."""
    seen = observe(mode, method, *args, client=client, **kwargs)
    if seen.error is not None:
        raise seen.error
    return seen.result
