"""The public surface: one export list, and sync/async twins that stay in step."""

from __future__ import annotations

import inspect

import attention_sdk
import pytest
from attention_sdk import AsyncAttention, Attention
from attention_sdk.resources import conversations


def test_all_is_sorted_and_complete() -> None:
    exported = attention_sdk.__all__
    assert exported == sorted(exported, key=lambda name: (not name.isupper(), name))
    public = {name for name in vars(attention_sdk) if not name.startswith("_")}
    public -= {"resources", "testing"}  # subpackages, not re-exported names
    assert set(exported) - {"__version__"} == public
    for name in exported:
        assert getattr(attention_sdk, name) is not None


def test_every_status_error_is_exported() -> None:
    for error in attention_sdk.APIStatusError.__subclasses__():
        assert error.__name__ in attention_sdk.__all__


def _public_methods(cls: type) -> dict[str, inspect.Signature]:
    return {
        name: inspect.signature(member)
        for name, member in vars(cls).items()
        if callable(member) and not name.startswith("_")
    }


@pytest.mark.parametrize(
    ("sync_class", "async_class"),
    [
        (conversations.Conversations, conversations.AsyncConversations),
        (
            conversations.ConversationsWithRawResponse,
            conversations.AsyncConversationsWithRawResponse,
        ),
    ],
)
def test_async_resources_mirror_the_sync_ones(sync_class: type, async_class: type) -> None:
    sync_methods = _public_methods(sync_class)
    async_methods = _public_methods(async_class)
    assert sync_methods.keys() == async_methods.keys()
    for name, signature in sync_methods.items():
        assert str(async_methods[name].parameters) == str(signature.parameters), name
        assert inspect.iscoroutinefunction(getattr(async_class, name)), name


def test_the_clients_take_the_same_options() -> None:
    sync_params = inspect.signature(Attention.__init__).parameters
    async_params = inspect.signature(AsyncAttention.__init__).parameters
    assert list(sync_params) == list(async_params)
    for name in sync_params:
        if name != "http_client":
            assert sync_params[name].default == async_params[name].default, name
