"""The fenced code blocks of the README and the site's pages, as the tests that run them
read them: the language, the code, the heading above, the file a block is named as
(``# conftest.py`` on its first line: a file of a user's suite), and why a block is not
run (a ``<!-- not run: why -->`` line just above its fence)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import NamedTuple

from ..conftest import ROOT

FENCE = re.compile(
    r"(?:^<!-- not run: (?P<why>.*?) -->\n)?^```(?P<lang>\w*)\n(?P<code>.*?)^```", re.M | re.S
)
FILE_NAME = re.compile(r"# (\S+\.py)\n")


class Block(NamedTuple):
    page: Path
    heading: str
    lang: str
    code: str
    not_run: str | None

    @property
    def name(self) -> str:
        return f"{self.page.relative_to(ROOT)}: {self.heading}"

    @property
    def file(self) -> str | None:
        """The file name a block of a user's suite starts with, else None."""
        named = FILE_NAME.match(self.code)
        return named[1] if named else None


def blocks(page: Path) -> list[Block]:
    """Every fenced block of a Markdown page, in order."""
    text = page.read_text()
    found = []
    for match in FENCE.finditer(text):
        headings = re.findall(r"^#{1,3} (.+)$", text[: match.start()], re.M)
        heading = headings[-1] if headings else page.stem
        found.append(Block(page, heading, match["lang"], match["code"], match["why"]))
    return found
