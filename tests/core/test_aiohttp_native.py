"""The aiohttp backend's own path: requests built from parts, sent straight to aiohttp.

What the fault, hostile-server, corrupt-body and with_options suites check on every
backend is not repeated here; this covers what only this path does: the request it
builds is the one httpx.Request would build, httpx.AsyncClient's send is skipped, and a
call leaves no reference cycle behind (each one would wait for the garbage collector,
which under load costs more than the call itself).
"""

from __future__ import annotations

import asyncio
import gc
import socket
from typing import Any

import httpx
import pytest
from attention_sdk import APIConnectionError, AsyncAttention, RetryPolicy
from attention_sdk._request import build_request
from attention_sdk.testing import AttentionStandIn

from ..support.keys import KEY

pytest.importorskip("aiohttp")

HEADERS = httpx.Headers(
    {"User-Agent": "ua", "Accept": "application/json", "Authorization": "Bearer k"}
)
TIMEOUT = httpx.Timeout(30.0, connect=5.0)
URLS = [
    "http://127.0.0.1:8080/v2/conversations/conv-1",
    "https://api.example.test/v2/conversations/a%2Fb",  # an id the generated code quoted
    "https://api.example.test/v2/c/x:y@z!$&'()*+,;=~",
    "https://api.example.test/users",
    "https://api.example.test:8443/v2/c/d",
    "https://[::1]:8443/v2/c/d",
    "https://bücher.example/v2/c/d",  # an international host, encoded by httpx
    # Left to httpx: segments it quotes or normalises, and a trailing slash.
    "https://api.example.test/v2/c/a b",
    "https://api.example.test/v2/c/%zz",
    "https://api.example.test/v2/c/é",
    "https://api.example.test/v2/c/.",
    "https://api.example.test/v2/c/..",
    "http://localhost/v2/a/../b/c",
    "https://api.example.test/v2/c/",
]


def same_request(ours: httpx.Request, theirs: httpx.Request) -> None:
    assert ours.url._uri_reference == theirs.url._uri_reference
    assert str(ours.url) == str(theirs.url)
    assert ours.method == theirs.method
    assert ours.headers.raw == theirs.headers.raw  # names, values and order
    assert ours.content == theirs.content
    assert type(ours.stream) is type(theirs.stream) is httpx.ByteStream
    assert ours.extensions == theirs.extensions


@pytest.mark.parametrize("url", URLS)
@pytest.mark.parametrize("method", ["GET", "put", "POST", "DELETE"])
@pytest.mark.parametrize("content", [None, b"", b'{"title": "T"}'])
def test_the_request_is_the_one_httpx_builds(url: str, method: str, content: bytes | None) -> None:
    ours = build_request(
        method, url, content=content, params=None, headers=HEADERS, timeout=TIMEOUT
    )
    theirs = httpx.Request(
        method, url, content=content, headers=HEADERS, extensions={"timeout": TIMEOUT.as_dict()}
    )
    same_request(ours, theirs)


@pytest.mark.parametrize(
    ("params", "headers"),
    [
        ({"limit": 5, "cursor": "a b"}, HEADERS),
        (None, httpx.Headers({**HEADERS, "Host": "elsewhere.test"})),
        (None, httpx.Headers({**HEADERS, "content-length": "2"})),
    ],
)
def test_what_httpx_must_work_out_goes_to_httpx(
    params: dict[str, Any] | None, headers: httpx.Headers
) -> None:
    url, body = "https://api.example.test/v2/c/d", b"{}"
    ours = build_request("PUT", url, content=body, params=params, headers=headers, timeout=TIMEOUT)
    theirs = httpx.Request(
        "PUT",
        url,
        content=body,
        params=params,
        headers=headers,
        extensions={"timeout": TIMEOUT.as_dict()},
    )
    same_request(ours, theirs)


def test_calls_skip_the_httpx_client_and_leave_no_cycles(monkeypatch: pytest.MonkeyPatch) -> None:
    async def refuse(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("httpx.AsyncClient.send is not on this path")

    monkeypatch.setattr(httpx.AsyncClient, "send", refuse)

    async def go(base_url: str) -> tuple[int, Any]:
        async with AsyncAttention(api_key=KEY, base_url=base_url, http_backend="aiohttp") as client:
            await client.conversations.retrieve("conv-uuid-123")  # opens the connection
            gc.collect()
            gc.set_debug(gc.DEBUG_SAVEALL)
            try:
                for _ in range(5):
                    raw = await client.conversations.with_raw_response.retrieve("conv-uuid-123")
                del raw
                gc.collect()
                left = len(gc.garbage)
            finally:
                gc.set_debug(0)
                gc.garbage.clear()
            raw = await client.conversations.with_raw_response.retrieve("conv-uuid-123")
            return left, raw

    with AttentionStandIn(api_key=KEY) as server:
        base_url = server.base_url
        cycles, raw = asyncio.run(go(base_url))
    assert cycles == 0
    response = raw.http_response
    assert response.status_code == 200
    assert response.reason_phrase == "OK"
    assert response.http_version == "HTTP/1.1"
    assert response.is_closed
    assert response.elapsed.total_seconds() > 0
    assert response.request.headers["authorization"] == f"Bearer {KEY}"
    assert response.request.url == f"{base_url}/conversations/conv-uuid-123"


def test_a_transport_error_names_its_request() -> None:
    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    base_url = f"http://127.0.0.1:{probe.getsockname()[1]}/v2"
    probe.close()  # nothing listens there now

    async def go() -> BaseException:
        options: dict[str, Any] = {"retry_policy": RetryPolicy.instant(), "max_retries": 0}
        async with AsyncAttention(
            api_key=KEY, base_url=base_url, http_backend="aiohttp", **options
        ) as client:
            try:
                await client.conversations.retrieve("c")
            except APIConnectionError as error:
                return error
        raise AssertionError("nothing listens, yet the call succeeded")

    error = asyncio.run(go())
    cause = error.__cause__
    assert isinstance(cause, httpx.ConnectError)
    assert cause.request.url == f"{base_url}/conversations/c"
