"""make reliability rewrites only the table between the markers of docs/reliability.md."""

from __future__ import annotations

from pathlib import Path

from ..conftest import ROOT
from ..support.reliability_report import END, START, write_between_markers


def test_the_table_replaces_only_what_lies_between_the_markers(tmp_path: Path) -> None:
    page = tmp_path / "reliability.md"
    page.write_text(f"# Reliability\n\nProse.\n\n{START}\nold table\n{END}\n\nMore prose.\n")
    write_between_markers(page, "| new | table |")
    assert page.read_text() == (
        f"# Reliability\n\nProse.\n\n{START}\n| new | table |\n{END}\n\nMore prose.\n"
    )


def test_a_file_without_markers_is_written_whole(tmp_path: Path) -> None:
    page = tmp_path / "docs" / "reliability.md"
    write_between_markers(page, "| table |")
    assert page.read_text() == f"# Reliability\n\n{START}\n| table |\n{END}\n"


def test_docs_reliability_has_the_markers_and_the_readme_no_table() -> None:
    text = (ROOT / "docs" / "reliability.md").read_text()
    assert text.index(START) < text.index("| scenario |") < text.index(END)
    assert START not in (ROOT / "README.md").read_text()
