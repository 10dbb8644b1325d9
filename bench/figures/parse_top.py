"""Parse the 56 kB conversation and read its top-level fields, against json.loads.

What a script that lists or updates conversations does with a response: the id, the
title, the labels and every other string, number, boolean or date-time of the
conversation and its attributes (bench/reads.py). The nested collections are parsed on
first read (lazy fields), so they are not parsed here.

- ``parse_top``: ``read_top(Conversation.from_dict(json.loads(b)))`` / ``json.loads(b)``.
- ``parse_top_speedups``: the same, decoded by the SDK's codec (``attention_sdk._json``,
  orjson with ``[speedups]``, as every response is) / stdlib ``json.loads(b)``.
- ``parse_top_pydantic``: the pydantic v2 peer, ``model_validate_json(b)`` and the same
  reads / ``json.loads(b)``: context.
- ``parse_top_vs_before`` (with --before): today's models / the models at that revision.

Each pair is measured in turns on its own (so no other parser's garbage falls into it).
"""

from __future__ import annotations

import json

import payloads
import reads
from attention_client.models import Conversation
from attention_sdk import _json as codec
from context import Context
from results import Fact, Goal, Result, in_turns

from figures._codec import speedups

GOALS = {
    "parse_top": Goal(1.10),
    "parse_top_speedups": Goal(0.60),
}


def run(ctx: Context) -> list[Result]:
    body = payloads.encoded("large")
    facts: dict[str, Fact] = {"payload_bytes": len(body), "fields_read": reads.TOP_COUNT}
    title = f"parse {len(body) / 1000:.0f} kB + read the top-level fields"
    rounds = ctx.pick(full=31, quick=8)
    loads, read_top = codec.loads, reads.read_top
    model = ctx.peer_conversation()
    peer_top = reads.peer_top(model)
    results = [
        in_turns(
            "parse_top",
            title,
            lambda: read_top(Conversation.from_dict(json.loads(body))),
            lambda: json.loads(body),
            rounds=rounds,
            measures="read_top(Conversation.from_dict(json.loads(b)))",
            against="json.loads(b)",
            facts=facts,
        ),
        in_turns(
            "parse_top_speedups",
            f"{title}, [speedups]",
            lambda: read_top(Conversation.from_dict(loads(body))),
            lambda: json.loads(body),
            rounds=rounds,
            measures="read_top(Conversation.from_dict(attention_sdk._json.loads(b)))",
            against="json.loads(b), the standard library",
            facts={**facts, "codec": speedups()},
        ),
        in_turns(
            "parse_top_pydantic",
            f"{title}, pydantic v2 peer",
            lambda: reads.read_top_peer(model.model_validate_json(body), peer_top),
            lambda: json.loads(body),
            rounds=rounds,
            measures="the same reads of the peer's Conversation.model_validate_json(b)",
            against="json.loads(b)",
            facts=facts,
        ),
    ]
    if ctx.before is not None:
        before = ctx.before_models().Conversation
        results.append(
            in_turns(
                "parse_top_vs_before",
                f"{title}: today's models / the models at {ctx.before}",
                lambda: read_top(Conversation.from_dict(json.loads(body))),
                lambda: read_top(before.from_dict(json.loads(body))),
                rounds=rounds,
                measures="read_top(Conversation.from_dict(json.loads(b)))",
                against=f"the same with the generated models at {ctx.before}",
                facts={**facts, "before": ctx.before},
            )
        )
    return results
