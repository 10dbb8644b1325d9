"""Peak memory of parsing a 10 MB conversation, against json.loads of the same bytes.

The payload is bench/payloads.py's ``huge()`` (thousands of participants, scorecard
results, boards and talk tracks, and a transcript of 20,000 utterances). Each call is
traced by tracemalloc from a collected heap, with the encoded bytes already allocated
(so they are not counted), and gives two numbers: the peak over the call, and what is
still allocated at its end while its result is held (retained). The calls run once per
round, in turns. tracemalloc sees the Python allocator only, on both sides.

- ``memory_parse``: peak of ``Conversation.from_dict(json.loads(b))`` / peak of
  ``json.loads(b)``.
- ``memory_read_all``: peak of the same, then every field read (``reads.walk``) / peak
  of ``json.loads(b)``.
- ``memory_read_all_retained``: what the same keeps / what ``json.loads(b)`` keeps:
  context.
- ``memory_pydantic``, ``memory_pydantic_retained``: the pydantic v2 peer's
  ``model_validate_json(b)``, peak / peak and kept / kept: context.
"""

from __future__ import annotations

import gc
import json
import tracemalloc
from collections.abc import Callable

import payloads
import reads
from attention_client.models import Conversation
from context import Context
from measure import Rounds
from results import Fact, Goal, Result, ratio

GOALS = {
    "memory_parse": Goal(
        1.10, "parsing without reading boxes the nested JSON: little more than json.loads"
    ),
    "memory_read_all": Goal(2.00, "the models of everything: at most twice the plain JSON"),
}


def traced(func: Callable[[], object]) -> tuple[int, int]:
    """tracemalloc's peak over ``func()``, and what is allocated at its end, in bytes."""
    gc.collect()
    tracemalloc.start()
    try:
        result = func()
        retained, highest = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    del result
    return highest, retained


def _read_all(body: bytes) -> Conversation:
    conversation = Conversation.from_dict(json.loads(body))
    reads.walk(conversation)
    return conversation


def run(ctx: Context) -> list[Result]:
    body = payloads.encoded("huge" if ctx.mode != "tiny" else "large")
    model = ctx.peer_conversation()
    calls: dict[str, Callable[[], object]] = {
        "json": lambda: json.loads(body),
        "parse": lambda: Conversation.from_dict(json.loads(body)),
        "read_all": lambda: _read_all(body),
        "pydantic": lambda: model.model_validate_json(body),
    }
    names = list(calls)
    peaks = Rounds({name: [] for name in names})
    kept = Rounds({name: [] for name in names})
    for index in range(ctx.pick(full=3, quick=1, tiny=1)):
        shift = index % len(names)
        for name in names[shift:] + names[:shift]:
            highest, retained = traced(calls[name])
            peaks.seconds[name].append(highest)
            kept.seconds[name].append(retained)
    facts: dict[str, Fact] = {"payload_bytes": len(body)}
    title = f"memory, parse {len(body) / 1e6:.1f} MB"
    read_all = "walk(Conversation.from_dict(json.loads(b)))"
    pydantic = "the peer's Conversation.model_validate_json(b)"
    rows = [
        ("memory_parse", "peak", peaks, "parse", "Conversation.from_dict(json.loads(b))"),
        ("memory_read_all", "peak", peaks, "read_all", read_all),
        ("memory_read_all_retained", "retained", kept, "read_all", read_all),
        ("memory_pydantic", "peak", peaks, "pydantic", pydantic),
        ("memory_pydantic_retained", "retained", kept, "pydantic", pydantic),
    ]
    return [
        ratio(
            key,
            f"{what} {title}",
            measured,
            name,
            "json",
            measures=measures,
            against="json.loads(b)",
            facts=facts,
            raw_unit="bytes",
        )
        for key, what, measured, name, measures in rows
    ]
