"""The generated resource layer, checked against the spec it was generated from.

Every operation of openapi/attention.yaml must be a method on all four views (sync,
async, and their raw-response twins) with the same parameters; its builder must make
the documented request without sending it; its path parameters must refuse what would
step out of their place in the URL; and retries must follow its idempotency.
"""

from __future__ import annotations

import ast
import asyncio
import datetime
import inspect
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx
import pytest
from attention_sdk import (
    APIConnectionError,
    InternalServerError,
    resources,
)
from attention_sdk._pagination import AsyncOffsetPaginator, AsyncPaginator
from attention_sdk.resources import conversations
from attention_sdk.resources._operations import GROUPS

from ..conftest import ROOT, load_example
from ..support.harness import mock_client
from ..support.operations import (
    GEN,
    IDS,
    OPERATIONS,
    OPTIONS,
    as_sent,
    body_schema,
    four_views,
    parameters_of,
    refusing_clients,
    required_arguments,
    resource_builder,
)


@pytest.mark.parametrize(("group", "name", "method", "path", "op"), OPERATIONS, ids=IDS)
def test_every_operation_is_on_all_four_views_with_the_same_parameters(
    group: tuple[str, ...], name: str, method: str, path: str, op: dict[str, Any]
) -> None:
    views = four_views(group)
    signatures = {label: inspect.signature(getattr(view, name)) for label, view in views.items()}
    reference = list(signatures["sync"].parameters.values())
    for label, signature in signatures.items():
        assert list(signature.parameters.values()) == reference, label
    # Path parameters are positional; everything else is keyword-only.
    kinds = {p.name: p.kind for p in reference}
    for param in parameters_of(op):
        python = GEN.python_name(param["name"], "")
        expected = (
            inspect.Parameter.POSITIONAL_OR_KEYWORD
            if param["in"] == "path"
            else inspect.Parameter.KEYWORD_ONLY
        )
        assert kinds[python] == expected, python
    assert list(kinds)[-5:] == list(OPTIONS)
    # The spec's summary is the first line of every view's docstring.
    for label, view in views.items():
        doc = inspect.getdoc(getattr(view, name)) or ""
        assert doc.startswith(op["summary"]), label
        assert f"{method} {path}" in doc, label
    # Async: a coroutine, except a paginated list, which returns an AsyncPaginator.
    paginated = "x-sdk-pagination" in op
    assert inspect.iscoroutinefunction(getattr(views["async"], name)) is not paginated
    assert inspect.iscoroutinefunction(getattr(views["async raw"], name))
    if paginated:
        paginator = {"page_number": "AsyncPaginator[", "offset": "AsyncOffsetPaginator["}
        assert signatures["async"].return_annotation.startswith(paginator[op["x-sdk-pagination"]])


def test_the_views_have_no_method_the_spec_does_not_declare() -> None:
    declared: dict[tuple[str, ...], set[str]] = {group: set() for group in GROUPS}
    for group, name, *_ in OPERATIONS:
        declared[group].add(name)
    for group in GROUPS:  # a nested group is an attribute of its parent
        if len(group) > 1:
            declared[group[:-1]].add(group[-1])
    for group, names in declared.items():
        for label, view in four_views(group).items():
            public = {n for n in vars(type(view)) if not n.startswith("_")}
            assert public == names, label


def test_a_tag_becomes_a_client_attribute_made_once() -> None:
    clients = refusing_clients()
    for client in clients.values():
        assert client.conversations is client.conversations
        assert client.conversations._client is client


# --- the builders: the documented request, nothing sent ---------------------------------------


@pytest.mark.parametrize(("group", "name", "method", "path", "op"), OPERATIONS, ids=IDS)
def test_each_builder_makes_the_documented_request(
    group: tuple[str, ...], name: str, method: str, path: str, op: dict[str, Any]
) -> None:
    args, kwargs = required_arguments(op)
    call = resource_builder(name, group)(*args, **kwargs)
    assert call.method == method
    expected_path = path
    for param in parameters_of(op):
        if param["in"] == "path":
            expected_path = expected_path.replace(f"{{{param['name']}}}", quote(args[0], safe=""))
    assert call.path == expected_path
    body = body_schema(op)
    if body is None:
        assert call.json is None
    else:
        sent = {
            wire: as_sent(kwargs[GEN.python_name(wire, "")])
            for wire in body["properties"]
            if GEN.python_name(wire, "") in kwargs
        }
        assert call.json == sent
        assert call.headers == {"Content-Type": "application/json"}
    assert call.idempotent is op.get("x-sdk-idempotent", method in ("GET", "PUT", "DELETE"))


def test_query_parameters_are_sent_under_their_wire_names() -> None:
    since = datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC)
    call = resource_builder("list")(
        from_date_time=since,
        page=3,
        size=50,
        filter_title="Acme",
        filter_owner_email=["a@x.com", "b@x.com"],
        filter_crm_field_values=("v1",),
        filter_hide_internal=False,
    )
    assert call.params == {
        "fromDateTime": "2026-01-01T00:00:00Z",  # UTC, whole seconds, Z: what the API takes
        "page": 3,
        "size": 50,
        "filter[title]": "Acme",
        "filter[owner.email]": ["a@x.com", "b@x.com"],
        "filter[crm_field.values]": ["v1"],
        "filter[hide_internal]": False,
    }


@pytest.mark.parametrize(
    ("name", "keywords"),
    [
        (
            "import_",
            {"media_url", "user_id", "application_external_id", "skip_crm_fields_calculation"},
        ),
        (
            "list",
            {"from_date_time", "filter_title", "filter_owner_email", "filter_crm_field_values"},
        ),
        ("update_labels", {"labels", "skip_analysis"}),
        ("retrieve_by_external_id", {"external_id"}),
    ],
)
def test_names_follow_the_python_rules(name: str, keywords: set[str]) -> None:
    # camelCase becomes snake_case, filter[a.b] becomes filter_a_b, keywords get a "_".
    parameters = inspect.signature(getattr(conversations.Conversations, name)).parameters
    assert keywords <= parameters.keys()


def test_import_sends_every_documented_field() -> None:
    call = resource_builder("import")(
        media_url="https://media.example.com/call.mp3",
        user_id="user-1",
        application_name="Dialer",
        application_external_id="call-42",
        conversation_title="Intro call",
        conversation_started_at=datetime.datetime(2026, 2, 3, 4, 5, tzinfo=datetime.UTC),
        headers=[{"key": "Authorization", "value": "token"}],
        opportunity_id="opp-1",
        linked_crm_records=[{"id": "d-1", "code": "deals"}],
        skip_scorecard_calculation=True,
        skip_crm_fields_calculation=False,
        skip_opportunities_export=True,
        transcription_settings={"gladia": {"enableDiarization": True}},
        transcript={"v1": {"final": [{"speaker": "A", "sentence": "Hi"}]}},
        external_metadata={
            "participants": [{"email": "a@x.com", "accessType": "Internal", "organizer": True}],
            "extra": {"crm": {"stage": 2}},
        },
    )
    assert call.json == {
        "mediaURL": "https://media.example.com/call.mp3",
        "userID": "user-1",
        "applicationName": "Dialer",
        "applicationExternalID": "call-42",
        "conversationTitle": "Intro call",
        "conversationStartedAt": "2026-02-03T04:05:00Z",
        "headers": [{"key": "Authorization", "value": "token"}],
        "opportunityID": "opp-1",
        "linkedCrmRecords": [{"id": "d-1", "code": "deals"}],
        "skipScorecardCalculation": True,
        "skipCRMFieldsCalculation": False,
        "skipOpportunitiesExport": True,
        "transcriptionSettings": {"gladia": {"enableDiarization": True}},
        "transcript": {"v1": {"final": [{"speaker": "A", "sentence": "Hi"}]}},
        "externalMetadata": {
            "participants": [{"email": "a@x.com", "accessType": "Internal", "organizer": True}],
            "extra": {"crm": {"stage": 2}},
        },
    }
    assert call.method == "POST"
    assert call.idempotent is False


def test_update_labels_sends_skip_analysis_only_when_given() -> None:
    assert resource_builder("update_labels")("c", labels={"a": "b"}).json == {"labels": {"a": "b"}}
    with_flag = resource_builder("update_labels")("c", labels={}, skip_analysis=False)
    assert with_flag.json == {"labels": {}, "skip_analysis": False}


# --- bad arguments: a clear error naming the argument, nothing sent ---------------------------

HOSTILE_PATH_VALUES = [
    ("", ValueError),
    ("   ", ValueError),
    (".", ValueError),
    ("..", ValueError),
    ("x" * 513, ValueError),
    (123, TypeError),
    (None, TypeError),
    (b"conv", TypeError),
]
PATH_OPERATIONS = [o for o in OPERATIONS if any(p["in"] == "path" for p in parameters_of(o[4]))]


def _run(view: Any, method: str, /, *args: Any, **kwargs: Any) -> Any:
    result = getattr(view, method)(*args, **kwargs)
    if isinstance(result, AsyncPaginator | AsyncOffsetPaginator):
        return asyncio.run(_await(result))
    if inspect.iscoroutine(result):
        return asyncio.run(result)
    return result


async def _await(paginator: AsyncPaginator[Any] | AsyncOffsetPaginator[Any]) -> Any:
    return await paginator


@pytest.mark.parametrize(("value", "error"), HOSTILE_PATH_VALUES)
@pytest.mark.parametrize(
    ("group", "name", "method", "path", "op"),
    PATH_OPERATIONS,
    ids=[".".join([*g, n]) for g, n, *_ in PATH_OPERATIONS],
)
def test_every_path_parameter_refuses_hostile_values(
    group: tuple[str, ...],
    name: str,
    method: str,
    path: str,
    op: dict[str, Any],
    value: object,
    error: type[Exception],
) -> None:
    # Each path parameter in turn, the others valid.
    params = [p for p in parameters_of(op) if p["in"] == "path"]
    _, kwargs = required_arguments(op)
    for position, param in enumerate(params):
        python = GEN.python_name(param["name"], "")
        args = ["ok"] * len(params)
        args[position] = value  # type: ignore[call-overload]
        for view in four_views(group).values():
            with pytest.raises(error, match=f"^{python} must"):
                _run(view, name, *args, **kwargs)


@pytest.mark.parametrize(
    ("name", "args", "kwargs", "error", "message"),
    [
        ("list", (), {"size": 51}, ValueError, "size must be at most 50"),
        ("list", (), {"size": 0}, ValueError, "size must be at least 1"),
        ("list", (), {"page": 0}, ValueError, "page must be at least 1"),
        ("list", (), {"page": "2"}, TypeError, "page must be an int"),
        ("list", (), {"size": True}, TypeError, "size must be an int"),
        (
            "list",
            (),
            {"filter_owner_email": "a@x.com"},
            TypeError,
            "filter_owner_email must be a list",
        ),
        (
            "list",
            (),
            {"filter_owner_email": ["a", 1]},
            TypeError,
            r"filter_owner_email\[1\] must be a str",
        ),
        ("list", (), {"filter_crm_field_values": ["v"] * 11}, ValueError, "at most 10 items"),
        (
            "list",
            (),
            {"filter_hide_internal": "yes"},
            TypeError,
            "filter_hide_internal must be a bool",
        ),
        (
            "list",
            (),
            {"from_date_time": "2026-01-01"},
            TypeError,
            "from_date_time must be a datetime",
        ),
        (
            "list",
            (),
            {"from_date_time": datetime.datetime(2026, 1, 1)},
            ValueError,
            "from_date_time must be timezone-aware",
        ),
        ("update_title", ("c",), {"title": None}, TypeError, "title must be a str"),
        ("update_labels", ("c",), {"labels": {"a": 1}}, TypeError, r"labels\['a'\] must be a str"),
        ("update_labels", ("c",), {"labels": {}, "skip_analysis": 1}, TypeError, "skip_analysis"),
        ("import_", (), {"media_url": 1, "user_id": "u"}, TypeError, "media_url must be a str"),
        (
            "import_",
            (),
            {"media_url": "m", "user_id": "u", "headers": [{"key": "a"}]},
            ValueError,
            r"headers\[0\] is missing 'value'",
        ),
        (
            "import_",
            (),
            {"media_url": "m", "user_id": "u", "headers": [{"key": "a", "value": "b", "x": 1}]},
            ValueError,
            r"headers\[0\] has an unknown key 'x'",
        ),
        (
            "import_",
            (),
            {
                "media_url": "m",
                "user_id": "u",
                "external_metadata": {"participants": [{"organizer": "y"}]},
            },
            TypeError,
            r"external_metadata\['participants'\]\[0\]\['organizer'\] must be a bool",
        ),
        (
            "import_",
            (),
            {"media_url": "m", "user_id": "u", "transcript": {"v1": object()}},
            TypeError,
            r"transcript\['v1'\] must be a JSON value",
        ),
        (
            "update_linked_crm_records",
            ("c",),
            {"linked_crm_records": [{"id": "1"}]},
            ValueError,
            r"linked_crm_records\[0\] is missing 'code'",
        ),
    ],
)
def test_bad_arguments_are_refused_before_sending(
    name: str, args: tuple[Any, ...], kwargs: dict[str, Any], error: type[Exception], message: str
) -> None:
    for view in four_views(("conversations",)).values():
        with pytest.raises(error, match=message):
            _run(view, name, *args, **kwargs)


def test_a_missing_required_keyword_is_a_type_error_naming_it() -> None:
    for view in four_views(("conversations",)).values():
        with pytest.raises(TypeError, match="title"):
            _run(view, "update_title", "c")


# --- retries follow idempotency ----------------------------------------------------------------


def _counting(responses: Callable[[int], httpx.Response]) -> tuple[list[httpx.Request], Any]:
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return responses(len(sent))

    return sent, handler


CONVERSATION = load_example("docs_new_conversation")


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize(
    ("name", "args", "kwargs", "retried"),
    [
        ("archive", ("c",), {}, True),
        ("update_title", ("c",), {"title": "t"}, True),
        ("change_privacy", ("c",), {}, False),  # a toggle: a resend would switch it back
        ("import_", (), {"media_url": "m", "user_id": "u"}, False),  # POST, no idempotency key
    ],
)
def test_an_answered_request_is_resent_only_when_that_is_harmless(
    mode: str, name: str, args: tuple[Any, ...], kwargs: dict[str, Any], retried: bool
) -> None:
    body = {"uuid": "u-1"} if name == "import_" else CONVERSATION
    sent, handler = _counting(
        lambda n: httpx.Response(503) if n == 1 else httpx.Response(200, json=body)
    )
    client = mock_client(mode, handler)
    if retried:
        _run(client.conversations, name, *args, **kwargs)
        assert len(sent) == 2
    else:
        with pytest.raises(InternalServerError):
            _run(client.conversations, name, *args, **kwargs)
        assert len(sent) == 1


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize(
    ("error", "retried"),
    [
        (httpx.ConnectError("refused"), True),  # nothing reached the server
        (httpx.ConnectTimeout("slow connect"), True),
        (httpx.ReadTimeout("slow answer"), False),  # the server may have imported it
        (httpx.RemoteProtocolError("reset mid-answer"), False),
    ],
)
def test_an_import_is_resent_only_when_it_surely_never_arrived(
    mode: str, error: httpx.RequestError, retried: bool
) -> None:
    def respond(n: int) -> httpx.Response:
        if n == 1:
            raise error
        return httpx.Response(200, json={"uuid": "u-1"})

    sent, handler = _counting(respond)
    client = mock_client(mode, handler)
    if retried:
        result = _run(client.conversations, "import_", media_url="m", user_id="u")
        assert result.uuid == "u-1"
        assert len(sent) == 2
    else:
        with pytest.raises(APIConnectionError):
            _run(client.conversations, "import_", media_url="m", user_id="u")
        assert len(sent) == 1


def test_results_are_the_spec_models() -> None:
    answers = {
        "/v2/conversations/by-external-id/ext-1": {"conversation_id": "conv-1"},
        "/v2/conversations/upload-url": {
            "url": "https://u",
            "downloadUrl": "https://d",
            "key": "k",
        },
        "/v2/conversations/import": {"uuid": "u-1"},
    }
    client = mock_client("sync", lambda r: httpx.Response(200, json=answers[r.url.path]))
    assert client.conversations.retrieve_by_external_id("ext-1").conversation_id == "conv-1"
    upload = client.conversations.get_upload_url()
    assert (upload.url, upload.download_url, upload.key) == ("https://u", "https://d", "k")
    assert client.conversations.import_(media_url="https://d", user_id="u").uuid == "u-1"


# --- generated, and imported one way -------------------------------------------------------------

RESOURCE_FILES = sorted((ROOT / "overlay/attention_sdk/resources").glob("*.py"))


@pytest.mark.parametrize("path", RESOURCE_FILES, ids=lambda p: p.name)
def test_each_generated_file_says_so(path: Path) -> None:
    assert "Generated by `make gen`" in path.read_text()
    assert "Do not edit." in path.read_text()


@pytest.mark.parametrize("path", RESOURCE_FILES, ids=lambda p: p.name)
def test_resources_never_import_the_client(path: Path) -> None:
    tree = ast.parse(path.read_text())
    imported = {node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    assert not any(module.endswith("_client") and module.startswith(".") for module in imported)
    assert "attention_sdk._client" not in imported


def test_every_tag_module_is_exported_by_the_resources_package() -> None:
    tags = {group[0] for group, *_ in OPERATIONS}
    assert {p.stem for p in RESOURCE_FILES} == tags | {"__init__", "_operations"}
    for group in GROUPS:
        class_name = "".join(GEN.pascal_case(part) for part in group)
        for prefix in ("", "Async"):
            for suffix in ("", "WithRawResponse"):
                assert f"{prefix}{class_name}{suffix}" in resources.__all__


def test_raw_views_return_the_response_with_the_result() -> None:
    client = mock_client(
        "sync", lambda r: httpx.Response(200, json=CONVERSATION, headers={"x-trace": "1"})
    )
    raw = client.conversations.with_raw_response.archive("conv-uuid-123")
    assert raw.status_code == 200
    assert raw.headers["x-trace"] == "1"
    assert raw.parsed.id == CONVERSATION["id"]
    assert json.loads(raw.http_response.content) == CONVERSATION
