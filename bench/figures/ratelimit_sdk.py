"""Riding a rate limit (issue 19): 1,000 updates under a server limit the client is not told.

32 asyncio tasks call ``AsyncAttention(rate_limit=RateLimit.adaptive()).conversations
.update(id, title=...)`` for 1,000 distinct conversations, against the stand-in in its
own process (bench/standin.py, 20 ms of latency) limited to R requests a second with a
burst of 5, for R = 20 and R = 100, once with its 429s carrying ``Retry-After: 1`` and
once with no Retry-After. The limiter starts not knowing the limit (``start_rate=None``),
and the run starts cold: the start-up, where it finds the limit, is part of the time.
One run per case (the 20 a second cases take 50 s or more each).

The ideal is rows / R (50 s and 10 s); the server's initial burst of 5 makes the true
floor (rows - 5) / R, so the figure is a little in the ideal's favour. Per case:

- ``ratelimit_sdk_<R>_<retry_after|no_retry_after>``: the wall time / ideal, that is
  1 / efficiency; the goal of efficiency >= 0.85 is <= 1.17x.
- ``..._429_share``: the requests the stand-in answered 429 / all the requests it saw
  (its own ``throttled`` and ``allowed`` counts, read when it stops), as a ratio: <= 0.05.
- ``..._failed``: the calls that raised / all calls: 0.
"""

from __future__ import annotations

import asyncio
import time

import standin
from attention_sdk import AsyncAttention, RateLimit
from context import Context
from measure import Spread
from results import Fact, Goal, Result

ROWS = 1000
CONCURRENCY = 32
LATENCY = 0.020
BURST = 5
RATES = (20, 100)
RETRY_AFTERS = ("1", "none")


async def _bulk(base_url: str, ids: list[str]) -> tuple[float, int, RateLimit]:
    """The wall time of every update, the calls that raised, and the limiter."""
    limiter = RateLimit.adaptive()
    failed = 0
    async with AsyncAttention(
        api_key=standin.API_KEY, base_url=base_url, rate_limit=limiter
    ) as client:
        pending = iter(enumerate(ids))

        async def worker() -> None:
            nonlocal failed
            for index, conversation_id in pending:
                try:
                    await client.conversations.update(conversation_id, title=f"Renewal {index}")
                except Exception:
                    failed += 1

        started = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(CONCURRENCY)))
        wall = time.perf_counter() - started
    return wall, failed, limiter


def _case(rows: int, rate: int, retry_after: str) -> list[Result]:
    ids = standin.conversation_ids(rows)
    with standin.limited_standin_process(rows, LATENCY, rate, BURST, retry_after) as server:
        wall, failed, limiter = asyncio.run(_bulk(server.base_url, ids))
    found = limiter.current_rate
    return case_results(
        "ratelimit_sdk",
        "AsyncAttention(rate_limit=RateLimit.adaptive()).conversations.update",
        rows=rows,
        rate=rate,
        retry_after=retry_after,
        wall=wall,
        failed=failed,
        server=server,
        found={
            "client_throttled": limiter.throttled,
            "rate_found": round(found, 1) if found is not None else "none",
            "waited_s": round(limiter.waited, 1),
        },
    )


def case_results(
    figure: str,
    measures: str,
    *,
    rows: int,
    rate: int,
    retry_after: str,
    wall: float,
    failed: int,
    server: standin.Limited,
    found: dict[str, Fact],
) -> list[Result]:
    """One case's three results: time / ideal, the share of 429s, the share failed."""
    seen = server.allowed + server.throttled
    ideal = rows / rate
    name = "retry_after" if retry_after != "none" else "no_retry_after"
    key = f"{figure}_{rate}_{name}"
    header = f"Retry-After: {retry_after}" if retry_after != "none" else "no Retry-After"
    title = (
        f"rate limit, {rows} updates at concurrency {CONCURRENCY}, stand-in at {rate}/s "
        f"(burst {BURST}), 429 with {header}"
    )
    facts: dict[str, Fact] = {
        "rows": rows,
        "concurrency": CONCURRENCY,
        "latency_s": LATENCY,
        "server_rate": rate,
        "server_burst": BURST,
        "retry_after": retry_after,
        "ideal_s": ideal,
        "efficiency": round(ideal / wall, 3),
        "server_allowed": server.allowed,
        "server_throttled": server.throttled,
        "failed": failed,
        **found,
    }

    def row(suffix: str, value: float, numerator: str, against: str) -> Result:
        return Result(
            key=key + suffix,
            title=title,
            numerator=numerator,
            baseline=against,
            unit="x",
            median=value,
            spread=Spread.of([value]),
            rounds=1,
            raw_numerator=wall,
            raw_baseline=ideal,
            facts=facts,
        )

    return [
        row("", wall / ideal, f"{measures}, wall time", f"ideal: {rows} / {rate} per s"),
        row("_429_share", server.throttled / seen, "requests answered 429", "requests seen"),
        row("_failed", failed / rows, "rows or calls that failed", "rows or calls"),
    ]


def goals(figure: str) -> dict[str, Goal]:
    """The goals of every case of a rate-limit figure."""
    found: dict[str, Goal] = {}
    for rate in RATES:
        for name in ("retry_after", "no_retry_after"):
            key = f"{figure}_{rate}_{name}"
            found[key] = Goal(1.17, "efficiency >= 0.85: 1 / 0.85 = 1.176, rounded down")
            found[f"{key}_429_share"] = Goal(0.05, "at most 5% of the requests answered 429")
            found[f"{key}_failed"] = Goal(0.0, "no row or call fails")
    return found


GOALS = goals("ratelimit_sdk")


def run(ctx: Context) -> list[Result]:
    rows = ctx.pick(full=ROWS, quick=ROWS, tiny=40)
    results: list[Result] = []
    for rate in RATES:
        for retry_after in RETRY_AFTERS:
            results += _case(rows, rate, retry_after)
    return results
