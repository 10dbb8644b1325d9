"""The built site (``make docs`` writes site/): where it is, built here when missing or
older than what it is built from, so that the tests of tests/docs also run alone."""

from __future__ import annotations

import fcntl
import os
import subprocess
import sys
from pathlib import Path

from ..conftest import ROOT

SITE = ROOT / "site"
SOURCES = [
    ROOT / "mkdocs.yml",
    ROOT / "CHANGELOG.md",
    ROOT / "README.md",
    *ROOT.glob("docs/**/*.md"),
]


def built_site() -> Path:
    """site/, built once if missing or stale. `make test` builds it before the tests."""
    index = SITE / "index.html"
    # One build at a time: the pytest-xdist workers may all find it stale at once.
    (ROOT / "build").mkdir(exist_ok=True)
    with (ROOT / "build" / "site.lock").open("a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        newest = max(p.stat().st_mtime for p in SOURCES)
        if not index.exists() or index.stat().st_mtime < newest:
            subprocess.run(
                [str(Path(sys.executable).parent / "mkdocs"), "build", "--strict", "--quiet"],
                cwd=ROOT,
                env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
                check=True,
            )
    return SITE
