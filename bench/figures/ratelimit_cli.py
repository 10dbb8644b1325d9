"""Riding a rate limit with the command (issue 19): ``attention conversations bulk-update``
of 1,000 rows under a server limit it is not told.

The cases, the stand-in and the results are ratelimit_sdk's (1,000 rows, R = 20 and 100
requests a second with a burst of 5, 429s with ``Retry-After: 1`` and without, 20 ms of
latency): only the client differs. The command runs in this process as a user runs it,
``--csv`` of ``id,title`` rows, ``--labels replace`` (one PUT a row), ``--concurrency 32``,
its journal on, and its default limiter (adaptive, starting not knowing the limit). Its
JSON summary gives the rows failed, the rate found and the wait.

- ``ratelimit_cli_<R>_<retry_after|no_retry_after>``: the command's wall time / ideal.
- ``..._429_share``, ``..._failed``: as in ratelimit_sdk (failed: rows / rows).
"""

from __future__ import annotations

import io
import itertools
import json
from pathlib import Path
from tempfile import TemporaryDirectory
from typing import Any

import standin
from context import Context
from results import Result

from figures.bulk_cli import run_command
from figures.ratelimit_sdk import (
    BURST,
    CONCURRENCY,
    LATENCY,
    RATES,
    RETRY_AFTERS,
    case_results,
    goals,
)

GOALS = goals("ratelimit_cli")
_jobs = itertools.count()


def _command(base_url: str, folder: Path, rows: int) -> tuple[float, dict[str, Any]]:
    """One bulk-update of ``rows`` rows in this process: its wall time and its summary."""
    path = folder / f"job-{next(_jobs)}.csv"
    lines = [
        "id,title",
        *(f"{cid},Renewal {n}" for n, cid in enumerate(standin.conversation_ids(rows))),
    ]
    path.write_text("\n".join(lines) + "\n")
    args = ["conversations", "bulk-update", "--csv", str(path), "--labels", "replace"]
    args += ["--concurrency", str(CONCURRENCY)]
    out = io.StringIO()
    wall, _code = run_command(base_url, args, out)  # a failed row is in the summary
    summary: dict[str, Any] = json.loads(out.getvalue().splitlines()[0])
    return wall, summary


def _case(folder: Path, rows: int, rate: int, retry_after: str) -> list[Result]:
    with standin.limited_standin_process(rows, LATENCY, rate, BURST, retry_after) as server:
        wall, summary = _command(server.base_url, folder, rows)
    failed = rows - int(summary["updated"])  # failed, interrupted or never started
    return case_results(
        "ratelimit_cli",
        "attention conversations bulk-update --concurrency 32",
        rows=rows,
        rate=rate,
        retry_after=retry_after,
        wall=wall,
        failed=failed,
        server=server,
        found={
            "client_throttled": summary["throttled"],
            "rate_found": summary["rate"] if summary["rate"] is not None else "none",
            "waited_s": summary["waited_seconds"],
        },
    )


def run(ctx: Context) -> list[Result]:
    rows = ctx.pick(full=1000, quick=1000, tiny=40)
    results: list[Result] = []
    with TemporaryDirectory() as folder:
        for rate in RATES:
            for retry_after in RETRY_AFTERS:
                results += _case(Path(folder), rows, rate, retry_after)
    return results
