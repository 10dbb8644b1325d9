"""What the two clients share: options, headers, and the retry loop for one call.

The generated package builds each request (path, encoding, body) and parses each
model; this module adds what it lacks: auth, base URL, headers and timeout applied
per request (so they hold through a user-supplied httpx client too), retries, and
typed errors. Nothing here does I/O, so Attention and AsyncAttention differ only in
how they send and sleep (_client.py).
"""

from __future__ import annotations

import platform
import ssl
from collections.abc import Callable, Mapping
from functools import partial
from typing import Any, Generic, Self, TypeVar

import httpx
from attention_client.types import UNSET, Unset

from . import _cookies, _deadline
from ._body import ACCEPT_ENCODING
from ._call import Call, RequestOptions, any_json, encode_body, model_parser, raw_call
from ._config import RetryPolicy
from ._exceptions import ClientClosedError
from ._logging import configure_from_env, logger
from ._loop import Steps, attempts
from ._options import (
    attempt_seconds,
    check_headers,
    check_max_response_bytes,
    check_max_retries,
    check_timeout,
    check_total_timeout,
    resolve_api_key,
    resolve_base_url,
)
from ._ratelimit import RateLimit
from ._types import AuthScheme, HttpBackend, M, TimeoutTypes
from ._version import __version__

T = TypeVar("T")
HttpClientT = TypeVar("HttpClientT", httpx.Client, httpx.AsyncClient)
# How to build a request and send it without the httpx client (the aiohttp backend's).
_Direct = tuple[Callable[..., httpx.Request], Callable[[httpx.Request], Any]]

configure_from_env()


def _check_policy(policy: object) -> RetryPolicy:
    if policy is None:
        return RetryPolicy()
    if not isinstance(policy, RetryPolicy):
        raise TypeError(f"retry_policy must be a RetryPolicy, got {type(policy).__name__}")
    return policy


def _or_current(value: T | Unset, current: T) -> T:
    """``value``, or ``current`` when the option was left out (UNSET)."""
    return current if isinstance(value, Unset) else value


class BaseClient(Generic[HttpClientT]):
    """What Attention and AsyncAttention share: their options, headers and retry loop."""

    _http_class: type[HttpClientT]
    # time.sleep or asyncio.sleep (tests that must not wait use RetryPolicy.instant()).
    _sleep: Callable[[float], Any]

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
        retry_policy: RetryPolicy | None,
        max_response_bytes: int,
        total_timeout: float | None,
        http_backend: HttpBackend,
        rate_limit: RateLimit | None = None,
    ) -> None:
        user_agent = (
            f"attention-sdk/{__version__} python/{platform.python_version()} "
            f"httpx/{httpx.__version__}"
        )
        self._configure(
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            auth_scheme=auth_scheme,
            retry_policy=retry_policy,
            max_response_bytes=max_response_bytes,
            total_timeout=total_timeout,
            base_headers={
                "User-Agent": user_agent,
                "Accept": "application/json",
                # Only what _body.py can decode within max_response_bytes.
                "Accept-Encoding": ACCEPT_ENCODING,
            },
        )
        if rate_limit is not None and not isinstance(rate_limit, RateLimit):
            raise TypeError(f"rate_limit must be a RateLimit, got {type(rate_limit).__name__}")
        # Shared, like the pool, by every copy with_options makes: one API limit.
        self.rate_limit: RateLimit | None = rate_limit
        if http_client is not None and not isinstance(http_client, self._http_class):
            kind = f"httpx.{self._http_class.__name__}"
            raise TypeError(f"http_client must be an {kind}, got {type(http_client).__name__}")
        if http_client is not None and verify is not True:
            raise ValueError("verify applies to the client the SDK creates; set it on http_client")
        if http_client is not None and http_backend != "httpx":
            raise ValueError("http_backend applies to the client the SDK creates, not http_client")
        if verify is False:
            # Said once per client, loudly: without verification anyone on the path can
            # read the API key.
            logger.warning("TLS certificate verification is off (verify=False)")
        # A client passed in belongs to the caller, who closes it; ours is closed by close().
        self._owns_http = http_client is None
        # Ours carries our headers from the start; a caller's gets them on every request.
        # (httpx re-checks each default it overrides, so per request they cost more.)
        # On aiohttp each request is built whole, with every header (_aiohttp.py).
        self._http_has_our_headers = http_client is None and http_backend == "httpx"
        direct = None
        if http_client is None:
            http_client, direct = self._new_http(http_backend, verify)
        self._http: HttpClientT = http_client
        # How each attempt is built and sent: through the httpx client, or, for the SDK's
        # own client on aiohttp, straight to aiohttp, skipping the client's machinery.
        self._build: Callable[..., httpx.Request] = http_client.build_request
        self._send: Callable[[httpx.Request], Any] = partial(http_client.send, stream=True)
        if direct is not None:
            self._build, self._send = direct
        if self._owns_http:
            _cookies.install(self._http)
        # Every read, write and connect of ours is held to the attempt's deadline.
        _deadline.install(self._http)

    def _configure(
        self,
        *,
        api_key: str | None,
        base_url: str | None,
        timeout: TimeoutTypes,
        max_retries: int,
        default_headers: Mapping[str, str] | None,
        auth_scheme: AuthScheme,
        retry_policy: RetryPolicy | None,
        max_response_bytes: int,
        total_timeout: float | None,
        base_headers: Mapping[str, str],
    ) -> None:
        """Check and set every option that two clients on one connection pool may differ in.

        __init__ and with_options both come here, so they refuse the same values with the
        same errors. ``default_headers`` are added to ``base_headers``.
        """
        if auth_scheme not in ("bearer", "raw"):
            raise ValueError(f"auth_scheme must be 'bearer' or 'raw', got {auth_scheme!r}")
        self._api_key = resolve_api_key(api_key)
        self.base_url: str = resolve_base_url(base_url)
        self.timeout: httpx.Timeout = check_timeout(timeout, "timeout")
        self.max_retries: int = check_max_retries(max_retries, "max_retries")
        self.auth_scheme: AuthScheme = auth_scheme
        self.retry_policy: RetryPolicy = _check_policy(retry_policy)
        self.max_response_bytes: int = check_max_response_bytes(max_response_bytes)
        self.total_timeout: float | None = check_total_timeout(total_timeout)
        added = check_headers(default_headers, "default_headers")
        # Header names are case-insensitive: an added "user-agent" replaces ours rather
        # than going out beside it.
        replaced = {name.lower() for name in added}
        kept = {name: value for name, value in base_headers.items() if name.lower() not in replaced}
        self._headers = {**kept, **added}
        self._authorization = (
            f"Bearer {self._api_key}" if auth_scheme == "bearer" else self._api_key
        )
        # Normalised once per operation's header set, not on every request: httpx copies
        # an httpx.Headers cheaply but re-encodes every plain str header it is given.
        self._prepared_headers: dict[tuple[tuple[str, str], ...], httpx.Headers] = {}

    def _new_http(
        self, backend: object, verify: ssl.SSLContext | bool
    ) -> tuple[HttpClientT, _Direct | None]:
        """The SDK's own httpx client, and on aiohttp how to build and send without it."""
        options: dict[str, Any] = {
            "timeout": self.timeout,
            "verify": verify,
            "headers": self._all_headers({}),
        }
        if backend == "httpx":
            return self._http_class(**options), None
        if backend != "aiohttp":
            raise ValueError(f"http_backend must be 'httpx' or 'aiohttp', got {backend!r}")
        if self._http_class is not httpx.AsyncClient:
            raise ValueError("http_backend='aiohttp' serves AsyncAttention only")
        try:
            from ._aiohttp import async_client  # the [aiohttp] extra, loaded only if asked for
        except ImportError as exc:
            raise ImportError(
                'http_backend="aiohttp" needs the extra: pip install "attention-sdk[aiohttp]"'
            ) from exc
        from ._request import build_request

        client, transport = async_client(**options)
        direct: _Direct = (build_request, transport.handle_async_request)
        return client, direct  # type: ignore[return-value]

    def with_options(
        self,
        *,
        api_key: str | Unset | None = UNSET,
        base_url: str | Unset | None = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        default_headers: Mapping[str, str] | None = None,
        auth_scheme: AuthScheme | Unset = UNSET,
        retry_policy: RetryPolicy | Unset | None = UNSET,
        max_response_bytes: int | Unset = UNSET,
        total_timeout: float | Unset | None = UNSET,
    ) -> Self:
        """A client with other options that shares this one's connection pool.

        It takes every option of the constructor but those of the pool itself
        (``http_client``, ``verify``, ``http_backend``) and ``rate_limit``: the copy shares
        this client's limiter, as it shares the pool (both talk to the same API limit).
        Each is checked as the constructor checks it and means what it means there
        (``api_key=None`` reads ATTENTION_API_KEY, ``retry_policy=None`` is the default
        policy); one left out keeps this client's.
        ``default_headers`` are added to this client's. The copy does not own the pool:
        closing it leaves the pool open, and closing this client closes it for both.
        """
        # Built field by field: a shallow copy would keep the resources (cached on first
        # use) bound to this client, and with them its options.
        clone = object.__new__(type(self))
        current_timeout: TimeoutTypes = self.timeout  # typed as the option: seconds fit too
        clone._configure(
            api_key=_or_current(api_key, self._api_key),
            base_url=_or_current(base_url, self.base_url),
            timeout=_or_current(timeout, current_timeout),
            max_retries=_or_current(max_retries, self.max_retries),
            default_headers=default_headers,
            auth_scheme=_or_current(auth_scheme, self.auth_scheme),
            retry_policy=_or_current(retry_policy, self.retry_policy),
            max_response_bytes=_or_current(max_response_bytes, self.max_response_bytes),
            total_timeout=_or_current(total_timeout, self.total_timeout),
            base_headers=self._headers,
        )
        clone._owns_http = False
        # The pool's client, when the SDK made it, sends this client's headers (its
        # Authorization among them) by default: the copy may rely on that only if its own
        # are the same. Otherwise it sends all of its own on every request, overriding them.
        clone._http_has_our_headers = (
            self._http_has_our_headers
            and clone._headers == self._headers
            and clone._authorization == self._authorization
        )
        clone._http = self._http
        clone._build, clone._send = self._build, self._send
        clone.rate_limit = self.rate_limit
        clone._sleep = self._sleep
        return clone

    def _attempts(
        self,
        build_request: Callable[..., httpx.Request],
        call: Call[T],
        options: RequestOptions,
    ) -> Steps[T]:
        """The retry loop for one call, with the per-call options checked first."""
        if self._http.is_closed:
            # httpx would raise a bare RuntimeError from inside the loop.
            raise ClientClosedError(
                f"This {type(self).__name__} is closed: {call.method} {call.path} was not sent "
                "(0 attempts); make a new client, or make the calls inside its `with` block",
                method=call.method,
                path=call.path,
            )
        # None (the methods' default) or UNSET: the client's own setting.
        request_timeout = (
            self.timeout
            if options.timeout is None or isinstance(options.timeout, Unset)
            else check_timeout(options.timeout, "timeout")
        )
        retries = (
            self.max_retries
            if options.max_retries is None or isinstance(options.max_retries, Unset)
            else check_max_retries(options.max_retries, "max_retries")
        )
        headers = self._request_headers(call.headers, options.extra_headers)
        method, url, params = call.method, self.base_url + call.path, call.params
        # Encoded once, before anything is sent, with the fastest codec installed.
        content = None if call.json is None else encode_body(call.json)

        def build() -> httpx.Request:
            return build_request(
                method,
                url,
                content=content,
                params=params,
                headers=headers,
                timeout=request_timeout,
            )

        return attempts(
            build,
            call.parse,
            max_retries=retries,
            policy=self.retry_policy,
            secret=self._api_key,
            method=method,
            path=call.path,
            seconds=attempt_seconds(request_timeout),
            limit=self.max_response_bytes,
            idempotent=call.idempotent,
            total=self.total_timeout,
            limiter=self.rate_limit,
        )

    @staticmethod
    def _request_call(
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None,
        json: Any,
        cast_to: type[M] | None,
        idempotent: bool | None,
    ) -> Call[Any]:
        parse = any_json if cast_to is None else model_parser(cast_to)
        return raw_call(method, path, parse, params=params, json=json, idempotent=idempotent)

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
        if self._http_has_our_headers:
            return httpx.Headers(headers)
        return self._all_headers(headers)

    def _all_headers(self, headers: Mapping[str, str]) -> httpx.Headers:
        return httpx.Headers({**self._headers, **headers, "Authorization": self._authorization})

    def __repr__(self) -> str:
        # Never the key: only what helps to tell clients apart.
        return (
            f"{type(self).__name__}(base_url={self.base_url!r}, auth_scheme={self.auth_scheme!r}, "
            f"max_retries={self.max_retries}, timeout={self.timeout!r})"
        )
