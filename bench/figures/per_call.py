"""One call over loopback: ``Attention().conversations.update()`` against raw httpx.

The server (bench/server.py) runs in its own process and answers every request with
the same pre-encoded 200 (the newer docs example, 2.5 kB), without latency.

- ``per_call``: ``Attention().conversations.update(id, title=...)`` / ``httpx.Client.put``
  of the same body + ``json.loads`` of the answer. The SDK decodes with its own codec
  (orjson when ``[speedups]`` is installed, as here; the ``codec`` fact).
- ``per_call_server``: a raw-socket round trip with a pre-encoded request / the same
  raw httpx call: context, the server's own share of the baseline.
- ``per_call_vs_before`` (with --before): today's overlay / the overlay at that
  revision, both on today's generated package, over loopback: context (the network's
  noise is in both; overlay_share has the strict, in-memory form).
"""

from __future__ import annotations

import json
import socket
from collections.abc import Callable

import httpx
import payloads
from attention_sdk import Attention
from attention_sdk import _json as codec
from context import Context
from measure import interleaved
from results import Fact, Goal, Result, ratio
from server import response_bytes, server_process

GOALS = {"per_call": Goal(1.05)}
API_KEY = "bench-key"
CONVERSATION_ID = "conv-uuid-123"
TITLE = "Q1 Deal Review - Acme Corp"


def _socket_round_trip(port: int, body: bytes) -> Callable[[], object]:
    """The cheapest possible client: one pre-encoded request, read the known reply length."""
    sock = socket.create_connection(("127.0.0.1", port))
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    request_body = json.dumps({"title": TITLE}).encode()
    request = (
        f"PUT /v2/conversations/{CONVERSATION_ID} HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        f"Content-Type: application/json\r\nAuthorization: Bearer {API_KEY}\r\n"
        f"Content-Length: {len(request_body)}\r\n\r\n"
    ).encode() + request_body
    expected = len(response_bytes(body))

    def round_trip() -> None:
        sock.sendall(request)
        received = 0
        while received < expected:
            received += len(sock.recv(65536))

    return round_trip


def run(ctx: Context) -> list[Result]:
    body = payloads.encoded("docs_new")
    auth = {"Authorization": f"Bearer {API_KEY}"}
    facts: dict[str, Fact] = {
        "payload_bytes": len(body),
        "codec": "orjson" if codec.use_orjson else "stdlib",
    }
    with server_process(body) as port, httpx.Client() as raw:
        base = f"http://127.0.0.1:{port}/v2"
        url = f"{base}/conversations/{CONVERSATION_ID}"
        sdk = Attention(api_key=API_KEY, base_url=base)
        funcs: dict[str, Callable[[], object]] = {
            "raw": lambda: json.loads(raw.put(url, json={"title": TITLE}, headers=auth).content),
            "sdk": lambda: sdk.conversations.update(CONVERSATION_ID, title=TITLE),
            "socket": _socket_round_trip(port, body),
        }
        if ctx.before is not None:
            old = ctx.before_overlay().Attention(api_key=API_KEY, base_url=base)
            funcs["before"] = lambda: old.conversations.update(CONVERSATION_ID, title=TITLE)
        measured = interleaved(funcs, rounds=ctx.pick(full=15, quick=5), target=0.05)
        sdk.close()
    raw_call = "httpx.Client.put(url, json=body) + json.loads(response.content)"
    results = [
        ratio(
            "per_call",
            "per call over loopback, conversations.update",
            measured,
            "sdk",
            "raw",
            measures="Attention().conversations.update(id, title=...)",
            against=raw_call,
            facts={**facts, "sdk_minus_raw_us": measured.difference("sdk", "raw") * 1e6},
        ),
        ratio(
            "per_call_server",
            "per call over loopback: the server's own share",
            measured,
            "socket",
            "raw",
            measures="a raw-socket round trip, pre-encoded request",
            against=raw_call,
            facts=facts,
        ),
    ]
    if ctx.before is not None:
        results.append(
            ratio(
                "per_call_vs_before",
                f"per call over loopback: today's overlay / the overlay at {ctx.before}",
                measured,
                "sdk",
                "before",
                measures="Attention().conversations.update(id, title=...)",
                against=f"the same with the overlay at {ctx.before}",
                facts={**facts, "before": ctx.before},
            )
        )
    return results
