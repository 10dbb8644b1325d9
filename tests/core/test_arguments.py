"""What the methods take beyond the spec's own checks: None as "not given", the date-time
bounds, and the escape hatches extra_query and extra_body.

Every operation is covered from the spec (tests/support/operations.py's OPERATIONS), so an
operation added tomorrow is held to the same rules without a line here.
"""

from __future__ import annotations

import asyncio
import datetime
import inspect
import json
import pydoc
import re
from typing import Any

import httpx
import pytest
from attention_sdk import UNSET, AsyncAttention, Attention
from attention_sdk.resources import conversations

from ..support.harness import MODES, mock_client
from ..support.operations import (
    GEN,
    IDS,
    OPERATIONS,
    body_schema,
    four_views,
    group_view,
    parameters_of,
    required_arguments,
    resource_builder,
)

UTC = datetime.UTC
PARIS = datetime.timezone(datetime.timedelta(hours=1), "CET")


def _builder(name: str, group: tuple[str, ...] = ("conversations",)) -> Any:
    return resource_builder(name, group)


def _optional_keywords(op: dict[str, Any]) -> list[str]:
    names = [
        GEN.python_name(p["name"], "")
        for p in parameters_of(op)
        if p["in"] == "query" and not p.get("required")
    ]
    body = body_schema(op)
    if body is not None:
        required = set(body.get("required", []))
        names += [GEN.python_name(f, "") for f in body["properties"] if f not in required]
    return names


# --- None means not given --------------------------------------------------------------


@pytest.mark.parametrize(("group", "name", "method", "path", "op"), OPERATIONS, ids=IDS)
def test_none_leaves_every_optional_argument_out(
    group: tuple[str, ...], name: str, method: str, path: str, op: dict[str, Any]
) -> None:
    args, kwargs = required_arguments(op)
    # update needs one of its fields: the one given is not among those left out.
    optional = [name for name in _optional_keywords(op) if name not in kwargs]
    if not optional:
        pytest.skip("no optional argument")
    plain = _builder(name, group)(*args, **kwargs)
    with_nones = _builder(name, group)(*args, **kwargs, **dict.fromkeys(optional))
    assert with_nones == plain
    # The signature says so: every optional keyword defaults to None, not a sentinel.
    parameters = inspect.signature(getattr(four_views(group)["sync"], name)).parameters
    for keyword in optional:
        assert parameters[keyword].default is None, keyword


def test_help_shows_readable_defaults() -> None:
    # help() once showed `<attention_client.types.Unset object at 0x7f...>`.
    plain = pydoc.plaintext  # type: ignore[attr-defined]  # help()'s renderer, not in the stubs
    text = pydoc.render_doc(conversations.Conversations.list, renderer=plain)
    assert "object at 0x" not in text
    assert "filter_title: 'str | None' = None" in text
    assert repr(UNSET) == "UNSET"


@pytest.mark.parametrize("mode", MODES)
def test_none_per_call_options_mean_the_client_s(mode: str) -> None:
    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={"conversation_id": "c-1"})

    client = mock_client(mode, answer, timeout=7)
    result = client.conversations.retrieve_by_external_id(
        "ext-1", timeout=None, max_retries=None, extra_headers=None
    )
    if mode == "async":
        result = asyncio.run(result)
    assert result.conversation_id == "c-1"
    assert sent[0].extensions["timeout"]["read"] == 7


# --- date-times: UTC, whole seconds, bounds that never narrow ---------------------------


def _sent_instant(text: str) -> datetime.datetime:
    # UTC with Z and whole seconds, whatever the caller's zone: what the live API takes.
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", text), text
    return datetime.datetime.fromisoformat(text)


@pytest.mark.parametrize("name", ["list", "list_full"])
def test_date_bounds_go_out_in_utc_and_whole_seconds_never_narrowing(name: str) -> None:
    since = datetime.datetime(2026, 12, 6, 17, 33, 5, 116554, tzinfo=PARIS)
    until = datetime.datetime(2026, 12, 6, 18, 0, 0, 1, tzinfo=PARIS)
    params = _builder(name)(from_date_time=since, to_date_time=until).params
    low, high = _sent_instant(params["fromDateTime"]), _sent_instant(params["toDateTime"])
    assert low == datetime.datetime(2026, 12, 6, 16, 33, 5, tzinfo=UTC) <= since
    assert high == datetime.datetime(2026, 12, 6, 17, 0, 1, tzinfo=UTC) >= until
    # A whole second is sent as it is, on either side.
    exact = datetime.datetime(2026, 12, 6, 16, 0, 0, tzinfo=UTC)
    params = _builder(name)(from_date_time=exact, to_date_time=exact).params
    assert _sent_instant(params["fromDateTime"]) == _sent_instant(params["toDateTime"]) == exact


def test_the_docstrings_say_how_bounds_round() -> None:
    doc = inspect.getdoc(conversations.Conversations.list_full) or ""
    assert "rounded down, so the window never narrows" in doc
    assert "rounded up, so the window never narrows" in doc


@pytest.mark.parametrize("name", ["list", "list_full"])
def test_a_naive_date_time_is_refused_naming_it(name: str) -> None:
    with pytest.raises(ValueError, match="to_date_time must be timezone-aware"):
        _builder(name)(to_date_time=datetime.datetime(2026, 1, 1))


# --- extra_query and extra_body ---------------------------------------------------------


def test_extra_query_adds_parameters_as_httpx_sends_them() -> None:
    since = datetime.datetime(2026, 1, 2, 3, 4, 5, 600000, tzinfo=PARIS)
    call = _builder("retrieve")(
        "conv-1",
        extra_query={"flag": True, "n": 3, "tags": ("a", "b"), "at": since, "gone": None},
    )
    assert call.params == {"flag": True, "n": 3, "tags": ["a", "b"], "at": "2026-01-02T02:04:05Z"}
    request = httpx.Request("GET", "https://x.test/", params=call.params)
    assert request.url.query == b"flag=true&n=3&tags=a&tags=b&at=2026-01-02T02%3A04%3A05Z"


@pytest.mark.parametrize(
    ("extra", "error", "message"),
    [
        ({"filter[title]": "x"}, ValueError, r"extra_query\['filter\[title\]'\] .* filter_title="),
        ({"page": 2}, ValueError, r"extra_query\['page'\] is a parameter .* page="),
        ({"x": {"a": 1}}, TypeError, r"extra_query\['x'\] must be a str, int"),
        ({"x": [object()]}, TypeError, r"extra_query\['x'\]\[0\]"),
        ({"x": float("nan")}, ValueError, r"extra_query\['x'\] must be a finite"),
        ({1: "x"}, TypeError, "extra_query keys must be str"),
        ([("x", "y")], TypeError, "extra_query must be a mapping"),
    ],
)
def test_bad_extra_query_is_refused_naming_it(
    extra: Any, error: type[Exception], message: str
) -> None:
    with pytest.raises(error, match=message):
        _builder("list")(extra_query=extra)


def test_extra_body_adds_fields_and_cannot_shadow_an_argument() -> None:
    call = _builder("update")("c-1", title="t", extra_body={"participants": [{"email": "a"}]})
    assert call.json == {"title": "t", "participants": [{"email": "a"}]}
    with pytest.raises(ValueError, match=r"extra_body\['title'\] is a field .* title="):
        _builder("update")("c-1", title="t", extra_body={"title": "u"})
    with pytest.raises(TypeError, match=r"extra_body\['x'\] must be a JSON value"):
        _builder("update")("c-1", title="t", extra_body={"x": {1, 2}})


def test_extra_body_is_the_body_of_an_operation_that_declares_none() -> None:
    call = _builder("change_privacy")("c-1", extra_body={"private": True})
    assert call.json == {"private": True}
    assert call.headers == {"Content-Type": "application/json"}
    assert _builder("change_privacy")("c-1").json is None


@pytest.mark.parametrize("mode", MODES)
def test_extras_are_sent_on_every_page_of_a_walk(mode: str) -> None:
    sent: list[httpx.Request] = []
    item = {"type": "conversations", "id": "c", "attributes": {}}

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        page = int(request.url.params["page"])
        data = [{**item, "id": f"c-{page}"}] if page < 3 else []
        return httpx.Response(200, json={"data": data, "links": {"related": "next"}})

    client = mock_client(mode, answer)
    walk = client.conversations.list_full(size=1, page=1, extra_query={"withFoo": "yes"})
    if mode == "sync":
        ids = [c.id for c in walk]
    else:

        async def collect() -> list[str]:
            return [c.id async for c in walk]

        ids = asyncio.run(collect())
    assert ids == ["c-1", "c-2"]
    assert [r.url.params.get_list("withFoo") for r in sent] == [["yes"]] * 3
    assert [r.url.params["page"] for r in sent] == ["1", "2", "3"]


def test_every_method_of_both_clients_takes_the_escape_hatches() -> None:
    for client_class in (Attention, AsyncAttention):
        client = client_class(api_key="k")
        for group, name, *_ in OPERATIONS:
            resource = group_view(client, group)
            for view in (resource, resource.with_raw_response):
                parameters = inspect.signature(getattr(view, name)).parameters
                assert {"extra_query", "extra_body", "extra_headers"} <= parameters.keys()


@pytest.mark.parametrize("mode", MODES)
def test_extra_body_goes_out_as_json(mode: str) -> None:
    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        request.read()
        sent.append(request)
        return httpx.Response(200, json={"uuid": "u-1"})

    client = mock_client(mode, answer)
    result = client.conversations.import_(
        media_url="https://m.test/a.mp3", user_id="u", extra_body={"newField": [1, None]}
    )
    if mode == "async":
        result = asyncio.run(result)
    assert json.loads(sent[0].content) == {
        "mediaURL": "https://m.test/a.mp3",
        "userID": "u",
        "newField": [1, None],
    }
