"""Cassettes that pin the HTTP of every call: the vcrpy setup, the scenarios, the recorder.

Each scenario runs twice: once by `make cassettes`, against the stand-in (or the live
API with LIVE=1), to record; and once by tests/test_cassettes.py, replaying offline
with record mode "none". Cassettes store production URIs, so stand-in and live
recordings are interchangeable.

    python -m tests.cassettes            # re-record against the stand-in
    python -m tests.cassettes --live     # re-record what can be, against the live API
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs
import httpx
import vcr
from attention_sdk import (
    AuthenticationError,
    BadRequestError,
    InternalServerError,
    NotFoundError,
)
from attention_sdk.testing import AttentionStandIn
from vcr.request import Request as VcrRequest

from .sockets import Observed, observe_call

CASSETTES = Path(__file__).resolve().parent / "cassettes"
PRODUCTION = "https://api.attention.tech/v2"
# Keys used while recording. Neither may appear in a cassette (tests/test_cassettes.py).
RECORDING_KEY = "sk-recording-3b9f1c7d2e"
WRONG_KEY = "sk-wrong-8e2a6d4c1f"
REDACTED = "<redacted>"
# JWT-shaped strings: what Attention's API keys look like (facts: D-apikeys).
_KEY_SHAPED = re.compile(rb"eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}")
CONVERSATION_ID = "conv-uuid-123"
MODES = ("sync", "async")


def _json_body(r1: VcrRequest, r2: VcrRequest) -> None:
    """Bodies match when they are the same JSON (key order and spacing aside)."""

    def load(body: bytes | str | None) -> Any:
        if not body:
            return None
        try:
            return json.loads(body)
        except ValueError:
            return body

    assert load(r1.body) == load(r2.body), f"{r1.body!r} != {r2.body!r}"


def _scrub(data: bytes, secrets: list[str]) -> bytes:
    for secret in secrets:
        data = data.replace(secret.encode(), REDACTED.encode())
    return _KEY_SHAPED.sub(REDACTED.encode(), data)


def make_vcr(record_mode: str, *, recorded_base: str = PRODUCTION, secrets: list[str]) -> vcr.VCR:
    def before_record_request(request: VcrRequest) -> VcrRequest:
        if request.uri.startswith(recorded_base):
            request.uri = PRODUCTION + request.uri[len(recorded_base) :]
        # Authorization is dropped, not masked: matching never uses it, and a cassette
        # without the header cannot leak it. The host is production's, like the URI.
        request.headers = {
            name: (httpx.URL(PRODUCTION).host if name.lower() == "host" else value)
            for name, value in request.headers.items()
            if name.lower() != "authorization"
        }
        return request

    def before_record_response(response: dict[str, Any]) -> dict[str, Any]:
        body = response.get("body", {})
        if isinstance(body.get("string"), bytes):
            body["string"] = _scrub(body["string"], secrets)
        response["headers"] = {
            name: [_scrub(v.encode(), secrets).decode() for v in values]
            for name, values in response.get("headers", {}).items()
        }
        return response

    recorder = vcr.VCR(
        cassette_library_dir=str(CASSETTES),
        record_mode=record_mode,
        match_on=("method", "path", "query", "json_body"),
        before_record_request=before_record_request,
        before_record_response=before_record_response,
        decode_compressed_response=True,
    )
    recorder.register_matcher("json_body", _json_body)
    return recorder


@attrs.frozen
class Scenario:
    """One recorded exchange: what to ask, how to prime the stand-in, what must come back."""

    name: str
    call: Callable[[Any], Any]  # takes client.conversations, returns a result or awaitable
    expect_title: str | None = None
    expect_labels: dict[str, str] | None = None
    expect_error: type[Exception] | None = None
    expect_attempts: int = 1
    expect_sleeps: tuple[float, ...] = ()
    wrong_key: bool = False
    max_retries: int = 2
    prime: Callable[[AttentionStandIn], None] | None = None  # None: also recordable live

    def cassette(self, mode: str) -> str:
        return f"{self.name}-{mode}.yaml"


def _update(**fields: Any) -> Callable[[Any], Any]:
    return lambda conversations: conversations.update(CONVERSATION_ID, **fields)


SCENARIOS = [
    Scenario("update-title", _update(title="Q4 review"), expect_title="Q4 review"),
    Scenario(
        "update-labels",
        _update(labels={"deal_stage": "negotiation"}),
        expect_labels={"deal_stage": "negotiation"},
    ),
    Scenario(
        "update-title-and-labels",
        _update(title="Q4 review", labels={"priority": "high"}),
        expect_title="Q4 review",
        expect_labels={"priority": "high"},
    ),
    Scenario(
        "error-400",
        _update(title="Q4 review"),
        expect_error=BadRequestError,
        prime=lambda s: s.fail_next(1, 400, body=b'{"message": "Invalid title"}'),
    ),
    Scenario(
        "error-401", _update(title="Q4 review"), expect_error=AuthenticationError, wrong_key=True
    ),
    Scenario(
        "error-404",
        lambda conversations: conversations.update("conv-does-not-exist", title="Q4 review"),
        expect_error=NotFoundError,
    ),
    Scenario(
        "retry-429-then-200",
        _update(title="Q4 review"),
        expect_title="Q4 review",
        expect_attempts=2,
        expect_sleeps=(1.0,),
        prime=lambda s: s.fail_next(1, 429, retry_after="1"),
    ),
    Scenario(
        "retry-503-exhausted",
        _update(title="Q4 review"),
        expect_error=InternalServerError,
        expect_attempts=3,
        prime=lambda s: s.fail_next(3, 503),
    ),
]


def run(
    scenario: Scenario, mode: str, base_url: str, api_key: str, *, really_sleep: bool = False
) -> Observed:
    """Run one scenario on a fresh client of either twin."""
    client = {
        "api_key": WRONG_KEY if scenario.wrong_key else api_key,
        "base_url": base_url,
        "max_retries": scenario.max_retries,
    }
    return observe_call(mode, scenario.call, client=client, really_sleep=really_sleep)


def record(live: bool) -> None:
    CASSETTES.mkdir(exist_ok=True)
    if live:
        key = os.environ.get("ATTENTION_API_KEY")
        if not key:
            sys.exit("LIVE=1 needs ATTENTION_API_KEY")
        base = os.environ.get("ATTENTION_BASE_URL", PRODUCTION)
        for scenario in SCENARIOS:
            if scenario.prime is not None:
                print(f"kept {scenario.name}: the live API cannot be told to fail")
                continue
            for mode in MODES:
                _record_one(scenario, mode, base, key)
        return
    with AttentionStandIn(api_key=RECORDING_KEY) as server:
        for scenario in SCENARIOS:
            for mode in MODES:
                server.reset()
                if scenario.prime is not None:
                    scenario.prime(server)
                _record_one(scenario, mode, server.base_url, RECORDING_KEY)


def _record_one(scenario: Scenario, mode: str, base_url: str, api_key: str) -> None:
    path = CASSETTES / scenario.cassette(mode)
    path.unlink(missing_ok=True)
    recorder = make_vcr("all", recorded_base=base_url, secrets=[api_key, WRONG_KEY])
    with recorder.use_cassette(path.name):
        seen = run(scenario, mode, base_url, api_key, really_sleep=True)
    print(f"recorded {path.name}: {seen.outcome}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--live", action="store_true", help="record against the live API")
    record(parser.parse_args().live)


if __name__ == "__main__":
    main()
