"""Checking and resolving client options: clear errors before anything is sent."""

from __future__ import annotations

import os
import re
from collections.abc import Mapping

import httpx

from ._config import API_KEY_ENV, BASE_URL_ENV, DEFAULT_BASE_URL, MAX_TIMEOUT
from ._exceptions import AttentionError
from ._hosts import is_loopback

# RFC 9110 token characters for header names. Values may not carry control characters
# (tab aside): CR and LF would let a header smuggle in another header or a second
# request, and the others make httpx refuse the request with an error quoting it.
_HEADER_NAME = re.compile(r"^[!#$%&'*+.^_`|~0-9A-Za-z-]+$")
_CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f]")


def _check_seconds(value: object, name: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError(f"{name} must be a number of seconds, got {value!r}")
    # A socket refuses a timeout beyond what its C type holds (OverflowError), and
    # anything near that is a hang, not a wait.
    if not 0 < value <= MAX_TIMEOUT:
        raise ValueError(
            f"{name} must be a positive number of seconds, at most {MAX_TIMEOUT:.0f}, got {value!r}"
        )
    return float(value)


def check_timeout(timeout: object, name: str) -> httpx.Timeout:
    if isinstance(timeout, httpx.Timeout):
        phases = {"connect": timeout.connect, "read": timeout.read}
        phases |= {"write": timeout.write, "pool": timeout.pool}
        if any(seconds is None for seconds in phases.values()):
            raise ValueError(f"{name} must set every phase; unlimited timeouts are not allowed")
        for phase, seconds in phases.items():
            _check_seconds(seconds, f"{name}.{phase}")
        return timeout
    if isinstance(timeout, bool) or not isinstance(timeout, int | float):
        raise TypeError(f"{name} must be a number of seconds or an httpx.Timeout, got {timeout!r}")
    return httpx.Timeout(_check_seconds(timeout, name))


def attempt_seconds(timeout: httpx.Timeout) -> float:
    """How long one attempt may take in all: its longest phase timeout. httpx bounds each
    read and write, so without this a server dripping bytes could hold a call forever."""
    # Every phase is set: check_timeout refuses None.
    phases = (timeout.connect, timeout.read, timeout.write, timeout.pool)
    return max(phase or 0.0 for phase in phases)


def check_total_timeout(total: object) -> float | None:
    """The bound on a whole call, retries and waits included; None: no bound but theirs."""
    if total is None:
        return None
    return _check_seconds(total, "total_timeout")


def check_max_response_bytes(limit: object) -> int:
    if isinstance(limit, bool) or not isinstance(limit, int):
        raise TypeError(f"max_response_bytes must be an int, got {type(limit).__name__}")
    if limit < 1:
        raise ValueError(f"max_response_bytes must be at least 1, got {limit}")
    return limit


def check_max_retries(max_retries: object, name: str) -> int:
    if isinstance(max_retries, bool) or not isinstance(max_retries, int):
        raise TypeError(f"{name} must be an int, got {max_retries!r}")
    if max_retries < 0:
        raise ValueError(f"{name} must be 0 or more, got {max_retries}")
    return max_retries


def check_header_value(value: object, name: str) -> str:
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a str, got {type(value).__name__}")
    if _CONTROL.search(value):
        raise ValueError(f"{name} must not contain control characters (CR, LF, NUL, ...)")
    return value


def resolve_api_key(api_key: str | None) -> str:
    if api_key is None:
        api_key = os.environ.get(API_KEY_ENV)
    if api_key is not None and not isinstance(api_key, str):
        raise TypeError(f"api_key must be a str, got {type(api_key).__name__}")
    key = (api_key or "").strip()
    if not key:
        raise AttentionError(
            f"No API key: pass api_key=... or set the {API_KEY_ENV} environment variable"
        )
    # Visible ASCII only: anything else (a zero-width or no-break space pasted with the
    # key, a control character) cannot be sent in a header, and httpx's error about it
    # would quote the whole header, key included. The key itself is never in a message.
    if not all("!" <= char <= "~" for char in key):
        raise ValueError(
            "api_key must be visible ASCII characters only; it holds a space, a control "
            "character or a non-ASCII one (was something pasted with it?)"
        )
    return key


def resolve_base_url(base_url: str | None) -> str:
    if base_url is None:
        base_url = os.environ.get(BASE_URL_ENV) or DEFAULT_BASE_URL
    if not isinstance(base_url, str):
        raise TypeError(f"base_url must be a str, got {type(base_url).__name__}")
    try:
        url = httpx.URL(base_url)
    except httpx.InvalidURL as exc:
        raise ValueError(f"base_url is not a valid URL: {base_url!r}") from exc
    if url.scheme == "http" and not is_loopback(url.host):
        # Plain http would send the API key in clear text across the network.
        raise ValueError(f"base_url must use https:// (http:// is only for loopback): {base_url!r}")
    if url.scheme not in ("http", "https") or not url.host:
        raise ValueError(f"base_url must be an https:// URL with a host, got {base_url!r}")
    if url.query or url.fragment:
        raise ValueError(f"base_url must not have a query or fragment: {base_url!r}")
    return base_url.rstrip("/")


def check_headers(headers: Mapping[str, str] | None, name: str) -> dict[str, str]:
    """Headers a caller adds (``default_headers``, ``extra_headers``), refused if unsafe."""
    if headers is None:
        return {}
    if not isinstance(headers, Mapping):
        raise TypeError(f"{name} must be a mapping, got {type(headers).__name__}")
    checked: dict[str, str] = {}
    for header, value in headers.items():
        if not isinstance(header, str) or not _HEADER_NAME.match(header):
            raise ValueError(f"{name} has an invalid header name: {header!r}")
        if header.lower() == "authorization":
            raise ValueError(f"{name} must not set Authorization; pass api_key instead")
        checked[header] = check_header_value(value, f"{name}[{header!r}]")
    return checked
