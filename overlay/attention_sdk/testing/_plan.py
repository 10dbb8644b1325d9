"""What the stand-in's engine reads from the spec: for each operation, what it does to which
collection and how its answer is shaped; for each collection, its id key and its parent.

The rules are the stand-in's reading of the spec's conventions (docs/contributing.md):
- An operation's item schema X comes from its success response's schema: ``{data: $ref X}``
  or bare ``$ref X`` (one item); ``{data: [$ref X]}``, a bare array of ``$ref X``, or an
  object with no id key whose one array property holds ``$ref X`` (many items).
- Its kind, by method and path shape: GET on a path ending in a literal answering many
  items is a list; GET, PATCH/PUT and DELETE on a path ending in a parameter answering
  one item that has an id key are retrieve, update and delete (and so is a DELETE
  answering nothing, on the collection its path names); POST on a path ending in a
  literal answering one item of a collection is a create, unless its last parameter
  names an item of that collection (``/sources/{id}/confirm-upload``). Anything else is
  an action.
- There is one collection per item schema of a list, retrieve, update or delete; every
  path answering that schema shares it. Its id key is ``id`` if the schema has one, else
  ``uuid``, else none (the stand-in then numbers the items itself).
- A path parameter names an item of the collection its path names (the item operations
  at that path, or else the list or create at the path before it). A collection reached
  under such a parameter (``/scorecards/{id}/items``) is nested: kept per parent id.
- The success answered is the lowest declared 2xx, except that a delete answers one
  declared without content where there is one (204 first).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from ._instances import ref_name, resolve
from ._schema import SpecError

__all__ = ["Collection", "Plan", "Route", "Shape", "read_plan"]

Kind = Literal["list", "create", "retrieve", "update", "delete", "action"]
METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
PAGINATIONS = ("page_number", "offset")
_ONE = ("item", "data")
_MANY = ("array", "data-array", "field-array")
_ITEM_KINDS: dict[str, Kind] = {
    "GET": "retrieve",
    "PATCH": "update",
    "PUT": "update",
    "DELETE": "delete",
}


@dataclass(frozen=True)
class Shape:
    """How a success body holds items: ``form`` is none (no content), item (bare $ref),
    data ({data: item}), array (bare), data-array, field-array ({field: [...]}) or other;
    ``item`` is the item schema's name and ``field`` the property that holds it."""

    form: str
    item: str | None = None
    field: str | None = None

    @property
    def one(self) -> bool:
        return self.form in _ONE

    @property
    def many(self) -> bool:
        return self.form in _MANY


@dataclass(frozen=True)
class Route:
    """One operation as the engine serves it."""

    operation_id: str
    method: str
    path: str
    kind: Kind
    status: int  # the success status answered
    response: Any  # that status's JSON schema, or None for no content
    shape: Shape
    collection: str | None  # what it acts on; for an action, the collection of its item
    scope: tuple[tuple[str, str | None], ...]  # each path parameter, the collection it names
    pagination: str | None  # x-sdk-pagination
    query: Mapping[str, Any]  # the declared query parameters' schemas, by name

    @property
    def label(self) -> str:
        return f"{self.method} {self.path}"


@dataclass(frozen=True)
class Collection:
    """One collection of items, for every path that answers its item schema."""

    name: str  # the item schema's name
    key: str | None  # the id key: "id", "uuid" or None
    schema: Mapping[str, Any]
    parent: str | None  # the collection it is nested under (where one of its paths does)
    flat: bool  # whether some path serves it without a parent


@dataclass(frozen=True)
class Plan:
    """Everything the engine reads from one spec."""

    schemas: Mapping[str, Any]  # components/schemas
    routes: dict[tuple[str, str], Route]  # by (method, path)
    collections: dict[str, Collection]  # by item schema name, parents before children
    ids: dict[str, tuple[str, str]] = field(default_factory=dict)  # operationId -> route


def id_key(schema: Mapping[str, Any]) -> str | None:
    """The id key of an item schema: ``id``, else ``uuid``, else None."""
    properties = schema.get("properties") or {}
    return next((key for key in ("id", "uuid") if key in properties), None)


def _segments(path: str) -> list[str]:
    return [segment for segment in path.split("/") if segment]


def _is_parameter(segment: str) -> bool:
    return segment.startswith("{") and segment.endswith("}")


def _ends_in_parameter(path: str) -> bool:
    segments = _segments(path)
    return bool(segments) and _is_parameter(segments[-1])


def _without_null(schema: Any) -> Any:
    """X out of ``anyOf: [X, {type: null}]``; the schema itself otherwise."""
    if isinstance(schema, Mapping) and isinstance(schema.get("anyOf"), list):
        options = [o for o in schema["anyOf"] if not _is_null(o)]
        if len(options) == 1:
            return options[0]
    return schema


def _is_null(schema: Any) -> bool:
    return isinstance(schema, Mapping) and schema.get("type") == "null"


def _is_array(schema: Any) -> bool:
    declared = schema.get("type") if isinstance(schema, Mapping) else None
    return declared == "array" or (isinstance(declared, list) and "array" in declared)


def shape_of(schema: Any, schemas: Mapping[str, Any]) -> Shape:
    """The shape of a success body (see the module's doc)."""
    if schema is None:
        return Shape("none")
    name = ref_name(schema)
    body = resolve(schema, schemas)
    if _is_array(body):
        item = ref_name(body.get("items"))
        return Shape("array", item) if item else Shape("other")
    properties = body.get("properties") or {}
    if "data" in properties:
        data = _without_null(properties["data"])
        if (item := ref_name(data)) is not None:
            return Shape("data", item, "data")
        if _is_array(data) and (item := ref_name(data.get("items"))) is not None:
            return Shape("data-array", item, "data")
    if id_key(body) is None:
        arrays = [
            (key, item)
            for key, declared in properties.items()
            if _is_array(prop := _without_null(declared))
            and (item := ref_name(prop.get("items"))) is not None
        ]
        if len(arrays) == 1:
            return Shape("field-array", arrays[0][1], arrays[0][0])
    return Shape("item", name) if name else Shape("other")


class _Reader:
    def __init__(self, spec: Mapping[str, Any]) -> None:
        components = spec.get("components") or {}
        self.schemas: Mapping[str, Any] = components.get("schemas") or {}
        self.responses: Mapping[str, Any] = components.get("responses") or {}
        self.operations: dict[tuple[str, str], Mapping[str, Any]] = {}
        for path, item in (spec.get("paths") or {}).items():
            for method in METHODS:
                if method in item:
                    self.operations[(method.upper(), path)] = item[method]
        self.shapes = {key: shape_of(self.success(key)[1], self.schemas) for key in self.operations}

    def has_key(self, name: str | None) -> bool:
        """Whether the schema of that name has an id key."""
        schema = resolve(self.schemas.get(name or ""), self.schemas)
        return name is not None and id_key(schema) is not None

    def success(self, key: tuple[str, str]) -> tuple[int, Any]:
        """The success status answered and its JSON schema (None: no content)."""
        method, path = key
        declared = self.operations[key].get("responses") or {}
        found: dict[int, Any] = {}
        for code, response in declared.items():
            if str(code).isdigit() and 200 <= int(code) < 300:
                found[int(code)] = self._content(response, f"{method} {path} {code}")
        if not found:
            raise SpecError(f"{method} {path}: declares no success (2xx) response")
        codes = sorted(found)
        if method == "DELETE" and (empty := [c for c in codes if found[c] is None]):
            status = 204 if 204 in empty else empty[0]
        else:
            status = next((c for c in codes if found[c] is not None), codes[0])
        return status, found[status]

    def _content(self, response: Any, at: str) -> Any:
        name = response.get("$ref", "") if isinstance(response, Mapping) else ""
        if name:
            response = self.responses.get(name.removeprefix("#/components/responses/"))
        content = response.get("content") if isinstance(response, Mapping) else None
        if not content:
            return None
        if "application/json" not in content:
            raise SpecError(f"{at}: the stand-in answers application/json only")
        return content["application/json"].get("schema", {})


def read_plan(spec: Mapping[str, Any]) -> Plan:
    """The plan of spec; SpecError for what the engine cannot serve."""
    reader = _Reader(spec)
    kinds = _kinds(reader)
    routes = {key: _route(reader, spec, key, kinds) for key in reader.operations}
    parents: dict[str, str] = {}
    flat: dict[str, bool] = {}
    for route in routes.values():
        if route.kind == "action" or route.collection is None:
            continue
        around = route.scope[:-1] if route.kind in _ITEM_KINDS.values() else route.scope
        parent = next((c for _, c in reversed(around) if c is not None), None)
        if parent is None:
            flat[route.collection] = True
        else:
            parents.setdefault(route.collection, parent)
        flat.setdefault(route.collection, False)
    collections = {}
    for name in _parents_first(flat, parents):
        schema = resolve(reader.schemas.get(name), reader.schemas)
        collections[name] = Collection(name, id_key(schema), schema, parents.get(name), flat[name])
    ids = {route.operation_id: key for key, route in routes.items()}
    return Plan(reader.schemas, routes, collections, ids)


Kinds = dict[tuple[str, str], Kind]


def _kinds(reader: _Reader) -> Kinds:
    """The kind of each operation that is not an action (see the module's doc)."""
    kinds: Kinds = {}
    for key, shape in reader.shapes.items():
        method, path = key
        if _ends_in_parameter(path):
            if method in _ITEM_KINDS and shape.one and reader.has_key(shape.item):
                kinds[key] = _ITEM_KINDS[method]
        elif method == "GET" and shape.many and shape.item:
            kinds[key] = "list"
    items = {reader.shapes[key].item for key in kinds}
    for key, shape in reader.shapes.items():
        method, path = key
        if method != "POST" or _ends_in_parameter(path) or not shape.one:
            continue
        scope = _scope(reader, path, kinds)
        if shape.item in items and (not scope or scope[-1][1] != shape.item):
            kinds[key] = "create"  # else an action on the item its last parameter names
    for key, shape in reader.shapes.items():  # a DELETE answering nothing
        if key[0] == "DELETE" and shape.form == "none" and _ends_in_parameter(key[1]):
            if _collection_at(reader, key[1], kinds) is not None:
                kinds[key] = "delete"
    return kinds


def _collection_at(reader: _Reader, path: str, kinds: Kinds) -> str | None:
    """The collection whose item a path ending in a parameter names: the item schema of
    the item operations at that path, else of the list or create at the path before it."""
    prefix = "/" + "/".join(_segments(path)[:-1])
    for wanted, where in ((("retrieve", "update", "delete"), path), (("list", "create"), prefix)):
        for (method, other), kind in kinds.items():
            if other == where and kind in wanted:
                if (item := reader.shapes[(method, other)].item) is not None:
                    return item
    return None


def _scope(reader: _Reader, path: str, kinds: Kinds) -> tuple[tuple[str, str | None], ...]:
    """Each path parameter, with the collection whose item it names (or None)."""
    segments = _segments(path)
    return tuple(
        (segment[1:-1], _collection_at(reader, "/" + "/".join(segments[: i + 1]), kinds))
        for i, segment in enumerate(segments)
        if _is_parameter(segment)
    )


def _route(reader: _Reader, spec: Mapping[str, Any], key: tuple[str, str], kinds: Kinds) -> Route:
    method, path = key
    operation, shape = reader.operations[key], reader.shapes[key]
    scope = _scope(reader, path, kinds)
    kind = kinds.get(key, "action")
    if kind == "action":  # on the item its last parameter names, if it names one
        collection = scope[-1][1] if scope else None
    elif kind == "delete" and shape.item is None:
        collection = _collection_at(reader, path, kinds)
    else:
        collection = shape.item
    paging = operation.get("x-sdk-pagination")
    if paging is not None and paging not in PAGINATIONS:
        raise SpecError(f"{method} {path}: x-sdk-pagination is page_number or offset")
    if paging is not None and kind != "list":
        raise SpecError(
            f"{method} {path}: x-sdk-pagination on what is not a list (a GET on a path"
            " ending in a literal, answering many items of a $ref schema)"
        )
    status, response = reader.success(key)
    return Route(
        operation_id=str(operation.get("operationId") or f"{method} {path}"),
        method=method,
        path=path,
        kind=kind,
        status=status,
        response=response,
        shape=shape,
        collection=collection,
        scope=scope,
        pagination=paging,
        query=_query(operation, spec, path),
    )


def _query(operation: Mapping[str, Any], spec: Mapping[str, Any], path: str) -> dict[str, Any]:
    """The declared query parameters' schemas, by name (the path's and the operation's)."""
    shared = (spec.get("components") or {}).get("parameters") or {}
    declared = [
        *(spec["paths"][path].get("parameters") or []),
        *(operation.get("parameters") or []),
    ]
    found: dict[str, Any] = {}
    for parameter in declared:
        ref = parameter.get("$ref")
        if isinstance(ref, str):
            parameter = shared.get(ref.removeprefix("#/components/parameters/"), {})
        if parameter.get("in") == "query":
            found[parameter["name"]] = parameter.get("schema", {})
    return found


def _parents_first(flat: Mapping[str, bool], parents: Mapping[str, str]) -> list[str]:
    ordered: list[str] = []

    def visit(name: str, seen: frozenset[str]) -> None:
        if name in ordered or name in seen:
            return
        if (parent := parents.get(name)) is not None:
            visit(parent, seen | {name})
        ordered.append(name)

    for name in sorted(flat):
        visit(name, frozenset())
    return ordered
