"""1,000 updates under load while 10% of responses are 429 or 503: nothing is lost.

Each update targets its own conversation with its own title and labels, so the
stand-in's final state proves that every update was applied, once, to the right id.
"""

from __future__ import annotations

import asyncio
import copy
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
from attention_sdk import APIResponse, AsyncAttention, Attention, Conversation
from attention_sdk.testing import AttentionStandIn

from ..conftest import load_example
from ..support.keys import KEY

UPDATES = 1_000
CONCURRENCY = 32
FAULT_RATE = 0.10
# Six attempts per update: with 10 % faults, a lost update would need six faults in a
# row (odds of one in a million per update), so a failure here means a real bug.
MAX_RETRIES = 5


def conversation_id(n: int) -> str:
    return f"conv-bulk-{n:04d}"


def intended(n: int) -> dict[str, Any]:
    return {"title": f"Synced #{n} — é✓", "labels": {"batch": "nightly", "n": str(n)}}


@pytest.fixture
def server() -> Any:
    base = load_example("docs_new_conversation")
    conversations = []
    for n in range(UPDATES):
        conversation = copy.deepcopy(base)
        conversation["id"] = conversation["attributes"]["uuid"] = conversation_id(n)
        conversations.append(conversation)
    with AttentionStandIn(api_key=KEY, conversations=conversations) as standin:
        # Short waits keep the run fast; retry-after-ms is what a gateway would send.
        standin.fail_randomly(FAULT_RATE, [429, 503], headers={"retry-after-ms": "10"}, seed=1)
        yield standin


def check_final_state(server: AttentionStandIn, results: list[APIResponse[Conversation]]) -> None:
    for n, result in enumerate(results):
        assert result.parsed.id == conversation_id(n)
        stored = server.conversation(conversation_id(n))["attributes"]
        assert {"title": stored["title"], "labels": stored["labels"]} == intended(n), n


def applied(server: AttentionStandIn) -> int:
    """How many conversations ended in exactly their intended state."""
    count = 0
    for n in range(UPDATES):
        stored = server.conversation(conversation_id(n))["attributes"]
        count += {"title": stored["title"], "labels": stored["labels"]} == intended(n)
    return count


def report_and_check(
    scenario: str,
    server: AttentionStandIn,
    results: list[APIResponse[Conversation]],
    started: float,
    report: Any,
) -> None:
    """Record the row (attempts, retries, wall time), then assert nothing was lost."""
    wall = time.monotonic() - started
    attempts = sum(result.attempts for result in results)
    retries = attempts - len(results)
    landed = applied(server)
    report(
        scenario,
        f"{UPDATES}/{UPDATES} applied",
        f"{landed}/{UPDATES} applied; {retries} retries; {wall:.2f} s",
        attempts,
        updates_applied=landed,
    )
    check_final_state(server, results)
    # Attempts that failed before a request was read are retried but never logged.
    assert len(server.requests) <= attempts
    assert retries > 0  # the faults really happened


def test_bulk_async_updates_all_land(server: AttentionStandIn, report: Any) -> None:
    async def run() -> list[APIResponse[Conversation]]:
        limit = asyncio.Semaphore(CONCURRENCY)
        async with AsyncAttention(
            api_key=KEY, base_url=server.base_url, max_retries=MAX_RETRIES
        ) as client:

            async def one(n: int) -> APIResponse[Conversation]:
                async with limit:
                    return await client.conversations.with_raw_response.update(
                        conversation_id(n), **intended(n)
                    )

            return await asyncio.gather(*(one(n) for n in range(UPDATES)))

    started = time.monotonic()
    results = asyncio.run(run())
    scenario = f"bulk: {UPDATES} async updates, concurrency {CONCURRENCY}, 10% 429/503"
    report_and_check(scenario, server, results, started, report)


def test_bulk_sync_updates_from_a_thread_pool_all_land(
    server: AttentionStandIn, report: Any
) -> None:
    started = time.monotonic()
    with Attention(api_key=KEY, base_url=server.base_url, max_retries=MAX_RETRIES) as client:

        def one(n: int) -> APIResponse[Conversation]:
            return client.conversations.with_raw_response.update(conversation_id(n), **intended(n))

        with ThreadPoolExecutor(max_workers=CONCURRENCY) as pool:
            results = list(pool.map(one, range(UPDATES)))
    scenario = f"bulk: {UPDATES} sync updates, {CONCURRENCY} threads, 10% 429/503"
    report_and_check(scenario, server, results, started, report)
