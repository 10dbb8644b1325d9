"""Reading the spec: references, and the type and check of each value a method takes."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.openapi import Endpoint

from .names import SpecError, path_shape, snake_case

BOUNDS = {"lower": "down", "upper": "up"}  # x-sdk-bound, and which way whole seconds round
# What every date-time the client sends looks like (the generated types.format_datetime);
# a `pattern` on a date-time must accept it.
WIRE_DATETIME = "2026-12-06T16:33:05Z"
# Schema keywords that only describe (with any x-* key), and those turned into checks.
ANNOTATIONS = frozenset({"description", "title", "example", "examples", "deprecated"})
UNDERSTOOD = ANNOTATIONS | {
    "type",
    "format",
    "items",
    "properties",
    "required",
    "additionalProperties",
    "$ref",
    "minimum",
    "maximum",
    "maxItems",
    "minProperties",
    "pattern",
    "enum",
}
SCHEMA_PREFIX = "#/components/schemas/"


@dataclass
class Checks:
    """The module-level Check objects of one generated module, one per distinct kind."""

    exprs: dict[str, str] = field(default_factory=dict)  # expression -> constant name
    models: set[str] = field(default_factory=set)

    def constant(self, expr: str, name: str) -> str:
        if expr not in self.exprs:
            taken = set(self.exprs.values())
            base, n = name, 2
            while name in taken:
                name, n = f"{base}_{n}", n + 1
            self.exprs[expr] = name
        return self.exprs[expr]


class Kind(NamedTuple):
    """What a request value is: its annotation, its Check, and how a command line takes it
    (str, int, float, bool, datetime, choice, strings, pairs or json)."""

    annotation: str
    check: str
    cli: str
    choices: tuple[str, ...] = ()


class Reader:
    """The raw spec (for the x-sdk-* keys and schemas) beside what the generator made of it
    (for the names it gave: endpoint modules, parameters, models)."""

    def __init__(self, spec: Mapping[str, Any], generated: GeneratorData) -> None:
        self.spec = spec
        self.schemas: Mapping[str, Any] = spec.get("components", {}).get("schemas", {})
        # The generator names each model by its reference (/components/schemas/Name).
        self.class_names = {
            model.name.get_untrusted_value().rsplit("/", 1)[-1]: str(model.class_info.name)
            for model in [*generated.models, *generated.enums]
        }
        self.endpoints: dict[tuple[str, str], tuple[str, Endpoint]] = {}
        for tag, collection in generated.endpoint_collections_by_tag.items():
            for endpoint in collection.endpoints:
                key = (endpoint.method, path_shape(endpoint.path.get_untrusted_value()))
                self.endpoints[key] = (str(tag), endpoint)

    def resolve(
        self, schema: Mapping[str, Any], where: str
    ) -> tuple[str | None, Mapping[str, Any]]:
        """(the component name or None, the schema itself), following one $ref."""
        ref = schema.get("$ref")
        if ref is None:
            return None, schema
        if not ref.startswith(SCHEMA_PREFIX) or ref[len(SCHEMA_PREFIX) :] not in self.schemas:
            raise SpecError(f"{where}: cannot follow $ref {ref!r}")
        name = ref[len(SCHEMA_PREFIX) :]
        return name, self.schemas[name]

    def model(self, schema: Mapping[str, Any], where: str) -> str:
        """The class of a schema that must be a named component."""
        name, _ = self.resolve(schema, where)
        if name is None:
            raise SpecError(f"{where}: must be a named schema ($ref)")
        return self.class_names[name]

    def parameter(self, item: Mapping[str, Any], where: str) -> Mapping[str, Any]:
        """A parameter, following components/parameters."""
        ref = item.get("$ref")
        if ref is None:
            return item
        if not ref.startswith("#/components/parameters/"):
            raise SpecError(f"{where}: cannot follow $ref {ref!r}")
        resolved: Mapping[str, Any] = self.spec["components"]["parameters"][ref.rsplit("/", 1)[-1]]
        return resolved

    def kind(
        self, schema: Mapping[str, Any], where: str, checks: Checks, bound: str | None = None
    ) -> Kind:
        """The annotation, Check and command-line kind of a request value of this schema;
        ``bound`` is a date-time query parameter's x-sdk-bound."""
        name, schema = self.resolve(schema, where)
        unknown = {key for key in schema if not key.startswith("x-")} - UNDERSTOOD
        if unknown:
            raise SpecError(f"{where}: schema keywords {sorted(unknown)} are not supported")
        kind = schema.get("type")
        is_datetime = kind == "string" and schema.get("format") == "date-time"
        if bound is not None and (not is_datetime or bound not in BOUNDS):
            raise SpecError(f"{where}: x-sdk-bound must be one of {sorted(BOUNDS)}, on a date-time")
        if kind == "object":
            return self.shape(name, schema, where, checks)
        if is_datetime:
            # The client sends one form (WIRE_DATETIME's); a pattern must accept it.
            pattern = schema.get("pattern")
            if pattern is not None and not re.fullmatch(pattern, WIRE_DATETIME):
                raise SpecError(f"{where}: its pattern refuses {WIRE_DATETIME!r}, the sent form")
            rounding = BOUNDS.get(bound or "", "")
            args = f"round={rounding!r}" if rounding else ""
            suffix = f"_{rounding.upper()}" if rounding else ""
            check = checks.constant(f"DateTime({args})", f"_DATETIME{suffix}")
            return Kind("datetime.datetime", check, "datetime")
        if kind == "string" and "enum" in schema:
            values = schema["enum"]
            if not values or not all(isinstance(v, str) for v in values):
                raise SpecError(f"{where}: an enum must list strings")
            annotation = f"Literal[{', '.join(map(repr, values))}]"
            check = checks.constant(f"OneOf({tuple(values)!r})", "_ONE_OF")
            return Kind(annotation, check, "choice", tuple(values))
        if kind == "string" and "pattern" in schema:
            pattern = schema["pattern"]
            try:
                re.compile(pattern)
            except re.error as error:
                raise SpecError(f"{where}: pattern {pattern!r} is not a regex: {error}") from None
            return Kind("str", checks.constant(f"Str(pattern={pattern!r})", "_STR_PATTERN"), "str")
        if kind == "string":
            return Kind("str", checks.constant("Str()", "_STR"), "str")
        if kind == "boolean":
            return Kind("bool", checks.constant("Bool()", "_BOOL"), "bool")
        if kind == "number":
            return Kind("float", checks.constant("Number()", "_NUMBER"), "float")
        if kind == "integer":
            bounds = {k: schema[k] for k in ("minimum", "maximum") if k in schema}
            args = ", ".join(f"{k}={int(v)!r}" for k, v in bounds.items())
            suffix = "".join(f"_{k[:3].upper()}_{int(v)}" for k, v in bounds.items())
            return Kind("int", checks.constant(f"Int({args})", f"_INT{suffix}"), "int")
        if kind == "array":
            item = self.kind(schema.get("items", {}), f"{where}[]", checks)
            limit = schema.get("maxItems")
            args = item.check + ("" if limit is None else f", max_items={int(limit)!r}")
            suffix = "" if limit is None else f"_MAX_{int(limit)}"
            constant = checks.constant(f"ListOf({args})", f"_LIST_OF{item.check}{suffix}")
            # Sequence, not list: a method named `list` would shadow the builtin in annotations.
            cli = "strings" if item.cli == "str" else "json"
            return Kind(f"Sequence[{item.annotation}]", constant, cli)
        raise SpecError(f"{where}: a request value of type {kind!r} is not supported")

    def shape(
        self, name: str | None, schema: Mapping[str, Any], where: str, checks: Checks
    ) -> Kind:
        if name is None:
            raise SpecError(f"{where}: request objects must be named components ($ref)")
        model = self.class_names[name]
        checks.models.add(model)
        properties: Mapping[str, Any] = schema.get("properties", {})
        fields = {
            prop: self.kind(sub, f"{name}.{prop}", checks).check for prop, sub in properties.items()
        }
        extra = schema.get("additionalProperties", False)
        if extra is True or extra == {}:
            extra_check: str | None = checks.constant("AnyJson()", "_ANY_JSON")
        elif extra is False:
            extra_check = None
        else:
            extra_check = self.kind(extra, f"{name}.*", checks).check
        args = [model]
        if fields:
            args.append("{" + ", ".join(f"{p!r}: {c}" for p, c in fields.items()) + "}")
        if schema.get("required"):
            args.append(f"required=frozenset({sorted(schema['required'])!r})")
        if extra_check is not None:
            args.append(f"extra={extra_check}")
        constant = checks.constant(f"Shape({', '.join(args)})", f"_{snake_case(name).upper()}")
        if fields:
            return Kind(f"{model} | Mapping[str, Any]", constant, "json")
        strings = extra_check == checks.exprs.get("Str()")
        return Kind(
            f"Mapping[str, {'str' if strings else 'Any'}]", constant, "pairs" if strings else "json"
        )
