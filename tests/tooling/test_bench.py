"""make bench's plumbing: a figure module's results, and the rendering of a results JSON.

One cheap figure (overlay_share, in-memory) runs in the tiny mode, which gives
well-formed results but meaningless figures: nothing here asserts a time or a ratio.
"""

from __future__ import annotations

import importlib
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType, SimpleNamespace
from typing import Any

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"
# bench/ is not a package: its modules import each other by these names.
BENCH_MODULES = ("context", "figures", "measure", "render", "results")


@pytest.fixture(scope="module")
def bench() -> Iterator[SimpleNamespace]:
    before = set(sys.modules)
    sys.path.insert(0, str(BENCH))
    try:
        modules: dict[str, ModuleType] = {
            name: importlib.import_module(name) for name in BENCH_MODULES
        }
        yield SimpleNamespace(**modules)
    finally:
        sys.path.remove(str(BENCH))
        own = {path.stem for path in BENCH.glob("*.py")}
        for name in set(sys.modules) - before:
            if name.split(".")[0] in own or name.split(".")[0] == "figures":
                del sys.modules[name]


@pytest.fixture(scope="module")
def tiny_results(bench: SimpleNamespace, tmp_path_factory: pytest.TempPathFactory) -> list[Any]:
    ctx = bench.context.Context("tiny", tmp_path_factory.mktemp("bench"))
    measured = bench.figures.FIGURES["overlay_share"].run(ctx)
    results: list[Any] = bench.figures.judge("overlay_share", measured)
    return results


def test_a_figure_module_gives_well_formed_results(tiny_results: list[Any]) -> None:
    assert [r.key for r in tiny_results] == ["overlay_share", "overlay_share_user_client"]
    for result in tiny_results:
        assert result.figure == "overlay_share"
        assert result.unit == "us"
        assert result.rounds == 3
        spread = result.spread
        assert spread.min <= spread.p10 <= spread.p90 <= spread.max
        assert spread.min <= result.median <= spread.max
        assert result.raw_numerator > 0
        assert result.raw_baseline > 0
        assert result.raw_unit == "s"
        # A context figure: no goal (overlay_vs_before has one, with --before only).
        assert (result.goal, result.met) == (None, None)
        assert result.numerator
        assert result.baseline


def test_results_survive_the_json_round_trip(
    bench: SimpleNamespace, tiny_results: list[Any]
) -> None:
    for result in tiny_results:
        text = json.dumps(result.to_json())
        assert bench.results.Result.from_json(json.loads(text)) == result


def _data(bench: SimpleNamespace, results: list[Any]) -> dict[str, Any]:
    """A results JSON as run.py writes it, with a met and a missed goal added."""
    spread = bench.measure.Spread.of([1.02, 1.05, 1.08, 1.2])
    goal = bench.results.Goal(1.05, "a tolerance, stated")
    ratio_rows = [
        bench.results.Result(
            key=key,
            title=f"the {key} figure",
            numerator="numerator()",
            baseline="baseline()",
            unit="x",
            median=median,
            spread=spread,
            rounds=4,
            raw_numerator=0.002,
            raw_baseline=0.001,
        ).judged(goal, "made_up")
        for key, median in (("made_up_met", 1.04), ("made_up_missed", 1.051))
    ]
    about = {
        "date": "2026-12-01 06:00 UTC",
        "mode": "tiny",
        "seconds": 1.0,
        "before": None,
        "revision": "abc1234",
        "platform": "Linux",
        "cpu": "a CPU, 2 CPUs",
        "python": "CPython 3.11.7",
        "packages": {"httpx": "0.28.1"},
    }
    rows = [r.to_json() for r in [*results, *ratio_rows]]
    data: dict[str, Any] = json.loads(json.dumps({"schema": 1, "about": about, "results": rows}))
    return data


def test_the_render_comes_from_the_results_json(
    bench: SimpleNamespace, tiny_results: list[Any], tmp_path: Path
) -> None:
    data = _data(bench, tiny_results)
    performance = tmp_path / "performance.md"
    performance.write_text(
        f"# Performance\n\nbefore\n\n{bench.render.BLOCK_START}\nstale\n"
        f"{bench.render.BLOCK_END}\n\nafter\n"
    )
    results_md = tmp_path / "RESULTS.md"
    readme = tmp_path / "README.md"
    readme.write_text(
        f"# SDK\n\n## Performance\n\n{bench.render.BLOCK_START}\n{bench.render.BLOCK_END}\n"
    )
    bench.render.write(data, results_md, performance, readme)

    text = results_md.read_text()
    rows = [line for line in text.splitlines() if line.startswith("| `")]
    assert [row.split("`")[1] for row in rows] == [r["key"] for r in data["results"]]
    met, missed = rows[-2], rows[-1]
    # 1.051 shows as 1.06x (rounded up), so it misses a goal of 1.05x; 1.04x meets it.
    assert "| 1.04x |" in met
    assert met.endswith("| ≤ 1.05x | yes |")
    assert "| 1.06x |" in missed
    assert missed.endswith("| ≤ 1.05x | **no** |")
    # p10 to p90 (1.029 to 1.164, by statistics.quantiles' inclusive method), then the
    # extremes, rounded outwards.
    assert "| 1.02 to 1.17x (1.02 to 1.20x) |" in met
    assert "2.0 ms / 1.0 ms" in met
    assert all(row.endswith("| — | context |") for row in rows[:-2])
    assert "- `made_up_met` ≤ 1.05x: a tolerance, stated." in text
    assert "2026-12-01 06:00 UTC" in text

    document = performance.read_text()
    assert "stale" not in document
    assert document.startswith("# Performance\n\nbefore\n\n")
    assert document.endswith("\n\nafter\n")
    assert bench.render.summary_table(data) in document
    # The README shows only the figures with a goal: the two made-up ones.
    readme_rows = [line for line in readme.read_text().splitlines() if line.startswith("| the")]
    keys = [re.search(r"\(`(\w+)`\) \|", row) for row in readme_rows]
    assert [key and key[1] for key in keys] == ["made_up_met", "made_up_missed"]
    assert "the made_up_met figure: `numerator()` / `baseline()`" in readme_rows[0]
    assert readme_rows[1].endswith("| ≤ 1.05x | **no** |")
    # Rendering again changes nothing.
    readme_text = readme.read_text()
    bench.render.write(data, results_md, performance, readme)
    assert performance.read_text() == document
    assert results_md.read_text() == text
    assert readme.read_text() == readme_text


def test_a_document_without_the_block_is_refused(bench: SimpleNamespace) -> None:
    with pytest.raises(ValueError, match="no rendered block"):
        bench.render.replace_block("# Performance\n", "| table |")


def test_a_later_run_of_some_figures_is_merged_in_their_place_and_noted(
    bench: SimpleNamespace,
) -> None:
    run = importlib.import_module("run")
    whole = {
        "schema": 1,
        "about": {"mode": "full", "date": "2026-12-01 06:00 UTC", "revision": "aaa"},
        "results": [
            {"figure": "parse_top", "key": "parse_top"},
            {"figure": "bulk_async", "key": "bulk_async_old"},
            {"figure": "memory", "key": "memory_parse"},
        ],
    }

    def later(figure: str, key: str, date: str, mode: str = "full") -> dict[str, Any]:
        about = {"mode": mode, "date": date, "revision": "bbb"}
        return {"about": about, "results": [{"figure": figure, "key": key}]}

    merged = run.merge(whole, later("bulk_async", "bulk_async_new", "2026-12-07 10:00 UTC"))
    assert [item["key"] for item in merged["results"]] == [
        "parse_top",
        "bulk_async_new",
        "memory_parse",
    ]
    assert merged["about"]["date"] == "2026-12-01 06:00 UTC"  # the full run's, kept
    assert merged["about"]["later"] == [
        {"figures": ["bulk_async"], "date": "2026-12-07 10:00 UTC", "revision": "bbb"}
    ]
    # A new figure goes in the bench's order; the same figure again replaces its note.
    again = run.merge(merged, later("ratelimit_cli", "ratelimit_cli_20", "2026-12-07 11:00 UTC"))
    again = run.merge(again, later("bulk_async", "bulk_async_newer", "2026-12-07 12:00 UTC"))
    assert [item["key"] for item in again["results"]] == [
        "parse_top",
        "bulk_async_newer",
        "ratelimit_cli_20",
        "memory_parse",
    ]
    assert [(entry["figures"], entry["date"]) for entry in again["about"]["later"]] == [
        (["ratelimit_cli"], "2026-12-07 11:00 UTC"),
        (["bulk_async"], "2026-12-07 12:00 UTC"),
    ]
    assert "later runs of some figures: `ratelimit_cli` on 2026-12-07 11:00 UTC at bbb; " in (
        bench.render.later_runs(again["about"])
    )
    assert bench.render.later_runs(whole["about"]) == ""
    with pytest.raises(ValueError, match="only a full run"):
        run.merge(whole, later("bulk_async", "x", "now", mode="quick"))
    with pytest.raises(ValueError, match="no figure nonesuch"):
        run.merge(whole, later("nonesuch", "x", "now"))
