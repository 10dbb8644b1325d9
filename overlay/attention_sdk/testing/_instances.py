"""Values of the spec's schemas: built from its examples, and checked for their shape.

- build_example(schema, schemas) gives a value of schema: its ``example`` where it has one
  (at any level, a ``$ref``'s target included), else a minimal instance: an object's
  required properties (more, in order, up to ``minProperties``), the first of an
  ``enum``, of ``anyOf``/``oneOf`` and of a list of types, ``const``, and a type's
  default: ``""`` (or a value of its ``format``), ``0`` (or its ``minimum``), ``false``,
  ``null``; an array is empty unless its items have an example, then it holds one. A
  ``pattern`` is not honoured: a spec that needs one gives an ``example``.
- fits(value, schema, schemas) says whether value has the shape schema declares: types,
  ``enum``, ``const``, ``required``, ``properties``, ``additionalProperties``, ``items``,
  ``$ref``, ``anyOf``/``oneOf``/``allOf`` (``oneOf`` read as ``anyOf``). Formats,
  patterns and bounds are not checked. The engine copies a body field into an item only
  when it fits the item's property, so an answer keeps its schema.

``schemas`` is the spec's ``components/schemas``, which ``$ref`` points into.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import Any

__all__ = ["build_example", "example_of", "fits", "ref_name", "resolve"]

_REF_PREFIX = "#/components/schemas/"
_DEPTH = 12  # how deep a minimal instance goes before giving null (schemas that nest)
_FORMATS = {
    "date-time": "2024-01-01T00:00:00Z",
    "date": "2024-01-01",
    "email": "user@example.invalid",
    "uri": "https://example.invalid/",
    "url": "https://example.invalid/",
    "uuid": "00000000-0000-4000-8000-000000000000",
}
_DEFAULTS: dict[str, Any] = {
    "string": "",
    "integer": 0,
    "number": 0,
    "boolean": False,
    "null": None,
    "array": [],
    "object": {},
}


def ref_name(schema: Any) -> str | None:
    """The component a schema's ``$ref`` names, or None."""
    ref = schema.get("$ref") if isinstance(schema, Mapping) else None
    return ref.removeprefix(_REF_PREFIX) if isinstance(ref, str) else None


def resolve(schema: Any, schemas: Mapping[str, Any]) -> Mapping[str, Any]:
    """The schema a ``$ref`` points at (through chains of them), or schema itself."""
    seen: set[str] = set()
    while (name := ref_name(schema)) is not None and name in schemas and name not in seen:
        seen.add(name)
        schema = schemas[name]
    return schema if isinstance(schema, Mapping) else {}


def example_of(schema: Any) -> tuple[bool, Any]:
    """(True, a copy of its example) if schema carries one, else (False, None)."""
    if isinstance(schema, Mapping):
        if "example" in schema:
            return True, copy.deepcopy(schema["example"])
        examples = schema.get("examples")
        if isinstance(examples, list) and examples:
            return True, copy.deepcopy(examples[0])
    return False, None


def build_example(schema: Any, schemas: Mapping[str, Any] | None = None, *, depth: int = 0) -> Any:
    """A value of schema: its example, else a minimal instance (see the module's doc).

    schema is a schema (a dict) or the name of one of ``schemas``, the spec's
    ``components/schemas``: by default those of the spec the package carries, so that
    ``build_example("UpdateConversationRequest")`` gives a body the stand-in accepts.
    """
    if schemas is None:
        from ._validate import spec_document  # the package's spec, read once

        schemas = spec_document().get("components", {}).get("schemas", {})
    if isinstance(schema, str):
        schema = {"$ref": _REF_PREFIX + schema}
    found, value = example_of(schema)
    if found:
        return value
    if not isinstance(schema, Mapping) or depth > _DEPTH:
        return None
    deeper = depth + 1
    if (name := ref_name(schema)) is not None and name in schemas:
        return build_example(schemas[name], schemas, depth=deeper)
    if "const" in schema:
        return copy.deepcopy(schema["const"])
    if isinstance(schema.get("enum"), list) and schema["enum"]:
        return copy.deepcopy(schema["enum"][0])
    for key in ("anyOf", "oneOf"):
        if isinstance(schema.get(key), list) and schema[key]:
            return build_example(schema[key][0], schemas, depth=deeper)
    if isinstance(schema.get("allOf"), list):
        merged: dict[str, Any] = {}
        for part in schema["allOf"]:
            built = build_example(part, schemas, depth=deeper)
            if isinstance(built, dict):
                merged.update(built)
        return merged
    kind = _first_type(schema)
    if kind == "object":
        return _object(schema, schemas, deeper)
    if kind == "array":
        items = schema.get("items")
        has_example = example_of(resolve(items, schemas))[0] or example_of(items)[0]
        return [build_example(items, schemas, depth=deeper)] if has_example else []
    if kind == "string":
        return _FORMATS.get(str(schema.get("format")), "")
    if kind in ("integer", "number"):
        low, high = schema.get("minimum"), schema.get("maximum")
        return low if low is not None else min(0, high) if high is not None else 0
    return copy.deepcopy(_DEFAULTS.get(kind or "null"))


def _first_type(schema: Mapping[str, Any]) -> str | None:
    declared = schema.get("type")
    if isinstance(declared, list):
        return next((t for t in declared if t != "null"), declared[0] if declared else None)
    if isinstance(declared, str):
        return declared
    if "properties" in schema or "required" in schema:
        return "object"
    return "array" if "items" in schema else None


def _object(schema: Mapping[str, Any], schemas: Mapping[str, Any], depth: int) -> dict[str, Any]:
    properties = schema.get("properties") or {}
    wanted = [name for name in schema.get("required") or [] if isinstance(name, str)]
    fewest = schema.get("minProperties", 0)
    for name in properties:  # optional ones, in order, until minProperties is met
        if len(wanted) >= fewest:
            break
        if name not in wanted:
            wanted.append(name)
    built = {name: build_example(properties.get(name, {}), schemas, depth=depth) for name in wanted}
    extra = schema.get("additionalProperties", True)
    while len(built) < fewest:  # an open map that must not be empty
        built[f"key{len(built) + 1}"] = build_example(extra, schemas, depth=depth)
    return built


def _anything(value: Any) -> bool:
    return True


_CHECKS: dict[str, Any] = {
    "object": lambda v: isinstance(v, dict),
    "array": lambda v: isinstance(v, list),
    "string": lambda v: isinstance(v, str),
    "boolean": lambda v: isinstance(v, bool),
    "null": lambda v: v is None,
    "integer": lambda v: (
        (isinstance(v, int) and not isinstance(v, bool))
        or (isinstance(v, float) and v.is_integer())
    ),
    "number": lambda v: isinstance(v, int | float) and not isinstance(v, bool),
}


def fits(value: Any, schema: Any, schemas: Mapping[str, Any], *, depth: int = 0) -> bool:
    """Whether value has the shape schema declares (see the module's doc)."""
    if schema is True or schema is None:
        return True
    if schema is False or depth > 4 * _DEPTH:
        return schema is not False
    if not isinstance(schema, Mapping):
        return True
    deeper = depth + 1
    if (name := ref_name(schema)) is not None and name in schemas:
        if not fits(value, schemas[name], schemas, depth=deeper):
            return False
    if "const" in schema and value != schema["const"]:
        return False
    if isinstance(schema.get("enum"), list) and value not in schema["enum"]:
        return False
    declared = schema.get("type")
    names = [declared] if isinstance(declared, str) else declared
    if isinstance(names, list) and not any(_CHECKS.get(t, _anything)(value) for t in names):
        return False
    for key in ("anyOf", "oneOf"):
        options = schema.get(key)
        if isinstance(options, list) and not any(
            fits(value, option, schemas, depth=deeper) for option in options
        ):
            return False
    for part in schema.get("allOf") or []:
        if not fits(value, part, schemas, depth=deeper):
            return False
    if isinstance(value, dict):
        return _object_fits(value, schema, schemas, deeper)
    if isinstance(value, list) and "items" in schema:
        return all(fits(item, schema["items"], schemas, depth=deeper) for item in value)
    return True


def _object_fits(
    value: dict[str, Any], schema: Mapping[str, Any], schemas: Mapping[str, Any], depth: int
) -> bool:
    if any(name not in value for name in schema.get("required") or []):
        return False
    properties = schema.get("properties") or {}
    extra = schema.get("additionalProperties", True)
    for key, field in value.items():
        if not fits(field, properties.get(key, extra), schemas, depth=depth):
            return False
    return True
