"""Errors that say what failed: which request, how often it was sent, and the request id.

Each case is run on both twins: a status error (404, and 503 after the retries), a
connection that is refused, a timeout, a malformed 2xx, and a call on a closed client.
"""

from __future__ import annotations

import asyncio
import inspect
import socket
import time
from typing import Any

import httpx
import pytest
from attention_sdk import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APITimeoutError,
    AsyncAttention,
    Attention,
    AttentionError,
    ClientClosedError,
    InternalServerError,
    NotFoundError,
    RateLimitError,
    RetryPolicy,
)
from attention_sdk.testing import AttentionStandIn

from ..support.harness import conversation_response, mock_client
from ..support.keys import KEY
from ..support.sockets import observe

MODES = ("sync", "async")


def run(result: Any) -> Any:
    """The result, awaited when the async client returned something to await."""
    if not inspect.isawaitable(result):
        return result

    async def wait() -> Any:
        return await result

    return asyncio.run(wait())


def raised(mode: str, handler: Any, call: Any, **options: Any) -> APIError:
    client = mock_client(mode, handler, api_key=KEY, **options)
    with pytest.raises(APIError) as caught:
        run(call(client.conversations))
    return caught.value


@pytest.mark.parametrize("mode", MODES)
def test_a_404_says_which_request(mode: str) -> None:
    def not_found(_: httpx.Request) -> httpx.Response:
        body = {"message": "Conversation not found"}
        return httpx.Response(404, json=body, headers={"x-request-id": "req-42"})

    error = raised(mode, not_found, lambda c: c.retrieve("conv-123"))
    assert isinstance(error, NotFoundError)
    assert str(error) == (
        "404 Not Found on GET /conversations/conv-123: Conversation not found "
        "(1 attempt, request id req-42)"
    )
    assert (error.method, error.path, error.attempts) == ("GET", "/conversations/conv-123", 1)
    assert error.request_id == "req-42"


@pytest.mark.parametrize("mode", MODES)
def test_a_503_after_the_retries_counts_them(mode: str) -> None:
    error = raised(mode, lambda _: httpx.Response(503), lambda c: c.update("c 1", title="t"))
    assert isinstance(error, InternalServerError)
    assert str(error) == "503 Service Unavailable on PUT /conversations/c%201 (3 attempts)"
    assert (error.method, error.path, error.attempts, error.request_id) == (
        "PUT",
        "/conversations/c%201",
        3,
        None,
    )


@pytest.mark.parametrize("mode", MODES)
def test_a_wait_beyond_the_cap_says_so(mode: str) -> None:
    limited = httpx.Response(429, headers={"Retry-After": "600", "request-id": "r-7"})
    error = raised(mode, lambda _: limited, lambda c: c.archive("c"))
    assert isinstance(error, RateLimitError)
    assert str(error) == (
        "429 Too Many Requests on DELETE /conversations/c; the server asked to wait 600 s, "
        "the cap is 60 s (1 attempt, request id r-7)"
    )


def _refused_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])  # closed again: nothing listens there


@pytest.mark.parametrize("mode", MODES)
def test_a_refused_connection_says_which_request(mode: str) -> None:
    client = {"api_key": KEY, "base_url": f"http://127.0.0.1:{_refused_port()}/v2"}
    seen = observe(mode, "update_title", "conv-9", title="t", client=client)
    error = seen.error
    assert type(error) is APIConnectionError, error
    assert str(error).startswith("Connection error on PUT /conversations/conv-9/title: ")
    assert str(error).endswith("(3 attempts)")
    assert (error.method, error.path, error.attempts) == ("PUT", "/conversations/conv-9/title", 3)
    assert error.request_id is None


@pytest.mark.parametrize("mode", MODES)
def test_a_timeout_says_which_request(mode: str) -> None:
    def slow(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("timed out", request=request)

    error = raised(mode, slow, lambda c: c.list(size=5), max_retries=1)
    assert isinstance(error, APITimeoutError)
    assert str(error) == "Request timed out on GET /conversations/list: ReadTimeout (2 attempts)"


@pytest.mark.parametrize("mode", MODES)
def test_a_malformed_success_says_which_request(mode: str) -> None:
    html = httpx.Response(200, text="<html>", headers={"x-request-id": "abc"})
    error = raised(mode, lambda _: html, lambda c: c.retrieve("c"))
    assert isinstance(error, APIResponseValidationError)
    assert str(error).startswith("Response body is not JSON")
    assert str(error).endswith("on GET /conversations/c (1 attempt, request id abc)")
    assert (error.method, error.attempts, error.request_id) == ("GET", 1, "abc")


@pytest.mark.parametrize("mode", MODES)
def test_a_page_with_a_conversation_of_another_shape_names_the_field(mode: str) -> None:
    # a required field of a nested model: refused by the generated model, typed by the overlay
    item = {"type": "conversations", "id": 5, "attributes": {}}
    page = httpx.Response(200, json={"data": [item]})
    error = raised(mode, lambda _: page, lambda c: c.list(size=5))
    assert isinstance(error, APIResponseValidationError)
    assert "Conversation.id must be a string, got a number" in str(error)


def test_the_raw_response_carries_the_request_id() -> None:
    answer = conversation_response(200, **{"x-request-id": "r-1"})
    client = mock_client("sync", lambda _: answer)
    assert client.conversations.with_raw_response.retrieve("c").request_id == "r-1"
    plain = mock_client("sync", lambda _: conversation_response())
    assert plain.conversations.with_raw_response.retrieve("c").request_id is None


# --- a closed client ----------------------------------------------------------------------


def test_a_call_on_a_closed_client_says_the_client_is_closed(
    attention_standin: AttentionStandIn,
) -> None:
    server = attention_standin
    with Attention(api_key=KEY, base_url=server.base_url) as client:
        copy = client.with_options(max_retries=0)
    for closed in (client, copy):
        with pytest.raises(ClientClosedError) as caught:
            closed.conversations.retrieve("conv-uuid-123")
        assert str(caught.value).startswith(
            "This Attention is closed: GET /conversations/conv-uuid-123 was not sent (0 attempts)"
        )
        assert (caught.value.method, caught.value.path, caught.value.attempts) == (
            "GET",
            "/conversations/conv-uuid-123",
            0,
        )
        assert isinstance(caught.value, AttentionError)
        with pytest.raises(ClientClosedError):
            closed.request("GET", "/conversations/conv-uuid-123")
    assert server.requests == []


def test_an_async_call_on_a_closed_client_says_the_client_is_closed(
    attention_standin: AttentionStandIn,
) -> None:
    async def go(server: AttentionStandIn) -> None:
        async with AsyncAttention(api_key=KEY, base_url=server.base_url) as client:
            pass
        with pytest.raises(ClientClosedError, match="This AsyncAttention is closed"):
            await client.conversations.retrieve("conv-uuid-123")
        with pytest.raises(ClientClosedError):
            await client.conversations.list()

    asyncio.run(go(attention_standin))
    assert attention_standin.requests == []


# --- instant retries ----------------------------------------------------------------------


def test_the_instant_policy_retries_without_sleeping(monkeypatch: pytest.MonkeyPatch) -> None:
    slept: list[float] = []
    monkeypatch.setattr(time, "sleep", slept.append)  # the sync client's sleep, taken at init
    replies = [httpx.Response(503, headers={"Retry-After": "30"}), conversation_response()]

    def answer(_: httpx.Request) -> httpx.Response:
        return replies.pop(0) if len(replies) > 1 else replies[0]

    transport = httpx.MockTransport(answer)
    instant = Attention(
        api_key=KEY,
        http_client=httpx.Client(transport=transport),
        retry_policy=RetryPolicy.instant(),
    )
    assert instant.conversations.with_raw_response.retrieve("c").attempts == 2
    assert slept == []
    replies[:] = [httpx.Response(503, headers={"Retry-After": "30"}), conversation_response()]
    default = Attention(api_key=KEY, http_client=httpx.Client(transport=transport))
    assert default.conversations.with_raw_response.retrieve("c").attempts == 2
    assert slept == [30.0]  # the same decision, slept this time


def test_the_instant_policy_keeps_every_decision() -> None:
    # A Retry-After beyond the cap still fails at once, and what is not retried still is not.
    far = httpx.Response(429, headers={"Retry-After": "3600"})
    error = raised("sync", lambda _: far, lambda c: c.retrieve("c"))
    assert error.attempts == 1
    assert RetryPolicy.instant() == RetryPolicy(sleep=False)
    with pytest.raises(TypeError, match="retry_policy must be a RetryPolicy"):
        Attention(api_key=KEY, retry_policy={"sleep": False})  # type: ignore[arg-type]
    client = Attention(api_key=KEY).with_options(retry_policy=RetryPolicy.instant())
    assert client.retry_policy.sleep is False


# --- the aiohttp backend's options ---------------------------------------------------------


def test_the_aiohttp_backend_is_for_the_async_client_the_sdk_makes() -> None:
    with pytest.raises(ValueError, match="serves AsyncAttention only"):
        Attention(api_key=KEY, http_backend="aiohttp")
    with pytest.raises(ValueError, match="http_backend must be 'httpx' or 'aiohttp'"):
        AsyncAttention(api_key=KEY, http_backend="curl")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="not http_client"):
        AsyncAttention(api_key=KEY, http_backend="aiohttp", http_client=httpx.AsyncClient())


def test_the_core_never_imports_aiohttp_or_orjson_on_its_own() -> None:
    import subprocess
    import sys

    code = (
        "import sys, attention_sdk\n"
        "attention_sdk.AsyncAttention(api_key='k')\n"
        "print(sorted(m for m in ('aiohttp',) if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
