"""The README's Python examples run as written (against the stand-in, not the live API)."""

from __future__ import annotations

import re
from typing import Any

import pytest
from attention_sdk import Attention
from attention_sdk.testing import AttentionStandIn

from .conftest import ROOT


def _python_block_after(heading: str) -> str:
    text = (ROOT / "README.md").read_text()
    section = text.split(f"## {heading}\n", 1)[1]
    match = re.search(r"```python\n(.*?)```", section, re.S)
    assert match, heading
    return match.group(1)


def test_quickstart(monkeypatch: pytest.MonkeyPatch) -> None:
    with AttentionStandIn(api_key="readme-key") as server:
        monkeypatch.setenv("ATTENTION_API_KEY", "readme-key")
        monkeypatch.setenv("ATTENTION_BASE_URL", server.base_url)
        exec(_python_block_after("Quickstart"), {})
        attributes = server.conversation("conv-uuid-123")["attributes"]
    assert attributes["title"] == "Q4 review"
    assert attributes["labels"] == {"deal_stage": "negotiation"}


def test_testing_example() -> None:
    def my_sync_job(client: Attention) -> None:
        client._sleep = lambda _: None
        client.conversations.update("conv-uuid-123", title="Expected")

    namespace: dict[str, Any] = {"my_sync_job": my_sync_job}
    exec(_python_block_after("Testing your code offline"), namespace)
    namespace["test_my_sync_job"]()
