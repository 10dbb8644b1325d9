"""Type completeness of the installed package, as pyright users see it.

`pyright --verifytypes` checks that every symbol attention_sdk exports has a declared
type (annotated attributes, parameters and return types), not one a type checker infers
and another may infer differently. Skipped where pyright (requirements/dev.in) is not
installed; it takes a few seconds.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import attention_sdk
import pytest

pytest.importorskip("pyright", reason="pyright is not installed (requirements/dev.txt)")


def _verifytypes(cwd: Path) -> dict[str, Any]:
    # pyright finds site-packages by running the `python` on PATH (in --verifytypes mode
    # it does not take --pythonpath): put this venv's first, where the package is
    # installed as users install it. --outputjson also spares pyright's check for a
    # newer release of itself.
    command = [sys.executable, "-m", "pyright", "--verifytypes", "attention_sdk"]
    path = os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")])
    run = subprocess.run(
        [*command, "--ignoreexternal", "--outputjson"],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=cwd,
        env={**os.environ, "PATH": path},
    )
    # Exit status 1 only says the score is under 100%; the report says the rest.
    assert run.returncode in (0, 1), run.stderr or run.stdout
    report: dict[str, Any] = json.loads(run.stdout)
    return report


def test_every_exported_symbol_has_a_declared_type(
    tmp_path: Path,
) -> None:
    report = _verifytypes(tmp_path)  # not the repository root: no config of ours applies
    completeness = report["typeCompleteness"]
    installed = Path(attention_sdk.__file__).parent.resolve()
    assert Path(completeness["packageRootDirectory"]).resolve() == installed
    assert completeness["pyTypedPath"]
    assert completeness["exportedSymbolCounts"]["withUnknownType"] == 0
    flagged = sorted(
        symbol["name"]
        for symbol in completeness["symbols"]
        if not symbol["isTypeKnown"] or symbol["isTypeAmbiguous"]
    )
    # What editors using Pylance see: every exported symbol, the generated resources
    # (templates/sdk/) included, has a declared type.
    assert flagged == []
    assert completeness["completenessScore"] == 1.0
