"""A deadline for each attempt, however slowly the server drips its answer.

httpx's timeouts bound each network operation, not a request: a server that sends one
byte just within the read timeout keeps a call going for as long as it likes. The
clients set a deadline (a monotonic time) around each attempt in a context variable, and
the network streams of the httpx client (the SDK's, or a caller's with httpx's default
transport) clamp every read, write and connect to what is left of it, raising
httpcore's timeouts (which httpx turns into its own) when nothing is. A client with a
transport of its own keeps it untouched; for it, the body is still read against the
deadline chunk by chunk (_body.py).

The streams are reached through httpx's and httpcore's private attributes (the transport's
pool and its network backend); the versions are pinned, and install() returns False,
and the tests fail, if that structure ever changes.
"""

from __future__ import annotations

import contextvars
import ssl
import time
from collections.abc import Iterable
from typing import Any

import httpcore
import httpx

_DEADLINE: contextvars.ContextVar[float | None] = contextvars.ContextVar(
    "attention_sdk_deadline", default=None
)


def start(seconds: float) -> contextvars.Token[float | None]:
    """Set a deadline ``seconds`` from now, in this context (so per thread, per task);
    end() it with the token, in a finally."""
    return _DEADLINE.set(time.monotonic() + seconds)


def end(token: contextvars.Token[float | None]) -> None:
    _DEADLINE.reset(token)


def due() -> float | None:
    """The current attempt's deadline (a time.monotonic() value), or None outside one."""
    return _DEADLINE.get()


def left(timeout: float | None) -> float | None:
    """The operation's timeout, clamped to the time left; ReadTimeout when none is."""
    due = _DEADLINE.get()
    if due is None:
        return timeout
    remaining = due - time.monotonic()
    if remaining <= 0:
        raise httpcore.ReadTimeout("the attempt's deadline passed")
    return remaining if timeout is None else min(timeout, remaining)


def check() -> None:
    """httpx.ReadTimeout if the deadline has passed (between chunks of a body)."""
    due = _DEADLINE.get()
    if due is not None and time.monotonic() >= due:
        raise httpx.ReadTimeout("the attempt's deadline passed")


class _Stream(httpcore.NetworkStream):
    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, left(timeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, left(timeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        return _Stream(self._inner.start_tls(ssl_context, server_hostname, left(timeout)))

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class _AsyncStream(httpcore.AsyncNetworkStream):
    def __init__(self, inner: httpcore.AsyncNetworkStream) -> None:
        self._inner = inner

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return await self._inner.read(max_bytes, left(timeout))

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        await self._inner.write(buffer, left(timeout))

    async def aclose(self) -> None:
        await self._inner.aclose()

    async def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.AsyncNetworkStream:
        inner = await self._inner.start_tls(ssl_context, server_hostname, left(timeout))
        return _AsyncStream(inner)

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


_Options = Iterable[Any] | None


class _Backend(httpcore.NetworkBackend):
    def __init__(self, inner: httpcore.NetworkBackend) -> None:
        self._inner = inner

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: _Options = None,
    ) -> httpcore.NetworkStream:
        inner = self._inner.connect_tcp(host, port, left(timeout), local_address, socket_options)
        return _Stream(inner)

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: _Options = None
    ) -> httpcore.NetworkStream:
        return _Stream(self._inner.connect_unix_socket(path, left(timeout), socket_options))

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


class _AsyncBackend(httpcore.AsyncNetworkBackend):
    def __init__(self, inner: httpcore.AsyncNetworkBackend) -> None:
        self._inner = inner

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: _Options = None,
    ) -> httpcore.AsyncNetworkStream:
        inner = await self._inner.connect_tcp(
            host, port, left(timeout), local_address, socket_options
        )
        return _AsyncStream(inner)

    async def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: _Options = None
    ) -> httpcore.AsyncNetworkStream:
        inner = await self._inner.connect_unix_socket(path, left(timeout), socket_options)
        return _AsyncStream(inner)

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)


def install(client: httpx.Client | httpx.AsyncClient) -> bool:
    """Put deadline-aware streams under an httpx client; False if it can't.

    Outside an SDK call no deadline is set and the streams do what they did, so a
    caller's own client behaves as before for its other requests.
    """
    pool = getattr(getattr(client, "_transport", None), "_pool", None)
    backend = getattr(pool, "_network_backend", None)
    if isinstance(backend, _Backend | _AsyncBackend):  # two SDK clients on one httpx client
        return True
    if isinstance(backend, httpcore.NetworkBackend):
        pool._network_backend = _Backend(backend)  # type: ignore[union-attr]
        return True
    if isinstance(backend, httpcore.AsyncNetworkBackend):
        pool._network_backend = _AsyncBackend(backend)  # type: ignore[union-attr]
        return True
    return False
