"""``make gen``: the wall time of both generation steps, for context against its goal.

Run in a temporary copy of the inputs (the spec, the templates, the scripts, the
generator's config, the Makefile and the two client modules the generator reads), with
the bench venv's tools, so the tree is never rewritten; the ``matches_generated`` fact
says whether the copy's generated/ is the tree's, byte for byte.

- ``make_gen``: the median wall time of ``make gen``, in seconds.
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

from context import ROOT, Context
from measure import Spread
from results import Goal, Result

GOALS = {"make_gen": Goal(10.0)}


def _generate(into: Path) -> float:
    for name in ("openapi", "templates", "scripts"):
        shutil.copytree(ROOT / name, into / name)
    for name in ("generator-config.yaml", "Makefile"):
        shutil.copy(ROOT / name, into / name)
    # The generator reads the clients, for the attributes a group must not shadow.
    clients = into / "overlay/attention_sdk"
    clients.mkdir(parents=True)
    for name in ("_client.py", "_base_client.py"):
        shutil.copy(ROOT / "overlay/attention_sdk" / name, clients / name)
    bin_dir = Path(sys.executable).parent
    command = ["make", "--no-print-directory", "gen", f"BIN={bin_dir}", f"VENV={bin_dir.parent}"]
    command += ["-o", f"{bin_dir}/.installed"]
    started = time.perf_counter()
    subprocess.run(command, cwd=into, check=True, capture_output=True)
    return time.perf_counter() - started


def _same(left: Path, right: Path) -> bool:
    diff = ["diff", "-r", "-q", "-x", "__pycache__", str(left), str(right)]
    return subprocess.run(diff, capture_output=True).returncode == 0


def run(ctx: Context) -> list[Result]:
    walls: list[float] = []
    same = True
    for index in range(ctx.pick(full=3, quick=1, tiny=1)):
        into = ctx.tmp / f"gen-{index}"
        into.mkdir()
        walls.append(_generate(into))
        same = same and _same(ROOT / "generated", into / "generated")
        shutil.rmtree(into)
    wall = statistics.median(walls)
    return [
        Result(
            key="make_gen",
            title="make gen: the generator, then scripts/gen_sdk, with ruff",
            numerator="make gen, in a temporary copy of its inputs",
            baseline="",
            unit="s",
            median=wall,
            spread=Spread.of(walls),
            rounds=len(walls),
            raw_numerator=wall,
            raw_baseline=None,
            facts={"matches_generated": same},
        )
    ]
