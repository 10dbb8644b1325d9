"""Attention and AsyncAttention: the twins, which differ only in how they send and sleep.

Everything else (options, headers, the retry loop's decisions) is in _base_client.py,
and every API method comes from the generated resources (SyncResources, AsyncResources).
"""

from __future__ import annotations

import ssl
import time
from collections.abc import Mapping
from types import TracebackType
from typing import Any, Self, TypeVar, overload

import httpx
from attention_client.types import UNSET, Unset

from ._base_client import BaseClient
from ._call import Call, RequestOptions
from ._config import (
    DEFAULT_MAX_RESPONSE_BYTES,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    RetryPolicy,
)
from ._loop import run_async, run_sync
from ._ratelimit import RateLimit
from ._response import APIResponse
from ._types import AuthScheme, HttpBackend, M, TimeoutTypes
from .resources import AsyncResources, SyncResources

T = TypeVar("T")


class Attention(BaseClient[httpx.Client], SyncResources):
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
        retry_policy: RetryPolicy | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        total_timeout: float | None = None,
        http_backend: HttpBackend = "httpx",
        rate_limit: RateLimit | None = None,
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
            retry_policy=retry_policy,
            max_response_bytes=max_response_bytes,
            total_timeout=total_timeout,
            http_backend=http_backend,
            rate_limit=rate_limit,
        )
        self._sleep = time.sleep

    def _execute(self, call: Call[T], options: RequestOptions) -> APIResponse[T]:
        return run_sync(self._attempts(self._build, call, options), self._send, self._sleep)

    @overload
    def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = UNSET,
        cast_to: None = None,
        idempotent: bool | None = None,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Any: ...

    @overload
    def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = UNSET,
        cast_to: type[M],
        idempotent: bool | None = None,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
    ) -> M: ...

    def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = UNSET,
        cast_to: type[M] | None = None,
        idempotent: bool | None = None,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Any:
        """Call an endpoint the SDK has no method for yet, with auth, retries and typed errors.

        ``path`` is relative to base_url (``"/users"``). Returns the decoded JSON body
        (None when empty), or ``cast_to.from_dict(body)`` for a generated model. GET,
        PUT and DELETE are retried like every call; POST and PATCH only when the request
        surely never reached the server, unless ``idempotent=True``.
        """
        call = self._request_call(
            method, path, params=params, json=json, cast_to=cast_to, idempotent=idempotent
        )
        options = RequestOptions(timeout, max_retries, extra_headers)
        return self._execute(call, options).parsed

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


class AsyncAttention(BaseClient[httpx.AsyncClient], AsyncResources):
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
        retry_policy: RetryPolicy | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        total_timeout: float | None = None,
        http_backend: HttpBackend = "httpx",
        rate_limit: RateLimit | None = None,
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
            retry_policy=retry_policy,
            max_response_bytes=max_response_bytes,
            total_timeout=total_timeout,
            http_backend=http_backend,
            rate_limit=rate_limit,
        )
        import asyncio  # here, so that sync users never pay its import

        self._sleep = asyncio.sleep

    async def _execute(self, call: Call[T], options: RequestOptions) -> APIResponse[T]:
        steps = self._attempts(self._build, call, options)
        return await run_async(steps, self._send, self._sleep)

    @overload
    async def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = UNSET,
        cast_to: None = None,
        idempotent: bool | None = None,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Any: ...

    @overload
    async def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = UNSET,
        cast_to: type[M],
        idempotent: bool | None = None,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
    ) -> M: ...

    async def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = UNSET,
        cast_to: type[M] | None = None,
        idempotent: bool | None = None,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Any:
        """Call an endpoint the SDK has no method for yet; see `Attention.request`."""
        call = self._request_call(
            method, path, params=params, json=json, cast_to=cast_to, idempotent=idempotent
        )
        options = RequestOptions(timeout, max_retries, extra_headers)
        return (await self._execute(call, options)).parsed

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
