"""Serialise the 56 kB conversation, every field read first, against pydantic.

Every field is read first (``reads.walk``), so the models are serialised, not the JSON
that a lazy field keeps until its first read.

- ``serialise``: ``attention_sdk.to_json(model)`` with ``[speedups]`` (orjson; the
  SDK's public encode path, ``dumps(model.to_dict())``) / the pydantic v2 peer's
  ``model_dump_json(by_alias=True, exclude_unset=True)``.
- ``serialise_stdlib``: the SDK's standard-library encoding of the same model,
  ``json.dumps(model.to_dict(), ensure_ascii=False, separators=(",", ":"),
  allow_nan=False).encode()`` / the same pydantic call: context.
- ``serialise_encoder``: ``orjson.dumps`` of the plain dict alone (no models) / the same
  pydantic call: context, the encoder's part of the first row.
"""

from __future__ import annotations

import json

import orjson
import payloads
import reads
from attention_client.models import Conversation
from attention_sdk import to_json
from context import Context
from results import Fact, Goal, Result, in_turns

from figures._codec import speedups

GOALS = {"serialise": Goal(1.00)}


def _stdlib(value: object) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode()


def run(ctx: Context) -> list[Result]:
    body = payloads.encoded("large")
    data = json.loads(body)
    conversation = Conversation.from_dict(json.loads(body))
    reads.walk(conversation)
    model = ctx.peer_conversation().model_validate_json(body)

    def pydantic() -> bytes:
        dumped: bytes = model.model_dump_json(by_alias=True, exclude_unset=True).encode()
        return dumped

    facts: dict[str, Fact] = {
        "payload_bytes": len(body),
        "sdk_bytes": len(to_json(conversation)),
        "pydantic_bytes": len(pydantic()),
    }
    title = f"serialise {len(body) / 1000:.0f} kB, every field read first"
    rounds = ctx.pick(full=31, quick=8)
    against = "peer.model_dump_json(by_alias=True, exclude_unset=True)"
    return [
        in_turns(
            "serialise",
            f"{title}, [speedups]",
            lambda: to_json(conversation),
            lambda: model.model_dump_json(by_alias=True, exclude_unset=True),
            rounds=rounds,
            measures="attention_sdk.to_json(model)",
            against=against,
            facts={**facts, "codec": speedups()},
        ),
        in_turns(
            "serialise_stdlib",
            f"{title}, the standard library's codec",
            lambda: _stdlib(conversation.to_dict()),
            lambda: model.model_dump_json(by_alias=True, exclude_unset=True),
            rounds=rounds,
            measures="json.dumps(model.to_dict(), ...).encode()",
            against=against,
            facts=facts,
        ),
        in_turns(
            "serialise_encoder",
            f"{title}: the encoder alone, on the plain dict",
            lambda: orjson.dumps(data),
            lambda: model.model_dump_json(by_alias=True, exclude_unset=True),
            rounds=rounds,
            measures="orjson.dumps(json.loads(b))",
            against=against,
            facts=facts,
        ),
    ]
