"""Timing helpers: side-by-side rounds and medians of per-round ratios.

The machine is shared and noisy, so no figure is an absolute time compared with a
threshold. Every figure is a ratio of two things measured in the same round, in
turns (A, B, A, B, ...; the order rotates each round), and the reported figure is the
median of the per-round ratios.
"""

from __future__ import annotations

import gc
import math
import statistics
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field


@dataclass
class Rounds:
    """Seconds per call of each function, one entry per round."""

    seconds: dict[str, list[float]] = field(default_factory=dict)

    def median(self, name: str) -> float:
        return statistics.median(self.seconds[name])

    def ratio(self, numerator: str, denominator: str) -> float:
        """The median over rounds of numerator / denominator."""
        pairs = zip(self.seconds[numerator], self.seconds[denominator], strict=True)
        return statistics.median(a / b for a, b in pairs)

    def difference(self, minuend: str, subtrahend: str) -> float:
        """The median over rounds of minuend - subtrahend (seconds per call)."""
        pairs = zip(self.seconds[minuend], self.seconds[subtrahend], strict=True)
        return statistics.median(a - b for a, b in pairs)


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


def ceil2(value: float) -> float:
    """Round up to two decimals: a figure where lower is better is never rounded down."""
    return math.ceil(value * 100 - 1e-9) / 100
