"""1,000 async updates at concurrency 32 against a server with 20 ms of latency.

Each transport sends the same 1,000 PUTs from 32 workers to bench/server.py (its own
process, answering the newer docs example after 20 ms), once per round, in turns (the
order rotating each round); each run opens its connections first (32 calls, not timed).
The ideal is the latency alone: 1000 / 32 x 20 ms = 0.625 s.

- ``bulk_async_aiohttp``: ``AsyncAttention(http_backend="aiohttp")`` / ideal.
- ``bulk_async_httpx``: ``AsyncAttention()``, httpx's default transport / ideal: context.
- ``bulk_async_httpx_vs_raw``: ``AsyncAttention()`` / raw ``httpx.AsyncClient.put`` +
  ``json.loads``, per round: the default must be no worse than raw httpx.
- ``bulk_async_aiohttp_vs_raw``: ``AsyncAttention(http_backend="aiohttp")`` / raw
  ``aiohttp.ClientSession.put`` + ``json.loads``, per round: what the client adds to
  aiohttp.
- ``bulk_async_raw_httpx``, ``bulk_async_raw_aiohttp``: the raw clients / ideal: context.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Awaitable, Callable

import aiohttp
import httpx
import payloads
from attention_sdk import AsyncAttention
from attention_sdk._types import HttpBackend
from context import Context
from measure import in_turns
from results import Fact, Goal, Result, ratio
from server import server_process

CALLS = 1000
CONCURRENCY = 32
LATENCY = 0.020
IDEAL = CALLS / CONCURRENCY * LATENCY
API_KEY = "bench-key"
TITLE = "Q1 Deal Review - Acme Corp"
AUTH = {"Authorization": f"Bearer {API_KEY}"}

GOALS = {
    "bulk_async_aiohttp": Goal(1.20),
    "bulk_async_aiohttp_vs_raw": Goal(1.10),
    "bulk_async_httpx_vs_raw": Goal(
        1.05, "no worse than raw httpx: 1.00x, plus 5% for the noise of runs of about a second"
    ),
}

Call = Callable[[int], Awaitable[object]]


async def _timed(call: Call, calls: int) -> float:
    """Warm up (one call per worker), then the wall time of ``calls`` calls."""
    await asyncio.gather(*(call(index) for index in range(CONCURRENCY)))
    pending = iter(range(calls))

    async def worker() -> None:
        for index in pending:
            await call(index)

    started = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(CONCURRENCY)))
    return time.perf_counter() - started


async def _sdk(base: str, backend: HttpBackend, calls: int) -> float:
    client = AsyncAttention(api_key=API_KEY, base_url=base, http_backend=backend)
    async with client:

        async def call(index: int) -> object:
            return await client.conversations.update(f"conv-{index}", title=TITLE)

        return await _timed(call, calls)


async def _raw_httpx(base: str, calls: int) -> float:
    async with httpx.AsyncClient() as client:

        async def call(index: int) -> object:
            url = f"{base}/conversations/conv-{index}"
            return json.loads((await client.put(url, json={"title": TITLE}, headers=AUTH)).content)

        return await _timed(call, calls)


async def _raw_aiohttp(base: str, calls: int) -> float:
    async with aiohttp.ClientSession() as session:

        async def call(index: int) -> object:
            url = f"{base}/conversations/conv-{index}"
            async with session.put(url, json={"title": TITLE}, headers=AUTH) as response:
                return json.loads(await response.read())

        return await _timed(call, calls)


def run(ctx: Context) -> list[Result]:
    calls = ctx.pick(full=CALLS, quick=CALLS, tiny=CONCURRENCY * 2)
    ideal = calls / CONCURRENCY * LATENCY
    with server_process(payloads.encoded("docs_new"), latency=LATENCY) as port:
        base = f"http://127.0.0.1:{port}/v2"
        measured = in_turns(
            {
                "sdk_httpx": lambda: asyncio.run(_sdk(base, "httpx", calls)),
                "sdk_aiohttp": lambda: asyncio.run(_sdk(base, "aiohttp", calls)),
                "raw_httpx": lambda: asyncio.run(_raw_httpx(base, calls)),
                "raw_aiohttp": lambda: asyncio.run(_raw_aiohttp(base, calls)),
            },
            rounds=ctx.pick(full=9, quick=1),
        )
    measured.seconds["ideal"] = [ideal] * measured.count
    facts: dict[str, Fact] = {
        "calls": calls,
        "concurrency": CONCURRENCY,
        "latency_s": LATENCY,
        "ideal_s": ideal,
    }
    ideal_text = f"ideal: {calls} / {CONCURRENCY} x {LATENCY * 1000:.0f} ms"
    sdk_httpx = "AsyncAttention(), httpx's transport"
    sdk_aiohttp = 'AsyncAttention(http_backend="aiohttp")'
    raw_httpx = "httpx.AsyncClient.put + json.loads"
    raw_aiohttp = "aiohttp.ClientSession.put + json.loads"
    title = f"bulk async, {calls} updates at concurrency {CONCURRENCY}, 20 ms latency"
    rows = [
        ("bulk_async_aiohttp", "sdk_aiohttp", "ideal", sdk_aiohttp, ideal_text),
        ("bulk_async_httpx", "sdk_httpx", "ideal", sdk_httpx, ideal_text),
        ("bulk_async_httpx_vs_raw", "sdk_httpx", "raw_httpx", sdk_httpx, raw_httpx),
        ("bulk_async_aiohttp_vs_raw", "sdk_aiohttp", "raw_aiohttp", sdk_aiohttp, raw_aiohttp),
        ("bulk_async_raw_httpx", "raw_httpx", "ideal", raw_httpx, ideal_text),
        ("bulk_async_raw_aiohttp", "raw_aiohttp", "ideal", raw_aiohttp, ideal_text),
    ]
    return [
        ratio(
            key,
            title,
            measured,
            numerator,
            baseline,
            measures=measures,
            against=against,
            facts=facts,
        )
        for key, numerator, baseline, measures, against in rows
    ]
