"""What the spec declares a field to hold, read back from openapi/attention.yaml.

Two questions the model tests ask, answered from the schemas alone, never from the
generated code:

- ``fits(schema, value)``: does a JSON value have the shape a property declares, at its
  own level (an object where a model is declared, with the model's required properties
  fitting, a list of such objects where a list of models is, a string that parses where
  a date-time is, exact JSON types elsewhere, so ``true`` is not an integer)? A value
  that does not fit reads as one left out, and is kept in ``mismatched_fields``.
- ``misread(name, model)``: where does a parsed model hand out a value of another type
  than its schema declares? Every field is read, nested models included: the answer
  must always be "nowhere", whatever JSON came.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator, Mapping
from functools import cache
from typing import Any

import attention_client.models
from attention_client.types import parse_datetime
from openapi_python_client.strings import PythonIdentifier

from ..conftest import MODEL_NAMES
from .strategies import Schema, component_schemas, ref_name

MODELS: Mapping[str, Any] = {name: getattr(attention_client.models, name) for name in MODEL_NAMES}


@cache
def attribute(prop: str) -> str:
    """The Python name the generator gives a property (``userUUID`` -> ``user_uuid``)."""
    return str(PythonIdentifier(prop, prefix="field_"))


def _kinds(schema: Schema) -> list[str]:
    kind: str | list[str] = schema["type"]
    return [kind] if isinstance(kind, str) else list(kind)


def _parses(text: str) -> bool:
    try:
        parse_datetime(text)
    except ValueError:
        return False
    return True


def _fits_kind(kind: str, schema: Schema, value: Any) -> bool:
    if kind == "null":
        return value is None
    if kind == "boolean":
        return type(value) is bool
    if kind == "integer":
        return type(value) is int
    if kind == "number":
        return type(value) in (int, float)
    if kind == "string":
        if schema.get("format") == "date-time":
            return type(value) is str and _parses(value)
        return type(value) is str
    if kind == "array":
        items = schema.get("items")
        return type(value) is list and (items is None or all(fits(items, item) for item in value))
    if kind == "object":
        return isinstance(value, dict)
    raise NotImplementedError(kind)


def fits(schema: Schema, value: Any) -> bool:
    """Whether ``value`` has the shape ``schema`` declares, at its own level (see above)."""
    if "anyOf" in schema:
        return any(fits(option, value) for option in schema["anyOf"])
    if "$ref" in schema:
        # An object, with every required property of the model there and fitting: a
        # model that cannot be built from it leaves the whole value to mismatched_fields.
        target = component_schemas()[ref_name(schema["$ref"])]
        properties = target.get("properties", {})
        return isinstance(value, dict) and all(
            prop in value and fits(properties.get(prop, {}), value[prop])
            for prop in target.get("required", ())
        )
    if "type" not in schema:
        return True  # untyped: any JSON value
    return any(_fits_kind(kind, schema, value) for kind in _kinds(schema))


def misread(name: str, model: Any, path: str = "$") -> Iterator[str]:
    """The JSON paths where ``model``, of the schema ``name``, holds a value of another type
    than the schema declares (reading every field, so lazy ones are parsed)."""
    properties: Mapping[str, Schema] = component_schemas()[name].get("properties", {})
    if not properties:  # an open map: any key, any value
        if not isinstance(model, Mapping):
            yield f"{path}: {type(model).__name__} for the map {name}"
        return
    for prop, schema in properties.items():
        yield from _misread_value(schema, getattr(model, attribute(prop)), f"{path}.{prop}")


def _misread_value(schema: Schema, value: Any, path: str) -> Iterator[str]:
    for option in schema.get("anyOf", [schema]):
        found = _as_option(option, value, path)
        if found is not None:
            yield from found
            return
    yield f"{path}: {type(value).__name__} {value!r:.60}"


def _as_option(option: Schema, value: Any, path: str) -> list[str] | None:
    """None when ``value`` is not of the type ``option`` declares, else what is misread in it."""
    if "$ref" in option:
        target = ref_name(option["$ref"])
        return list(misread(target, value, path)) if isinstance(value, MODELS[target]) else None
    if "type" not in option:
        return []  # untyped: any value
    for kind in _kinds(option):
        if kind == "null" and value is None:
            return []
        if kind == "string" and option.get("format") == "date-time":
            if isinstance(value, datetime.datetime):
                return []
        elif kind in ("string", "boolean", "integer", "number") and _fits_kind(kind, option, value):
            return []
        elif kind == "array" and type(value) is list:
            items = option.get("items")
            if items is None:
                return []
            return [
                problem
                for index, item in enumerate(value)
                for problem in _misread_value(items, item, f"{path}[{index}]")
            ]
    return None
