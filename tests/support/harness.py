"""Run the same scenario through Attention and AsyncAttention, over httpx.MockTransport."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable, Mapping
from typing import Any

import httpx
from attention_sdk import APIResponse, AsyncAttention, Attention, Conversation, RetryPolicy

from ..conftest import load_example
from .keys import KEY
from .retrylog import RetryLog

MODES = ("sync", "async")

Handler = Callable[[httpx.Request], httpx.Response]


def conversation_response(status: int = 200, **headers: str) -> httpx.Response:
    return httpx.Response(status, json=load_example("docs_new_conversation"), headers=headers)


class Harness:
    """One client, sync or async, whose HTTP goes to ``handler``; it retries at once, and
    the waits it decided on are in ``sleeps``."""

    def __init__(self, mode: str, handler: Handler, **client_kwargs: Any) -> None:
        self.mode = mode
        self.requests: list[httpx.Request] = []
        self.log = RetryLog().attach()  # detached after the test (tests/conftest.py)

        def record(request: httpx.Request) -> httpx.Response:
            request.read()
            self.requests.append(request)
            return handler(request)

        transport = httpx.MockTransport(record)
        client_kwargs.setdefault("api_key", KEY)
        client_kwargs.setdefault("retry_policy", RetryPolicy.instant())
        self.client: Attention | AsyncAttention
        if mode == "sync":
            self.client = Attention(http_client=httpx.Client(transport=transport), **client_kwargs)
        else:
            self.client = AsyncAttention(
                http_client=httpx.AsyncClient(transport=transport), **client_kwargs
            )

    @property
    def sleeps(self) -> list[float]:
        """The waits the retry loop decided on (not slept: the policy is instant)."""
        return self.log.waits

    def update(self, *args: Any, **kwargs: Any) -> Conversation:
        if isinstance(self.client, Attention):
            return self.client.conversations.update(*args, **kwargs)
        return asyncio.run(self.client.conversations.update(*args, **kwargs))

    def retrieve(self, *args: Any, **kwargs: Any) -> Conversation:
        if isinstance(self.client, Attention):
            return self.client.conversations.retrieve(*args, **kwargs)
        return asyncio.run(self.client.conversations.retrieve(*args, **kwargs))

    def update_raw(self, *args: Any, **kwargs: Any) -> APIResponse[Conversation]:
        if isinstance(self.client, Attention):
            return self.client.conversations.with_raw_response.update(*args, **kwargs)
        return asyncio.run(self.client.conversations.with_raw_response.update(*args, **kwargs))

    def sent_json(self, index: int = -1) -> Mapping[str, Any]:
        body: Mapping[str, Any] = json.loads(self.requests[index].content)
        return body


def mock_client(mode: str, handler: Handler, **client_kwargs: Any) -> Any:
    """A client of either twin whose HTTP goes to ``handler`` and which retries at once.

    Typed Any: tests call one set of methods on both twins (async results are awaited
    by the caller).
    """
    transport = httpx.MockTransport(handler)
    client_kwargs.setdefault("api_key", KEY)
    client_kwargs.setdefault("retry_policy", RetryPolicy.instant())
    if mode == "sync":
        return Attention(http_client=httpx.Client(transport=transport), **client_kwargs)
    return AsyncAttention(http_client=httpx.AsyncClient(transport=transport), **client_kwargs)
