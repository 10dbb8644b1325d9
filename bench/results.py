"""Results as data: what a figure module returns, and what bench/results.json holds.

A figure is a median over rounds of numerator / baseline, both measured in the same run
(unit ``x``), or for context a median difference (``us``, microseconds per call) or a
wall time (``s``). Lower is better for every figure. A goal is an upper bound on the
median as shown, that is rounded up to the unit's precision (``shown``), so the table
never reads "1.11x, met" against a goal of 1.10x.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any, Literal

from measure import Rounds, Spread, interleaved

Unit = Literal["x", "us", "s"]
RawUnit = Literal["s", "bytes"]
Fact = str | int | float | bool

SCHEMA = 1


def shown(value: float, unit: Unit) -> float:
    """The value as the table shows it: rounded up (never in our favour)."""
    if unit == "us":
        return math.ceil(value * 10 - 1e-9) / 10
    return math.ceil(value * 100 - 1e-9) / 100


@dataclass(frozen=True)
class Goal:
    """An upper bound on a figure's median, in the figure's unit."""

    at_most: float
    # How the bound was chosen, when the issue did not give it outright (a tolerance).
    stated: str = ""

    def met(self, median: float, unit: Unit) -> bool:
        return shown(median, unit) <= self.at_most

    def to_json(self) -> dict[str, Any]:
        return {"at_most": self.at_most, "stated": self.stated}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Goal:
        return cls(float(data["at_most"]), str(data.get("stated", "")))


@dataclass(frozen=True)
class Result:
    """One row of the table."""

    key: str
    title: str
    numerator: str  # what is measured
    baseline: str  # what it is measured against ("" for a plain wall time)
    unit: Unit
    median: float
    spread: Spread
    rounds: int
    # The medians behind the figure, in seconds (per call, or per run) or bytes, for
    # context: they are absolute, so they move with the machine; the figure does not.
    raw_numerator: float
    raw_baseline: float | None
    raw_unit: RawUnit = "s"
    facts: Mapping[str, Fact] = field(default_factory=dict)
    goal: Goal | None = None
    met: bool | None = None
    figure: str = ""  # the module that measured it

    def judged(self, goal: Goal | None, figure: str) -> Result:
        """This result with its module's goal (if any) and whether it is met."""
        met = goal.met(self.median, self.unit) if goal else None
        return replace(self, goal=goal, met=met, figure=figure)

    def to_json(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "figure": self.figure,
            "title": self.title,
            "numerator": self.numerator,
            "baseline": self.baseline,
            "unit": self.unit,
            "median": self.median,
            "spread": {
                "p10": self.spread.p10,
                "p90": self.spread.p90,
                "min": self.spread.min,
                "max": self.spread.max,
            },
            "rounds": self.rounds,
            "raw": {
                "unit": self.raw_unit,
                "numerator": self.raw_numerator,
                "baseline": self.raw_baseline,
            },
            "goal": self.goal.to_json() if self.goal else None,
            "met": self.met,
            "facts": dict(self.facts),
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Result:
        spread, raw, goal = data["spread"], data["raw"], data.get("goal")
        return cls(
            key=data["key"],
            title=data["title"],
            numerator=data["numerator"],
            baseline=data["baseline"],
            unit=data["unit"],
            median=float(data["median"]),
            spread=Spread(spread["p10"], spread["p90"], spread["min"], spread["max"]),
            rounds=int(data["rounds"]),
            raw_numerator=float(raw["numerator"]),
            raw_baseline=None if raw["baseline"] is None else float(raw["baseline"]),
            raw_unit=raw["unit"],
            facts=dict(data.get("facts", {})),
            goal=Goal.from_json(goal) if goal else None,
            met=data.get("met"),
            figure=data.get("figure", ""),
        )


def ratio(
    key: str,
    title: str,
    rounds: Rounds,
    numerator: str,
    baseline: str,
    *,
    measures: str,
    against: str,
    facts: Mapping[str, Fact] | None = None,
    raw_unit: RawUnit = "s",
) -> Result:
    """The median of the per-round ratios of two functions measured in turns."""
    return Result(
        key=key,
        title=title,
        numerator=measures,
        baseline=against,
        unit="x",
        median=rounds.ratio(numerator, baseline),
        spread=rounds.ratio_spread(numerator, baseline),
        rounds=rounds.count,
        raw_numerator=rounds.median(numerator),
        raw_baseline=rounds.median(baseline),
        raw_unit=raw_unit,
        facts=facts or {},
    )


def difference(
    key: str,
    title: str,
    rounds: Rounds,
    minuend: str,
    subtrahend: str,
    *,
    measures: str,
    against: str,
    facts: Mapping[str, Fact] | None = None,
) -> Result:
    """The median of the per-round differences, in microseconds per call."""
    spread = rounds.difference_spread(minuend, subtrahend)
    return Result(
        key=key,
        title=title,
        numerator=measures,
        baseline=against,
        unit="us",
        median=rounds.difference(minuend, subtrahend) * 1e6,
        spread=Spread(spread.p10 * 1e6, spread.p90 * 1e6, spread.min * 1e6, spread.max * 1e6),
        rounds=rounds.count,
        raw_numerator=rounds.median(minuend),
        raw_baseline=rounds.median(subtrahend),
        facts=facts or {},
    )


def in_turns(
    key: str,
    title: str,
    numerator: Callable[[], object],
    baseline: Callable[[], object],
    *,
    rounds: int,
    measures: str,
    against: str,
    facts: Mapping[str, Fact] | None = None,
    target: float = 0.01,
) -> Result:
    """Measure two functions in turns, on their own, and give their ratio."""
    measured = interleaved(
        {"numerator": numerator, "baseline": baseline}, rounds=rounds, target=target
    )
    return ratio(
        key,
        title,
        measured,
        "numerator",
        "baseline",
        measures=measures,
        against=against,
        facts=facts,
    )
