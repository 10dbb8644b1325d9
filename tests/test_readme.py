"""Every Python example in the README runs as written, against the stand-in.

Each block runs in a fresh namespace with ATTENTION_API_KEY and ATTENTION_BASE_URL
pointing at a fresh stand-in, as a reader who exported them would run it; a block that
defines ``test_*`` functions (the testing example) has them called too.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from attention_sdk.testing import AttentionStandIn

from .conftest import ROOT

KEY = "readme-key"
README = (ROOT / "README.md").read_text()
# Blocks that start with a file name ("# conftest.py") are a pytest suite of a user's,
# run as files by tests/test_testing_kit.py; every other block runs here.
BLOCKS = [
    block
    for block in re.findall(r"```python\n(.*?)```", README, re.S)
    if not re.match(r"# \S+\.py\n", block)
]


def _heading(block: str) -> str:
    before = README[: README.index(block)]
    headings: list[str] = re.findall(r"^## (.+)$", before, re.M)
    return headings[-1]


def test_the_readme_has_examples_to_run() -> None:
    assert len(BLOCKS) >= 9


@pytest.mark.parametrize("block", BLOCKS, ids=[_heading(b) for b in BLOCKS])
def test_every_python_example_runs(block: str, monkeypatch: pytest.MonkeyPatch) -> None:
    with AttentionStandIn(api_key=KEY) as server:
        monkeypatch.setenv("ATTENTION_API_KEY", KEY)
        monkeypatch.setenv("ATTENTION_BASE_URL", server.base_url)
        namespace: dict[str, Any] = {}
        exec(block, namespace)
        for name, value in list(namespace.items()):
            if name.startswith("test_") and callable(value):
                value()
        if _heading(block) == "Quickstart":
            attributes = server.conversation("conv-uuid-123")["attributes"]
            assert attributes["title"] == "Q4 review"
            assert attributes["labels"] == {"deal_stage": "negotiation"}
