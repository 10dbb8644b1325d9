"""Requests checked against the spec the package carries (data/openapi.json, which
``make gen`` writes from openapi/attention.yaml): what the spec declares is what is accepted.

For each operation, its declared parameters (path and query, its own and its path's,
following ``$ref`` into components/parameters) and its request body (``application/json``,
following ``$ref`` into components/schemas) are compiled once, when the spec is first
loaded; nothing here names a parameter or a field. A request that breaks them is a 400
whose message names what is wrong:

- a query parameter the operation does not declare (the message lists those it takes);
- a malformed value: an integer is ASCII digits (an optional minus sign), within
  ``minimum``/``maximum``; a boolean is ``true`` or ``false``; a string meets its
  ``format`` (``date-time``, ``uri``), ``pattern`` and ``enum``; an array is sent as
  repeated keys (``a=1&a=2``, OpenAPI's default for the query), each item checked, at
  most ``maxItems``; any other parameter given twice is refused;
- a missing required parameter;
- a body that is not JSON, a missing body the operation requires, any body sent to an
  operation that declares none, and a body that breaks its schema (_schema.py), named by
  its path (``externalMetadata.participants[0].email``).

A test may accept named extras (AttentionStandIn.accept_extra): query parameters, and
top-level fields of a JSON object body, which are then left out of what the handlers
get. The spec is refused when it loads (SpecError) if it asks for what is not
interpreted here: a header or cookie parameter, a ``style`` or ``explode`` other than
OpenAPI's defaults (``form`` and exploded in the query, ``simple`` in the path), a
parameter given by ``content``, a body in another media type, or a schema keyword
_schema.py does not know.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any
from urllib.parse import parse_qs

from ._schema import ANNOTATIONS, BadRequest, Compiler, SpecError, Validator, field_path

__all__ = [
    "NO_EXTRAS",
    "BadRequest",
    "Extras",
    "Operation",
    "SpecError",
    "load_operations",
    "spec_document",
    "spec_operations",
]

METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
_PARAMETER_KEYS = frozenset({"name", "in", "required", "schema", "style", "explode"}) | ANNOTATIONS
# How values are read: OpenAPI's defaults, which are all the stand-in reads (a query
# array as repeated keys, never comma-separated).
_STYLES = {"query": "form", "path": "simple"}
_PATH_ITEM_KEYS = frozenset({*METHODS, "parameters", "summary", "description", "servers"})
_BODY_KEYS = frozenset({"content", "required", "description"})
_MEDIA_KEYS = frozenset({"schema", "example", "examples"})
_INTEGER = re.compile(r"-?[0-9]+")
_HINT = "the stand-in refuses what the spec does not declare; AttentionStandIn.accept_extra"


def _annotation(key: str) -> bool:
    return key in ANNOTATIONS or key.startswith("x-")


def _known(node: Mapping[str, Any], keys: frozenset[str], at: str) -> None:
    unknown = [key for key in node if key not in keys and not key.startswith("x-")]
    if unknown:
        raise SpecError(f"{at}: the stand-in does not interpret {', '.join(unknown)}")


def _quoted(text: str) -> str:
    return repr(text if len(text) <= 40 else text[:39] + "…")


def _integer(text: str, where: str) -> int:
    if _INTEGER.fullmatch(text) is None:
        raise BadRequest(f"{where} must be an integer, got {_quoted(text)}")
    try:
        return int(text)
    except ValueError:  # more digits than int() reads (sys.get_int_max_str_digits)
        raise BadRequest(f"{where} must be an integer of fewer digits") from None


def _boolean(text: str, where: str) -> bool:
    if text not in ("true", "false"):
        raise BadRequest(f"{where} must be true or false, got {_quoted(text)}")
    return text == "true"


def _string(text: str, where: str) -> str:
    return text


# How the text of a query or path value becomes the JSON value its schema checks.
_READERS: dict[str, Callable[[str, str], Any]] = {
    "integer": _integer,
    "boolean": _boolean,
    "string": _string,
}


@dataclass(frozen=True)
class Extras:
    """What a test accepts beyond the spec (AttentionStandIn.accept_extra), on every route:
    query parameters, and top-level fields of a JSON object body."""

    query: frozenset[str] = frozenset()
    body: frozenset[str] = frozenset()


NO_EXTRAS = Extras()


@dataclass(frozen=True)
class Parameter:
    """One declared path or query parameter, compiled."""

    name: str
    required: bool
    repeatable: bool  # an array, sent as repeated keys
    reader: Callable[[str, str], Any]  # one text to the value of the schema (or of an item)
    check: Validator  # the schema's check, on the value read

    def read(self, texts: list[str]) -> Any:
        """The value of this parameter from its texts (one per key given)."""
        name = self.name
        if self.repeatable:
            value: Any = [self.reader(t, f"{name}[{i}]") for i, t in enumerate(texts)]
        elif len(texts) > 1:
            raise BadRequest(f"{name} must be given at most once, got {len(texts)} values")
        else:
            value = self.reader(texts[0], name)
        self.check(value, name)
        return value


@dataclass(frozen=True)
class Body:
    """A declared request body, compiled."""

    required: bool
    check: Validator
    fields: frozenset[str]  # the top level's declared fields
    closed: bool  # whether the top level refuses other fields
    allowed: str  # the declared fields, in their order, for a message


def _not_json(constant: str) -> Any:
    raise ValueError(f"{constant} is not JSON")


class Operation:
    """One operation of the spec, with its checks compiled."""

    def __init__(
        self,
        method: str,
        path: str,
        path_parameters: Iterable[Parameter],
        query_parameters: Iterable[Parameter],
        body: Body | None,
    ) -> None:
        self.method, self.path = method, path
        self.label = f"{method} {path}"
        self._path = {p.name: p for p in path_parameters}
        self._query = {p.name: p for p in query_parameters}
        self._required = [p.name for p in self._query.values() if p.required]
        self._takes = ", ".join(self._query) or "none"
        self._body = body

    def read_path(self, raw: Mapping[str, str]) -> dict[str, Any]:
        """The path parameters (percent-decoded already), checked."""
        return {name: self._path[name].read([text]) for name, text in raw.items()}

    def read_query(self, query: str, extras: frozenset[str]) -> dict[str, Any]:
        """The declared query parameters given, read and checked; extras left out."""
        given = parse_qs(query, keep_blank_values=True) if query else {}
        unknown = [name for name in given if name not in self._query and name not in extras]
        if unknown:
            plural = "s" if len(unknown) > 1 else ""
            raise BadRequest(
                f"Unknown query parameter{plural} {', '.join(map(_quoted, unknown))}:"
                f" {self.label} takes {self._takes} ({_HINT}(query=[...]) allows named extras)"
            )
        values = {
            name: self._query[name].read(texts)
            for name, texts in given.items()
            if name in self._query
        }
        for name in self._required:
            if name not in values:
                raise BadRequest(f"{name} is required")
        return values

    def read_body(self, raw: bytes, extras: frozenset[str]) -> Any:
        """The body as JSON, checked, without the extras; None when there is none."""
        body = self._body
        if body is None:
            if raw and not self._only_extras(raw, extras):
                raise BadRequest(
                    f"{self.label} takes no body ({_HINT}(body=[...]) allows named fields)"
                )
            return None
        if not raw:
            if body.required:
                raise BadRequest(f"{self.label} needs a JSON body")
            return None
        try:
            value = json.loads(raw, parse_constant=_not_json)
        except ValueError:  # UnicodeDecodeError included
            raise BadRequest("The body is not JSON") from None
        if isinstance(value, dict):
            if extras:
                value = {k: v for k, v in value.items() if k not in extras or k in body.fields}
            # The schema's check would refuse these too; here the message can say how a
            # test accepts them.
            if body.closed and (unknown := [key for key in value if key not in body.fields]):
                named = ", ".join(repr(field_path("", key)) for key in unknown)
                raise BadRequest(
                    f"Unknown field{'s' if len(unknown) > 1 else ''} {named} in the body:"
                    f" allowed are {body.allowed} ({_HINT}(body=[...]) allows named extras)"
                )
        body.check(value, "")
        return value

    @staticmethod
    def _only_extras(raw: bytes, extras: frozenset[str]) -> bool:
        """Whether a body sent to an operation that declares none holds accepted extras
        alone (a client's extra_body there), which the handler then never sees."""
        if not extras:
            return False
        try:
            value = json.loads(raw, parse_constant=_not_json)
        except ValueError:
            return False
        return isinstance(value, dict) and value.keys() <= extras


class _Loader:
    """Compiles the operations of one spec."""

    def __init__(self, spec: Mapping[str, Any]) -> None:
        self.components = spec.get("components", {})
        self.compiler = Compiler(self.components.get("schemas", {}))

    def operations(self, paths: Mapping[str, Any]) -> dict[tuple[str, str], Operation]:
        found: dict[tuple[str, str], Operation] = {}
        for path, item in paths.items():
            at = f"#/paths/{path}"
            _known(item, _PATH_ITEM_KEYS, at)
            shared = self._parameters(item.get("parameters", []), f"{at}/parameters")
            for method in METHODS:
                if method in item:
                    operation = self._operation(method.upper(), path, item[method], shared)
                    found[(method.upper(), path)] = operation
        return found

    def _operation(
        self,
        method: str,
        path: str,
        operation: Mapping[str, Any],
        shared: dict[tuple[str, str], Mapping[str, Any]],
    ) -> Operation:
        at = f"#/paths/{path}/{method.lower()}"
        declared = {**shared, **self._parameters(operation.get("parameters", []), at)}
        in_path = {name for (name, where) in declared if where == "path"}
        if in_path != set(re.findall(r"\{([^}]+)\}", path)):
            raise SpecError(f"{at}: the path parameters do not match the path's template")
        compiled = {key: self._parameter(param, at) for key, param in declared.items()}
        body = operation.get("requestBody")
        return Operation(
            method,
            path,
            [compiled[key] for key in declared if key[1] == "path"],
            [compiled[key] for key in declared if key[1] == "query"],
            None if body is None else self._body(body, f"{at}/requestBody"),
        )

    def _resolve(self, node: Mapping[str, Any], kind: str, at: str) -> Mapping[str, Any]:
        if "$ref" not in node:
            return node
        prefix = f"#/components/{kind}/"
        ref = node["$ref"]
        name = ref.removeprefix(prefix) if isinstance(ref, str) else None
        target = self.components.get(kind, {}).get(name) if name and name != ref else None
        if not isinstance(target, Mapping):
            raise SpecError(f"{at}/$ref: {ref!r} is not one of components/{kind}")
        return target

    def _parameters(
        self, declared: list[Mapping[str, Any]], at: str
    ) -> dict[tuple[str, str], Mapping[str, Any]]:
        resolved = [self._resolve(param, "parameters", at) for param in declared]
        return {(param["name"], param["in"]): param for param in resolved}

    def _parameter(self, param: Mapping[str, Any], at: str) -> Parameter:
        name, where = param["name"], param["in"]
        at = f"{at} parameter {name}"
        _known(param, _PARAMETER_KEYS, at)
        if where not in _STYLES:
            raise SpecError(f"{at}: {where} parameters are not interpreted")
        schema = param.get("schema", {})
        kind = schema.get("type") if isinstance(schema, Mapping) else None
        style = param.get("style", _STYLES[where])
        if style != _STYLES[where] or param.get("explode", style == "form") != (style == "form"):
            raise SpecError(
                f"{at}: style {style!r} with explode {param.get('explode')!r} is not"
                f" interpreted; a {where} parameter is read in OpenAPI's default style only"
            )
        item_kind = schema.get("items", {}).get("type") if kind == "array" else kind
        reader = _READERS.get(item_kind) if isinstance(item_kind, str) else None
        if reader is None or (kind == "array" and where == "path"):
            raise SpecError(
                f"{at}: its schema's type must be one of {', '.join(_READERS)}"
                f"{' or an array of one' if where == 'query' else ''}, to read it from text"
            )
        return Parameter(
            name,
            required=where == "path" or bool(param.get("required", False)),
            repeatable=kind == "array",
            reader=reader,
            check=self.compiler.compile(schema, f"{at}/schema"),
        )

    def _body(self, body: Mapping[str, Any], at: str) -> Body:
        body = self._resolve(body, "requestBodies", at)
        _known(body, _BODY_KEYS, at)
        content = body.get("content", {})
        if set(content) != {"application/json"}:
            raise SpecError(f"{at}: only an application/json body is interpreted")
        media = content["application/json"]
        _known(media, _MEDIA_KEYS, f"{at}/content/application/json")
        schema = media.get("schema", True)
        # The top level's own fields, through a $ref that stands alone (with annotations).
        top = schema if isinstance(schema, Mapping) else {}
        while "$ref" in top and all(k == "$ref" or _annotation(k) for k in top):
            top = self._resolve(top, "schemas", at)
        if "$ref" in top:  # beside other keywords: left to the compiled check alone
            top = {}
        fields = list(top.get("properties", {}))
        return Body(
            required=bool(body.get("required", False)),  # OpenAPI's default: optional
            check=self.compiler.compile(schema, f"{at}/content/application/json/schema"),
            fields=frozenset(fields),
            closed=top.get("additionalProperties", True) is False,
            allowed=", ".join(fields) or "none",
        )


def load_operations(spec: Mapping[str, Any]) -> dict[tuple[str, str], Operation]:
    """Every operation of spec, by (method, path); SpecError for what is not interpreted."""
    return _Loader(spec).operations(spec.get("paths", {}))


@cache
def spec_document() -> Mapping[str, Any]:
    """The spec the package carries, read once per process (never change it)."""
    text = (resources.files("attention_sdk.testing") / "data" / "openapi.json").read_text("utf-8")
    document: Mapping[str, Any] = json.loads(text)
    return document


@cache
def spec_operations() -> dict[tuple[str, str], Operation]:
    """The operations of the spec the package carries, compiled once per process."""
    return load_operations(spec_document())
