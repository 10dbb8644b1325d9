"""Render bench/results.json: bench/RESULTS.md, the table in docs/performance.md, and
the goals in the performance guide (docs/guides/performance.md).

Everything shown comes from the results JSON alone: ``python bench/run.py --render``
re-renders without measuring. Medians are rounded up (never in our favour: lower is
better everywhere); spreads are rounded outwards, and raw medians to the nearest digit shown.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from results import Result, Unit, shown

# The block of docs/performance.md that the renderer owns.
BLOCK_START = "<!-- make bench: the table below is rendered from bench/results.json -->"
BLOCK_END = "<!-- make bench: end of the rendered table -->"


def median_text(value: float, unit: Unit) -> str:
    if unit == "us":
        return f"{shown(value, unit):.1f} µs"
    if unit == "s":
        return f"{shown(value, unit):.2f} s"
    return f"{shown(value, unit):.2f}x"


def _range(low: float, high: float, unit: Unit) -> str:
    """Rounded outwards, so the range shown holds every value it stands for."""
    digits = 1 if unit == "us" else 2
    scale = 10**digits
    low = math.floor(low * scale + 1e-9) / scale
    high = math.ceil(high * scale - 1e-9) / scale
    text = f"{low:.{digits}f} to {high:.{digits}f}"
    return {"us": f"{text} µs", "s": f"{text} s", "x": f"{text}x"}[unit]


def spread_text(result: Result) -> str:
    """p10 to p90, then min to max in brackets."""
    spread = result.spread
    return (
        f"{_range(spread.p10, spread.p90, result.unit)} "
        f"({_range(spread.min, spread.max, result.unit)})"
    )


def raw_text(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    if unit == "bytes":
        return f"{value / 1e6:,.1f} MB" if value >= 1e6 else f"{value / 1e3:,.1f} kB"
    if value < 1e-3:
        return f"{value * 1e6:,.1f} µs"
    if value < 1:
        return f"{value * 1e3:,.1f} ms"
    return f"{value:,.3f} s"


def goal_text(result: Result) -> str:
    if result.goal is None:
        return "—"
    return f"≤ {median_text(result.goal.at_most, result.unit)}"


def met_text(result: Result) -> str:
    if result.met is None:
        return "context"
    return "yes" if result.met else "**no**"


def _fact(value: object) -> str:
    if isinstance(value, float):
        return f"{value:.4g}"
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def _what(result: Result) -> str:
    """The title, then what is divided by what."""
    compares = f"`{result.numerator}`"
    if result.baseline:
        compares += f" / `{result.baseline}`"
    return f"{_cell(result.title)}: {_cell(compares)}"


def results_of(data: Mapping[str, Any]) -> list[Result]:
    return [Result.from_json(item) for item in data["results"]]


def summary_table(data: Mapping[str, Any]) -> str:
    """The short table: every result's median, spread, goal and whether it is met."""
    about = data["about"]
    lines = [
        f"From the {about['mode']} run of {about['date']} at {about['revision']} "
        f"({about['cpu']}; {about['python']}){later_runs(about)}:",
        "",
        "| figure | median | spread: p10-p90 (min-max) | goal | met |",
        "|---|---|---|---|---|",
    ]
    for result in results_of(data):
        lines.append(
            f"| `{result.key}`: {_what(result)} | {median_text(result.median, result.unit)}"
            f" | {spread_text(result)} | {goal_text(result)} | {met_text(result)} |"
        )
    return "\n".join(lines)


def goals_table(data: Mapping[str, Any]) -> str:
    """The performance guide's table: only the results with a goal."""
    about = data["about"]
    lines = [
        f"From the {about['mode']} run of {about['date']} at {about['revision']} "
        f"({about['cpu']}; {about['python']}){later_runs(about)}; every figure, with the "
        "context ones: "
        "[docs/performance.md](../performance.md).",
        "",
        "| figure | median | spread: p10-p90 (min-max) | goal | met |",
        "|---|---|---|---|---|",
    ]
    for result in results_of(data):
        if result.goal is not None:
            lines.append(
                f"| {_what(result)} (`{result.key}`) "
                f"| {median_text(result.median, result.unit)} | {spread_text(result)} "
                f"| {goal_text(result)} | {met_text(result)} |"
            )
    return "\n".join(lines)


def _runs(about: Mapping[str, Any]) -> str:
    """The figures measured again after the full run (run.py --merge), and when."""
    return "; ".join(
        f"{', '.join(f'`{name}`' for name in entry['figures'])} on {entry['date']} at "
        f"{entry['revision']}"
        for entry in about.get("later", [])
    )


def later_runs(about: Mapping[str, Any]) -> str:
    """'; later runs of some figures: ...' for the headers, or ''."""
    return f"; later runs of some figures: {_runs(about)}" if about.get("later") else ""


def _about(about: Mapping[str, Any]) -> list[str]:
    packages = ", ".join(f"{name} {version}" for name, version in about["packages"].items())
    before = f"; --before {about['before']}" if about.get("before") else ""
    lines = [
        f"- Date: {about['date']}; {about['mode']} run of {about['seconds']:.0f} s{before}",
        f"- Revision: {about['revision']}",
        f"- Machine: {about['platform']}; {about['cpu']}",
        f"- Python: {about['python']}",
        f"- Packages: {packages}",
    ]
    if about.get("later"):
        lines.append(f"- Measured again since: {_runs(about)}")
    return lines


def markdown(data: Mapping[str, Any]) -> str:
    """bench/RESULTS.md."""
    results = results_of(data)
    lines = [
        "# Benchmark results",
        "",
        "Rendered from [results.json](results.json) by `bench/run.py` (`make bench` measures",
        "and renders; `python bench/run.py --render` renders again). Each figure is the",
        "median over rounds of numerator / baseline, both measured in the same run, in",
        "turns; the spread is that of the per-round values (10th-90th percentile, then the",
        "extremes). `us` figures are differences per call and `make_gen` a wall time, both",
        "for context. Medians are rounded up and spreads outwards; lower is better",
        "everywhere; a goal is met when the median as shown is at most the goal (no",
        "allowance for the spread). The raw medians are absolute, so",
        "they move with the machine: they are there for context, never compared. What",
        "each figure measures: [README.md](README.md); why a goal is missed:",
        "[docs/performance.md](../docs/performance.md).",
        "",
        *_about(data["about"]),
        "",
        "| figure | numerator / baseline | median | spread: p10-p90 (min-max) | rounds "
        "| raw medians | goal | met |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for result in results:
        compares = f"`{result.numerator}`"
        if result.baseline:
            compares += f" / `{result.baseline}`"
        raw = raw_text(result.raw_numerator, result.raw_unit)
        if result.raw_baseline is not None:
            raw += f" / {raw_text(result.raw_baseline, result.raw_unit)}"
        lines.append(
            f"| `{result.key}`: {_cell(result.title)} | {_cell(compares)} "
            f"| {median_text(result.median, result.unit)} | {spread_text(result)} "
            f"| {result.rounds} | {raw} | {goal_text(result)} | {met_text(result)} |"
        )
    stated = [r for r in results if r.goal is not None and r.goal.stated]
    if stated:
        lines += ["", "Goals chosen here (the others are the issue's):", ""]
        lines += [f"- `{r.key}` {goal_text(r)}: {r.goal.stated}." for r in stated if r.goal]
    facts = [r for r in results if r.facts]
    if facts:
        lines += ["", "Facts recorded with the figures:", ""]
        for result in facts:
            pairs = ", ".join(f"{name} {_fact(value)}" for name, value in result.facts.items())
            lines.append(f"- `{result.key}`: {pairs}")
    return "\n".join(lines) + "\n"


def replace_block(document: str, table: str) -> str:
    """``document`` with the text between BLOCK_START and BLOCK_END replaced by ``table``."""
    pattern = re.compile(re.escape(BLOCK_START) + r".*?" + re.escape(BLOCK_END), re.DOTALL)
    if not pattern.search(document):
        raise ValueError("the document has no rendered block to replace")
    block = f"{BLOCK_START}\n{table}\n{BLOCK_END}"
    return pattern.sub(lambda _: block, document, count=1)


def write(
    data: Mapping[str, Any], results_md: Path, performance_md: Path, guide: Path | None = None
) -> None:
    """Render ``data`` to ``results_md``, its summary into ``performance_md``'s block, and
    the results with a goal into ``guide``'s."""
    results_md.write_text(markdown(data))
    performance_md.write_text(replace_block(performance_md.read_text(), summary_table(data)))
    if guide is not None:
        guide.write_text(replace_block(guide.read_text(), goals_table(data)))
