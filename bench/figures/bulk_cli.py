"""The bulk command (issue 13): ``attention conversations bulk-update`` of 1,000 rows.

1,000 rows (``id,title,label.stage``, ``--labels replace``: one PUT a row) at
``--concurrency 32``, journal on, against the Attention stand-in (bench/standin.py, its
own process) with 20 ms of latency, run in this process (the command's own time, not an
interpreter's start-up), once with ``--http-backend aiohttp`` and once with
``--http-backend httpx`` per round, both with ``--rate 100000`` (a fixed limit far above
what they send: the limiter's cost per request is in, its slow start is not), in turns
with the same updates sent by ``AsyncAttention`` alone, configured as the command
configures it (one client for every worker on aiohttp, one per worker on httpx; one TLS
context; no retries), without the CSV, the journal or the limiter. The ideal is
1000 / 32 x 20 ms = 0.625 s.

- ``bulk_cli_aiohttp``: the command on aiohttp / ideal.
- ``bulk_cli_httpx``: the command on httpx / ideal: context.
- ``bulk_cli_aiohttp_adaptive``: the command on aiohttp with its default limiter
  (adaptive, from 32 requests a second, doubling every quarter second) / ideal: context,
  what the slow start costs a job that meets no limit, at 1,600 requests a second.
- ``bulk_cli_aiohttp_vs_sdk``, ``bulk_cli_httpx_vs_sdk``: the command / AsyncAttention
  alone, per round: context, the command's own share.
- ``bulk_cli_standin_floor``: the same updates sent by a raw ``aiohttp.ClientSession``
  (32 workers, one session, ``json.loads`` of each answer) / ideal: context, how close
  any client gets with this stand-in and machine.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import math
import os
import time
from pathlib import Path
from typing import TextIO

import aiohttp
import httpx
import standin
from attention_sdk import AsyncAttention
from attention_sdk._types import HttpBackend
from attention_sdk.cli._app import run as attention
from attention_sdk.cli._jobs import WORKERS_PER_CLIENT
from context import Context
from measure import in_turns
from results import Fact, Goal, Result, ratio

ROWS = 1000
CONCURRENCY = 32
LATENCY = 0.020

GOALS = {"bulk_cli_aiohttp": Goal(1.50)}
# The command's own cost is measured with a fixed limit far above what it sends (the
# limiter is on, its slow start is not); the default, adaptive from 32 a second up, is
# the bulk_cli_aiohttp_adaptive row.
UNLIMITED = "100000"

_jobs = itertools.count()


def run_command(base_url: str, args: list[str], out: TextIO) -> tuple[float, int]:
    """``attention *args`` in this process, against ``base_url``, its standard output to
    ``out``: its wall time and exit code."""
    saved = {name: os.environ.get(name) for name in ("ATTENTION_API_KEY", "ATTENTION_BASE_URL")}
    os.environ.update(ATTENTION_API_KEY=standin.API_KEY, ATTENTION_BASE_URL=base_url)
    try:
        with contextlib.redirect_stdout(out):
            started = time.perf_counter()
            code = attention(args)
            return time.perf_counter() - started, code
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def _command(
    base_url: str, folder: Path, rows: int, backend: HttpBackend, rate: str | None = UNLIMITED
) -> float:
    """One bulk-update of ``rows`` rows, in this process; its wall time. The summary it
    prints goes to /dev/null; the journal must record every row done."""
    path = folder / f"job-{next(_jobs)}.csv"
    lines = ["id,title,label.stage"]
    lines += [f"{cid},Renewal {n},won" for n, cid in enumerate(standin.conversation_ids(rows))]
    path.write_text("\n".join(lines) + "\n")
    args = ["conversations", "bulk-update", "--csv", str(path), "--labels", "replace"]
    args += ["--concurrency", str(CONCURRENCY), "--http-backend", backend]
    if rate is not None:
        args += ["--rate", rate]
    with open(os.devnull, "w") as devnull:
        wall, code = run_command(base_url, args, devnull)
    if code != 0:
        raise RuntimeError(f"attention exited with {code}")
    journal = path.with_name(path.name + ".bulk-update.journal.jsonl").read_text()
    if journal.count('"event":"done"') != rows:
        raise RuntimeError("the journal does not record every row done")
    return wall


async def _sdk_alone(base_url: str, rows: int, backend: HttpBackend) -> float:
    """The same updates with AsyncAttention alone, as the command configures it."""
    tls = httpx.create_ssl_context()
    per_client = CONCURRENCY if backend == "aiohttp" else WORKERS_PER_CLIENT
    clients = [
        AsyncAttention(
            api_key=standin.API_KEY,
            base_url=base_url,
            max_retries=0,
            verify=tls,
            http_backend=backend,
        )
        for _ in range(math.ceil(CONCURRENCY / per_client))
    ]
    ids = iter(enumerate(standin.conversation_ids(rows)))

    async def worker(client: AsyncAttention) -> None:
        for n, conversation_id in ids:
            await client.conversations.update(
                conversation_id, title=f"Renewal {n}", labels={"stage": "won"}
            )

    started = time.perf_counter()
    await asyncio.gather(*(worker(clients[i // per_client]) for i in range(CONCURRENCY)))
    wall = time.perf_counter() - started
    for client in clients:
        await client.close()
    return wall


async def _raw_aiohttp(base_url: str, rows: int) -> float:
    """The same updates from a raw aiohttp session: the floor this stand-in allows."""
    auth = {"Authorization": f"Bearer {standin.API_KEY}"}
    ids = iter(enumerate(standin.conversation_ids(rows)))
    async with aiohttp.ClientSession() as session:

        async def worker() -> None:
            for n, conversation_id in ids:
                body = {"title": f"Renewal {n}", "labels": {"stage": "won"}}
                url = f"{base_url}/conversations/{conversation_id}"
                async with session.put(url, json=body, headers=auth) as response:
                    if response.status != 200:
                        raise RuntimeError(f"the stand-in answered {response.status}")
                    json.loads(await response.read())

        started = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(CONCURRENCY)))
        return time.perf_counter() - started


def run(ctx: Context) -> list[Result]:
    rows = ctx.pick(full=ROWS, quick=ROWS, tiny=CONCURRENCY * 2)
    ideal = rows / CONCURRENCY * LATENCY
    folder = ctx.tmp / "bulk_cli"
    folder.mkdir(exist_ok=True)
    with standin.standin_process(ROWS, LATENCY) as base_url:
        _command(base_url, folder, CONCURRENCY * 2, "aiohttp")  # warm up: imports, the stand-in
        measured = in_turns(
            {
                "cli_aiohttp": lambda: _command(base_url, folder, rows, "aiohttp"),
                "cli_adaptive": lambda: _command(base_url, folder, rows, "aiohttp", None),
                "sdk_aiohttp": lambda: asyncio.run(_sdk_alone(base_url, rows, "aiohttp")),
                "cli_httpx": lambda: _command(base_url, folder, rows, "httpx"),
                "sdk_httpx": lambda: asyncio.run(_sdk_alone(base_url, rows, "httpx")),
                "raw_aiohttp": lambda: asyncio.run(_raw_aiohttp(base_url, rows)),
            },
            rounds=ctx.pick(full=9, quick=1),
        )
    measured.seconds["ideal"] = [ideal] * measured.count
    facts: dict[str, Fact] = {
        "rows": rows,
        "concurrency": CONCURRENCY,
        "latency_s": LATENCY,
        "ideal_s": ideal,
    }
    ideal_text = f"ideal: {rows} / {CONCURRENCY} x {LATENCY * 1000:.0f} ms"
    command = "attention conversations bulk-update --http-backend {} --rate " + UNLIMITED
    alone = "AsyncAttention alone on {}, configured as the command does"
    title = f"bulk CLI, {rows} rows at --concurrency {CONCURRENCY}, journal on, 20 ms latency"
    rows_ = [
        ("bulk_cli_aiohttp", "cli_aiohttp", "ideal", command.format("aiohttp"), ideal_text),
        ("bulk_cli_httpx", "cli_httpx", "ideal", command.format("httpx"), ideal_text),
        ("bulk_cli_aiohttp_adaptive", "cli_adaptive", "ideal",
         "attention conversations bulk-update --http-backend aiohttp (the default limiter)",
         ideal_text),
        ("bulk_cli_aiohttp_vs_sdk", "cli_aiohttp", "sdk_aiohttp", command.format("aiohttp"),
         alone.format("aiohttp")),
        ("bulk_cli_httpx_vs_sdk", "cli_httpx", "sdk_httpx", command.format("httpx"),
         alone.format("httpx")),
        ("bulk_cli_standin_floor", "raw_aiohttp", "ideal",
         "aiohttp.ClientSession.put + json.loads, 32 workers", ideal_text),
    ]  # fmt: skip
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
        for key, numerator, baseline, measures, against in rows_
    ]
