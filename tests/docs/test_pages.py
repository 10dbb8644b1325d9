"""Every example in the README and the site's pages runs as written, against the
stand-in: each Python block (and passes mypy --strict), and each shell block that can
run offline. Every link stays inside the repository and leads somewhere.

Each Python block runs in a fresh namespace with ATTENTION_API_KEY and ATTENTION_BASE_URL
pointing at a fresh stand-in, as a reader who exported them would run it; a block that
defines ``test_*`` functions has them called too. Blocks that start with a file name
(``# conftest.py``) are a user's pytest suite, run as files by
tests/standin/test_testing_kit.py. Each ```sh block runs in bash, in an empty folder,
with the same two variables and the venv's ``attention`` on PATH, and must exit 0; a block
that cannot run offline (it installs, starts a server that keeps running, or needs your
own key or files) follows a line ``<!-- not run: why -->``. The Quickstart blocks also
run against conversations that have no title and no labels.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from attention_sdk.testing import AttentionStandIn

from ..conftest import ROOT
from ..support.docblocks import Block, blocks
from ..support.keys import KEY

# The pages a reader sees: the README and the site's own pages (not the reference, which
# make gen writes and tests/docs/test_site.py checks in the built site).
PAGES = [
    ROOT / "README.md",
    *sorted(p for p in (ROOT / "docs").rglob("*.md") if p.parent.name != "reference"),
    ROOT / "docs" / "reference" / "index.md",
    ROOT / "docs" / "reference" / "commands.md",
]
BLOCKS = [block for page in PAGES for block in blocks(page)]
PYTHON = [b for b in BLOCKS if b.lang == "python" and b.file is None]
SHELL = [b for b in BLOCKS if b.lang == "sh" and b.not_run is None]


def test_the_pages_have_examples_to_run() -> None:
    assert len(PYTHON) >= 15
    assert len(SHELL) >= 3
    assert {b.lang for b in BLOCKS} <= {"python", "sh", ""}  # a new kind needs a runner
    for block in BLOCKS:
        assert block.not_run is None or block.not_run.strip(), block.name


@pytest.mark.parametrize("block", PYTHON, ids=[b.name for b in PYTHON])
def test_every_python_example_runs(block: Block, monkeypatch: pytest.MonkeyPatch) -> None:
    with AttentionStandIn(api_key=KEY) as server:
        monkeypatch.setenv("ATTENTION_API_KEY", KEY)
        monkeypatch.setenv("ATTENTION_BASE_URL", server.base_url)
        namespace: dict[str, Any] = {}
        exec(block.code, namespace)
        for name, value in list(namespace.items()):
            if name.startswith("test_") and callable(value):
                value()
        if block.heading == "Quickstart" and ".update(" in block.code:
            attributes = server.conversation("conv-uuid-123")["attributes"]
            assert attributes["title"] == "Q4 review"
            assert attributes["labels"] == {"deal_stage": "negotiation"}


@pytest.mark.parametrize("block", SHELL, ids=[b.name for b in SHELL])
def test_every_offline_shell_example_runs(block: Block, tmp_path: Path) -> None:
    with AttentionStandIn(api_key=KEY) as server:
        env = {
            **os.environ,
            "ATTENTION_API_KEY": KEY,
            "ATTENTION_BASE_URL": server.base_url,
            "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}",
        }
        result = subprocess.run(
            ["bash", "-euo", "pipefail", "-c", block.code],
            cwd=tmp_path,
            env=env,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
    assert result.returncode == 0, result.stdout + result.stderr
    assert KEY not in result.stdout + result.stderr


LINK = re.compile(r"\[[^\]]*\]\(([^)\s]*)\)")


def _prose(text: str) -> str:
    """The text without code blocks and code spans, where URLs are examples, not links."""
    return re.sub(r"`[^`\n]*`", "", re.sub(r"```.*?```", "", text, flags=re.S))


def _anchors(text: str) -> set[str]:
    """The anchors of a Markdown text's headings (GitHub's and MkDocs' agree on ours)."""
    headings = re.findall(r"^#+ (.+)$", _prose(text), re.M)
    return {re.sub(r"[^\w\- ]", "", h.strip().lower()).replace(" ", "-") for h in headings}


def test_the_readme_links_nowhere_outside_the_repository() -> None:
    prose = _prose((ROOT / "README.md").read_text())
    assert "://" not in prose  # no link, and no bare URL that a viewer would link
    assert "www." not in prose
    for target in ("docs/getting-started.md", "docs/reference/index.md", "docs/contributing.md"):
        assert f"]({target})" in prose


def test_the_readme_stays_short() -> None:
    assert len((ROOT / "README.md").read_text().splitlines()) <= 200


@pytest.mark.parametrize("page", PAGES, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_relative_link_leads_somewhere(page: Path) -> None:
    for link in LINK.findall(_prose(page.read_text())):
        if "://" in link:
            continue
        path, _, anchor = link.partition("#")
        target = (page.parent / path).resolve() if path else page
        assert target.is_relative_to(ROOT), link
        assert target.exists(), link
        if anchor and target.suffix == ".md" and target.parent.name != "reference":
            assert anchor in _anchors(target.read_text()), link


def test_every_python_example_type_checks(tmp_path: Path) -> None:
    """mypy --strict over every block, each as a module of its own, in one run."""
    files = []
    every = [b for b in BLOCKS if b.lang == "python"]  # the user's suite too
    for index, block in enumerate(every):
        files.append(tmp_path / f"docs_block_{index:02d}.py")
        files[-1].write_text(block.code)
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
QUICKSTART = [b for b in PYTHON if b.heading == "Quickstart" and b.page.name == "README.md"]


def test_the_quickstart_has_a_block_that_reads_without_updating() -> None:
    assert len(QUICKSTART) == 2
    assert [".update(" in block.code for block in QUICKSTART] == [True, False]


def test_the_getting_started_page_includes_the_quickstart() -> None:
    text = (ROOT / "docs" / "getting-started.md").read_text()
    assert '--8<-- "README.md:quickstart"' in text
    readme = (ROOT / "README.md").read_text()
    section = readme[readme.index("[start:quickstart]") : readme.index("[end:quickstart]")]
    assert all(block.code in section for block in QUICKSTART)


@pytest.mark.parametrize("block", QUICKSTART, ids=["update", "read"])
def test_the_quickstart_runs_on_conversations_without_title_or_labels(
    block: Block, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with AttentionStandIn(api_key=KEY, conversations=UNTITLED) as server:
        monkeypatch.setenv("ATTENTION_API_KEY", KEY)
        monkeypatch.setenv("ATTENTION_BASE_URL", server.base_url)
        exec(block.code, {})
        untouched = server.conversation("conv-uuid-456")
    printed = capsys.readouterr().out.splitlines()
    assert untouched == UNTITLED[1]
    if ".update(" in block.code:
        assert printed[0] == "conv-uuid-123 Q4 review {'deal_stage': 'negotiation'}"
    else:
        assert sorted(printed) == [
            "conv-uuid-123: UNTITLED (none)",
            "conv-uuid-456: UNTITLED (none)",
        ]
