"""`with_options` (a client with other defaults on the same connections) and `request`
(an endpoint the spec does not cover yet, with auth, retries and typed errors)."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest
from attention_client.models import Conversation
from attention_sdk import (
    APIConnectionError,
    APIResponseValidationError,
    AsyncAttention,
    Attention,
    InternalServerError,
    NotFoundError,
)
from attention_sdk.testing import AttentionStandIn

from ..conftest import load_example
from ..support.harness import mock_client
from ..support.keys import KEY

MODES = ("sync", "async")
CONVERSATION = load_example("docs_new_conversation")


class Recorder:
    """A MockTransport handler that records requests and answers from a script."""

    def __init__(self, *answers: httpx.Response | Exception) -> None:
        self.answers = list(answers)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        answer = self.answers[min(len(self.requests), len(self.answers)) - 1]
        if isinstance(answer, Exception):
            raise answer
        return answer


def make(mode: str, handler: Recorder, **options: Any) -> Any:
    return mock_client(mode, handler, api_key=KEY, **options)


def run(result: Any) -> Any:
    return asyncio.run(result) if asyncio.iscoroutine(result) else result


# --- with_options -------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_with_options_changes_the_defaults_of_the_copy_only(mode: str) -> None:
    handler = Recorder(httpx.Response(503))
    client = make(mode, handler, timeout=9.0, default_headers={"X-Team": "a"})
    patient = client.with_options(timeout=2.5, max_retries=5, default_headers={"X-Job": "b"})
    assert type(patient) is type(client)
    with pytest.raises(InternalServerError):
        run(patient.conversations.retrieve("c"))
    assert len(handler.requests) == 6  # 1 + 5 retries
    sent = handler.requests[0]
    assert sent.extensions["timeout"] == httpx.Timeout(2.5).as_dict()
    assert (sent.headers["x-team"], sent.headers["x-job"]) == ("a", "b")
    assert sent.headers["authorization"] == f"Bearer {KEY}"
    # The original keeps its own defaults, and its resources stay bound to it.
    with pytest.raises(InternalServerError):
        run(client.conversations.retrieve("c"))
    assert len(handler.requests) == 6 + 3
    assert handler.requests[-1].extensions["timeout"] == httpx.Timeout(9.0).as_dict()
    assert "x-job" not in handler.requests[-1].headers
    assert client.conversations is not patient.conversations


@pytest.mark.parametrize("mode", MODES)
def test_with_options_checks_its_arguments(mode: str) -> None:
    client = make(mode, Recorder(httpx.Response(200)))
    with pytest.raises(ValueError, match="timeout"):
        client.with_options(timeout=-1)
    with pytest.raises(TypeError, match="max_retries"):
        client.with_options(max_retries="3")
    with pytest.raises(ValueError, match="default_headers"):
        client.with_options(default_headers={"Authorization": "Bearer other"})


def test_with_options_shares_the_connection_pool_over_real_sockets() -> None:
    with AttentionStandIn(api_key=KEY) as server:
        with Attention(api_key=KEY, base_url=server.base_url) as client:
            quick = client.with_options(max_retries=0, default_headers={"X-Job": "nightly"})
            assert quick._http is client._http
            client.conversations.retrieve("conv-uuid-123")
            quick.conversations.retrieve("conv-uuid-123")
            quick.close()  # the copy does not own the pool: it stays open
            client.conversations.retrieve("conv-uuid-123")
            assert server.connections_opened == 1  # one kept-alive connection for all three
            assert server.requests[1].headers["x-job"] == "nightly"
            assert "x-job" not in server.requests[2].headers


def test_async_with_options_shares_the_connection_pool() -> None:
    async def go(server: AttentionStandIn) -> None:
        async with AsyncAttention(api_key=KEY, base_url=server.base_url) as client:
            other = client.with_options(timeout=3)
            assert other._http is client._http
            await client.conversations.retrieve("conv-uuid-123")
            await other.conversations.retrieve("conv-uuid-123")
            await other.close()
            await client.conversations.retrieve("conv-uuid-123")
        assert server.connections_opened == 1

    with AttentionStandIn(api_key=KEY) as server:
        asyncio.run(go(server))


# --- request: the low-level call ------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_request_sends_with_auth_and_returns_the_json(mode: str) -> None:
    handler = Recorder(httpx.Response(200, json={"data": [{"id": "u-1"}]}))
    client = make(mode, handler)
    users = run(
        client.request("GET", "/users", params={"page": 2, "filter[team.id]": ["t1", "t2"]})
    )
    assert users == {"data": [{"id": "u-1"}]}
    (sent,) = handler.requests
    assert sent.method == "GET"
    assert str(sent.url) == (
        "https://api.attention.tech/v2/users?page=2&filter%5Bteam.id%5D=t1&filter%5Bteam.id%5D=t2"
    )
    assert sent.headers["authorization"] == f"Bearer {KEY}"


@pytest.mark.parametrize("mode", MODES)
def test_request_parses_into_a_model_and_sends_json(mode: str) -> None:
    handler = Recorder(httpx.Response(200, json=CONVERSATION))
    client = make(mode, handler)
    conv = run(
        client.request("PUT", "/conversations/c/title", json={"title": "t"}, cast_to=Conversation)
    )
    assert isinstance(conv, Conversation)
    assert conv.id == CONVERSATION["id"]
    assert handler.requests[0].content == b'{"title":"t"}'
    assert handler.requests[0].headers["content-type"] == "application/json"


@pytest.mark.parametrize("mode", MODES)
def test_request_has_typed_errors_and_retries(mode: str) -> None:
    handler = Recorder(httpx.Response(503), httpx.Response(404, json={"message": "No such user"}))
    client = make(mode, handler)
    with pytest.raises(NotFoundError, match="No such user"):
        run(client.request("GET", "/users/u-9"))
    assert len(handler.requests) == 2  # GET: the 503 was retried
    empty = Recorder(httpx.Response(204))
    assert run(make(mode, empty).request("DELETE", "/things/1")) is None
    html = Recorder(httpx.Response(200, text="<html>"))
    with pytest.raises(APIResponseValidationError):
        run(make(mode, html).request("GET", "/users"))


@pytest.mark.parametrize("mode", MODES)
def test_request_resends_a_post_only_when_it_never_arrived_unless_idempotent(mode: str) -> None:
    answered = Recorder(httpx.Response(503), httpx.Response(200, json={}))
    with pytest.raises(InternalServerError):
        run(make(mode, answered).request("POST", "/ask", json={"q": "?"}))
    assert len(answered.requests) == 1
    refused = Recorder(httpx.ConnectError("refused"), httpx.Response(200, json={"ok": True}))
    assert run(make(mode, refused).request("POST", "/ask", json={})) == {"ok": True}
    assert len(refused.requests) == 2
    declared = Recorder(httpx.Response(503), httpx.Response(200, json={"ok": True}))
    assert run(make(mode, declared).request("POST", "/ask", idempotent=True)) == {"ok": True}
    assert len(declared.requests) == 2
    broken = Recorder(httpx.ReadError("reset"))
    with pytest.raises(APIConnectionError):
        run(make(mode, broken).request("PATCH", "/x", json={}))
    assert len(broken.requests) == 1


@pytest.mark.parametrize(
    ("args", "kwargs", "error", "message"),
    [
        (("GETS", "/users"), {}, ValueError, "method must be one of"),
        (("GET", "users"), {}, ValueError, "path must start with '/'"),
        (("GET", "https://evil.example.com/x"), {}, ValueError, "relative to base_url"),
        (("GET", "/users?page=2"), {}, ValueError, "params="),
        (("GET", "/a/../../b"), {}, ValueError, r"'\.\.' segments"),
        (("GET", "/a b"), {}, ValueError, "spaces"),
        (("GET", 5), {}, TypeError, "path must be a str"),
        (("GET", "/users"), {"params": [("a", "b")]}, TypeError, "params must be a mapping"),
        (("GET", "/users"), {"idempotent": "yes"}, TypeError, "idempotent"),
        (("GET", "/users"), {"timeout": 0}, ValueError, "timeout"),
    ],
)
@pytest.mark.parametrize("mode", MODES)
def test_request_refuses_bad_arguments_before_sending(
    mode: str, args: tuple[Any, ...], kwargs: dict[str, Any], error: type[Exception], message: str
) -> None:
    handler = Recorder(httpx.Response(200))
    with pytest.raises(error, match=message):
        run(make(mode, handler).request(*args, **kwargs))
    assert handler.requests == []
