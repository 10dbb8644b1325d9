"""Running `attention` in tests: in this process (click's isolation, the real entry point
and exit code), or as the installed console script in a subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from attention_sdk.cli._app import run
from click.testing import CliRunner

from .keys import KEY

# The console script pip installed next to this interpreter (make test installs ./overlay).
SCRIPT = Path(sys.executable).with_name("attention")


@dataclass
class Result:
    code: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)

    def lines(self) -> list[Any]:
        return [json.loads(line) for line in self.out.splitlines()]


def invoke(
    args: Sequence[str],
    *,
    env: Mapping[str, str | None] | None = None,
    input: str | bytes | None = None,
) -> Result:
    """Run the command line as the console script does, with stdout and stderr captured
    (neither is a terminal, so the output is JSON unless --table)."""
    runner = CliRunner()
    with runner.isolation(input=input, env={"ATTENTION_API_KEY": KEY, **(env or {})}) as (
        out,
        err,
        _,
    ):
        code = run(list(args))
        sys.stdout.flush()
        sys.stderr.flush()
    return Result(code, out.getvalue().decode(), err.getvalue().decode())


def script(
    args: Sequence[str],
    *,
    env: Mapping[str, str] | None = None,
    input: str | None = None,
    cwd: Path | None = None,
    timeout: float = 60,
) -> Result:
    """Run the installed `attention` script in a subprocess."""
    environment = {k: v for k, v in os.environ.items() if not k.startswith("ATTENTION_")}
    done = subprocess.run(
        [str(SCRIPT), *args],
        env={**environment, **(env or {})},
        input=input,
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=timeout,
    )
    return Result(done.returncode, done.stdout, done.stderr)
