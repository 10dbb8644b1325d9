"""Every Python example in the README runs as written, against the stand-in, and passes
mypy --strict; every link stays inside the repository and leads somewhere.

Each block runs in a fresh namespace with ATTENTION_API_KEY and ATTENTION_BASE_URL
pointing at a fresh stand-in, as a reader who exported them would run it; a block that
defines ``test_*`` functions (the testing example) has them called too. The Quickstart
blocks also run against conversations that have no title and no labels.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from attention_sdk.testing import AttentionStandIn

from ..conftest import ROOT
from ..support.keys import KEY

README = (ROOT / "README.md").read_text()
# Blocks that start with a file name ("# conftest.py") are a pytest suite of a user's,
# run as files by tests/standin/test_testing_kit.py; every other block runs here.
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
        if _heading(block) == "Quickstart" and ".update(" in block:
            attributes = server.conversation("conv-uuid-123")["attributes"]
            assert attributes["title"] == "Q4 review"
            assert attributes["labels"] == {"deal_stage": "negotiation"}


LINK = re.compile(r"\[[^\]]*\]\(([^)\s]*)\)")


def _prose(text: str) -> str:
    """The text without code blocks and code spans, where URLs are examples, not links."""
    return re.sub(r"`[^`\n]*`", "", re.sub(r"```.*?```", "", text, flags=re.S))


def _anchors(text: str) -> set[str]:
    """GitHub's anchors for the headings of a Markdown text."""
    headings = re.findall(r"^#+ (.+)$", _prose(text), re.M)
    return {re.sub(r"[^\w\- ]", "", h.strip().lower()).replace(" ", "-") for h in headings}


def test_the_readme_links_nowhere_outside_the_repository() -> None:
    prose = _prose(README)
    assert "://" not in prose  # no link, and no bare URL that a viewer would link
    assert "www." not in prose
    for target in ("docs/reliability.md", "docs/performance.md", "docs/contributing.md"):
        assert f"]({target})" in prose


@pytest.mark.parametrize(
    "page", [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))], ids=lambda p: p.name
)
def test_every_relative_link_leads_somewhere(page: Path) -> None:
    links = LINK.findall(_prose(page.read_text()))
    for link in links:
        if "://" in link:
            continue
        path, _, anchor = link.partition("#")
        target = (page.parent / path).resolve() if path else page
        assert target.is_relative_to(ROOT), link
        assert target.exists(), link
        if anchor:
            assert anchor in _anchors(target.read_text()), link


def test_every_python_example_type_checks(tmp_path: Path) -> None:
    """mypy --strict over every block, each as a module of its own, in one run."""
    files = []
    every_block = re.findall(r"```python\n(.*?)```", README, re.S)  # the user's suite too
    for index, block in enumerate(every_block):
        files.append(tmp_path / f"readme_block_{index:02d}.py")
        files[-1].write_text(block)
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--config-file=", "--cache-dir",
         str(tmp_path / ".mypy_cache"), *map(str, files)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr


# The title and the labels left out, and sent as null.
UNTITLED = [
    {"type": "conversations", "id": "conv-uuid-123", "attributes": {}},
    {"type": "conversations", "id": "conv-uuid-456", "attributes": {"title": None, "labels": None}},
]
QUICKSTART = [block for block in BLOCKS if _heading(block) == "Quickstart"]


def test_the_quickstart_has_a_block_that_reads_without_updating() -> None:
    assert len(QUICKSTART) == 2
    assert [".update(" in block for block in QUICKSTART] == [True, False]


@pytest.mark.parametrize("block", QUICKSTART, ids=["update", "read"])
def test_the_quickstart_runs_on_conversations_without_title_or_labels(
    block: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with AttentionStandIn(api_key=KEY, conversations=UNTITLED) as server:
        monkeypatch.setenv("ATTENTION_API_KEY", KEY)
        monkeypatch.setenv("ATTENTION_BASE_URL", server.base_url)
        exec(block, {})
        untouched = server.conversation("conv-uuid-456")
    printed = capsys.readouterr().out.splitlines()
    assert untouched == UNTITLED[1]
    if ".update(" in block:
        assert printed[0] == "conv-uuid-123 Q4 review {'deal_stage': 'negotiation'}"
    else:
        assert sorted(printed) == [
            "conv-uuid-123: UNTITLED (none)",
            "conv-uuid-456: UNTITLED (none)",
        ]


def test_the_readme_lists_every_operation() -> None:
    """Each method of the generated table is in the README's tables of operations."""
    from attention_sdk.resources._operations import OPERATIONS

    text = README
    missing = [
        ".".join([*op.group, op.method])
        for op in OPERATIONS
        if f"client.{'.'.join(op.group)}.{op.method}(" not in text
        and not (op.group == ("conversations",) and f"| `{op.method}(" in text)
    ]
    assert missing == []
