"""make bench: every figure a ratio to its baseline, measured in the same run, in turns.

A thin runner: it picks the figure modules (bench/figures/, one per figure), runs them,
applies their goals, writes the results as data (bench/results.json) and renders them
(bench/render.py: bench/RESULTS.md, the table in docs/performance.md and the goals in
docs/guides/performance.md). Nothing here
asserts an absolute time. What each figure measures: bench/README.md.

    python bench/run.py                  # every figure (a few minutes); writes the results
    python bench/run.py --quick          # fewer rounds, noisier; prints, writes nothing
    python bench/run.py --only parse_top,per_call   # some figures; prints, writes nothing
    python bench/run.py --before REV     # also today's vs REV's overlay and models
    python bench/run.py --render         # render results.json again, measuring nothing
    python bench/run.py --save PATH      # also write this run's results JSON to PATH
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from importlib.metadata import version
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
# Measure the working tree (make bench also installs it into the venv first).
sys.path[:0] = [str(ROOT / "overlay"), str(ROOT / "generated")]

import render  # noqa: E402
import results  # noqa: E402
from context import Context, Mode  # noqa: E402
from figures import FIGURES, judge  # noqa: E402

RESULTS_JSON = HERE / "results.json"
RESULTS_MD = HERE / "RESULTS.md"
PERFORMANCE_MD = ROOT / "docs" / "performance.md"
GUIDE_MD = ROOT / "docs" / "guides" / "performance.md"  # the goals, in the guide
# Written by the renderer, so left out of the revision's "uncommitted changes".
OUTPUTS = (RESULTS_JSON, RESULTS_MD, PERFORMANCE_MD, GUIDE_MD)
PACKAGES = (
    "httpx",
    "httpcore",
    "attrs",
    "orjson",
    "aiohttp",
    "pydantic",
    "openapi-python-client",
    "datamodel-code-generator",
)


def _git(*args: str) -> str:
    return subprocess.run(
        ["git", *args], cwd=ROOT, check=True, capture_output=True, text=True
    ).stdout.strip()


def about(mode: Mode, before: str | None, seconds: float) -> dict[str, Any]:
    """Where and what was measured: the date, the revision, the machine, the versions."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    revision = _git("rev-parse", "--short", "HEAD")
    outputs = [f":!{path.relative_to(ROOT)}" for path in OUTPUTS]
    changed = _git("status", "--porcelain", "--", ".", *outputs).splitlines()
    if changed:
        revision += f" + uncommitted changes in {len(changed)} files"
    return {
        "date": datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "mode": mode,
        "seconds": round(seconds, 1),
        "before": before,
        "revision": revision,
        "platform": platform.platform(),
        "cpu": f"{cpu}, {os.cpu_count()} CPUs",
        "python": f"{platform.python_implementation()} {platform.python_version()}",
        "packages": {name: version(name) for name in PACKAGES},
    }


def measure(names: list[str], ctx: Context) -> list[results.Result]:
    measured: list[results.Result] = []
    for name in names:
        started = time.perf_counter()
        print(f"{name} ...", end=" ", file=sys.stderr, flush=True)
        measured += judge(name, FIGURES[name].run(ctx))
        print(f"{time.perf_counter() - started:.0f} s", file=sys.stderr, flush=True)
    return measured


def merge(whole: dict[str, Any], later: dict[str, Any]) -> dict[str, Any]:
    """``whole`` (a full run of every figure) with the figures of ``later`` (a full run of
    some) in their place, in the same order, and ``later``'s date and revision listed in
    ``about["later"]``, so that the rendered results say which rows came from when."""
    if later["about"]["mode"] != "full":
        raise ValueError("only a full run (not --quick) can be merged")
    figures = list(dict.fromkeys(item["figure"] for item in later["results"]))
    unknown = [name for name in figures if name not in FIGURES]
    if unknown:
        raise ValueError(f"no figure {', '.join(unknown)} in this bench")
    kept = [item for item in whole["results"] if item["figure"] not in figures]
    order = list(FIGURES)
    results_ = sorted(kept + later["results"], key=lambda item: order.index(item["figure"]))
    note = {key: later["about"][key] for key in ("date", "revision")}
    earlier = [entry for entry in whole["about"].get("later", []) if entry["figures"] != figures]
    # A figure measured again replaces its earlier note.
    earlier = [
        {**entry, "figures": [name for name in entry["figures"] if name not in figures]}
        for entry in earlier
    ]
    about_ = {
        **whole["about"],
        "later": [entry for entry in earlier if entry["figures"]] + [{"figures": figures, **note}],
    }
    return {**whole, "about": about_, "results": results_}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="make bench", epilog=f"figures: {', '.join(FIGURES)}"
    )
    parser.add_argument(
        "--quick", action="store_true", help="fewer rounds (noisier); writes nothing"
    )
    parser.add_argument("--only", metavar="NAMES", help="comma-separated figures; writes nothing")
    parser.add_argument(
        "--before",
        metavar="REV",
        help="also compare today's overlay and models with those at this git revision",
    )
    parser.add_argument(
        "--render", action="store_true", help="render bench/results.json again; measure nothing"
    )
    parser.add_argument(
        "--save", metavar="PATH", type=Path, help="also write the results JSON here"
    )
    parser.add_argument(
        "--merge",
        metavar="PATH",
        type=Path,
        help="put the figures of a full --only run saved with --save into bench/results.json "
        "(noted in its 'about' as a later run), and render; measure nothing",
    )
    args = parser.parse_args(argv)

    if args.merge:
        try:
            merged = merge(json.loads(RESULTS_JSON.read_text()), json.loads(args.merge.read_text()))
        except ValueError as error:
            parser.error(str(error))
        RESULTS_JSON.write_text(json.dumps(merged, indent=2, ensure_ascii=False) + "\n")
        render.write(merged, RESULTS_MD, PERFORMANCE_MD, GUIDE_MD)
        print(f"Merged {args.merge} into {RESULTS_JSON.relative_to(ROOT)} and rendered it.")
        return 0

    if args.render:
        render.write(json.loads(RESULTS_JSON.read_text()), RESULTS_MD, PERFORMANCE_MD, GUIDE_MD)
        print("Rendered bench/RESULTS.md, docs/performance.md and docs/guides/performance.md.")
        return 0
    names = args.only.split(",") if args.only else list(FIGURES)
    unknown = [name for name in names if name not in FIGURES]
    if unknown:
        parser.error(f"no figure {', '.join(unknown)}; the figures: {', '.join(FIGURES)}")
    mode: Mode = "quick" if args.quick else "full"
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="attention-bench-") as tmp:
        measured = measure(names, Context(mode, Path(tmp), args.before))
    data = {
        "schema": results.SCHEMA,
        "about": about(mode, args.before, time.perf_counter() - started),
        "results": [result.to_json() for result in measured],
    }
    text = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    print(render.markdown(data))
    if args.save:
        args.save.write_text(text)
    if mode == "full" and names == list(FIGURES):
        RESULTS_JSON.write_text(text)
        render.write(data, RESULTS_MD, PERFORMANCE_MD, GUIDE_MD)
        print(f"Wrote {RESULTS_JSON.relative_to(ROOT)} and rendered it.", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
