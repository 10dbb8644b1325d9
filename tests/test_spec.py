"""Rules the curated spec follows, checked so a later edit cannot quietly break them.

openapi-spec-validator (run by `make check-spec`) proves the document is valid
OpenAPI; these tests prove it says what the docs say, tolerantly.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from .conftest import EXAMPLE_NAMES, load_example

REQUEST_SCHEMAS = {"UpdateConversationRequest", "LabelsUpdate"}
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


def _resolve(spec: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    """Follow a $ref, or the non-null branch of `anyOf: [$ref, null]`."""
    if "anyOf" in schema:
        branches = [b for b in schema["anyOf"] if b.get("type") != "null"]
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
    schema = _resolve(spec, schema)
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


@pytest.mark.parametrize(
    ("method", "operation_id", "errors"),
    [
        ("put", "updateConversation", {"400", "401", "403", "404", "409", "422", "429", "500"}),
        ("get", "getConversation", {"400", "401", "403", "404", "429", "500"}),
    ],
)
def test_the_operations_match_the_docs(
    spec: dict[str, Any], method: str, operation_id: str, errors: set[str]
) -> None:
    operation = spec["paths"]["/conversations/{id}"][method]
    assert operation["operationId"] == operation_id
    assert operation["tags"] == ["conversations"]
    assert operation["x-docs-source"], "each operation names its docs source"
    success = operation["responses"]["200"]["content"]["application/json"]["schema"]
    assert success == {"$ref": "#/components/schemas/Conversation"}
    assert errors <= operation["responses"].keys()


def test_only_https_servers_are_declared(spec: dict[str, Any]) -> None:
    assert [s["url"] for s in spec["servers"]] == ["https://api.attention.tech/v2"]
    assert spec["info"]["version"] == "1.8.0"


def _described_things(spec: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    for path, item in spec["paths"].items():
        for method, operation in item.items():
            yield f"{method.upper()} {path}", operation
            for parameter in operation.get("parameters", []):
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
        if name not in REQUEST_SCHEMAS:
            yield name, schema


def test_response_schemas_keep_unknown_fields(spec: dict[str, Any]) -> None:
    closed = [n for n, s in _response_schemas(spec) if s.get("additionalProperties") is False]
    assert closed == []


def test_only_type_id_and_attributes_are_required(spec: dict[str, Any]) -> None:
    required = {n: s["required"] for n, s in _response_schemas(spec) if s.get("required")}
    assert required == {"Conversation": ["type", "id", "attributes"]}


def _is_nullable(schema: dict[str, Any]) -> bool:
    if "anyOf" in schema:
        return any(branch.get("type") == "null" for branch in schema["anyOf"])
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


def test_status_fields_are_open_strings(spec: dict[str, Any]) -> None:
    schemas = spec["components"]["schemas"]
    for schema_name, prop in STATUS_FIELDS:
        field = schemas[schema_name]["properties"][prop]
        assert field["type"] == ["string", "null"], (schema_name, prop)
        assert "enum" not in field, (schema_name, prop)
    enums = [where for where, thing in _described_things(spec) if "enum" in thing]
    assert enums == []


def test_update_body_needs_title_or_labels(spec: dict[str, Any]) -> None:
    body = spec["components"]["schemas"]["UpdateConversationRequest"]
    assert body["minProperties"] == 1
    assert body["additionalProperties"] is False
    assert set(body["properties"]) == {"title", "labels"}
    assert "required" not in body
    labels = spec["components"]["schemas"]["LabelsUpdate"]
    assert labels["additionalProperties"] == {"type": "string"}
