"""The `[aiohttp]` extra: AsyncAttention(http_backend="aiohttp") sends on aiohttp directly.

httpx's own async connection pool spends about 3 ms of CPU per request under
concurrency (encode/httpx issue 3215), which caps bulk jobs well below what the network
allows; aiohttp's pool does the same work for a fraction of that. The SDK's calls go
from the retry loop straight to `AiohttpTransport.handle_async_request` (each request
built by _request.build_request), skipping httpx.AsyncClient's send machinery (auth
flow, redirects, hooks, cookies, URL merging), which cost as much CPU as aiohttp; the
transport also sits under an httpx.AsyncClient, which stays an httpx client for
everything else. The request and response stay httpx's models, so everything above
(retries, errors, the size cap, decoding, with_raw_response) is the same code on both
backends.
What this module adds to aiohttp:

- errors as httpx's default transport reports them: a refused connection is
  ConnectError (nothing was sent, so even an import may be resent), a drop is
  RemoteProtocolError, and every aiohttp error becomes an httpx one, so the retry loop
  decides as it always does;
- the attempt's deadline (_deadline.py) over the connect, the headers and every chunk
  of the body, however slowly a server drips them: aiohttp's own ``total`` timeout,
  which covers all three, set to the time left;
- nothing of its own on top: no retries (aiohttp's own resend of an idempotent request
  on a dropped connection is switched off), no redirects, no decompression (ours reads
  the body within max_response_bytes); cookies are kept by aiohttp's jar, as httpx's
  client keeps them.

Imported only when that backend is asked for: the core never imports aiohttp.
"""

from __future__ import annotations

import datetime
import ssl
import time
import weakref
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import httpx

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

# httpx.Limits' defaults, which the transport kept before: at most 100 connections,
# idle ones closed after 5 s.
_MAX_CONNECTIONS = 100
_KEEPALIVE_SECONDS = 5.0
# aiohttp rounds a timeout of 5 s or more up to a whole second of the loop's clock; the
# deadline is kept to the fraction of a second, as the default transport keeps it.
_NEVER_ROUNDED = float("inf")
_DEADLINE_PASSED = "the attempt's deadline passed"


def _httpx_error(error: BaseException, request: httpx.Request) -> httpx.TransportError:
    """An aiohttp error (or the deadline's TimeoutError) as the default transport's."""
    if isinstance(error, TimeoutError) and not isinstance(error, aiohttp.ClientError):
        return httpx.ReadTimeout(_DEADLINE_PASSED, request=request)
    message = str(error) or type(error).__name__
    for source, target in _ERRORS:
        if isinstance(error, source):
            return target(message, request=request)
    return httpx.ReadError(message, request=request)


def _str_headers(headers: httpx.Headers) -> list[tuple[str, str]]:
    """The headers as aiohttp takes them, names as given (httpx's own transport sends
    them so too); decoded as httpx decodes them, once (Headers.items() costs more)."""
    encoding = headers.encoding
    return [(name.decode(encoding), value.decode(encoding)) for name, value in headers.raw]


def _within(phase: float | None, left: float | None) -> float | None:
    """A phase's timeout, or None where the deadline comes first: a read timeout costs
    aiohttp a timer rescheduled on every chunk, for nothing when it could never fire."""
    if phase is None or left is None or phase < left:
        return phase
    return None


class _Body(httpx.AsyncByteStream):
    """aiohttp's response body, chunk by chunk, with its errors as httpx's."""

    def __init__(
        self, response: aiohttp.ClientResponse, request: httpx.Request, started: float
    ) -> None:
        self._response, self._request, self._started = response, request, started
        # The httpx.Response this is the body of, for its elapsed time; a weak reference,
        # so that no cycle keeps each response for the garbage collector to find.
        self.owner: weakref.ref[httpx.Response] | None = None

    # An iterator of its own rather than an async generator, which the event loop would
    # register and finalise on every response.
    def __aiter__(self) -> AsyncIterator[bytes]:
        return self

    async def __anext__(self) -> bytes:
        try:
            chunk = await self._response.content.readany()
        except (TimeoutError, aiohttp.ClientError) as error:
            raise _httpx_error(error, self._request) from error
        if not chunk:
            raise StopAsyncIteration
        return chunk

    async def aclose(self) -> None:
        # Back to the pool when the body was read to its end, closed otherwise.
        self._response.release()
        owner = None if self.owner is None else self.owner()
        if owner is not None:
            owner.elapsed = datetime.timedelta(seconds=time.perf_counter() - self._started)


class AiohttpTransport(httpx.AsyncBaseTransport):
    """One aiohttp session, made on first use (in the event loop that uses it)."""

    def __init__(self, verify: ssl.SSLContext | bool = True) -> None:
        self._ssl = httpx.create_ssl_context(verify=verify)
        self._session: aiohttp.ClientSession | None = None

    def _new_session(self) -> aiohttp.ClientSession:
        connector = aiohttp.TCPConnector(
            limit=_MAX_CONNECTIONS, keepalive_timeout=_KEEPALIVE_SECONDS, ssl=self._ssl
        )
        # unsafe: cookies from an IP address kept too, as httpx keeps them.
        session = aiohttp.ClientSession(
            connector=connector, cookie_jar=aiohttp.CookieJar(unsafe=True)
        )
        # aiohttp resends an idempotent request once, by itself, when the connection drops
        # (RFC 9112 9.3.1): the retry loop would then count one attempt for two requests.
        # There is no public switch; the flag is pinned with aiohttp in requirements/,
        # and tests/core/test_faults.py counts the requests the server sees.
        session._retry_connection = False
        return session

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        session = self._session
        if session is None:
            session = self._session = self._new_session()
        phases = request.extensions.get("timeout", {})
        due = _deadline.due()
        left = None if due is None else due - time.monotonic()
        if left is not None and left <= 0:
            raise httpx.ReadTimeout(_DEADLINE_PASSED, request=request)
        timeout = aiohttp.ClientTimeout(
            total=left,
            connect=_within(phases.get("pool"), left),
            sock_connect=_within(phases.get("connect"), left),
            sock_read=_within(phases.get("read"), left),
            ceil_threshold=_NEVER_ROUNDED,
        )
        started = time.perf_counter()
        try:
            response = await session.request(
                request.method,
                str(request.url),
                headers=_str_headers(request.headers),
                data=request.content or None,
                allow_redirects=False,
                auto_decompress=False,
                timeout=timeout,
            )
        except (TimeoutError, aiohttp.ClientError) as error:
            raise _httpx_error(error, request) from error
        extensions = {"http_version": b"HTTP/1.1"}
        if response.reason:
            extensions["reason_phrase"] = response.reason.encode()
        body = _Body(response, request, started)
        result = httpx.Response(
            response.status,
            headers=response.raw_headers,
            stream=body,
            request=request,
            extensions=extensions,
        )
        body.owner = weakref.ref(result)
        return result

    async def aclose(self) -> None:
        if self._session is not None:
            await self._session.close()


def async_client(**options: Any) -> tuple[httpx.AsyncClient, AiohttpTransport]:
    """An httpx.AsyncClient on aiohttp (``options`` go to it), and its transport."""
    transport = AiohttpTransport(verify=options.pop("verify", True))
    return httpx.AsyncClient(transport=transport, **options), transport
