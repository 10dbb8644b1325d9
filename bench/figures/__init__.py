"""One module per figure, in the order of the table.

Each module has the same small interface (``Figure``): ``GOALS``, the goal of each of its
results that has one, by key (the others are context), and ``run(ctx)``, which measures
and returns its results (bench/results.py), goals not yet applied. The runner applies
them (``judge``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Protocol

from context import Context
from results import Goal, Result

from figures import (
    bulk_async,
    bulk_cli,
    gen_time,
    import_time,
    memory,
    overlay_share,
    parse_all,
    parse_top,
    per_call,
    ratelimit_cli,
    ratelimit_sdk,
    serialise,
)


class Figure(Protocol):
    @property
    def GOALS(self) -> Mapping[str, Goal]: ...

    def run(self, ctx: Context) -> list[Result]: ...


FIGURES: dict[str, Figure] = {
    "parse_top": parse_top,
    "parse_all": parse_all,
    "serialise": serialise,
    "per_call": per_call,
    "overlay_share": overlay_share,
    "bulk_async": bulk_async,
    "bulk_cli": bulk_cli,
    "ratelimit_sdk": ratelimit_sdk,
    "ratelimit_cli": ratelimit_cli,
    "import_time": import_time,
    "gen_time": gen_time,
    "memory": memory,
}


def judge(name: str, results: list[Result]) -> list[Result]:
    """A figure's results with its goals applied, and whether each is met."""
    goals = FIGURES[name].GOALS
    return [result.judged(goals.get(result.key), name) for result in results]
