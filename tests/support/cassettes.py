"""Cassettes that pin the HTTP of every call: the vcrpy setup, the scenarios, the recorder.

Each scenario runs twice: once by `make cassettes`, against the stand-in (or the live
API with LIVE=1), to record; and once by tests/core/test_cassettes.py, replaying offline
with record mode "none". Cassettes store production URIs, so stand-in and live
recordings are interchangeable.

    python -m tests.cassettes            # re-record against the stand-in
    python -m tests.cassettes --live     # re-record what can be, against the live API
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import attrs
import httpx
import vcr
from attention_sdk import (
    AuthenticationError,
    BadRequestError,
    Conversation,
    InternalServerError,
    NotFoundError,
)
from attention_sdk._pagination import AsyncOffsetPaginator, AsyncPaginator, BasePage
from attention_sdk.resources._operations import OPERATIONS as TABLE
from attention_sdk.testing import AttentionStandIn, build_example
from vcr.request import Request as VcrRequest

from .sockets import Observed, observe_call
from .strategies import load_spec

CASSETTES = Path(__file__).resolve().parent.parent / "cassettes"
PRODUCTION = "https://api.attention.tech/v2"
# Keys used while recording. Neither may appear in a cassette (tests/core/test_cassettes.py).
RECORDING_KEY = "sk-recording-3b9f1c7d2e"
WRONG_KEY = "sk-wrong-8e2a6d4c1f"
REDACTED = "<redacted>"
# JWT-shaped strings: what Attention's API keys look like (facts: D-apikeys).
_KEY_SHAPED = re.compile(rb"eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}")
CONVERSATION_ID = "conv-uuid-123"
SPEC = load_spec()
PARIS = datetime.timezone(datetime.timedelta(hours=1), "CET")
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
        # Date is left out: it would change every cassette on each re-recording.
        response["headers"] = {
            name: [_scrub(v.encode(), secrets).decode() for v in values]
            for name, values in response.get("headers", {}).items()
            if name.lower() != "date"
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
    expect: Callable[[Any], object] | None = None  # asserts on the result
    expect_error: type[Exception] | None = None
    expect_requests: int = 1
    expect_retries: int | None = None  # None: every request after the first is a retry
    expect_sleeps: tuple[float, ...] = ()  # exact waits, when a Retry-After fixes them
    wrong_key: bool = False
    max_retries: int = 2
    prime: Callable[[AttentionStandIn], None] | None = None  # None: also recordable live

    @property
    def retries(self) -> int:
        return self.expect_requests - 1 if self.expect_retries is None else self.expect_retries

    def cassette(self, mode: str) -> str:
        return f"{self.name}-{mode}.yaml"


def _update(**fields: Any) -> Callable[[Any], Any]:
    return lambda conversations: conversations.update(CONVERSATION_ID, **fields)


def _on(method: str, *args: Any, **kwargs: Any) -> Callable[[Any], Any]:
    return lambda conversations: getattr(conversations, method)(*args, **kwargs)


def _fail(count: int, status: int, **options: Any) -> Callable[[AttentionStandIn], None]:
    return lambda server: server.fail_next(count, status, **options)


def walk_ids(**filters: Any) -> Callable[[Any], Any]:
    """Every conversation id the list yields (a coroutine on the async client)."""

    def call(conversations: Any) -> Any:
        result = conversations.list(**filters)
        if isinstance(result, AsyncPaginator):

            async def collect() -> list[str]:
                return [c.id async for c in result]

            return collect()
        return [c.id for c in result]

    return call


def _titled(title: str) -> Callable[[Any], object]:
    def check(conv: Any) -> None:
        assert isinstance(conv, Conversation), conv
        assert conv.attributes.title == title, conv.attributes.title

    return check


def _labelled(labels: dict[str, str]) -> Callable[[Any], object]:
    def check(conv: Any) -> None:
        assert isinstance(conv, Conversation), conv
        assert conv.attributes.labels == labels

    return check


def _conversation(conversation_id: str = CONVERSATION_ID) -> Callable[[Any], object]:
    def check(conv: Any) -> None:
        assert isinstance(conv, Conversation), conv
        assert conv.id == conversation_id

    return check


def _page(count: int, total: int) -> Callable[[Any], object]:
    def check(page: Any) -> None:
        assert len(page.items) == count, page
        assert page.total == total, page
        assert all(isinstance(c, Conversation) for c in page.items)

    return check


def _all_distinct(count: int) -> Callable[[Any], object]:
    def check(ids: Any) -> None:
        assert len(ids) == count, len(ids)
        assert len(set(ids)) == count

    return check


def _attribute(name: str, value: Any) -> Callable[[Any], object]:
    def check(result: Any) -> None:
        assert getattr(result, name) == value, result

    return check


def _import_metadata(conversation_id: str, application: str) -> Callable[[Any], object]:
    def check(conv: Any) -> None:
        assert conv.id == conversation_id, conv.id
        assert conv.attributes.import_metadata["applicationName"] == application

    return check


def _privacy_toggled(conv: Any) -> None:
    assert isinstance(conv, Conversation)
    assert conv.attributes.private is True  # the seeded conversation was public


def _linked(conv: Any) -> None:
    assert isinstance(conv, Conversation)
    records = conv.attributes.linked_crm_records
    assert records
    assert [(r.id, r.code) for r in records] == [("deal-42", "deals")]


def _archived(conv: Any) -> None:
    assert isinstance(conv, Conversation)
    assert conv.attributes.archived is True


def _imported(result: Any) -> None:
    assert isinstance(result.uuid, str)
    assert result.uuid


def _filtered_page(page: Any) -> None:
    _page(5, page.total)(page)
    assert isinstance(page.total, int)
    assert 5 < page.total < SEEDED  # internal conversations were left out
    assert not any(c.attributes.is_internal for c in page.items)


def _upload_url(result: Any) -> None:
    assert result.url.startswith("https://")
    assert result.download_url
    assert result.key


IMPORT = {
    "media_url": "https://media.example.com/recordings/call-42.mp3",
    "user_id": "user-uuid-456",
    "application_name": "Dialer",
    "application_external_id": "dialer-call-42",
    "conversation_title": "Intro call with Acme",
    "conversation_started_at": datetime.datetime(2026, 11, 30, 15, 0, tzinfo=datetime.UTC),
    "headers": [{"key": "X-Media-Token", "value": "media-token-1"}],
    "skip_scorecard_calculation": True,
    "external_metadata": {
        "participants": [{"email": "jane@acme.com", "name": "Jane Buyer", "organizer": True}]
    },
}
# Seeded by the stand-in: conversations conv-0001 ... imported with ext-0001 ...
SEEDED = 122  # the two documented examples and 120 generated ones
EXTERNAL_ID, EXTERNAL_CONVERSATION = "ext-0001", "conv-0001"

SCENARIOS = [
    # update: every body shape, and the error and retry cases
    Scenario("update-title", _update(title="Q4 review"), expect=_titled("Q4 review")),
    Scenario(
        "update-labels",
        _update(labels={"deal_stage": "negotiation"}),
        expect=_labelled({"deal_stage": "negotiation"}),
    ),
    Scenario(
        "update-title-and-labels",
        _update(title="Q4 review", labels={"priority": "high"}),
        expect=_labelled({"priority": "high"}),
    ),
    Scenario(
        "error-400",
        _update(title="Q4 review"),
        expect_error=BadRequestError,
        prime=_fail(1, 400, body=b'{"message": "Invalid title"}'),
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
        expect=_titled("Q4 review"),
        expect_requests=2,
        expect_sleeps=(1.0,),
        prime=_fail(1, 429, retry_after="1"),
    ),
    Scenario(
        "retry-503-exhausted",
        _update(title="Q4 review"),
        expect_error=InternalServerError,
        expect_requests=3,
        prime=_fail(3, 503),
    ),
    # list: one page with filters, a retried page, and a whole walk
    Scenario(
        "list-ok",
        _on("list", size=5, filter_hide_internal=True),
        expect=_filtered_page,
    ),
    Scenario(
        "list-429-then-200",
        _on("list", size=10, page=2),
        expect=_page(10, SEEDED),
        expect_requests=2,
        expect_sleeps=(1.0,),
        prime=_fail(1, 429, retry_after="1"),
    ),
    Scenario(
        "list-walk-3-pages",
        walk_ids(size=50),
        expect=_all_distinct(SEEDED),
        expect_requests=3,
        expect_retries=0,
    ),
    # the original list: the same pages, and what most public scripts call
    Scenario(
        "list_full-ok",
        _on("list_full", size=5, filter_title="acme", filter_hide_pending=True),
        expect=_page(5, 8),  # 7 Acme calls not pending, and the docs' example
    ),
    Scenario(
        # the window as the live API takes it there: UTC, Z, whole seconds, never narrowed
        "list_full-window",
        _on(
            "list_full",
            size=5,
            from_date_time=datetime.datetime(2024, 3, 1, 1, 30, 0, 250000, tzinfo=PARIS),
            to_date_time=datetime.datetime(2024, 3, 20, 12, 0, 0, 1, tzinfo=datetime.UTC),
        ),
        expect=_page(5, 19),
    ),
    Scenario(
        "list_full-503-then-200",
        _on("list_full", size=3, page=2),
        expect=_page(3, SEEDED),
        expect_requests=2,
        prime=_fail(1, 503),
    ),
    Scenario("retrieve-ok", _on("retrieve", CONVERSATION_ID), expect=_conversation()),
    Scenario(
        # by=external_id: the path names the import's external id (public code's lookup)
        "retrieve-by-external-id-with-import-metadata",
        _on("retrieve", EXTERNAL_ID, by="external_id", filter_include_import_metadata=True),
        expect=_import_metadata(EXTERNAL_CONVERSATION, "Dialer"),
    ),
    Scenario("retrieve-404", _on("retrieve", "conv-does-not-exist"), expect_error=NotFoundError),
    Scenario(
        "retrieve_by_external_id-ok",
        _on("retrieve_by_external_id", EXTERNAL_ID),
        expect=_attribute("conversation_id", EXTERNAL_CONVERSATION),
    ),
    Scenario(
        "retrieve_by_external_id-404",
        _on("retrieve_by_external_id", "ext-never-imported"),
        expect_error=NotFoundError,
    ),
    Scenario(
        "archive-ok",
        _on("archive", CONVERSATION_ID),
        expect=_archived,
    ),
    Scenario(
        "archive-503-then-200",
        _on("archive", CONVERSATION_ID),
        expect=_conversation(),
        expect_requests=2,
        prime=_fail(1, 503),
    ),
    Scenario(
        "update_title-ok",
        _on("update_title", CONVERSATION_ID, title="Renewal call"),
        expect=_titled("Renewal call"),
    ),
    Scenario(
        "update_title-400",
        _on("update_title", CONVERSATION_ID, title=""),
        expect_error=BadRequestError,
        prime=_fail(1, 400, body=b'{"message": "title must not be empty"}'),
    ),
    Scenario(
        "update_labels-ok",
        _on("update_labels", CONVERSATION_ID, labels={"stage": "won"}, skip_analysis=True),
        expect=_labelled({"stage": "won"}),
    ),
    Scenario(
        "update_labels-500-exhausted",
        _on("update_labels", CONVERSATION_ID, labels={"stage": "won"}),
        expect_error=InternalServerError,
        expect_requests=3,
        prime=_fail(3, 500),
    ),
    Scenario("change_privacy-ok", _on("change_privacy", CONVERSATION_ID), expect=_privacy_toggled),
    Scenario(
        # A toggle is not resent once it may have been applied: one request, no retry.
        "change_privacy-503-not-retried",
        _on("change_privacy", CONVERSATION_ID),
        expect_error=InternalServerError,
        prime=_fail(1, 503),
    ),
    Scenario(
        "update_linked_crm_records-ok",
        _on(
            "update_linked_crm_records",
            CONVERSATION_ID,
            linked_crm_records=[{"id": "deal-42", "code": "deals"}],
        ),
        expect=_linked,
    ),
    Scenario(
        "update_linked_crm_records-404",
        _on("update_linked_crm_records", "conv-does-not-exist", linked_crm_records=[]),
        expect_error=NotFoundError,
    ),
    Scenario("import-ok", _on("import_", **IMPORT), expect=_imported),
    Scenario(
        # POST without an idempotency key: a 503 is not resent (it may have been imported).
        "import-503-not-retried",
        _on("import_", **IMPORT),
        expect_error=InternalServerError,
        prime=_fail(1, 503),
    ),
    Scenario("get_upload_url-ok", _on("get_upload_url"), expect=_upload_url),
    Scenario(
        "get_upload_url-502-then-200",
        _on("get_upload_url"),
        expect=_upload_url,
        expect_requests=2,
        prime=_fail(1, 502),
    ),
]


# --- one success and one failure per operation, derived from the spec --------------------
#
# The valid request of each operation comes from the spec and the stand-in's seed, not
# from a table: the path names items the seeded stand-in holds (example_path), required
# query parameters and the body come from the spec's examples (else are built from its
# schemas). So an operation added to the spec is recorded by `make cassettes` and
# replayed here with no hand-written line.


def _seeded_paths() -> dict[str, str]:
    """operationId -> a path naming seeded items (the stand-in is deterministic)."""
    server = AttentionStandIn(api_key=RECORDING_KEY)  # never started: its seed is enough
    return {op.operation_id: server.example_path(op.operation_id) for op in TABLE}


def _argument(parameter: Any, value: Any) -> Any:
    if parameter.kind == "datetime" and isinstance(value, str):
        return datetime.datetime.fromisoformat(value.replace("Z", "+00:00"))
    return value


def _example_arguments(op: Any, path: str) -> tuple[list[str], dict[str, Any]]:
    """The positional and keyword arguments of a good call of ``op``."""
    template = re.sub(r"\\{(\w+)\\}", r"(?P<\1>[^/]+)", re.escape(op.path))
    found = re.fullmatch(template, path.removeprefix("/v2"))
    assert found is not None, (op.path, path)
    args = [unquote(value) for value in found.groups()]
    spec_op = SPEC["paths"][op.path][op.http_method.lower()]
    schemas = SPEC["components"]["schemas"]
    kwargs: dict[str, Any] = {}
    body = spec_op.get("requestBody")
    example = {}
    if body is not None:
        media = body["content"]["application/json"]
        example = media.get("example") or build_example(media["schema"], schemas)
    params = {p["name"]: p for p in map(_parameter, spec_op.get("parameters", []))}
    for parameter in op.parameters:
        if parameter.location == "body" and parameter.wire in example:
            kwargs[parameter.name] = _argument(parameter, example[parameter.wire])
        elif parameter.location == "query" and parameter.required:
            schema = params[parameter.wire]["schema"]
            value = params[parameter.wire].get("example", build_example(schema, schemas))
            kwargs[parameter.name] = _argument(parameter, value)
    return args, kwargs


def _parameter(node: dict[str, Any]) -> dict[str, Any]:
    if "$ref" in node:
        found: dict[str, Any] = SPEC["components"]["parameters"][node["$ref"].rsplit("/", 1)[1]]
        return found
    return node


def _on_group(op: Any, args: list[str], kwargs: dict[str, Any]) -> Callable[[Any], Any]:
    """Calls the operation's method; the scenario is handed client.conversations."""

    def call(conversations: Any) -> Any:
        group = conversations._client
        for attribute in op.group:
            group = getattr(group, attribute)
        result = getattr(group, op.method)(*args, **kwargs)
        if isinstance(result, AsyncPaginator | AsyncOffsetPaginator):
            return _first_page(result)
        return result

    return call


async def _first_page(paginator: Any) -> Any:
    return await paginator


def _answered(op: Any) -> Callable[[Any], object]:
    """The answer is what the method says it returns."""

    def check(result: Any) -> None:
        if op.returns == "None":
            assert result is None, result
        elif op.pagination is not None:
            assert isinstance(result, BasePage), result
            assert result.items, "the seeded stand-in has items to list"
        elif op.returns.startswith("builtins.list["):
            assert isinstance(result, list), result
        else:
            assert type(result).__name__ == op.returns, (type(result), op.returns)

    return check


def operation_scenarios() -> list[Scenario]:
    paths = _seeded_paths()
    scenarios = []
    for op in TABLE:
        args, kwargs = _example_arguments(op, paths[op.operation_id])
        call = _on_group(op, args, kwargs)
        name = f"op-{op.operation_id}"
        scenarios.append(Scenario(f"{name}-ok", call, expect=_answered(op)))
        scenarios.append(
            Scenario(
                f"{name}-500",
                call,
                expect_error=InternalServerError,
                max_retries=0,
                prime=_fail(1, 500),
            )
        )
    return scenarios


SCENARIOS += operation_scenarios()


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
