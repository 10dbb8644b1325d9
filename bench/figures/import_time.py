"""``import attention_sdk`` in a clean virtualenv, against ``import httpx`` in the same one.

The virtualenv is made for the run (``python -m venv``) and holds what a user's would:
the runtime pins of requirements/runtime.txt (the packages' dependencies, the ``cli``
extra's click and rich, and hatchling to build) and ./generated and ./overlay built
from the tree, all installed with ``--no-deps``; no development tools, no ``[speedups]``
or ``[aiohttp]``. Bytecode is cached (pip compiles it at install, and two runs of each
command come first, also to warm the file cache). Then ``python -c "import
attention_sdk"`` and ``python -c "import httpx"`` run in turns, each a fresh process;
wall time, interpreter start-up included.

- ``import``: ``python -c "import attention_sdk"`` / ``python -c "import httpx"``.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from context import ROOT, Context
from measure import in_turns
from results import Fact, Goal, Result, ratio

GOALS = {"import": Goal(1.20)}


def _pip(venv_python: Path, *args: str) -> None:
    """The bench venv's pip, installing into the clean venv (pip --python)."""
    command = [sys.executable, "-m", "pip", "--python", str(venv_python), "install"]
    command += ["--quiet", "--disable-pip-version-check", "--no-deps", *args]
    subprocess.run(command, cwd=ROOT, check=True, capture_output=True)


def clean_venv(where: Path) -> Path:
    """A fresh virtualenv with the runtime pins and the two packages; its python."""
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(where)], check=True)
    python = where / "bin" / "python"
    _pip(python, "-r", str(ROOT / "requirements" / "runtime.txt"))
    # Built with the venv's own hatchling (a runtime pin), nothing downloaded.
    _pip(python, "--no-build-isolation", str(ROOT / "generated"), str(ROOT / "overlay"))
    return python


def run(ctx: Context) -> list[Result]:
    venv = ctx.tmp / "import-venv"
    python = clean_venv(venv)
    env = {name: value for name, value in os.environ.items() if not name.startswith("PYTHON")}
    commands = {
        "sdk": [str(python), "-c", "import attention_sdk"],
        "httpx": [str(python), "-c", "import httpx"],
    }

    def timer(command: list[str]) -> Callable[[], float]:
        def timed() -> float:
            started = time.perf_counter()
            subprocess.run(command, cwd=venv, env=env, check=True)
            return time.perf_counter() - started

        return timed

    timers = {name: timer(command) for name, command in commands.items()}
    for _ in range(2):
        for timed in timers.values():
            timed()
    measured = in_turns(timers, rounds=ctx.pick(full=30, quick=8))
    site = next((venv / "lib").glob("python*/site-packages"))
    facts: dict[str, Fact] = {
        "distributions": len(list(site.glob("*.dist-info"))),
        "orjson_installed": any(site.glob("orjson*")),
    }
    return [
        ratio(
            "import",
            "import in a clean virtualenv, bytecode cached",
            measured,
            "sdk",
            "httpx",
            measures='python -c "import attention_sdk"',
            against='python -c "import httpx", same venv',
            facts=facts,
        )
    ]
