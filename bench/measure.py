"""Timing helpers: side-by-side rounds, medians of per-round ratios, and their spread.

The machine is shared and noisy, so no figure is an absolute time compared with a
threshold. Every figure is a ratio of two things measured in the same round, in
turns (A, B, A, B, ...; the order rotates each round), and the reported figure is the
median of the per-round ratios, with their spread (10th to 90th percentile, and the
extremes), so a reader can tell a real change from the noise of the rounds.
"""

from __future__ import annotations

import gc
import math
import statistics
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Spread:
    """How the per-round values of a figure spread: 10th and 90th percentile, extremes."""

    p10: float
    p90: float
    min: float
    max: float

    @classmethod
    def of(cls, values: Sequence[float]) -> Spread:
        if not values:
            raise ValueError("no rounds")
        if len(values) == 1:
            return cls(values[0], values[0], values[0], values[0])
        # "inclusive": the percentiles stay within the values seen, even for few rounds.
        deciles = statistics.quantiles(values, n=10, method="inclusive")
        return cls(deciles[0], deciles[-1], min(values), max(values))


@dataclass
class Rounds:
    """Seconds per call of each function, one entry per round."""

    seconds: dict[str, list[float]] = field(default_factory=dict)

    def median(self, name: str) -> float:
        return statistics.median(self.seconds[name])

    @property
    def count(self) -> int:
        """The number of rounds."""
        return min((len(values) for values in self.seconds.values()), default=0)

    def ratios(self, numerator: str, denominator: str) -> list[float]:
        """numerator / denominator, round by round."""
        pairs = zip(self.seconds[numerator], self.seconds[denominator], strict=True)
        return [a / b for a, b in pairs]

    def differences(self, minuend: str, subtrahend: str) -> list[float]:
        """minuend - subtrahend (seconds per call), round by round."""
        pairs = zip(self.seconds[minuend], self.seconds[subtrahend], strict=True)
        return [a - b for a, b in pairs]

    def ratio(self, numerator: str, denominator: str) -> float:
        """The median over rounds of numerator / denominator."""
        return statistics.median(self.ratios(numerator, denominator))

    def difference(self, minuend: str, subtrahend: str) -> float:
        """The median over rounds of minuend - subtrahend (seconds per call)."""
        return statistics.median(self.differences(minuend, subtrahend))

    def ratio_spread(self, numerator: str, denominator: str) -> Spread:
        """The spread of the per-round ratios."""
        return Spread.of(self.ratios(numerator, denominator))

    def difference_spread(self, minuend: str, subtrahend: str) -> Spread:
        """The spread of the per-round differences."""
        return Spread.of(self.differences(minuend, subtrahend))


def calibrate(func: Callable[[], object], target: float = 0.01) -> int:
    """How many calls take about ``target`` seconds (at least 1)."""
    func()
    number = 1
    while True:
        started = time.perf_counter()
        for _ in range(number):
            func()
        elapsed = time.perf_counter() - started
        if elapsed >= target / 4 or number >= 1 << 20:
            return max(1, math.ceil(number * target / max(elapsed, 1e-9)))
        number *= 4


def interleaved(
    funcs: Mapping[str, Callable[[], object]], *, rounds: int, target: float = 0.01
) -> Rounds:
    """Run each function ``number`` times per round, in turns, for ``rounds`` rounds.

    ``number`` is calibrated once, on the slowest function, so that each turn lasts
    about ``target`` seconds; every function then runs the same number of calls.
    """
    number = min(calibrate(func, target) for func in funcs.values())
    names = list(funcs)
    result = Rounds({name: [] for name in names})
    for index in range(rounds):
        shift = index % len(names)
        gc.collect()
        for name in names[shift:] + names[:shift]:
            func = funcs[name]
            started = time.perf_counter()
            for _ in range(number):
                func()
            result.seconds[name].append((time.perf_counter() - started) / number)
    return result


def in_turns(timed: Mapping[str, Callable[[], float]], *, rounds: int) -> Rounds:
    """Run each timed function once per round, in turns (the order rotating each round).

    For runs that time themselves (a bulk job after its warm-up, a process start): each
    function returns the seconds it measured.
    """
    names = list(timed)
    result = Rounds({name: [] for name in names})
    for index in range(rounds):
        shift = index % len(names)
        gc.collect()
        for name in names[shift:] + names[:shift]:
            result.seconds[name].append(timed[name]())
    return result


def ceil2(value: float) -> float:
    """Round up to two decimals: a figure where lower is better is never rounded down."""
    return math.ceil(value * 100 - 1e-9) / 100
