"""Parse the 56 kB conversation and read everything, against json.loads and the same walk.

``walk`` reads every field of every model, its unknown keys, every item and map value;
``walk_json`` is the same walk over the plain JSON (bench/reads.py), so the baseline
pays for the reading as well as for the decoding.

- ``parse_all``: ``walk(Conversation.from_dict(json.loads(b)))`` /
  ``walk_json(json.loads(b))``.
- ``parse_all_speedups``: the same, decoded by the SDK's codec (orjson with
  ``[speedups]``) / ``walk_json(json.loads(b))`` with the standard library.
- ``parse_all_pydantic``: the pydantic v2 peer, ``model_validate_json(b)`` and the same
  walk over its models / ``walk_json(json.loads(b))``: context.
- ``parse_all_vs_before`` (with --before): today's models / the models at that revision.
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
    "parse_all": Goal(2.00),
    "parse_all_speedups": Goal(1.70),
}


def run(ctx: Context) -> list[Result]:
    body = payloads.encoded("large")
    facts: dict[str, Fact] = {"payload_bytes": len(body)}
    title = f"parse {len(body) / 1000:.0f} kB + read everything"
    rounds = ctx.pick(full=31, quick=8)
    loads, walk, walk_json = codec.loads, reads.walk, reads.walk_json
    model = ctx.peer_conversation()
    results = [
        in_turns(
            "parse_all",
            title,
            lambda: walk(Conversation.from_dict(json.loads(body))),
            lambda: walk_json(json.loads(body)),
            rounds=rounds,
            measures="walk(Conversation.from_dict(json.loads(b)))",
            against="walk_json(json.loads(b))",
            facts=facts,
        ),
        in_turns(
            "parse_all_speedups",
            f"{title}, [speedups]",
            lambda: walk(Conversation.from_dict(loads(body))),
            lambda: walk_json(json.loads(body)),
            rounds=rounds,
            measures="walk(Conversation.from_dict(attention_sdk._json.loads(b)))",
            against="walk_json(json.loads(b)), the standard library",
            facts={**facts, "codec": speedups()},
        ),
        in_turns(
            "parse_all_pydantic",
            f"{title}, pydantic v2 peer",
            lambda: reads.walk_peer(model.model_validate_json(body)),
            lambda: walk_json(json.loads(body)),
            rounds=rounds,
            measures="the same walk of the peer's Conversation.model_validate_json(b)",
            against="walk_json(json.loads(b))",
            facts=facts,
        ),
    ]
    if ctx.before is not None:
        before = ctx.before_models().Conversation
        results.append(
            in_turns(
                "parse_all_vs_before",
                f"{title}: today's models / the models at {ctx.before}",
                lambda: walk(Conversation.from_dict(json.loads(body))),
                lambda: walk(before.from_dict(json.loads(body))),
                rounds=rounds,
                measures="walk(Conversation.from_dict(json.loads(b)))",
                against=f"the same with the generated models at {ctx.before}",
                facts={**facts, "before": ctx.before},
            )
        )
    return results
