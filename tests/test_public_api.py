"""The public surface: one export list, and clients that take the same options.

The resources' four views are compared in tests/test_resources.py.
"""

from __future__ import annotations

import inspect

import attention_sdk
from attention_sdk import AsyncAttention, Attention


def test_all_is_sorted_and_complete() -> None:
    exported = attention_sdk.__all__
    assert exported == sorted(exported, key=lambda name: (not name.isupper(), name))
    public = {name for name in vars(attention_sdk) if not name.startswith("_")}
    public -= {"resources", "testing", "cli"}  # subpackages, not re-exported names
    assert set(exported) - {"__version__"} == public
    for name in exported:
        assert getattr(attention_sdk, name) is not None


def test_every_status_error_is_exported() -> None:
    for error in attention_sdk.APIStatusError.__subclasses__():
        assert error.__name__ in attention_sdk.__all__


def test_the_clients_take_the_same_options() -> None:
    sync_params = inspect.signature(Attention.__init__).parameters
    async_params = inspect.signature(AsyncAttention.__init__).parameters
    assert list(sync_params) == list(async_params)
    for name in sync_params:
        if name != "http_client":
            assert sync_params[name].default == async_params[name].default, name
