"""The `[aiohttp]` extra: AsyncAttention(http_backend="aiohttp").

httpx's own async connection pool spends about 3 ms of CPU per request under
concurrency (encode/httpx issue 3215), which caps bulk jobs well below what the network
allows; aiohttp's pool does the same work for a fraction of that. httpx-aiohttp (a
well-kept adapter, also what openai-python offers for this) puts aiohttp under httpx's
API, so everything above the transport (auth, headers, retries, errors, the size cap)
stays the same code. This module adds what the adapter leaves out:

- errors as the default transport reports them: the adapter maps a refused connection
  to ConnectTimeout, a dropped one to ConnectTimeout, and lets some aiohttp errors
  through unmapped; here a refused connection is ConnectError (nothing was sent, so even
  an import may be resent), a drop is RemoteProtocolError, and every aiohttp error
  becomes an httpx one, so the retry loop decides as it always does;
- the attempt's deadline (_deadline.py) over the connect, the headers and every chunk
  of the body, however slowly a server drips them;
- nothing of its own on top: no retries (aiohttp's own resend of an idempotent request
  on a dropped connection is switched off), no redirects, no decompression (ours reads
  the body within max_response_bytes).

Imported only when that backend is asked for: the core never imports aiohttp.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import AsyncIterator, Iterator
from typing import Any

import aiohttp
import httpx
from httpx_aiohttp import AiohttpTransport

from . import _deadline

# The aiohttp errors, most specific first, and what the default transport would raise.
_ERRORS: tuple[tuple[type[BaseException], type[httpx.TransportError]], ...] = (
    (aiohttp.ConnectionTimeoutError, httpx.ConnectTimeout),
    (aiohttp.ServerTimeoutError, httpx.ReadTimeout),
    (aiohttp.ClientConnectorError, httpx.ConnectError),
    (aiohttp.ServerDisconnectedError, httpx.RemoteProtocolError),
    (aiohttp.ClientPayloadError, httpx.ReadError),
    (aiohttp.ClientResponseError, httpx.RemoteProtocolError),
    (aiohttp.ClientOSError, httpx.ReadError),
    (aiohttp.ClientError, httpx.ReadError),
)


def _mapped(error: BaseException) -> httpx.TransportError | None:
    for source, target in _ERRORS:
        if isinstance(error, source):
            return target(str(error) or type(error).__name__)
    return None


@contextlib.contextmanager
def _httpx_errors() -> Iterator[None]:
    """aiohttp's errors (raw, or as the adapter mapped them) as the default transport's."""
    try:
        yield
    except httpx.TransportError as error:
        cause = error.__cause__
        better = _mapped(cause) if cause is not None else None
        if better is None:
            raise
        raise better from cause
    except (TimeoutError, aiohttp.ClientError) as error:
        if isinstance(error, asyncio.TimeoutError) and not isinstance(error, aiohttp.ClientError):
            raise httpx.ReadTimeout("the attempt's deadline passed") from error
        raise _mapped(error) or httpx.ReadError(str(error)) from error


def _due_in_loop_time() -> float | None:
    # The deadline is a time.monotonic() value; asyncio's loop clock is the same clock.
    due = _deadline.due()
    if due is None:
        return None
    return asyncio.get_running_loop().time() + (due - time.monotonic())


class _DeadlineStream(httpx.AsyncByteStream):
    """The adapter's body stream, each chunk within the attempt's deadline."""

    def __init__(self, inner: httpx.AsyncByteStream, due: float | None) -> None:
        self._inner, self._due = inner, due

    async def __aiter__(self) -> AsyncIterator[bytes]:
        chunks = self._inner.__aiter__()
        while True:
            with _httpx_errors():
                async with asyncio.timeout_at(self._due):
                    try:
                        chunk = await anext(chunks)
                    except StopAsyncIteration:
                        return
            yield chunk

    async def aclose(self) -> None:
        with _httpx_errors():
            await self._inner.aclose()


class DeadlineAiohttpTransport(AiohttpTransport):
    """httpx-aiohttp's transport with the default transport's errors and our deadline."""

    def get_client(self) -> aiohttp.ClientSession:
        session = super().get_client()
        # aiohttp resends an idempotent request once, by itself, when the connection drops
        # (RFC 9112 9.3.1): the retry loop would then count one attempt for two requests.
        # There is no public switch; the flag is pinned with aiohttp in requirements/,
        # and tests/core/test_faults.py counts the requests the server sees.
        session._retry_connection = False
        return session

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        due = _due_in_loop_time()
        with _httpx_errors():
            async with asyncio.timeout_at(due):
                response = await super().handle_async_request(request)
        assert isinstance(response.stream, httpx.AsyncByteStream)
        response.stream = _DeadlineStream(response.stream, due)
        return response


def async_client(**options: Any) -> httpx.AsyncClient:
    """An httpx.AsyncClient on aiohttp: ``options`` go to httpx.AsyncClient."""
    verify = options.pop("verify", True)
    transport = DeadlineAiohttpTransport(verify=verify, retries=0)
    return httpx.AsyncClient(transport=transport, **options)
