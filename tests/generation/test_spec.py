"""Rules the curated spec follows, checked so a later edit cannot quietly break them.

openapi-spec-validator (run by `make check-spec`) proves the document is valid
OpenAPI; these tests prove it says what the docs say, tolerantly.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest

from ..conftest import EXAMPLE_NAMES, load_example
from ..support.strategies import load_spec, reachable_schemas, response_roots

RESPONSE_SCHEMAS = frozenset().union(*(reachable_schemas(root) for root in response_roots()))
STATUS_FIELDS = {
    ("ConversationAttributes", "crmExportStatus"),
    ("ConversationAttributes", "videoStatus"),
    ("ConversationAttributes", "mediaStorageStatus"),
    ("ConversationAttributes", "importStatus"),
    ("ConversationAttributes", "transcriptStatus"),
    ("BotStatus", "code"),
    ("Participant", "status"),
    ("ScorecardItem", "status"),
    ("ScorecardItem", "type"),
}


def _resolve(spec: dict[str, Any], schema: dict[str, Any], node: Any) -> dict[str, Any]:
    """Follow a $ref, or the branch of an `anyOf` that ``node`` takes: the non-null one of
    `[$ref, null]`, or of the transcript's `[$ref, array, null]` the one of its JSON type."""
    if "anyOf" in schema:
        branches = [b for b in schema["anyOf"] if b.get("type") != "null"]
        if len(branches) > 1:
            arrays = [b for b in branches if b.get("type") == "array"]
            branches = (
                arrays if isinstance(node, list) else [b for b in branches if b not in arrays]
            )
        assert len(branches) == 1, schema
        schema = branches[0]
    if "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[-1]
        resolved: dict[str, Any] = spec["components"]["schemas"][name]
        return resolved
    return schema


def _undeclared(
    spec: dict[str, Any], schema: dict[str, Any], node: Any, path: str
) -> Iterator[str]:
    schema = _resolve(spec, schema, node)
    if isinstance(node, dict):
        props = schema.get("properties")
        if props is None:
            # An open map (transcript, labels, ...): any key is declared by design.
            assert schema.get("additionalProperties") not in (None, False), path
            return
        for key, value in node.items():
            if key not in props:
                yield f"{path}.{key}"
            else:
                yield from _undeclared(spec, props[key], value, f"{path}.{key}")
    elif isinstance(node, list):
        for value in node:
            yield from _undeclared(spec, schema.get("items", {}), value, f"{path}[]")


@pytest.mark.parametrize("name", EXAMPLE_NAMES)
def test_every_key_of_the_documented_examples_is_declared(spec: dict[str, Any], name: str) -> None:
    conversation = {"$ref": "#/components/schemas/Conversation"}
    assert sorted(set(_undeclared(spec, conversation, load_example(name), "$"))) == []


SERVER_ERRORS = {"500", "502", "503", "504"}
# (method, path, operationId, SDK method, success schema): operationIds the docs show
# are kept (changeConversationTitle, conversationByExternalId, updateLinkedCrmRecords).
OPERATIONS = [
    ("get", "/conversations", "listConversationsFull", "list_full", "ConversationList"),
    ("get", "/conversations/list", "listConversations", "list", "ConversationList"),
    ("get", "/conversations/upload-url", "getUploadUrl", None, "UploadUrl"),
    ("post", "/conversations/import", "importConversation", "import", "ImportedConversation"),
    (
        "get",
        "/conversations/by-external-id/{externalId}",
        "conversationByExternalId",
        "retrieve_by_external_id",
        "ConversationByExternalId",
    ),
    ("get", "/conversations/{id}", "getConversation", "retrieve", "Conversation"),
    ("put", "/conversations/{id}", "updateConversation", "update", "Conversation"),
    ("delete", "/conversations/{id}", "archiveConversation", "archive", "Conversation"),
    ("put", "/conversations/{id}/title", "changeConversationTitle", "update_title", "Conversation"),
    (
        "put",
        "/conversations/{id}/labels",
        "changeConversationLabels",
        "update_labels",
        "Conversation",
    ),
    (
        "put",
        "/conversations/{id}/change_privacy",
        "changeConversationPrivacy",
        "change_privacy",
        "Conversation",
    ),
    (
        "put",
        "/conversations/{id}/linked-crm-records",
        "updateLinkedCrmRecords",
        None,
        "Conversation",
    ),
]


# Every endpoint attention-api-surface.md marks full or partial, beyond the conversation
# operations above: the docs or public code show their request and answer.
SURFACE = {
    ("get", "/users"),
    ("get", "/organizations/users"),
    ("post", "/organizations/users"),
    ("patch", "/organizations/users/{userId}"),
    ("delete", "/organizations/users/{userId}"),
    ("post", "/organizations/teams"),
    ("patch", "/organizations/teams/{teamId}"),
    ("get", "/teams/{id}"),
    ("get", "/teams/{id}/members"),
    ("get", "/api_keys"),
    ("post", "/api_keys"),
    ("post", "/labels"),
    ("get", "/labels/{id}"),
    ("patch", "/labels/{id}"),
    ("get", "/scorecards"),
    ("post", "/scorecards"),
    ("get", "/scorecards/{id}"),
    ("patch", "/scorecards/{id}"),
    ("get", "/scorecards/{id}/items"),
    ("post", "/scorecards/{id}/items"),
    ("patch", "/scorecards/{id}/items/{itemId}"),
    ("post", "/scorecards/summary"),
    ("post", "/createScorecardResult"),
    ("post", "/ask_attention/v2"),
    ("post", "/snippets"),
    ("post", "/changeConversationOpportunity"),
    ("get", "/gi/history"),
    ("get", "/emails"),
    ("post", "/field-configurations"),
    ("patch", "/field-configurations/{id}"),
    ("get", "/field-configurations/{id}/items"),
    ("post", "/field-configurations/{id}/items"),
    ("get", "/field-configurations/{id}/items/{itemId}"),
    ("patch", "/field-configurations/{id}/items/{itemId}"),
    ("get", "/knowledge-base/sources"),
    ("post", "/knowledge-base/sources"),
    ("post", "/knowledge-base/sources/upload"),
    ("get", "/knowledge-base/sources/{sourceId}"),
    ("patch", "/knowledge-base/sources/{sourceId}"),
    ("post", "/knowledge-base/sources/{sourceId}/confirm-upload"),
    ("post", "/super-agent/messages"),
    ("get", "/super-agent/sessions"),
    ("get", "/super-agent/sessions/{sessionId}/messages"),
    ("get", "/conversations/workflow-logs"),
    ("post", "/conversations/{id}/media/download"),
    ("post", "/conversations/{id}/crm/confirm"),
    ("post", "/conversations/{id}/trigger-native-integration"),
}


def _declared(spec: dict[str, Any]) -> set[tuple[str, str]]:
    return {(m, p) for p, item in spec["paths"].items() for m in item}


def test_the_spec_covers_every_endpoint_the_docs_or_public_code_shape(
    spec: dict[str, Any],
) -> None:
    # More may come (each with its sources, below); none of these may go.
    conversations = {(method, path) for method, path, *_ in OPERATIONS}
    # The surface file's 48 endpoints: these 47 and GET /conversations/upload-url.
    assert len(SURFACE) == 47
    assert ("get", "/conversations/upload-url") in conversations
    assert _declared(spec) >= conversations | SURFACE


BEYOND_CONVERSATIONS = sorted(
    _declared(load_spec()) - {(method, path) for method, path, *_ in OPERATIONS}
)


@pytest.mark.parametrize(("method", "path"), BEYOND_CONVERSATIONS)
def test_every_operation_says_where_it_comes_from_and_what_is_unsure(
    spec: dict[str, Any], method: str, path: str
) -> None:
    operation = spec["paths"][path][method]
    sources = operation.get("x-docs-source", []) + operation.get("x-third-party-source", [])
    assert sources, "each operation names where it comes from"
    assert operation.get("x-notes"), "and what is inferred"
    assert {"401", "429", *SERVER_ERRORS} <= operation["responses"].keys()
    if "{" in path:
        assert "404" in operation["responses"]


@pytest.mark.parametrize(("method", "path", "operation_id", "sdk_method", "success"), OPERATIONS)
def test_the_operations_match_the_docs(
    spec: dict[str, Any],
    method: str,
    path: str,
    operation_id: str,
    sdk_method: str | None,
    success: str,
) -> None:
    operation = spec["paths"][path][method]
    assert operation["operationId"] == operation_id
    assert operation.get("x-sdk-method") == sdk_method
    assert operation["tags"] == ["conversations"]
    sources = operation.get("x-docs-source", []) + operation.get("x-third-party-source", [])
    assert sources, "each operation names where it comes from"
    schema = operation["responses"]["200"]["content"]["application/json"]["schema"]
    assert schema == {"$ref": f"#/components/schemas/{success}"}
    # Every exchange a client meets in practice, faults included, matches the spec.
    assert {"401", "429", *SERVER_ERRORS} <= operation["responses"].keys()
    if "{" in path:
        assert "404" in operation["responses"]


def test_only_the_toggle_and_the_summary_override_the_method(spec: dict[str, Any]) -> None:
    overrides = {
        (method, path): op["x-sdk-idempotent"]
        for path, item in spec["paths"].items()
        for method, op in item.items()
        if "x-sdk-idempotent" in op
    }
    # A summary only reads, though it is a POST (its filters go in the body).
    assert overrides == {
        ("put", "/conversations/{id}/change_privacy"): False,
        ("post", "/scorecards/summary"): True,
    }


def test_list_size_is_capped_at_50(spec: dict[str, Any]) -> None:
    operation = spec["paths"]["/conversations/list"]["get"]
    params = {p["name"]: p["schema"] for p in _parameters(spec, operation)}
    assert params["size"] == {"type": "integer", "minimum": 1, "maximum": 50}
    assert params["page"] == {"type": "integer", "minimum": 1}
    assert params["filter[crm_field.values]"]["maxItems"] == 10
    assert operation["x-sdk-pagination"] == "page_number"


def test_the_two_lists_take_the_same_parameters_but_their_sizes_and_date_forms(
    spec: dict[str, Any],
) -> None:
    lists = [spec["paths"][path]["get"] for path in ("/conversations", "/conversations/list")]
    full, optimized = ({p["name"]: p for p in _parameters(spec, op)} for op in lists)
    assert full.keys() == optimized.keys()
    # The legacy list's largest size is undocumented: the client must not refuse one.
    assert full["size"]["schema"] == {"type": "integer", "minimum": 1}
    for name, bound in (("fromDateTime", "lower"), ("toDateTime", "upper")):
        assert full[name]["x-sdk-bound"] == optimized[name]["x-sdk-bound"] == bound
        # The live API refused isoformat() output on the legacy list (public code), and
        # only there: the stand-in holds that list alone to the strict form.
        assert re.fullmatch(full[name]["schema"]["pattern"], "2026-12-06T16:33:05Z")
        assert not re.fullmatch(full[name]["schema"]["pattern"], "2026-12-06T16:33:05.5Z")
        assert not re.fullmatch(full[name]["schema"]["pattern"], "2026-12-06T16:33:05+00:00")
        assert "pattern" not in optimized[name]["schema"]
    third_party = {
        "detailedTranscript",
        "filter[hide_pending]",
        "filter[hide_failed]",
        "filter[hide_transcript]",
        "withIntelligenceItems",
        "withCrmRecords",
    }
    for name in third_party:
        assert optimized[name].get("x-third-party-source"), name
        assert "x-docs-source" not in optimized[name], name


def test_retrieve_takes_the_flags_public_code_sends(spec: dict[str, Any]) -> None:
    operation = spec["paths"]["/conversations/{id}"]["get"]
    params = {p["name"]: p for p in _parameters(spec, operation)}
    assert set(params) == {
        "id",
        "by",
        "detailedTranscript",
        "filter[include_internal_participants]",
        "filter[include_zoom_metadata]",
        "filter[include_import_metadata]",
    }
    for name, param in params.items():
        if name != "id":
            assert param["x-third-party-source"], name
            assert param["schema"]["type"] in ("boolean", "string"), name


_PROVENANCE = re.compile(r"\bfacts\b|\bseed\b|\b[DG]-[a-z]{2,}|third-party code|newer docs")


def test_what_users_read_holds_no_provenance_notes(spec: dict[str, Any]) -> None:
    # Summaries and descriptions become docstrings, --help and the reference: where a
    # fact comes from belongs in x-notes and x-docs-source beside them.
    def texts(node: Any, where: str) -> Iterator[tuple[str, str]]:
        if isinstance(node, dict):
            for key, value in node.items():
                if key in ("summary", "description") and isinstance(value, str):
                    yield f"{where}.{key}", value
                elif not str(key).startswith("x-"):
                    yield from texts(value, f"{where}.{key}")
        elif isinstance(node, list):
            for index, value in enumerate(node):
                yield from texts(value, f"{where}[{index}]")

    found = [where for where, text in texts(spec, "$") if _PROVENANCE.search(text)]
    assert found == []


def test_every_parameter_says_where_it_comes_from(spec: dict[str, Any]) -> None:
    unsourced = [
        f"{method} {path} {param['name']}"
        for path, item in spec["paths"].items()
        for method, operation in item.items()
        for param in _parameters(spec, operation)
        if param["in"] == "query"
        and not (param.get("x-docs-source") or param.get("x-third-party-source"))
        and not operation.get("x-docs-source")
    ]
    assert unsourced == []


def test_only_https_servers_are_declared(spec: dict[str, Any]) -> None:
    assert [s["url"] for s in spec["servers"]] == ["https://api.attention.tech/v2"]
    assert spec["info"]["version"] == "1.8.0"


def _parameters(spec: dict[str, Any], operation: dict[str, Any]) -> Iterator[dict[str, Any]]:
    for parameter in operation.get("parameters", []):
        if "$ref" in parameter:
            parameter = spec["components"]["parameters"][parameter["$ref"].rsplit("/", 1)[1]]
        yield parameter


def _described_things(spec: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    for path, item in spec["paths"].items():
        for method, operation in item.items():
            yield f"{method.upper()} {path}", operation
            for parameter in _parameters(spec, operation):
                yield f"{method.upper()} {path} param {parameter['name']}", parameter
    for name, schema in spec["components"]["schemas"].items():
        yield name, schema
        for prop, prop_schema in schema.get("properties", {}).items():
            yield f"{name}.{prop}", prop_schema


def test_everything_has_a_description(spec: dict[str, Any]) -> None:
    missing = [where for where, thing in _described_things(spec) if not thing.get("description")]
    assert missing == []


def _response_schemas(spec: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    for name, schema in spec["components"]["schemas"].items():
        if name in RESPONSE_SCHEMAS:
            yield name, schema


def _request_schemas(spec: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    for name, schema in spec["components"]["schemas"].items():
        if name not in RESPONSE_SCHEMAS:
            yield name, schema


def test_no_schema_is_both_request_and_response(spec: dict[str, Any]) -> None:
    # The tolerance rules differ (closed requests, open responses), so none may be shared.
    bodies = [
        op["requestBody"]["content"]["application/json"]["schema"]["$ref"].rsplit("/", 1)[1]
        for item in spec["paths"].values()
        for op in item.values()
        if "requestBody" in op
    ]
    sent = frozenset().union(*(reachable_schemas(body) for body in bodies))
    assert sent & RESPONSE_SCHEMAS == set()
    assert sent | RESPONSE_SCHEMAS == spec["components"]["schemas"].keys()


def test_response_schemas_keep_unknown_fields(spec: dict[str, Any]) -> None:
    closed = [n for n, s in _response_schemas(spec) if s.get("additionalProperties") is False]
    assert closed == []


def test_responses_require_only_what_a_result_is_useless_without(spec: dict[str, Any]) -> None:
    # An item's id, an envelope's data, and the one field of a small result: pinned for
    # the schemas there are, at most two declared fields for any added later.
    required = {n: s["required"] for n, s in _response_schemas(spec) if s.get("required")}
    added = {n: r for n, r in required.items() if n not in REQUIRED}
    assert all(len(r) <= 2 for r in added.values()), added
    assert {n: r for n, r in required.items() if n in REQUIRED} == REQUIRED


REQUIRED = {
    "Conversation": ["type", "id", "attributes"],
    "ConversationList": ["data"],
    "ConversationByExternalId": ["conversation_id"],
    "ImportedConversation": ["uuid"],
    "UploadUrl": ["url"],
    "UserListResponse": ["data"],
    "UserResponse": ["data"],
    "TeamResponse": ["data"],
    "TeamMemberListResponse": ["data"],
    "ApiKey": ["id"],
    "LabelResponse": ["data"],
    "Label": ["uuid"],
    "ScorecardListResponse": ["data"],
    "ScorecardResponse": ["data"],
    "Scorecard": ["id"],
    "ScorecardTemplateItemListResponse": ["data"],
    "ScorecardTemplateItemResponse": ["data"],
    "ScorecardTemplateItem": ["id"],
    "ScorecardUsageSummaryListResponse": ["data"],
    "CreateScorecardResultResponse": ["success"],
    "WorkflowLogListResponse": ["data"],
    "MediaDownloadUrl": ["url"],
    "NativeIntegrationTriggerResult": ["workflows"],
    "Snippet": ["id", "url"],
    "OpportunityChangeResult": ["success"],
    "GiHistoryListResponse": ["data"],
    "GiHistory": ["uuid"],
    "EmailListResponse": ["data"],
    "Email": ["messageId"],
    "FieldConfigurationResponse": ["data"],
    "FieldConfiguration": ["uuid"],
    "FieldConfigurationItemListResponse": ["data"],
    "FieldConfigurationItemResponse": ["data"],
    "FieldConfigurationItem": ["uuid"],
    "CreatedFieldConfigurationItemResponse": ["data"],
    "CreatedFieldConfigurationItem": ["item"],
    "FieldConfigurationItemAssignment": ["uuid"],
    "KbSourceListResponse": ["data"],
    "KbSourceResponse": ["data"],
    "KbSource": ["id"],
    "KbSourceUploadUrl": ["source_id", "upload_url"],
    "SuperAgentMessageResult": ["session_id"],
    "SuperAgentMessage": ["id"],
    "SuperAgentSessionListResponse": ["sessions"],
    "SuperAgentSession": ["session_id"],
    "SuperAgentSessionHistory": ["session_id"],
}


def test_request_bodies_are_closed_except_free_form_maps_and_those_documented_in_part(
    spec: dict[str, Any],
) -> None:
    # A body the docs show whole is closed, so a misspelt field is refused before it is
    # sent; one they show in part (cut off, or from public code) is open, so users can
    # send what the docs cut off, and says why.
    open_maps = {"LabelsUpdate", "ImportTranscript", "ImportExtra"}
    for name, schema in _request_schemas(spec):
        if schema.get("type") != "object":
            assert "enum" in schema, name  # a named list of values (SeatType)
        elif name in open_maps:
            assert "properties" not in schema, name
        elif schema["additionalProperties"] is not False:
            assert schema["additionalProperties"] is True, name
            assert schema.get("x-notes"), f"{name} is open: its x-notes say why"


def _is_nullable(schema: dict[str, Any]) -> bool:
    if "anyOf" in schema:
        return any(branch.get("type") == "null" for branch in schema["anyOf"])
    if "$ref" in schema:
        return False
    kind = schema.get("type")
    # A schema without a type accepts any JSON value, null included.
    return kind is None or (isinstance(kind, list) and "null" in kind)


def test_every_optional_response_field_is_nullable(spec: dict[str, Any]) -> None:
    strict = [
        f"{name}.{prop}"
        for name, schema in _response_schemas(spec)
        for prop, prop_schema in schema.get("properties", {}).items()
        if prop not in schema.get("required", []) and not _is_nullable(prop_schema)
    ]
    assert strict == []


def test_request_schemas_have_no_nullable_or_untyped_property(spec: dict[str, Any]) -> None:
    # The generated models tell the two apart by reachability (templates/model_roles.jinja):
    # response models read None for a field left out, request models keep UNSET and send
    # only what was given. Per property the rule reads "nullable or untyped: a response
    # field", which holds only while no request schema has such a property.
    loose = [
        f"{name}.{prop}"
        for name, schema in _request_schemas(spec)
        for prop, prop_schema in schema.get("properties", {}).items()
        if _is_nullable(prop_schema)
    ]
    assert loose == []


def test_status_fields_are_open_strings(spec: dict[str, Any]) -> None:
    schemas = spec["components"]["schemas"]
    for schema_name, prop in STATUS_FIELDS:
        field = schemas[schema_name]["properties"][prop]
        assert field["type"] == ["string", "null"], (schema_name, prop)
        assert "enum" not in field, (schema_name, prop)
    # Nothing the API sends is a closed set: a new value must parse.
    enums = [
        where
        for where, thing in _described_things(spec)
        if "enum" in thing and where.split(".")[0] in RESPONSE_SCHEMAS
    ]
    assert enums == []
    # Query values list theirs in prose too (filter[crm_field.entity_code]: CRMs add
    # kinds), but for `by`, where a misspelt value would be read as an id. Body values
    # the docs list (seat_type, category, format, ...) are checked before sending.
    params = {
        p["name"]: p["schema"].get("enum") or p["schema"].get("items", {}).get("enum")
        for item in spec["paths"].values()
        for op in item.values()
        for p in _parameters(spec, op)
        if "enum" in p["schema"] or "enum" in p["schema"].get("items", {})
    }
    assert params == {"by": ["id", "external_id"]}


def test_update_body_needs_title_or_labels(spec: dict[str, Any]) -> None:
    body = spec["components"]["schemas"]["UpdateConversationRequest"]
    assert body["minProperties"] == 1
    assert body["additionalProperties"] is False
    assert set(body["properties"]) == {"title", "labels"}
    assert "required" not in body
    labels = spec["components"]["schemas"]["LabelsUpdate"]
    assert labels["additionalProperties"] == {"type": "string"}
