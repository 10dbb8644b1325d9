"""The overlay's own share of a call, in microseconds, with the network taken out.

The SDK call and the same request done by hand run on the same in-memory
``httpx.MockTransport`` answering pre-encoded bytes (the newer docs example), and both
decode with the SDK's codec and parse with ``Conversation.from_dict``; what the
difference leaves is the overlay's own work: argument checks, the request body model,
headers, the retry loop, response checks.

- ``overlay_share``: the SDK call (its own httpx client, the default) minus
  ``_get_kwargs`` + ``httpx.Client.send`` + ``from_dict``, in µs per call: context.
- ``overlay_share_user_client``: the same with a caller's ``http_client`` (the SDK adds
  its headers to every request): context.
- ``overlay_vs_before`` (with --before): today's overlay / the overlay at that revision,
  in memory (the strict form of "no per-call regression": no network noise, and no
  network time in the denominator).
"""

from __future__ import annotations

from collections.abc import Callable

import httpx
import payloads
from attention_client.api.conversations import update_conversation
from attention_client.models import Conversation, UpdateConversationRequest
from attention_sdk import Attention
from attention_sdk import _json as codec
from context import Context
from measure import interleaved
from results import Fact, Goal, Result, difference, ratio

GOALS = {"overlay_vs_before": Goal(1.02)}
API_KEY = "bench-key"
CONVERSATION_ID = "conv-uuid-123"
TITLE = "Q1 Deal Review - Acme Corp"
BASE = "https://api.attention.tech/v2"


def run(ctx: Context) -> list[Result]:
    body = payloads.encoded("docs_new")
    headers = {"content-type": "application/json"}

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=body, headers=headers)

    def in_memory(client: Attention) -> Attention:
        # The SDK's own httpx client, its transport swapped for the in-memory one.
        client._http._transport = httpx.MockTransport(handler)
        return client

    sdk = in_memory(Attention(api_key=API_KEY, base_url=BASE))
    user_http = httpx.Client(transport=httpx.MockTransport(handler))
    user_client = Attention(api_key=API_KEY, base_url=BASE, http_client=user_http)
    bare_http = httpx.Client(transport=httpx.MockTransport(handler))
    authorization = f"Bearer {API_KEY}"

    def bare() -> Conversation:
        kwargs = update_conversation._get_kwargs(
            CONVERSATION_ID, body=UpdateConversationRequest(title=TITLE)
        )
        request = bare_http.build_request(
            kwargs["method"],
            BASE + kwargs["url"],
            json=kwargs["json"],
            headers={**kwargs["headers"], "Authorization": authorization},
        )
        return Conversation.from_dict(codec.loads(bare_http.send(request).content))

    funcs: dict[str, Callable[[], object]] = {
        "bare": bare,
        "sdk": lambda: sdk.conversations.update(CONVERSATION_ID, title=TITLE),
        "user_client": lambda: user_client.conversations.update(CONVERSATION_ID, title=TITLE),
    }
    if ctx.before is not None:
        old = in_memory(ctx.before_overlay().Attention(api_key=API_KEY, base_url=BASE))
        funcs["before"] = lambda: old.conversations.update(CONVERSATION_ID, title=TITLE)
    measured = interleaved(funcs, rounds=ctx.pick(full=186, quick=48, tiny=3))
    facts: dict[str, Fact] = {
        "payload_bytes": len(body),
        "codec": "orjson" if codec.use_orjson else "stdlib",
    }
    bare_call = "update_conversation._get_kwargs + httpx.Client.send + from_dict(loads(b))"
    results = [
        difference(
            "overlay_share",
            "the overlay's own share per call, in memory",
            measured,
            "sdk",
            "bare",
            measures="Attention().conversations.update(id, title=...)",
            against=bare_call,
            facts=facts,
        ),
        difference(
            "overlay_share_user_client",
            "the overlay's own share per call, in memory, with a caller's http_client",
            measured,
            "user_client",
            "bare",
            measures="Attention(http_client=httpx.Client(...)).conversations.update(...)",
            against=bare_call,
            facts=facts,
        ),
    ]
    if ctx.before is not None:
        results.append(
            ratio(
                "overlay_vs_before",
                f"per call, in memory: today's overlay / the overlay at {ctx.before}",
                measured,
                "sdk",
                "before",
                measures="Attention().conversations.update(id, title=...)",
                against=f"the same with the overlay at {ctx.before}",
                facts={**facts, "before": ctx.before},
            )
        )
    for client in (sdk, user_client):
        client.close()
    for http in (user_http, bare_http):
        http.close()
    return results
