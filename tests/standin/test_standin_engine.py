"""The stand-in's generic engine, on a small spec written here: what it reads from the spec
(kinds, collections, nesting), and what it serves over HTTP (routing, 404s, CRUD round
trips, pages, nested scopes, envelopes, writes, faults).

The spec mimics the conventions of openapi/attention.yaml (docs/contributing.md): labels
with CRUD and a delete without content, scorecards listed by page number with items nested
under them, workflow logs listed by offset with a total, API keys as a bare array, JSON:API
knowledge-base sources with an action on one, sessions as ``{sessions: [...]}`` with each
one's messages nested, and teams served by two paths. Every answer is validated against
its response schema with jsonschema. No sleeps: the stand-in answers at once.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from typing import Any

import httpx
import jsonschema  # type: ignore[import-untyped]  # ships no type information
import pytest
from attention_sdk.testing import AttentionStandIn
from attention_sdk.testing._plan import read_plan
from attention_sdk.testing._schema import SpecError
from attention_sdk.testing._validate import spec_document

from ..support.keys import KEY
from ..support.standin_calls import example_body, operation_of, target

REF = "#/components/schemas/"


def ref(name: str) -> dict[str, str]:
    return {"$ref": REF + name}


def nullable(kind: str) -> dict[str, Any]:
    return {"type": [kind, "null"]}


def listing(item: str, **more: Any) -> dict[str, Any]:
    """An envelope {data: [item]} with more properties."""
    data = {"type": "array", "items": ref(item)}
    return {"type": "object", "required": ["data"], "properties": {"data": data, **more}}


def single(item: str) -> dict[str, Any]:
    return {"type": "object", "required": ["data"], "properties": {"data": ref(item)}}


def request(required: list[str], example: dict[str, Any], **properties: Any) -> dict[str, Any]:
    return {
        "type": "object",
        "additionalProperties": False,
        "required": required,
        "properties": properties,
        "example": example,
    }


def op(
    operation_id: str,
    response: Any = None,
    *,
    body: str | None = None,
    query: list[dict[str, Any]] | None = None,
    paging: str | None = None,
    empty: tuple[str, ...] = (),
) -> dict[str, Any]:
    responses: dict[str, Any] = {}
    if response is not None:
        content = {"application/json": {"schema": response}}
        responses["200"] = {"description": "Done.", "content": content}
    for code in empty:
        responses[code] = {"description": "Done, nothing to say."}
    error = {"application/json": {"schema": ref("Error")}}
    responses["404"] = {"description": "Not found.", "content": error}
    operation: dict[str, Any] = {"operationId": operation_id, "responses": responses}
    if body is not None:
        content = {"application/json": {"schema": ref(body)}}
        operation["requestBody"] = {"required": True, "content": content}
    if query:
        operation["parameters"] = query
    if paging:
        operation["x-sdk-pagination"] = paging
    return operation


def in_path(*names: str) -> list[dict[str, Any]]:
    return [
        {"name": n, "in": "path", "required": True, "schema": {"type": "string"}} for n in names
    ]


def in_query(name: str, **schema: Any) -> dict[str, Any]:
    return {"name": name, "in": "query", "schema": {"type": "integer", **schema}}


PAGE = [in_query("page", minimum=1), in_query("size", minimum=1, maximum=50)]
OFFSET = [in_query("limit", minimum=1, maximum=1000), in_query("offset", minimum=0)]
META = {"anyOf": [ref("ListMeta"), {"type": "null"}]}
LINKS = {"anyOf": [ref("Links"), {"type": "null"}]}
TEXT = nullable("string")

SCHEMAS: dict[str, Any] = {
    "Error": {"type": "object", "properties": {"message": TEXT, "code": {}}},
    "ListMeta": {
        "type": "object",
        "properties": {
            name: nullable("integer")
            for name in ("pageCount", "totalRecords", "pageNumber", "pageSize")
        },
    },
    "Links": {"type": "object", "properties": {"self": TEXT, "related": TEXT}},
    "Label": {
        "type": "object",
        "required": ["uuid"],
        "properties": {
            "uuid": {"type": "string"},
            "name": TEXT,
            "description": TEXT,
            "aiFlow": nullable("boolean"),
            "createdAt": {"type": ["string", "null"], "format": "date-time"},
        },
        "example": {
            "uuid": "3f1c0d9e-4b7a-4c55-9a47-2f8f0a1b2c3d",
            "name": "Deal stage",
            "description": "Where the deal stands",
            "aiFlow": False,
            "createdAt": "2026-01-05T10:00:00Z",
        },
    },
    "LabelResponse": single("Label"),
    "LabelListResponse": listing("Label"),
    "CreateLabelRequest": request(
        ["name"],
        {"name": "Region", "ai_flow": True},
        name={"type": "string"},
        description={"type": "string"},
        ai_flow={"type": "boolean"},
        uuid={"type": "string"},
    ),
    "UpdateLabelRequest": {
        "type": "object",
        "additionalProperties": False,
        "minProperties": 1,
        "properties": {"name": {"type": "string"}, "aiFlow": {"type": "integer"}},
        "example": {"name": "Renamed"},
    },
    "Scorecard": {
        "type": "object",
        "required": ["id"],
        "properties": {"id": {"type": "string"}, "title": TEXT, "enabled": nullable("boolean")},
        "example": {"id": "sc-uuid-123", "title": "Discovery call", "enabled": True},
    },
    "ScorecardResponse": single("Scorecard"),
    "ScorecardListResponse": listing("Scorecard", meta=META, links=LINKS),
    "CreateScorecardRequest": request(["title"], {"title": "Demo call"}, title={"type": "string"}),
    "ScorecardTemplateItem": {
        "type": "object",
        "required": ["id"],
        "properties": {
            "id": {"type": "string"},
            "scorecardId": TEXT,
            "title": TEXT,
            "weight": nullable("integer"),
        },
        "example": {
            "id": "sci-uuid-1",
            "scorecardId": "sc-uuid-123",
            "title": "Asked about budget",
            "weight": 10,
        },
    },
    "ScorecardItemResponse": single("ScorecardTemplateItem"),
    "ScorecardItemListResponse": listing("ScorecardTemplateItem", meta=META),
    "CreateScorecardItemRequest": request(
        ["title", "weight"],
        {"title": "Next steps agreed", "weight": 20},
        title={"type": "string"},
        weight={"type": "integer", "minimum": 0, "maximum": 100},
    ),
    "UpdateScorecardItemRequest": request([], {"weight": 30}, weight={"type": "integer"}),
    "WorkflowLog": {
        "type": "object",
        "properties": {"conversationUUID": TEXT, "workflowName": TEXT},
        "example": {"conversationUUID": "conv-1", "workflowName": "crm_export"},
    },
    "WorkflowLogList": listing("WorkflowLog", total=nullable("integer")),
    "ApiKey": {
        "type": "object",
        "required": ["id"],
        "properties": {"id": {"type": "string"}, "name": TEXT, "value": TEXT},
        "example": {"id": "key-1", "name": "CI key", "value": "eyJhbGciOi"},
    },
    "CreateApiKeyRequest": request(
        ["name", "orgLevel"],
        {"name": "New key", "orgLevel": True},
        name={"type": "string"},
        orgLevel={"type": "boolean"},
    ),
    "KbSource": {
        "type": "object",
        "required": ["id"],
        "properties": {
            "type": TEXT,
            "id": {"type": "string"},
            "attributes": {"anyOf": [ref("KbSourceAttributes"), {"type": "null"}]},
        },
        "example": {
            "type": "kb_sources",
            "id": "src-1",
            "attributes": {"title": "Pricing FAQ", "content": "# Pricing", "status": "indexed"},
        },
    },
    "KbSourceAttributes": {
        "type": "object",
        "properties": {"title": TEXT, "content": TEXT, "status": TEXT},
    },
    "KbSourceResponse": single("KbSource"),
    "KbSourceListResponse": listing("KbSource"),
    "CreateKbSourceRequest": request(
        ["title"],
        {"title": "Security notes", "content": "We encrypt."},
        title={"type": "string"},
        content={"type": "string"},
    ),
    "SummaryRequest": request(
        ["from"],
        {"from": "2026-01-01T00:00:00Z"},
        **{"from": {"type": "string", "format": "date-time"}},
    ),
    "Success": {
        "type": "object",
        "required": ["success"],
        "properties": {"success": {"type": "boolean"}},
        "example": {"success": True},
    },
    "Session": {
        "type": "object",
        "required": ["id"],
        "properties": {"id": {"type": "string"}, "session_id": TEXT, "title": TEXT},
        "example": {"id": "s-1", "session_id": "sess-1", "title": "Pipeline review"},
    },
    "SessionList": {
        "type": "object",
        "required": ["sessions"],
        "properties": {"sessions": {"type": "array", "items": ref("Session")}},
    },
    "Message": {
        "type": "object",
        "properties": {"id": TEXT, "session_id": TEXT, "content": TEXT},
        "example": {"id": "m-1", "session_id": "sess-1", "content": "Which deals slipped?"},
    },
    "SessionHistory": {
        "type": "object",
        "required": ["session_id", "messages"],
        "properties": {
            "session_id": {"type": "string"},
            "title": TEXT,
            "messages": {"type": "array", "items": ref("Message")},
        },
    },
    "Team": {
        "type": "object",
        "properties": {
            "uuid": TEXT,
            "name": TEXT,
            "children": {"type": ["array", "null"], "items": ref("Team")},
        },
        "example": {"uuid": "team-1", "name": "Sales EMEA", "children": []},
    },
    "TeamResponse": single("Team"),
    "CreateTeamRequest": request(["name"], {"name": "Sales APAC"}, name={"type": "string"}),
    "TeamMember": {
        "type": "object",
        "properties": {"userUUID": TEXT, "teamUUID": TEXT},
        "example": {"userUUID": "user-1", "teamUUID": "team-1"},
    },
    "TeamMemberList": listing("TeamMember"),
}

PATHS: dict[str, Any] = {
    "/labels": {
        "get": op("listLabels", ref("LabelListResponse")),
        "post": op("createLabel", ref("LabelResponse"), body="CreateLabelRequest"),
    },
    "/labels/export": {"post": op("exportLabels", ref("Success"))},
    "/labels/{id}": {
        "parameters": in_path("id"),
        "get": op("getLabel", ref("LabelResponse")),
        "patch": op("updateLabel", ref("LabelResponse"), body="UpdateLabelRequest"),
        "delete": op("deleteLabel", empty=("200", "204")),
    },
    "/scorecards": {
        "get": op("listScorecards", ref("ScorecardListResponse"), query=PAGE, paging="page_number"),
        "post": op("createScorecard", ref("ScorecardResponse"), body="CreateScorecardRequest"),
    },
    "/scorecards/{id}": {
        "parameters": in_path("id"),
        "get": op("getScorecard", ref("ScorecardResponse")),
    },
    "/scorecards/{id}/items": {
        "parameters": in_path("id"),
        "get": op(
            "listScorecardItems",
            ref("ScorecardItemListResponse"),
            query=PAGE,
            paging="page_number",
        ),
        "post": op(
            "createScorecardItem", ref("ScorecardItemResponse"), body="CreateScorecardItemRequest"
        ),
    },
    "/scorecards/{id}/items/{itemId}": {
        "parameters": in_path("id", "itemId"),
        "patch": op(
            "updateScorecardItem", ref("ScorecardItemResponse"), body="UpdateScorecardItemRequest"
        ),
        "delete": op("deleteScorecardItem", empty=("204",)),
    },
    "/workflow-logs": {
        "get": op("listWorkflowLogs", ref("WorkflowLogList"), query=OFFSET, paging="offset")
    },
    "/api_keys": {
        "get": op("listApiKeys", {"type": "array", "items": ref("ApiKey")}),
        "post": op("createApiKey", ref("ApiKey"), body="CreateApiKeyRequest"),
    },
    "/sources": {
        "get": op("listSources", ref("KbSourceListResponse")),
        "post": op("createSource", ref("KbSourceResponse"), body="CreateKbSourceRequest"),
    },
    "/sources/{sourceId}": {
        "parameters": in_path("sourceId"),
        "get": op("getSource", ref("KbSourceResponse")),
    },
    "/sources/{sourceId}/confirm-upload": {
        "parameters": in_path("sourceId"),
        "post": op("confirmUpload", ref("KbSourceResponse")),
    },
    "/summary": {"post": op("summarize", ref("Success"), body="SummaryRequest")},
    "/sessions": {
        "get": op("listSessions", ref("SessionList"), query=[in_query("limit", minimum=1)])
    },
    "/sessions/{sessionId}/messages": {
        "parameters": in_path("sessionId"),
        "get": op("sessionHistory", ref("SessionHistory")),
    },
    "/org/teams": {"post": op("createTeam", ref("TeamResponse"), body="CreateTeamRequest")},
    "/teams/{id}": {"parameters": in_path("id"), "get": op("getTeam", ref("Team"))},
    "/teams/{id}/members": {
        "parameters": in_path("id"),
        "get": op("listTeamMembers", ref("TeamMemberList")),
    },
}
SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "A small API", "version": "1"},
    "paths": PATHS,
    "components": {"schemas": SCHEMAS},
}
OPERATIONS = [
    (method.upper(), path, operation)
    for path, item in PATHS.items()
    for method, operation in item.items()
    if method != "parameters"
]


# What the engine reads from the spec


def test_each_operation_gets_its_kind_collection_and_answer() -> None:
    plan = read_plan(SPEC)
    table = {
        route.operation_id: (route.kind, route.collection, route.shape.form, route.status)
        for route in plan.routes.values()
    }
    assert table == {
        "listLabels": ("list", "Label", "data-array", 200),
        "createLabel": ("create", "Label", "data", 200),
        "exportLabels": ("action", None, "item", 200),
        "getLabel": ("retrieve", "Label", "data", 200),
        "updateLabel": ("update", "Label", "data", 200),
        "deleteLabel": ("delete", "Label", "none", 204),  # 204 before 200 when both are empty
        "listScorecards": ("list", "Scorecard", "data-array", 200),
        "createScorecard": ("create", "Scorecard", "data", 200),
        "getScorecard": ("retrieve", "Scorecard", "data", 200),
        "listScorecardItems": ("list", "ScorecardTemplateItem", "data-array", 200),
        "createScorecardItem": ("create", "ScorecardTemplateItem", "data", 200),
        "updateScorecardItem": ("update", "ScorecardTemplateItem", "data", 200),
        "deleteScorecardItem": ("delete", "ScorecardTemplateItem", "none", 204),
        "listWorkflowLogs": ("list", "WorkflowLog", "data-array", 200),
        "listApiKeys": ("list", "ApiKey", "array", 200),
        "createApiKey": ("create", "ApiKey", "item", 200),
        "listSources": ("list", "KbSource", "data-array", 200),
        "createSource": ("create", "KbSource", "data", 200),
        "getSource": ("retrieve", "KbSource", "data", 200),
        "confirmUpload": ("action", "KbSource", "data", 200),  # on an item: not a create
        "summarize": ("action", None, "item", 200),
        "listSessions": ("list", "Session", "field-array", 200),
        "sessionHistory": ("list", "Message", "field-array", 200),
        "createTeam": ("create", "Team", "data", 200),  # Team is a collection: GET /teams/{id}
        "getTeam": ("retrieve", "Team", "item", 200),  # Team has an array of Team: still one
        "listTeamMembers": ("list", "TeamMember", "data-array", 200),
    }


def test_collections_know_their_id_key_and_parent() -> None:
    collections = read_plan(SPEC).collections
    table = {c.name: (c.key, c.parent, c.flat) for c in collections.values()}
    assert table == {
        "ApiKey": ("id", None, True),
        "KbSource": ("id", None, True),
        "Label": ("uuid", None, True),
        "Scorecard": ("id", None, True),
        "ScorecardTemplateItem": ("id", "Scorecard", False),
        "Session": ("id", None, True),
        "Message": ("id", "Session", False),
        "Team": ("uuid", None, True),
        "TeamMember": (None, "Team", False),
        "WorkflowLog": (None, None, True),
    }
    names = list(collections)  # parents before children
    assert names.index("Scorecard") < names.index("ScorecardTemplateItem")
    assert names.index("Session") < names.index("Message")


def test_a_spec_the_engine_cannot_serve_is_refused_when_loaded() -> None:
    paths = {"/x": {"get": {"operationId": "x", "responses": {"404": {"description": "no"}}}}}
    with pytest.raises(SpecError, match="GET /x: declares no success"):
        read_plan({**SPEC, "paths": paths})
    paging = {"/labels": {"get": {**PATHS["/labels"]["get"], "x-sdk-pagination": "cursor"}}}
    with pytest.raises(SpecError, match="x-sdk-pagination is page_number or offset"):
        read_plan({**SPEC, "paths": paging})
    paging = {"/labels/{id}": {**PATHS["/labels/{id}"]}}
    paging["/labels/{id}"]["get"] = {**PATHS["/labels/{id}"]["get"], "x-sdk-pagination": "offset"}
    with pytest.raises(SpecError, match=r"GET /labels/\{id\}: x-sdk-pagination on what is not"):
        read_plan({**SPEC, "paths": paging})
    xml = {"200": {"description": "ok", "content": {"application/xml": {"schema": {}}}}}
    paths = {"/x": {"get": {"operationId": "x", "responses": xml}}}
    with pytest.raises(SpecError, match="application/json only"):
        read_plan({**SPEC, "paths": paths})


# Serving it


@pytest.fixture(scope="module")
def shared() -> Iterator[AttentionStandIn]:
    with AttentionStandIn(api_key=KEY, spec=SPEC) as server:
        yield server


@pytest.fixture
def server(shared: AttentionStandIn) -> AttentionStandIn:
    shared.reset()
    return shared


@pytest.fixture(scope="module")
def http(shared: AttentionStandIn) -> Iterator[httpx.Client]:
    headers = {"Authorization": f"Bearer {KEY}"}
    with httpx.Client(base_url=shared.base_url.removesuffix("/v2"), headers=headers) as client:
        yield client


def validator(schema: Any, spec: dict[str, Any] = SPEC) -> jsonschema.Draft202012Validator:
    """A validator of schema, its $refs pointing into spec's components."""

    def rewrite(node: Any) -> Any:
        if isinstance(node, list):
            return [rewrite(item) for item in node]
        if isinstance(node, dict):
            return {
                key: value.replace(REF, "#/$defs/") if key == "$ref" else rewrite(value)
                for key, value in node.items()
            }
        return node

    document = {**rewrite(schema), "$defs": rewrite(spec["components"]["schemas"])}
    checker = jsonschema.Draft202012Validator.FORMAT_CHECKER
    return jsonschema.Draft202012Validator(document, format_checker=checker)


def errors(schema: Any, value: Any, spec: dict[str, Any] = SPEC) -> list[str]:
    found = validator(schema, spec).iter_errors(value)
    return [f"{list(error.path)}: {error.message}" for error in found]


def answer_schema(operation: Mapping[str, Any], status: int) -> Any:
    content = operation["responses"][str(status)].get("content")
    return None if content is None else content["application/json"]["schema"]


def call_every_operation(
    server: AttentionStandIn, http: httpx.Client, spec: dict[str, Any]
) -> dict[str, int]:
    """Call each operation of spec once, with the ids of its own collections, a body from
    the spec's examples and the required query parameters built (tests/support/standin_calls.py);
    check each answer against its response schema. Returns each status, by operationId."""
    seen: dict[str, int] = {}
    for path, item in spec["paths"].items():
        for method in item:
            if method == "parameters":
                continue
            server.reset()
            operation = operation_of(spec, method, path)
            label = f"{method.upper()} {path}"
            reply = http.request(
                method.upper(),
                target(server, spec, method, path),
                json=example_body(spec, method, path),
            )
            assert 200 <= reply.status_code < 300, (label, reply.text)
            schema = answer_schema(operation, reply.status_code)
            if schema is None:
                assert reply.content == b"", label
            else:
                assert errors(schema, reply.json(), spec) == [], label
            seen[operation["operationId"]] = reply.status_code
    return seen


def test_every_operation_answers_what_its_response_schema_declares(
    server: AttentionStandIn, http: httpx.Client
) -> None:
    seen = call_every_operation(server, http, SPEC)
    assert len(seen) == len(OPERATIONS)
    assert seen["deleteLabel"] == seen["deleteScorecardItem"] == 204


@pytest.mark.parametrize("name", list(read_plan(SPEC).collections))
def test_seeds_start_with_the_example_and_validate(server: AttentionStandIn, name: str) -> None:
    ids = server.ids(name)
    nested = read_plan(SPEC).collections[name].parent is not None
    assert len(ids) == len(set(ids)) == (50 if nested else 25)  # 25 under 2 parents
    assert server.item(name, ids[0]) == SCHEMAS[name]["example"]
    for item_id in ids:
        assert errors(ref(name), server.item(name, item_id)) == []


def test_generated_items_vary_ids_and_strings_with_spaces(server: AttentionStandIn) -> None:
    labels = [server.item("Label", i) for i in server.ids("Label")]
    assert labels[3]["name"] == "Deal stage 3"
    assert labels[3]["description"] == "Where the deal stands 3"
    assert labels[3]["createdAt"] == labels[0]["createdAt"]  # no space: as in the example
    assert labels[3]["uuid"] != labels[0]["uuid"]
    assert len(labels[3]["uuid"]) == 36
    scorecards = server.ids("Scorecard")
    assert scorecards[:3] == ["sc-uuid-123", "sc-uuid-123-0001", "sc-uuid-123-0002"]
    sources = [server.item("KbSource", i) for i in server.ids("KbSource")]
    assert sources[1]["type"] == "kb_sources"
    assert sources[1]["attributes"]["title"] == "Pricing FAQ 1"  # attributes vary too
    assert server.ids("TeamMember")[:2] == ["team-member-1", "team-member-2"]  # no id key


def test_a_nested_collection_is_seeded_under_its_first_two_parents(
    server: AttentionStandIn,
) -> None:
    first, second, third = server.ids("Scorecard")[:3]
    assert len(server.ids("ScorecardTemplateItem", first)) == 25
    assert len(server.ids("ScorecardTemplateItem", second)) == 25
    assert server.ids("ScorecardTemplateItem", third) == []
    assert len(server.ids("ScorecardTemplateItem")) == 50
    child = server.item("ScorecardTemplateItem", server.ids("ScorecardTemplateItem", second)[0])
    assert child["scorecardId"] == second  # the example named the example's parent
    members = server.ids("TeamMember", server.ids("Team")[1])
    assert server.item("TeamMember", members[0])["teamUUID"] == server.ids("Team")[1]


# Routing


def test_literal_segments_win_and_other_methods_are_405(
    server: AttentionStandIn, http: httpx.Client
) -> None:
    assert http.post("/v2/labels/export").json() == {"success": True}
    refused = http.get("/v2/labels/export")  # /labels/export is not a label id
    assert refused.status_code == 405
    assert refused.headers["Allow"] == "POST"
    refused = http.put(f"/v2/labels/{server.ids('Label')[0]}")
    assert refused.status_code == 405
    assert set(refused.headers["Allow"].split(", ")) == {"GET", "PATCH", "DELETE"}


@pytest.mark.parametrize("path", ["/v2/nothing", "/v2/labels/a/b", "/labels", "/v2/scorecards/x/y"])
def test_a_path_the_spec_does_not_have_is_404(http: httpx.Client, path: str) -> None:
    reply = http.get(path)
    assert (reply.status_code, reply.json()) == (404, {"message": "Not found", "code": "not_found"})


def test_unknown_ids_are_404_before_the_body_is_read(
    server: AttentionStandIn, http: httpx.Client
) -> None:
    first, second = server.ids("Scorecard")[:2]
    child = server.ids("ScorecardTemplateItem", first)[0]
    cases = [
        ("GET", "/v2/labels/nope", "Label"),
        ("PATCH", "/v2/labels/nope", "Label"),
        ("DELETE", "/v2/labels/nope", "Label"),
        ("GET", "/v2/scorecards/nope/items", "Scorecard"),
        ("POST", "/v2/scorecards/nope/items", "Scorecard"),
        ("PATCH", f"/v2/scorecards/nope/items/{child}", "Scorecard"),
        ("PATCH", f"/v2/scorecards/{first}/items/nope", "ScorecardTemplateItem"),
        # A child of another parent is not found under this one.
        ("PATCH", f"/v2/scorecards/{second}/items/{child}", "ScorecardTemplateItem"),
        ("POST", "/v2/sources/nope/confirm-upload", "KbSource"),
        ("GET", "/v2/sessions/nope/messages", "Session"),
        ("GET", "/v2/teams/nope/members", "Team"),
    ]
    for method, path, schema in cases:
        reply = http.request(method, path, content=b"{not json")
        assert reply.status_code == 404, (method, path, reply.text)
        assert reply.json() == {"message": f"{schema} not found", "code": "not_found"}
    assert server.write_counts() == {}


# CRUD


def test_create_retrieve_update_list_and_delete(
    server: AttentionStandIn, http: httpx.Client
) -> None:
    created = http.post("/v2/labels", json={"name": "Region", "ai_flow": True, "uuid": "mine"})
    assert created.status_code == 200
    label = created.json()["data"]
    new_id = label["uuid"]
    assert new_id not in ("mine", SCHEMAS["Label"]["example"]["uuid"])  # fresh; never sent
    # From the example, with the body's fields: ai_flow names aiFlow.
    assert label == {
        **SCHEMAS["Label"]["example"],
        "uuid": new_id,
        "name": "Region",
        "aiFlow": True,
    }
    assert http.get(f"/v2/labels/{new_id}").json() == {"data": label}
    assert server.item("Label", new_id) == label
    assert new_id == server.ids("Label")[-1]
    assert http.get("/v2/labels").json()["data"][-1] == label

    # A partial update: fields sent change, the rest stays; a value that does not fit the
    # item's property (aiFlow is a boolean there) is left out.
    updated = http.patch(f"/v2/labels/{new_id}", json={"name": "Area", "aiFlow": 1})
    assert updated.json() == {"data": {**label, "name": "Area"}}

    deleted = http.delete(f"/v2/labels/{new_id}")
    assert (deleted.status_code, deleted.content) == (204, b"")
    assert "content-type" not in deleted.headers
    assert http.get(f"/v2/labels/{new_id}").status_code == 404
    assert new_id not in server.ids("Label")
    assert server.writes(new_id) == 3  # created, updated, deleted


def test_a_bad_body_is_400_and_changes_nothing(
    server: AttentionStandIn, http: httpx.Client
) -> None:
    label_id = server.ids("Label")[0]
    before = server.item("Label", label_id)
    reply = http.patch(f"/v2/labels/{label_id}", json={"name": 5})
    assert reply.status_code == 400
    assert reply.json()["message"] == "name must be a string, got 5"
    assert http.post("/v2/labels", json={}).status_code == 400
    assert server.item("Label", label_id) == before
    assert len(server.ids("Label")) == 25
    assert server.write_counts() == {}


def test_bodies_of_json_api_items_go_into_attributes(
    server: AttentionStandIn, http: httpx.Client
) -> None:
    created = http.post("/v2/sources", json={"title": "Notes", "content": "Hello"}).json()["data"]
    assert created["type"] == "kb_sources"
    assert created["attributes"] == {"title": "Notes", "content": "Hello", "status": "indexed"}


def test_a_bare_item_and_a_bare_array(server: AttentionStandIn, http: httpx.Client) -> None:
    key = http.post("/v2/api_keys", json={"name": "Deploy", "orgLevel": False}).json()
    assert key["name"] == "Deploy"
    assert key["id"].startswith("key-1-")
    listed = http.get("/v2/api_keys").json()
    assert isinstance(listed, list)
    assert len(listed) == 26
    assert listed[-1] == key


def test_two_paths_share_one_collection(server: AttentionStandIn, http: httpx.Client) -> None:
    team = http.post("/v2/org/teams", json={"name": "Sales APAC"}).json()["data"]
    assert http.get(f"/v2/teams/{team['uuid']}").json() == team  # bare here, in data there
    assert http.get(f"/v2/teams/{team['uuid']}/members").json() == {"data": []}


# Nested collections


def test_nested_items_are_scoped_by_their_parent(
    server: AttentionStandIn, http: httpx.Client
) -> None:
    first, second, third = server.ids("Scorecard")[:3]

    def items(scorecard: str) -> list[str]:
        body = http.get(f"/v2/scorecards/{scorecard}/items", params={"size": 50}).json()
        return [item["id"] for item in body["data"]]

    assert items(first) == server.ids("ScorecardTemplateItem", first)
    assert set(items(first)).isdisjoint(items(second))
    assert items(third) == []
    made = http.post(f"/v2/scorecards/{third}/items", json={"title": "T", "weight": 5})
    child = made.json()["data"]
    assert child["scorecardId"] == third  # names its parent, as the example does its own
    assert items(third) == [child["id"]]
    patched = http.patch(f"/v2/scorecards/{third}/items/{child['id']}", json={"weight": 7})
    assert patched.json()["data"]["weight"] == 7
    assert http.delete(f"/v2/scorecards/{third}/items/{child['id']}").status_code == 204
    assert items(third) == []


def test_a_field_array_takes_its_other_fields_from_the_parent(
    server: AttentionStandIn, http: httpx.Client
) -> None:
    sessions = http.get("/v2/sessions").json()["sessions"]
    assert len(sessions) == 25
    second = sessions[1]
    history = http.get(f"/v2/sessions/{second['id']}/messages").json()
    assert history["session_id"] == second["session_id"]
    assert history["title"] == second["title"]
    assert len(history["messages"]) == 25
    assert {m["session_id"] for m in history["messages"]} == {second["session_id"]}
    assert http.get("/v2/sessions", params={"limit": 3}).json()["sessions"] == sessions[:3]


# Pages


def test_page_number_pages_stop_at_the_last_one(http: httpx.Client) -> None:
    seen: list[str] = []
    pages = 0
    page: dict[str, Any] = {"related": "/v2/scorecards?page=1&size=10"}
    while page["related"]:
        body = http.get(page["related"]).json()
        pages += 1
        seen += [scorecard["id"] for scorecard in body["data"]]
        assert body["meta"] == {
            "pageCount": 3,
            "totalRecords": 25,
            "pageNumber": pages,
            "pageSize": 10,
        }
        assert body["links"]["self"] == f"/v2/scorecards?page={pages}&size=10"
        page = body["links"]
    assert pages == 3
    assert len(seen) == len(set(seen)) == 25
    past = http.get("/v2/scorecards", params={"page": 4, "size": 10}).json()
    assert past["data"] == []
    assert past["links"]["related"] is None
    assert len(http.get("/v2/scorecards").json()["data"]) == 20  # the default size


def test_offset_pages_carry_the_total(http: httpx.Client) -> None:
    seen = []
    offset = 0
    while True:
        body = http.get("/v2/workflow-logs", params={"limit": 10, "offset": offset}).json()
        assert body["total"] == 25
        assert "meta" not in body
        assert "links" not in body
        seen += body["data"]
        if offset + 10 >= body["total"]:
            break
        offset += 10
    assert len(seen) == 25
    assert http.get("/v2/workflow-logs", params={"offset": 30}).json() == {"data": [], "total": 25}


def test_a_list_without_paging_gives_every_item(http: httpx.Client) -> None:
    assert len(http.get("/v2/labels").json()["data"]) == 25


# Actions


def test_an_action_on_an_item_answers_the_item(
    server: AttentionStandIn, http: httpx.Client
) -> None:
    source = server.ids("KbSource")[2]
    reply = http.post(f"/v2/sources/{source}/confirm-upload")
    assert reply.json() == {"data": server.item("KbSource", source)}
    assert server.writes(source) == 1


def test_an_action_on_no_item_answers_the_response_example(http: httpx.Client) -> None:
    reply = http.post("/v2/summary", json={"from": "2026-02-01T00:00:00Z"})
    assert reply.json() == {"success": True}
    assert http.post("/v2/summary", json={"from": "yesterday"}).status_code == 400


# Writes, faults and the log, on every route


def test_writes_count_changes_and_nothing_else(
    server: AttentionStandIn, http: httpx.Client
) -> None:
    label = server.ids("Label")[0]
    http.get(f"/v2/labels/{label}")
    http.get("/v2/labels")
    http.post("/v2/labels/export")  # an action on no item
    assert server.write_counts() == {}
    http.patch(f"/v2/labels/{label}", json={"name": "a"})
    http.patch(f"/v2/labels/{label}", json={"name": "a"})  # counted, though nothing differs
    server.fail_next(1, 503)
    http.patch(f"/v2/labels/{label}", json={"name": "b"})
    assert server.writes(label) == 2
    created = http.post("/v2/scorecards", json={"title": "New"}).json()["data"]["id"]
    assert server.write_counts() == {label: 2, created: 1}
    server.reset()
    assert server.write_counts() == {}


@pytest.mark.parametrize(("method", "path", "operation"), OPERATIONS, ids=lambda x: str(x))
def test_faults_and_the_log_work_on_every_route(
    server: AttentionStandIn, http: httpx.Client, method: str, path: str, operation: Any
) -> None:
    where, body = target(server, SPEC, method, path), example_body(SPEC, method, path)
    server.fail_next(1, 503, retry_after="2")
    reply = http.request(method, where, json=body)
    assert (reply.status_code, reply.headers["Retry-After"]) == (503, "2")
    assert [(r.method, r.path) for r in server.requests] == [(method, where)]
    server.drop_next()
    with pytest.raises(httpx.RemoteProtocolError):
        http.request(method, where, json=body)
    assert http.request(method, where, json=body).status_code < 300
    assert len(server.requests) == 3


def test_the_public_accessors(server: AttentionStandIn) -> None:
    assert server.collections == list(read_plan(SPEC).collections)
    with pytest.raises(KeyError, match="'Nope' is not a collection"):
        server.ids("Nope")
    with pytest.raises(KeyError):
        server.item("Label", "nope")
    label_id = server.ids("Label")[0]
    copy = server.item("Label", label_id)
    copy["name"] = "changed"
    assert server.item("Label", label_id)["name"] == "Deal stage"
    added = server.add_items("Label", [{"uuid": "mine", "name": "Mine"}])
    assert added == ["mine"]
    assert server.ids("Label")[-1] == "mine"
    third = server.ids("Scorecard")[2]
    server.add_items("ScorecardTemplateItem", [{"id": "c-1"}], parent=third)
    assert server.ids("ScorecardTemplateItem", third) == ["c-1"]
    assert server.add_items("TeamMember", [{"userUUID": "u"}]) == ["team-member-51"]
    with pytest.raises(ValueError, match="every Label needs a string 'uuid'"):
        server.add_items("Label", [{"name": "no id"}])
    with pytest.raises(ValueError, match="no Conversation collection"):
        AttentionStandIn(spec=SPEC, conversations=[])
    server.reset()
    assert "mine" not in server.ids("Label")
    assert server.example_path("updateScorecardItem") == (
        f"/v2/scorecards/{server.ids('Scorecard')[0]}/items/"
        f"{server.ids('ScorecardTemplateItem', server.ids('Scorecard')[0])[0]}"
    )


# The spec the package carries


def test_every_operation_of_the_shipped_spec_answers_what_its_schema_declares() -> None:
    """Derived from the spec alone, so that it covers every operation added to it: each is
    called with ids from its own collections and a body from the spec's examples."""
    spec = json.loads(json.dumps(spec_document()))
    declared = {
        operation["operationId"]
        for item in spec["paths"].values()
        for method, operation in item.items()
        if method != "parameters"
    }
    headers = {"Authorization": f"Bearer {KEY}"}
    with AttentionStandIn(api_key=KEY) as server:
        with httpx.Client(base_url=server.base_url.removesuffix("/v2"), headers=headers) as client:
            seen = call_every_operation(server, client, spec)
        assert set(seen) == declared
        server.reset()
        for name in server.collections:  # every seeded item, the generated ones included
            check = validator(ref(name), spec)
            for item_id in server.ids(name):
                assert list(check.iter_errors(server.item(name, item_id))) == [], item_id
