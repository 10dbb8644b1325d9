"""The stand-in's schema instances (attention_sdk.testing._instances): build_example gives a
value of a schema from its examples or a minimal one, and fits checks a value's shape.

jsonschema is the judge: every value built must validate against its schema.
"""

from __future__ import annotations

from typing import Any

import jsonschema  # type: ignore[import-untyped]  # ships no type information
import pytest
from attention_sdk.testing import build_example
from attention_sdk.testing._instances import fits

from ..support.strategies import component_schemas, json_schema

REF = "#/components/schemas/"
SCHEMAS: dict[str, Any] = {
    "Thing": {
        "type": "object",
        "required": ["id", "kind", "when", "count", "tags", "owner"],
        "properties": {
            "id": {"type": "string"},
            "kind": {"type": "string", "enum": ["a", "b"]},
            "when": {"type": "string", "format": "date-time"},
            "count": {"type": "integer", "minimum": 3},
            "tags": {"type": "array", "items": {"type": "string"}},
            "owner": {"anyOf": [{"$ref": f"{REF}Owner"}, {"type": "null"}]},
            "note": {"type": ["string", "null"]},
        },
    },
    "Owner": {
        "type": "object",
        "required": ["name"],
        "properties": {"name": {"type": "string"}, "team": {"$ref": f"{REF}Team"}},
        "example": {"name": "Ana", "team": {"uuid": "t-1"}},
    },
    "Team": {"type": "object", "properties": {"uuid": {"type": "string"}}},
    "Rows": {"type": "array", "items": {"$ref": f"{REF}Owner"}},
    "Patch": {
        "type": "object",
        "additionalProperties": False,
        "minProperties": 2,
        "properties": {"a": {"type": "boolean"}, "b": {"type": "number"}, "c": {"type": "string"}},
    },
    "OpenMap": {"type": "object", "minProperties": 1, "additionalProperties": {"type": "string"}},
    "Recursive": {
        "type": "object",
        "required": ["child"],
        "properties": {"child": {"anyOf": [{"$ref": f"{REF}Recursive"}, {"type": "null"}]}},
    },
}


def _validates(name: str, value: Any, schemas: dict[str, Any] = SCHEMAS) -> bool:
    document = {"$defs": schemas, "$ref": f"#/$defs/{name}"}
    validator = jsonschema.Draft202012Validator(_rewrite(document))
    return bool(validator.is_valid(value))


def _rewrite(node: Any) -> Any:
    if isinstance(node, list):
        return [_rewrite(item) for item in node]
    if isinstance(node, dict):
        return {
            key: value.replace(REF, "#/$defs/") if key == "$ref" else _rewrite(value)
            for key, value in node.items()
        }
    return node


def test_a_minimal_instance_holds_the_required_properties_with_typed_defaults() -> None:
    built = build_example(SCHEMAS["Thing"], SCHEMAS)
    assert built == {
        "id": "",
        "kind": "a",
        "when": "2024-01-01T00:00:00Z",
        "count": 3,
        "tags": [],
        "owner": {"name": "Ana", "team": {"uuid": "t-1"}},  # the example, through the $ref
    }
    assert _validates("Thing", built)


def test_a_name_is_a_schema_of_the_spec_the_package_carries() -> None:
    body = build_example("UpdateConversationRequest")
    assert body == {"title": ""}  # minProperties 1: the first property
    assert build_example("Team", SCHEMAS) == {}


def test_examples_win_at_every_level_and_are_copies() -> None:
    first = build_example({"$ref": f"{REF}Owner"}, SCHEMAS)
    first["team"]["uuid"] = "changed"
    assert build_example({"$ref": f"{REF}Owner"}, SCHEMAS)["team"] == {"uuid": "t-1"}
    assert build_example({"type": "string", "example": "x"}, SCHEMAS) == "x"
    assert build_example({"type": "string", "examples": ["y", "z"]}, SCHEMAS) == "y"


def test_an_array_holds_one_item_when_its_items_have_an_example() -> None:
    rows = build_example({"$ref": f"{REF}Rows"}, SCHEMAS)
    assert rows == [{"name": "Ana", "team": {"uuid": "t-1"}}]
    assert build_example({"type": "array", "items": {"$ref": f"{REF}Team"}}, SCHEMAS) == []


def test_min_properties_adds_optional_properties_in_order() -> None:
    assert build_example(SCHEMAS["Patch"], SCHEMAS) == {"a": False, "b": 0}
    assert _validates("Patch", build_example(SCHEMAS["Patch"], SCHEMAS))
    assert build_example(SCHEMAS["OpenMap"], SCHEMAS) == {"key1": ""}


def test_a_recursive_schema_ends() -> None:
    built = build_example(SCHEMAS["Recursive"], SCHEMAS)
    depth = 0
    while isinstance(built, dict):
        built, depth = built["child"], depth + 1
    assert built is None
    assert depth > 3


@pytest.mark.parametrize("name", sorted(component_schemas()))
def test_every_schema_of_the_spec_gets_a_valid_instance(name: str) -> None:
    built = build_example(component_schemas()[name], component_schemas())
    validator = jsonschema.Draft202012Validator(
        json_schema(name), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )
    assert [error.message for error in validator.iter_errors(built)] == []


@pytest.mark.parametrize(
    ("value", "schema", "expected"),
    [
        ("x", {"type": "string"}, True),
        (None, {"type": ["string", "null"]}, True),
        (1, {"type": "string"}, False),
        (True, {"type": "integer"}, False),
        (2.0, {"type": "integer"}, True),
        ("c", {"enum": ["a", "b"]}, False),
        ({"name": "n"}, {"$ref": f"{REF}Owner"}, True),
        ({"team": {}}, {"$ref": f"{REF}Owner"}, False),  # name is required
        ({"name": "n", "team": {"uuid": 5}}, {"$ref": f"{REF}Owner"}, False),
        ([{"name": "n"}], {"$ref": f"{REF}Rows"}, True),
        ([{"name": 1}], {"$ref": f"{REF}Rows"}, False),
        (None, {"anyOf": [{"$ref": f"{REF}Owner"}, {"type": "null"}]}, True),
        ("x", {"anyOf": [{"$ref": f"{REF}Owner"}, {"type": "null"}]}, False),
        ({"a": True, "d": 1}, SCHEMAS["Patch"], False),  # closed
        ({"k": "v"}, SCHEMAS["OpenMap"], True),
        ({"k": 1}, SCHEMAS["OpenMap"], False),
        ("not a date", {"type": "string", "format": "date-time"}, True),  # formats: unchecked
        (5, {"allOf": [{"type": "integer"}, {"type": "number"}]}, True),
        (5, {"const": 4}, False),
    ],
)
def test_fits_checks_the_shape(value: Any, schema: Any, expected: bool) -> None:
    assert fits(value, schema, SCHEMAS) is expected
