"""The SDK's own httpx.Request, made without parsing again what is already known.

httpx.Request parses and checks its URL, and works out its Host and Content-Length
headers, on every request: about 35 µs of the 45 it takes, as much as all the rest of
the client's own work on a call. Without httpx.AsyncClient's machinery (the aiohttp
backend, _aiohttp.py) the SDK builds the same request from parts: the URL from its
prefix, parsed once and cached (the base URL and the path up to its last segment,
``.../conversations``), and a last segment that parsing would leave as it is (an id,
percent-encoded by the generated code); the headers completed as httpx completes them.
Anything else (query parameters, a segment to quote or normalise, a Host or
Content-Length among the headers) goes to httpx.Request, parsed as usual.

The parsed URL is put together through httpx.URL's one private attribute (httpx is
pinned); tests/core/test_aiohttp_native.py compares every part with httpx's own request.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from typing import Any

import httpx

# A path segment httpx would keep as it is: unreserved characters, sub-delimiters, ":"
# and "@" (RFC 3986 pchar), and valid percent-escapes; no more than a few hundred.
_PLAIN_SEGMENT = re.compile(r"(?:[A-Za-z0-9\-._~!$&'()*+,;=:@]|%[0-9A-Fa-f]{2}){1,512}")
# Headers that httpx.Request would not add when given.
_GIVEN_AUTO_HEADERS = frozenset({"host", "content-length", "transfer-encoding"})
# Methods whose request gets "Content-Length: 0" when it has no body.
_BODY_METHODS = frozenset({"POST", "PUT", "PATCH"})


@functools.lru_cache(maxsize=256)
def _parsed(prefix: str) -> httpx.URL:
    return httpx.URL(prefix)


def parse_url(url: str) -> httpx.URL:
    """``httpx.URL(url)``, from the cached prefix when the last segment is plain."""
    prefix, _, last = url.rpartition("/")
    if last in (".", "..") or not _PLAIN_SEGMENT.fullmatch(last):
        return httpx.URL(url)
    reference = _parsed(prefix)._uri_reference
    if not reference.host or reference.query is not None or reference.fragment is not None:
        return httpx.URL(url)
    parsed = httpx.URL.__new__(httpx.URL)
    parsed._uri_reference = reference._replace(path=f"{reference.path}/{last}")
    return parsed


def build_request(
    method: str,
    url: str,
    *,
    content: bytes | None,
    params: Mapping[str, Any] | None,
    headers: httpx.Headers,
    timeout: httpx.Timeout,
) -> httpx.Request:
    """What httpx.AsyncClient.build_request makes of a request whose headers are all
    given (the SDK's own): no client defaults, cookies or base URL to merge in."""
    extensions = {"timeout": timeout.as_dict()}
    if params or not _GIVEN_AUTO_HEADERS.isdisjoint(headers.keys()):
        return httpx.Request(
            method, url, content=content, params=params, headers=headers, extensions=extensions
        )
    parsed = parse_url(url)
    method = method.upper()
    # In httpx's order: Host first, then a Content-Length of 0 for an empty body, or
    # after the given headers the length of a body.
    raw = [(b"Host", parsed.netloc), *headers.raw]
    if content:
        raw.append((b"Content-Length", str(len(content)).encode()))
    elif method in _BODY_METHODS:
        raw.insert(1, (b"Content-Length", b"0"))
    request = httpx.Request(
        method, parsed, headers=raw, stream=httpx.ByteStream(content or b""), extensions=extensions
    )
    request.read()
    return request
