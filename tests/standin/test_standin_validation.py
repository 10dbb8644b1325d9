"""The stand-in refuses what the spec does not declare (attention_sdk/testing/_validate.py
and _schema.py), and a test can accept named extras.

- On every operation of the spec (read from openapi/attention.yaml, so an operation added
  there is tested here too): an unknown query parameter is a 400 naming it and the ones
  the operation takes; a body is refused where none is declared; where one is, a missing
  body, one that is not JSON and an unknown top-level field are refused.
- Each kind of malformed value and body, on a small spec of this module's that uses
  every keyword the validator interprets (so a keyword the real spec gains, such as a
  ``pattern`` on a date-time parameter, is already covered), and the keywords and
  parameter styles the validator refuses when a spec is loaded.
- accept_extra(): only the names given, until reset(), recorded and ignored.
- The body validator against jsonschema's Draft202012Validator, on valid bodies that
  hypothesis generates from each body schema (the spec's and the small spec's) and on
  variants of them that differ in one place: both must accept and refuse the same ones.

One stand-in for the module; the validator's own tests compile specs with no server.
"""

from __future__ import annotations

import copy
import json
import math
import re
from collections.abc import Callable, Iterator, Mapping
from typing import Any
from urllib.parse import quote

import httpx
import jsonschema  # type: ignore[import-untyped]  # ships no type information
import pytest
from attention_sdk import Attention, BadRequestError, RetryPolicy
from attention_sdk.testing import AttentionStandIn
from attention_sdk.testing._conversations import HOOKS
from attention_sdk.testing._plan import read_plan
from attention_sdk.testing._routes import Router
from attention_sdk.testing._schema import BadRequest, Compiler, SpecError
from attention_sdk.testing._validate import (
    Operation,
    load_operations,
    spec_document,
    spec_operations,
)
from hypothesis import Phase, given, settings
from hypothesis import strategies as st

from ..support.keys import KEY
from ..support.standin_calls import target as good_target
from ..support.strategies import JSON_SCALARS, KEYS, SENT_DATETIMES, TEXT, load_spec

SPEC = load_spec()
METHODS = ("get", "put", "post", "delete", "patch")
OPERATIONS = [
    (method.upper(), path)
    for path, item in SPEC["paths"].items()
    for method in item
    if method in METHODS
]
NOT_DECLARED = "notDeclaredAnywhere"  # no name the spec is likely to gain


def spec_operation(method: str, path: str) -> dict[str, Any]:
    operation: dict[str, Any] = SPEC["paths"][path][method.lower()]
    return operation


def query_names(method: str, path: str) -> list[str]:
    """The query parameters the spec declares for the operation, $refs followed."""
    declared = [
        *SPEC["paths"][path].get("parameters", []),
        *spec_operation(method, path).get("parameters", []),
    ]
    names = []
    for param in declared:
        if "$ref" in param:
            param = SPEC["components"]["parameters"][param["$ref"].rsplit("/", 1)[1]]
        if param["in"] == "query":
            names.append(param["name"])
    return names


def body_schema(method: str, path: str) -> dict[str, Any] | None:
    body = spec_operation(method, path).get("requestBody")
    if body is None:
        return None
    schema: dict[str, Any] = body["content"]["application/json"]["schema"]
    return schema


def top_level(schema: Mapping[str, Any]) -> Mapping[str, Any]:
    while "$ref" in schema:
        schema = SPEC["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]]
    return schema


def url(path: str, values: Callable[[str], str]) -> str:
    return "/v2" + re.sub(r"\{([^}]+)\}", lambda m: quote(values(m[1]), safe=""), path)


def label(operation: tuple[str, str]) -> str:
    return " ".join(operation)


WITH_BODY = [op for op in OPERATIONS if body_schema(*op) is not None]
WITHOUT_BODY = [op for op in OPERATIONS if body_schema(*op) is None]


@pytest.fixture(scope="module")
def shared() -> Iterator[AttentionStandIn]:
    with AttentionStandIn(api_key=KEY) as server:
        yield server


@pytest.fixture
def server(shared: AttentionStandIn) -> AttentionStandIn:
    shared.reset()
    return shared


# The clients last the module too: making one costs more than the requests of a test.
@pytest.fixture(scope="module")
def http(shared: AttentionStandIn) -> Iterator[httpx.Client]:
    headers = {"Authorization": f"Bearer {KEY}"}
    with httpx.Client(base_url=shared.base_url.removesuffix("/v2"), headers=headers) as client:
        yield client


@pytest.fixture(scope="module")
def client(shared: AttentionStandIn) -> Iterator[Attention]:
    with Attention(
        api_key=KEY, base_url=shared.base_url, retry_policy=RetryPolicy.instant()
    ) as attention:
        yield attention


def refusal(response: httpx.Response) -> str:
    assert response.status_code == 400, response.text
    body = response.json()
    assert body["code"] == "bad_request"
    message: str = body["message"]
    return message


# Every operation of the spec


def test_the_operations_are_read_from_the_spec() -> None:
    assert len(OPERATIONS) >= 11
    assert set(spec_operations()) == set(OPERATIONS)
    assert WITH_BODY
    assert WITHOUT_BODY


@pytest.mark.parametrize("operation", OPERATIONS, ids=label)
def test_every_operation_refuses_an_unknown_query_parameter_naming_it(
    server: AttentionStandIn, http: httpx.Client, operation: tuple[str, str]
) -> None:
    method, path = operation
    before = server.conversation_ids()
    # Parameters are checked before any lookup, so the path need not name anything.
    target = url(path, lambda name: "anything") + f"?{NOT_DECLARED}=1"
    message = refusal(http.request(method, target))
    assert message.startswith(f"Unknown query parameter '{NOT_DECLARED}': {method} {path} takes ")
    takes = query_names(method, path)
    listed = message.split(" takes ", 1)[1]
    assert listed.startswith(", ".join(takes) if takes else "none")
    assert "accept_extra" in message  # how a test can allow it
    assert server.conversation_ids() == before
    assert server.write_counts() == {}


@pytest.mark.parametrize("operation", WITHOUT_BODY, ids=label)
def test_every_operation_without_a_body_refuses_one(
    server: AttentionStandIn, http: httpx.Client, operation: tuple[str, str]
) -> None:
    method, path = operation
    before = server.conversation_ids()
    target = good_target(server, SPEC, method, path)  # past the route's 404, to the body
    for body in (b"{}", b"null", b"x"):
        assert refusal(http.request(method, target, content=body)).startswith(
            f"{method} {path} takes no body (the stand-in refuses what the spec does not"
        )
    assert server.conversation_ids() == before
    assert server.write_counts() == {}
    assert http.request(method, target).status_code < 300  # the same request without one


@pytest.mark.parametrize("operation", WITH_BODY, ids=label)
def test_every_operation_with_a_body_refuses_a_broken_one_naming_what_is_wrong(
    server: AttentionStandIn, http: httpx.Client, operation: tuple[str, str]
) -> None:
    method, path = operation
    target = good_target(server, SPEC, method, path)  # past the route's 404, to the body
    before = server.conversation_ids()
    broken = [(b"{", "The body is not JSON"), (b"NaN", "The body is not JSON")]
    broken.append((b"\xff{}", "The body is not JSON"))
    if spec_operation(method, path)["requestBody"].get("required"):
        broken.append((b"", f"{method} {path} needs a JSON body"))
    schema = body_schema(method, path)
    assert schema is not None
    if top_level(schema).get("additionalProperties") is False:
        broken.append((json.dumps({NOT_DECLARED: 1}).encode(), f"Unknown field '{NOT_DECLARED}'"))
    for body, named in broken:
        assert refusal(http.request(method, target, content=body)).startswith(named)
    assert server.conversation_ids() == before
    assert server.write_counts() == {}


# Each kind of malformed value and body, on a spec that uses every keyword interpreted

THING: dict[str, Any] = {
    "type": "object",
    "description": "Annotations change nothing.",
    "x-note": "nor do x- keys",
    "additionalProperties": False,
    "required": ["name"],
    "properties": {
        "name": {"type": "string", "pattern": "^[A-Z]", "example": "Xy"},
        "kind": {"enum": ["a", "b", 1]},
        "size": {"type": "integer", "minimum": 1, "maximum": 3},
        "weight": {"type": ["number", "null"], "maximum": 2.5},
        "when": {"type": "string", "format": "date-time"},
        "tags": {"type": "array", "maxItems": 2, "items": {"type": "string"}},
        "meta": {"type": "object", "minProperties": 1, "additionalProperties": {"type": "integer"}},
        "parts": {"type": "array", "items": {"$ref": "#/components/schemas/Thing"}},
        "open": {"title": "any JSON value", "deprecated": True, "examples": [1]},
    },
}
SMALL_SPEC: dict[str, Any] = {
    "paths": {
        "/things/{code}": {
            "parameters": [
                {
                    "name": "code",
                    "in": "path",
                    "required": True,
                    "schema": {"type": "string", "pattern": "^[a-z]+-[0-9]+$"},
                }
            ],
            "get": {
                "parameters": [
                    {"$ref": "#/components/parameters/Limit"},
                    {
                        "name": "since",
                        "in": "query",
                        "description": "UTC to the second, as the legacy list wants it",
                        "schema": {
                            "type": "string",
                            "format": "date-time",
                            "pattern": "^[^.]*Z$",
                        },
                    },
                    {"name": "flag", "in": "query", "schema": {"type": "boolean"}},
                    {
                        "name": "colour",
                        "in": "query",
                        "schema": {"type": "string", "enum": ["red", "green"]},
                    },
                    {
                        "name": "ids",
                        "in": "query",
                        "schema": {
                            "type": "array",
                            "maxItems": 2,
                            "items": {"type": "integer", "minimum": 0},
                        },
                    },
                    {"name": "must", "in": "query", "required": True, "schema": {"type": "string"}},
                    {"name": "offset", "in": "query", "schema": {"type": "integer", "minimum": -5}},
                ],
                "responses": {},
            },
            "put": {
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}
                    },
                },
                "responses": {},
            },
            "post": {
                "requestBody": {
                    "content": {
                        "application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}
                    }
                },
                "responses": {},
            },
        }
    },
    "components": {
        "parameters": {
            "Limit": {
                "name": "limit",
                "in": "query",
                "schema": {"type": "integer", "minimum": 1, "maximum": 10},
            }
        },
        "schemas": {"Thing": THING},
    },
}
SMALL = load_operations(SMALL_SPEC)
GET, PUT, POST = (SMALL[(method, "/things/{code}")] for method in ("GET", "PUT", "POST"))
NONE: frozenset[str] = frozenset()


def refused(read: Callable[[], Any]) -> str:
    with pytest.raises(BadRequest) as refusal:
        read()
    return str(refusal.value)


def test_declared_values_are_read_as_their_types() -> None:
    query = "must=&limit=10&flag=false&since=2024-01-31T23:59:59Z&colour=red&ids=0&ids=7&offset=-5"
    assert GET.read_query(query, NONE) == {
        "must": "",
        "limit": 10,
        "flag": False,
        "since": "2024-01-31T23:59:59Z",
        "colour": "red",
        "ids": [0, 7],
        "offset": -5,
    }
    assert GET.read_path({"code": "ab-12"}) == {"code": "ab-12"}


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("", "must is required"),
        ("must=1&limit=0", "limit must be an integer from 1 to 10, got 0"),
        ("must=1&limit=11", "limit must be an integer from 1 to 10, got 11"),
        ("must=1&limit=x", "limit must be an integer, got 'x'"),
        ("must=1&limit=%2B1", "limit must be an integer, got '+1'"),
        ("must=1&limit=1.0", "limit must be an integer, got '1.0'"),
        ("must=1&limit=%EF%BC%91", "limit must be an integer, got '\uff11'"),  # not ASCII
        ("must=1&limit=" + "9" * 5000, "limit must be an integer of fewer digits"),
        ("must=1&limit=1&limit=2", "limit must be given at most once, got 2 values"),
        ("must=1&offset=-6", "offset must be an integer >= -5, got -6"),
        ("must=1&flag=yes", "flag must be true or false, got 'yes'"),
        ("must=1&flag=True", "flag must be true or false, got 'True'"),
        ("must=1&flag=", "flag must be true or false, got ''"),
        ("must=1&since=2024-01-31", "since must be an RFC 3339 date-time"),
        ("must=1&since=2024-02-30T00:00:00Z", "since must be an RFC 3339 date-time"),
        ("must=1&since=2024-01-31T00:00:00.5Z", "since must match the pattern ^[^.]*Z$"),
        ("must=1&since=2024-01-31T00:00:00%2B00:00", "since must match the pattern"),
        ("must=1&colour=blue", 'colour must be one of "red", "green", got "blue"'),
        ("must=1&ids=1&ids=2&ids=3", "ids must have at most 2 items, got 3"),
        ("must=1&ids=1&ids=-1", "ids[1] must be an integer >= 0, got -1"),
        ("must=1&ids=a", "ids[0] must be an integer, got 'a'"),
        ("must=1&must=2", "must must be given at most once"),
        ("must=1&Must=2", "Unknown query parameter 'Must': GET /things/{code} takes limit,"),
        ("must=1&x=1&y=2", "Unknown query parameters 'x', 'y': GET /things/{code} takes "),
    ],
)
def test_malformed_parameters_are_refused_naming_them(query: str, message: str) -> None:
    assert refused(lambda: GET.read_query(query, NONE)).startswith(message)


def test_a_value_refused_is_shown_cut_short() -> None:
    message = refused(lambda: GET.read_query("must=1&colour=" + "z" * 5000, NONE))
    assert len(message) < 120


@pytest.mark.parametrize(
    ("text", "valid"),
    [
        ("https://hooks.example.com/attention?x=1", True),
        ("urn:isbn:0451450523", True),
        ("mailto:ana@example.com", True),
        ("not a uri", False),
        ("/relative/path", False),
        ("https://a b.example", False),
        ("1http://x.example", False),
        ("", False),
    ],
)
def test_a_uri_is_absolute_with_no_whitespace(text: str, valid: bool) -> None:
    check = Compiler({}).compile({"type": "string", "format": "uri"}, "#")
    if valid:
        check(text, "callback_url")
    else:
        with pytest.raises(BadRequest, match="callback_url must be an absolute URI such as"):
            check(text, "callback_url")


def test_path_parameters_meet_their_schema() -> None:
    assert refused(lambda: GET.read_path({"code": "AB-1"})).startswith(
        "code must match the pattern ^[a-z]+-[0-9]+$"
    )


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"", "PUT /things/{code} needs a JSON body"),
        (b"{", "The body is not JSON"),
        (b'{"name": NaN}', "The body is not JSON"),
        (b'{"name": Infinity}', "The body is not JSON"),
        (b"\xff", "The body is not JSON"),
        (b"[]", "The body must be a JSON object, got []"),
        (b"null", "The body must be a JSON object, got null"),
        (b"{}", "name is required"),
        (b'{"name": 5}', "name must be a string, got 5"),
        (b'{"name": "x"}', 'name must match the pattern ^[A-Z], got "x"'),
        (b'{"name": "X", "kind": "c"}', 'kind must be one of "a", "b", 1, got "c"'),
        (b'{"name": "X", "kind": true}', "kind must be one of"),  # true is not 1
        (b'{"name": "X", "size": 0}', "size must be an integer from 1 to 3, got 0"),
        (b'{"name": "X", "size": 2.5}', "size must be an integer, got 2.5"),
        (b'{"name": "X", "size": true}', "size must be an integer, got true"),
        (b'{"name": "X", "weight": "1"}', 'weight must be a number or null, got "1"'),
        (b'{"name": "X", "weight": 3}', "weight must be a number <= 2.5, got 3"),
        (b'{"name": "X", "when": "2024-13-01T00:00:00Z"}', "when must be an RFC 3339"),
        (b'{"name": "X", "when": "2024-01-01 00:00:00Z"}', "when must be an RFC 3339"),
        (b'{"name": "X", "when": "2024-01-01T00:00:00"}', "when must be an RFC 3339"),
        (b'{"name": "X", "when": "2024-01-01T00:00:00Z\\n"}', "when must be an RFC 3339"),
        (b'{"name": "X", "when": "0000-01-01T00:00:00Z"}', "when must be an RFC 3339"),
        (b'{"name": "X", "tags": ["a", "b", "c"]}', "tags must have at most 2 items, got 3"),
        (b'{"name": "X", "tags": ["a", 1]}', "tags[1] must be a string, got 1"),
        (b'{"name": "X", "meta": {}}', "meta must have at least 1 field"),
        (b'{"name": "X", "meta": {"a b": "x"}}', 'meta["a b"] must be an integer, got "x"'),
        (b'{"name": "X", "bogus": 1}', "Unknown field 'bogus' in the body: allowed are "),
        (b'{"name": "X", "a": 1, "b": 2}', "Unknown fields 'a', 'b' in the body"),
        (
            b'{"name": "X", "parts": [{"name": "Y", "parts": [{"nam": "Z"}]}]}',
            "Unknown field 'parts[0].parts[0].nam': allowed are name, kind, size,",
        ),
        (b'{"name": "X", "parts": [{"name": "Y", "parts": [{}]}]}', "parts[0].parts[0].name is"),
    ],
)
def test_malformed_bodies_are_refused_naming_the_field(body: bytes, message: str) -> None:
    assert refused(lambda: PUT.read_body(body, NONE)).startswith(message)


def test_bodies_that_meet_the_schema_are_returned_as_json() -> None:
    body = {
        "name": "X",
        "kind": 1.0,  # equal to 1
        "size": 3.0,  # an integer, as JSON Schema counts
        "weight": None,
        "when": "2024-02-29t12:00:00.123456789z",
        "tags": [],
        "meta": {"a b": 1},
        "parts": [{"name": "Y", "parts": []}],
        "open": [{"anything": None}],
    }
    assert PUT.read_body(json.dumps(body).encode(), NONE) == body
    assert POST.read_body(b"", NONE) is None  # the body is optional there


def test_extras_leave_the_top_level_of_the_body_and_only_the_names_given() -> None:
    extras = frozenset({"bogus", "name", "nested"})
    assert PUT.read_body(b'{"name": "X", "bogus": [1]}', extras) == {"name": "X"}
    # A declared name stays declared: checked as the spec says, and kept.
    assert refused(lambda: PUT.read_body(b'{"name": 5}', extras)).startswith("name must be")
    # Extras are top-level names: inside a field, the schema still decides.
    body = b'{"name": "X", "parts": [{"name": "Y", "nested": 1}]}'
    assert refused(lambda: PUT.read_body(body, extras)).startswith(
        "Unknown field 'parts[0].nested'"
    )
    assert refused(lambda: PUT.read_body(b'{"name": "X", "other": 1}', extras)).startswith(
        "Unknown field 'other'"
    )
    assert GET.read_query("must=1&withFoo=2", frozenset({"withFoo"})) == {"must": "1"}
    assert refused(lambda: GET.read_query("must=1&limit=x", frozenset({"limit"}))).startswith(
        "limit must be an integer"
    )


def _mutate(spec: dict[str, Any], change: Callable[[dict[str, Any]], None]) -> dict[str, Any]:
    changed = copy.deepcopy(spec)
    change(changed)
    return changed


def _thing(spec: dict[str, Any]) -> dict[str, Any]:
    thing: dict[str, Any] = spec["components"]["schemas"]["Thing"]
    return thing


def _get_parameters(spec: dict[str, Any]) -> list[dict[str, Any]]:
    parameters: list[dict[str, Any]] = spec["paths"]["/things/{code}"]["get"]["parameters"]
    return parameters


# What a spec may not ask of the validator: each is refused when the spec is loaded.
UNINTERPRETED: list[tuple[str, Callable[[dict[str, Any]], None], str]] = [
    (
        "minLength",
        lambda s: _thing(s)["properties"]["name"].update(minLength=1),
        r"Thing/properties/name: .* does not interpret minLength",
    ),
    (
        "anyOf",
        lambda s: _thing(s)["properties"].update(either={"anyOf": [{"type": "string"}]}),
        "does not interpret anyOf",
    ),
    ("default", lambda s: _thing(s)["properties"]["size"].update(default=1), "default"),
    ("nullable", lambda s: _thing(s).update(nullable=True), "nullable"),
    ("format email", lambda s: _thing(s)["properties"]["name"].update(format="email"), "email"),
    ("an unknown type", lambda s: _thing(s)["properties"]["name"].update(type="text"), "text"),
    (
        "a $ref elsewhere",
        lambda s: _thing(s)["properties"].update(far={"$ref": "other.yaml#/X"}),
        "other.yaml",
    ),
    ("prefixItems", lambda s: _thing(s)["properties"]["tags"].update(items=[{}]), "items"),
    ("a bad pattern", lambda s: _thing(s)["properties"]["name"].update(pattern="("), "pattern"),
    (
        "a header parameter",
        lambda s: _get_parameters(s).append({"name": "X-Id", "in": "header", "schema": {}}),
        "header parameters are not interpreted",
    ),
    (
        "comma-separated arrays",
        lambda s: _get_parameters(s)[4].update(style="form", explode=False),
        "ids: style 'form' with explode False is not interpreted",
    ),
    (
        "another style",
        lambda s: _get_parameters(s)[1].update(style="deepObject"),
        "since: style 'deepObject'",
    ),
    (
        "a parameter given by content",
        lambda s: _get_parameters(s)[1].update(content={"application/json": {}}),
        "does not interpret content",
    ),
    (
        "a parameter without a type",
        lambda s: _get_parameters(s).append({"name": "q", "in": "query", "schema": {}}),
        "q: its schema's type must be one of integer, boolean, string",
    ),
    (
        "a number parameter",
        lambda s: _get_parameters(s).append(
            {"name": "q", "in": "query", "schema": {"type": "number"}}
        ),
        "q: its schema's type must be one of",
    ),
    (
        "an array in the path",
        lambda s: s["paths"]["/things/{code}"]["parameters"][0].update(
            schema={"type": "array", "items": {"type": "string"}}
        ),
        "code: its schema's type must be one of",
    ),
    (
        "a path the parameters do not match",
        lambda s: s["paths"].update({"/things/{other}": s["paths"].pop("/things/{code}")}),
        "the path parameters do not match",
    ),
    (
        "a body that is not JSON",
        lambda s: s["paths"]["/things/{code}"]["put"]["requestBody"]["content"].update(
            {"text/plain": {}}
        ),
        "only an application/json body",
    ),
    (
        "a schema for a media type's encoding",
        lambda s: s["paths"]["/things/{code}"]["post"]["requestBody"]["content"][
            "application/json"
        ].update(encoding={}),
        "does not interpret encoding",
    ),
]


@pytest.mark.parametrize(
    ("change", "message"), [u[1:] for u in UNINTERPRETED], ids=[u[0] for u in UNINTERPRETED]
)
def test_a_spec_asking_what_is_not_interpreted_is_refused_when_loaded(
    change: Callable[[dict[str, Any]], None], message: str
) -> None:
    with pytest.raises(SpecError, match=message):
        load_operations(_mutate(SMALL_SPEC, change))


def test_openapi_s_default_styles_may_be_written_out() -> None:
    def explicit(spec: dict[str, Any]) -> None:
        for param in _get_parameters(spec)[1:]:
            param.update(style="form", explode=True)
        spec["paths"]["/things/{code}"]["parameters"][0].update(style="simple", explode=False)

    get = load_operations(_mutate(SMALL_SPEC, explicit))[("GET", "/things/{code}")]
    assert get.read_query("must=1&ids=1&ids=2", NONE) == {"must": "1", "ids": [1, 2]}


def test_the_router_serves_every_operation_and_refuses_hooks_for_no_operation() -> None:
    operations, plan = spec_operations(), read_plan(spec_document())
    assert set(Router(plan, operations, HOOKS).plan.routes) == set(operations)
    with pytest.raises(ValueError, match="no operation of the spec has the operationId getThing"):
        Router(plan, operations, {**HOOKS, "getThing": HOOKS["getConversation"]})
    with pytest.raises(ValueError, match="not read from the same spec"):
        Router(plan, dict(list(operations.items())[:-1]), HOOKS)


# accept_extra


def test_an_unknown_parameter_or_field_is_refused_until_a_test_accepts_it(
    server: AttentionStandIn, client: Attention
) -> None:
    def list_with(**params: str) -> Any:
        return client.request("GET", "/conversations/list", params={"size": "3", **params})

    with pytest.raises(BadRequestError, match="Unknown query parameter 'withFoo'"):
        list_with(withFoo="1")
    title = "/conversations/conv-uuid-123/title"
    with pytest.raises(BadRequestError, match="Unknown field 'bar' in the body"):
        client.request("PUT", title, json={"title": "T", "bar": 1})

    server.accept_extra(query=["withFoo"], body=["bar"])
    server.accept_extra(query=["withBar"])  # adds to the names accepted before

    plain = list_with()
    assert list_with(withFoo="1", withBar="x") == plain  # ignored by the route
    assert (
        client.request("PUT", title, json={"title": "T", "bar": {"x": 1}})["attributes"]
        == (server.conversation("conv-uuid-123")["attributes"])
    )
    assert server.conversation("conv-uuid-123")["attributes"]["title"] == "T"
    assert "bar" not in json.dumps(server.conversation("conv-uuid-123"))
    recorded = server.requests[-2:]
    assert "withFoo=1" in recorded[0].path
    assert recorded[1].json == {"title": "T", "bar": {"x": 1}}  # recorded as sent
    # Only the names given.
    with pytest.raises(BadRequestError, match="Unknown query parameter 'withBaz'"):
        list_with(withBaz="1")
    with pytest.raises(BadRequestError, match="Unknown field 'baz'"):
        client.request("PUT", title, json={"title": "T", "baz": 1})
    # A declared parameter named as an extra is still checked as the spec says.
    server.accept_extra(query=["size"])
    with pytest.raises(BadRequestError, match="size must be an integer from 1 to 50"):
        list_with(size="500")

    server.reset()
    with pytest.raises(BadRequestError, match="withFoo"):
        list_with(withFoo="1")


def test_accepted_fields_may_be_the_whole_body_of_an_operation_that_declares_none(
    server: AttentionStandIn, client: Attention
) -> None:
    # What a client's extra_body sends to change_privacy, which the spec gives no body.
    privacy = "/conversations/conv-uuid-123/change_privacy"
    with pytest.raises(BadRequestError, match=r"takes no body .*accept_extra"):
        client.conversations.change_privacy("conv-uuid-123", extra_body={"private": True})
    server.accept_extra(body=["private"])
    conv = client.conversations.change_privacy("conv-uuid-123", extra_body={"private": True})
    assert conv.attributes.private is True  # toggled, the field ignored
    with pytest.raises(BadRequestError, match="takes no body"):  # only the names accepted
        client.request("PUT", privacy, json={"private": True, "other": 1})
    assert server.writes("conv-uuid-123") == 1


def test_accept_extra_takes_lists_of_names(server: AttentionStandIn) -> None:
    with pytest.raises(TypeError, match="lists of names"):
        server.accept_extra(query="withFoo")
    with pytest.raises(ValueError, match="non-empty name"):
        server.accept_extra(body=[""])


# The body validator against jsonschema


def _as_json_schema(schema: Any, components: Mapping[str, Any]) -> dict[str, Any]:
    """schema as a JSON Schema 2020-12 document, its refs moved into $defs."""

    def rewrite(node: Any) -> Any:
        if isinstance(node, list):
            return [rewrite(item) for item in node]
        if not isinstance(node, Mapping):
            return node
        return {
            key: "#/$defs/" + value.rsplit("/", 1)[1] if key == "$ref" else rewrite(value)
            for key, value in node.items()
        }

    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$defs": {name: rewrite(value) for name, value in components.items()},
        "allOf": [rewrite(schema)],
    }


# Any JSON value, kept small: generating the bodies is what this test spends its time on.
ANYTHING: st.SearchStrategy[Any] = st.one_of(
    JSON_SCALARS,
    st.lists(JSON_SCALARS, max_size=2),
    st.dictionaries(KEYS, JSON_SCALARS, max_size=2),
)
DEEPEST = 3  # arrays this deep are empty: a Thing holds Things, which hold none
# Ways to break a date-time that is otherwise well formed.
_BREAKS: list[Callable[[str], str]] = [
    lambda t: t[:19],  # no offset
    lambda t: t.replace("T", " ", 1),
    lambda t: t[:10],
    lambda t: "0000" + t[4:],
    lambda t: t[:5] + "13" + t[7:],
    lambda t: t[:5] + "02-30" + t[10:],
    lambda t: t[:5] + "04-31" + t[10:],
    lambda t: t[:5] + "02-29" + t[10:],  # valid in leap years only
    lambda t: t[:11] + "24" + t[13:],
    lambda t: t[:17] + "60" + t[19:],
    lambda t: t.lower(),
    lambda t: t[:19] + ".5+24:00",
    lambda t: t[:19] + ",5Z",
]


class Bodies:
    """Bodies for the schemas of one spec's components: valid ones, drawn by hypothesis,
    and every variant of one that differs from it in one place, at an edge of a rule
    (each side of a bound, a value of another kind, a field missing or unknown, one item
    too many, a broken date-time...), where a check the validator got wrong would show."""

    def __init__(self, components: Mapping[str, Any]) -> None:
        self.components = components
        # Built once per schema and depth: a strategy refers to its fields' strategies.
        self._valid: dict[tuple[int, int], st.SearchStrategy[Any]] = {}

    def target(self, schema: Any) -> Any:
        while isinstance(schema, Mapping) and "$ref" in schema:
            schema = self.components[schema["$ref"].rsplit("/", 1)[1]]
        return schema

    def valid(self, schema: Any, depth: int = 0) -> st.SearchStrategy[Any]:
        """Values schema accepts."""
        schema = self.target(schema)
        key = (id(schema), depth)
        if key not in self._valid:
            self._valid[key] = self._valid_uncached(schema, depth)
        return self._valid[key]

    def _valid_uncached(self, schema: Any, depth: int) -> st.SearchStrategy[Any]:
        if not isinstance(schema, Mapping) or not ({"type", "enum"} & schema.keys()):
            return ANYTHING
        if "enum" in schema:
            return st.sampled_from(schema["enum"])
        kinds = [schema["type"]] if isinstance(schema["type"], str) else schema["type"]
        return st.one_of([self._typed(kind, schema, depth) for kind in kinds])

    def _typed(self, kind: str, schema: Mapping[str, Any], depth: int) -> st.SearchStrategy[Any]:
        low, high = schema.get("minimum"), schema.get("maximum")
        if kind == "string":
            pattern = schema.get("pattern")
            if schema.get("format") == "date-time":
                dates = SENT_DATETIMES
                return dates if pattern is None else dates.filter(re.compile(pattern).search)
            return TEXT if pattern is None else st.from_regex(pattern)
        if kind == "integer":
            lowest = -(10**6) if low is None else math.ceil(low)
            integers = st.integers(lowest, 10**6 if high is None else math.floor(high))
            return st.one_of(integers, integers.map(float))  # 2.0 is an integer too
        if kind == "number":
            return st.floats(low, high, allow_nan=False, allow_infinity=False)
        if kind == "array":
            if depth >= DEEPEST:
                return st.just([])
            most = min(schema.get("maxItems", 3), 3)
            return st.lists(self.valid(schema.get("items", True), depth + 1), max_size=most)
        if kind == "object":
            return self._object(schema, depth)
        return {"boolean": st.booleans(), "null": st.none()}[kind]

    def _object(self, schema: Mapping[str, Any], depth: int) -> st.SearchStrategy[dict[str, Any]]:
        properties: Mapping[str, Any] = schema.get("properties", {})
        required = set(schema.get("required", ()))
        fields = {name: self.valid(sub, depth + 1) for name, sub in properties.items()}
        extra = schema.get("additionalProperties", True)
        if extra is False:
            others: st.SearchStrategy[dict[str, Any]] = st.just({})
        else:
            values = ANYTHING if extra is True else self.valid(extra, depth + 1)
            keys = KEYS.filter(lambda key: key not in properties)
            others = st.dictionaries(keys, values, max_size=2)
        fewest = schema.get("minProperties", 0)
        some = st.fixed_dictionaries(
            {k: v for k, v in fields.items() if k in required},
            optional={k: v for k, v in fields.items() if k not in required},
        )
        # Every field half the time: a place is edited only where the body has a value.
        known = st.one_of(st.fixed_dictionaries(fields), some)
        return st.builds(lambda known, unknown: {**unknown, **known}, known, others).filter(
            lambda value: len(value) >= fewest
        )

    def variants(self, schema: Any, value: Any) -> Iterator[tuple[list[Any], list[Any]]]:
        """For each place in value (itself, each field, each item, ...), value with one
        edit at that place: a value of another kind, and an edit at the edge of the rules
        that apply there."""
        schema = self.target(schema)
        yield self._other_kinds(value), self._at_the_edges(schema, value)
        if not isinstance(schema, Mapping):
            return
        if isinstance(value, dict):
            properties = schema.get("properties", {})
            extra = schema.get("additionalProperties", True)
            for name, field in value.items():
                for kinds, edges in self.variants(properties.get(name, extra), field):
                    yield (
                        [{**value, name: each} for each in kinds],
                        [{**value, name: each} for each in edges],
                    )
        elif isinstance(value, list):
            for index, item in enumerate(value):
                for kinds, edges in self.variants(schema.get("items", True), item):
                    before, after = value[:index], value[index + 1 :]
                    yield (
                        [[*before, each, *after] for each in kinds],
                        [[*before, each, *after] for each in edges],
                    )

    @staticmethod
    def _other_kinds(value: Any) -> list[Any]:
        return [None, True, 1, 2.5, "x", [], {}, [value]]

    def _at_the_edges(self, schema: Any, value: Any) -> list[Any]:
        if not isinstance(schema, Mapping):
            return []
        values = schema.get("enum", [])
        edits: list[Any] = [*values, *(str(v) for v in values)]  # and lookalikes:
        edits += [float(v) for v in values if isinstance(v, int)] + ([True, 0] if values else [])
        for bound in (schema[key] for key in ("minimum", "maximum") if key in schema):
            edits += [bound + step for step in (-1, -0.5, 0, 0.5, 1)] + [float(bound)]
        if isinstance(value, str):
            edits += [value.lower(), value.upper(), " " + value, value[1:]]
            if schema.get("format") == "date-time":
                edits += [change(value) for change in _BREAKS]
            else:
                # rfc3339-validator matches with "$", which lets a date-time end in a
                # newline; the stand-in refuses that (test_malformed_bodies...).
                edits.append(value + "\n")
        elif isinstance(value, int | float) and not isinstance(value, bool):
            edits += [float(value), value + 0.5, -value, True]
        elif isinstance(value, list):
            longest = schema.get("maxItems")
            if value and longest is not None:
                edits.append((value * (longest + 1))[: longest + 1])  # one item too many
            edits.append(value + value[:1])
        elif isinstance(value, dict):
            edits += [{k: v for k, v in value.items() if k != key} for key in value]
            unknown = [NOT_DECLARED, *(name.upper() for name in schema.get("properties", {}))]
            edits += [{**value, name: 1} for name in unknown]
        return edits


BODIES: list[tuple[str, Operation, Any, Mapping[str, Any]]] = [
    (label(op), spec_operations()[op], body_schema(*op), SPEC["components"]["schemas"])
    for op in WITH_BODY
]
BODIES.append(
    ("the small spec's Thing", PUT, {"$ref": "#/components/schemas/Thing"}, {"Thing": THING})
)
_FORMATS = jsonschema.Draft202012Validator.FORMAT_CHECKER


@pytest.mark.parametrize(
    ("operation", "schema", "components"), [b[1:] for b in BODIES], ids=[b[0] for b in BODIES]
)
def test_the_body_validator_agrees_with_jsonschema(
    operation: Operation, schema: Any, components: Mapping[str, Any]
) -> None:
    oracle = jsonschema.Draft202012Validator(
        _as_json_schema(schema, components), format_checker=_FORMATS
    )
    bodies = Bodies(components)
    outcomes: set[bool] = set()

    def agree(body: Any) -> None:
        try:
            operation.read_body(json.dumps(body).encode(), NONE)
        except BadRequest:
            ours = False
        else:
            ours = True
        assert ours == oracle.is_valid(body), (body, [e.message for e in oracle.iter_errors(body)])
        outcomes.add(ours)

    # 30 valid bodies, and at every place in each, a value of another kind and an edit at
    # the edge of the rules there, taken in turn from one body to the next, so that a
    # place met often meets every edit: several hundred bodies per schema. Every edit
    # everywhere would be ten times as many, at up to a millisecond each for jsonschema.
    # A failure shows its body: shrinking it is not worth the minutes it takes.
    turn = iter(range(10**6))

    @settings(
        max_examples=30,
        deadline=None,
        derandomize=True,
        database=None,
        phases=[Phase.explicit, Phase.generate],
    )
    @given(bodies.valid(schema))
    def each_and_its_variants(body: Any) -> None:
        agree(body)
        this = next(turn)
        for kinds, edges in bodies.variants(schema, body):
            agree(kinds[this % len(kinds)])
            if edges:
                agree(edges[this % len(edges)])

    each_and_its_variants()
    assert outcomes == {True, False}
