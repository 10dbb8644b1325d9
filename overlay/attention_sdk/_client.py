"""Attention and AsyncAttention: configuration, connections, and the call path.

The generated package builds each request (path, encoding, body) and parses each
model; this module adds what it lacks: auth, base URL, headers and timeout applied
per request (so they hold through a user-supplied httpx client too), retries, and
typed errors. Everything but the I/O is shared by the twins.
"""

from __future__ import annotations

import platform
import ssl
import time
from collections.abc import Callable, Mapping
from types import TracebackType
from typing import Any, Generic, Literal, Self, TypeVar

import httpx
from attention_client.types import UNSET, Unset

from ._config import (
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    RetryPolicy,
)
from ._logging import configure_from_env, logger
from ._loop import APIResponse, Steps, attempts, run_async, run_sync
from ._options import (
    check_headers,
    check_max_retries,
    check_timeout,
    resolve_api_key,
    resolve_base_url,
)
from ._version import __version__
from .resources.conversations import AsyncConversations, Conversations

T = TypeVar("T")
HttpClientT = TypeVar("HttpClientT", httpx.Client, httpx.AsyncClient)
AuthScheme = Literal["bearer", "raw"]
TimeoutTypes = float | httpx.Timeout

configure_from_env()


class _BaseClient(Generic[HttpClientT]):
    _http_class: type[HttpClientT]

    def __init__(
        self,
        *,
        api_key: str | None,
        base_url: str | None,
        timeout: TimeoutTypes,
        max_retries: int,
        default_headers: Mapping[str, str] | None,
        auth_scheme: AuthScheme,
        http_client: HttpClientT | None,
        verify: ssl.SSLContext | bool,
    ) -> None:
        if auth_scheme not in ("bearer", "raw"):
            raise ValueError(f"auth_scheme must be 'bearer' or 'raw', got {auth_scheme!r}")
        self._api_key = resolve_api_key(api_key)
        self.base_url = resolve_base_url(base_url)
        self.timeout = check_timeout(timeout, "timeout")
        self.max_retries = check_max_retries(max_retries, "max_retries")
        self.auth_scheme: AuthScheme = auth_scheme
        self.retry_policy = RetryPolicy()
        user_agent = (
            f"attention-sdk/{__version__} python/{platform.python_version()} "
            f"httpx/{httpx.__version__}"
        )
        self._headers = {
            "User-Agent": user_agent,
            "Accept": "application/json",
            **check_headers(default_headers, "default_headers"),
        }
        self._authorization = (
            f"Bearer {self._api_key}" if auth_scheme == "bearer" else self._api_key
        )
        # Normalised once per operation's header set, not on every request: httpx copies
        # an httpx.Headers cheaply but re-encodes every plain str header it is given.
        self._prepared_headers: dict[tuple[tuple[str, str], ...], httpx.Headers] = {}
        if http_client is not None and not isinstance(http_client, self._http_class):
            kind = f"httpx.{self._http_class.__name__}"
            raise TypeError(f"http_client must be an {kind}, got {type(http_client).__name__}")
        if http_client is not None and verify is not True:
            raise ValueError("verify applies to the client the SDK creates; set it on http_client")
        if verify is False:
            # Said once per client, loudly: without verification anyone on the path can
            # read the API key.
            logger.warning("TLS certificate verification is off (verify=False)")
        # A client passed in belongs to the caller, who closes it; ours is closed by close().
        self._owns_http = http_client is None
        # Ours carries our headers from the start; a caller's gets them on every request.
        # (httpx re-checks each default it overrides, so per request they cost more.)
        self._http: HttpClientT = http_client or self._http_class(
            timeout=self.timeout, verify=verify, headers=self._all_headers({})
        )

    def _attempts(
        self,
        builder: Callable[..., httpx.Request],
        kwargs: dict[str, Any],
        parse: Callable[[httpx.Response], T],
        timeout: TimeoutTypes | Unset,
        max_retries: int | Unset,
        extra_headers: Mapping[str, str] | None,
    ) -> Steps[T]:
        """The retry loop for one call; ``kwargs`` come from a generated ``_get_kwargs``."""
        request_timeout = (
            self.timeout if isinstance(timeout, Unset) else check_timeout(timeout, "timeout")
        )
        retries = (
            self.max_retries
            if isinstance(max_retries, Unset)
            else check_max_retries(max_retries, "max_retries")
        )
        headers = self._request_headers(kwargs.get("headers", {}), extra_headers)

        def build() -> httpx.Request:
            return builder(
                kwargs["method"].upper(),
                self.base_url + kwargs["url"],
                json=kwargs.get("json"),
                params=kwargs.get("params"),
                headers=headers,
                timeout=request_timeout,
            )

        return attempts(
            build, parse, max_retries=retries, policy=self.retry_policy, secret=self._api_key
        )

    def _request_headers(
        self, operation_headers: Mapping[str, str], extra_headers: Mapping[str, str] | None
    ) -> httpx.Headers:
        if extra_headers is not None:
            extra = check_headers(extra_headers, "extra_headers")
            return self._merge_headers({**extra, **operation_headers})
        key = tuple(operation_headers.items())
        prepared = self._prepared_headers.get(key)
        if prepared is None:
            prepared = self._prepared_headers[key] = self._merge_headers(operation_headers)
        return prepared

    def _merge_headers(self, headers: Mapping[str, str]) -> httpx.Headers:
        """What a request must add to its client's defaults."""
        return httpx.Headers(headers) if self._owns_http else self._all_headers(headers)

    def _all_headers(self, headers: Mapping[str, str]) -> httpx.Headers:
        return httpx.Headers({**self._headers, **headers, "Authorization": self._authorization})

    def __repr__(self) -> str:
        # Never the key: only what helps to tell clients apart.
        return (
            f"{type(self).__name__}(base_url={self.base_url!r}, auth_scheme={self.auth_scheme!r}, "
            f"max_retries={self.max_retries}, timeout={self.timeout!r})"
        )


class Attention(_BaseClient[httpx.Client]):
    """Synchronous client for the Attention API. Use it as a context manager, or call close()."""

    _http_class = httpx.Client

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        auth_scheme: AuthScheme = "bearer",
        http_client: httpx.Client | None = None,
        verify: ssl.SSLContext | bool = True,
    ) -> None:
        super().__init__(
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            auth_scheme=auth_scheme,
            http_client=http_client,
            verify=verify,
        )
        self._sleep: Callable[[float], None] = time.sleep
        self.conversations = Conversations(self)

    def _call(
        self,
        kwargs: dict[str, Any],
        parse: Callable[[httpx.Response], T],
        *,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[T]:
        steps = self._attempts(
            self._http.build_request, kwargs, parse, timeout, max_retries, extra_headers
        )
        return run_sync(steps, self._http.send, self._sleep)

    def close(self) -> None:
        """Close the connections, unless the httpx client was supplied by the caller."""
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class AsyncAttention(_BaseClient[httpx.AsyncClient]):
    """Asynchronous client for the Attention API. Use it with `async with`, or await close()."""

    _http_class = httpx.AsyncClient

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        auth_scheme: AuthScheme = "bearer",
        http_client: httpx.AsyncClient | None = None,
        verify: ssl.SSLContext | bool = True,
    ) -> None:
        super().__init__(
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            auth_scheme=auth_scheme,
            http_client=http_client,
            verify=verify,
        )
        import asyncio  # here, so that sync users never pay its import

        self._sleep: Callable[[float], Any] = asyncio.sleep
        self.conversations = AsyncConversations(self)

    async def _call(
        self,
        kwargs: dict[str, Any],
        parse: Callable[[httpx.Response], T],
        *,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[T]:
        steps = self._attempts(
            self._http.build_request, kwargs, parse, timeout, max_retries, extra_headers
        )
        return await run_async(steps, self._http.send, self._sleep)

    async def close(self) -> None:
        """Close the connections, unless the httpx client was supplied by the caller."""
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()
