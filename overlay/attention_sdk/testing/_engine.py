"""The generic engine: a handler for every operation of the spec, made from its Route
(_plan.py), over the collections of the Store (_store.py). Hooks (_routes.py) replace it
where the spec cannot say what an operation does.

The rules are the stand-in's own reading of the spec (docs/contributing.md):
- A path parameter that names an item of a collection (_plan.py) must name one, under the
  item the parameter before it names where the collection is nested: else 404
  ``<Schema> not found``, before the body is read.
- list: the items of its collection (under the parent its path names), in the order they
  were added, paged as ``x-sdk-pagination`` says. ``page_number``: ``page`` (from 1) and
  ``size``; ``offset``: ``limit`` and ``offset`` (from 0); a size left out is
  DEFAULT_SIZE, or the parameter's ``maximum`` if lower. Without it, every item, cut to
  a ``limit`` the spec declares and the request gives. The envelope gets ``meta``
  (``pageCount``, ``totalRecords``, ``pageNumber``, ``pageSize``), ``total`` and
  ``links`` (``self``, and ``related``: the next page, or null) where it declares
  them. Other query parameters (filters) are checked by the spec and change nothing.
- create: a new item of the collection (_store.new_item) with a fresh id, the body's
  fields overlaid, under the parent its path names. update (PATCH or PUT): the body's
  fields overlaid; nothing else changes. delete: the item and what is nested under it
  are removed. retrieve: the item.
- The body's fields are overlaid where they name a property of the item, as sent or in
  camelCase or snake_case (``first_name`` sets ``firstName``), or a property of its
  ``attributes`` (JSON:API-shaped items); a field that names none, or whose value does
  not fit that property's schema (_instances.fits), is left out. The id never changes.
- action: on the item its last path parameter names, if it names one; it answers that
  item where the response is that item's schema, else the response schema's example,
  else a minimal instance of it (_instances.build_example).
- Every answer is shaped as the success response declares: a bare item or array,
  ``{data: item}``, ``{data: [...]}``, or ``{field: [...]}`` (its other fields from the
  envelope's example, and from the parent item where the names and schemas agree); any
  other required field of an envelope is a minimal instance. A success declared without
  content is answered empty.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping
from typing import Any
from urllib.parse import quote, urlencode

from ._instances import build_example, fits, resolve
from ._messages import Reply, empty, error, ok
from ._plan import Collection, Plan, Route
from ._store import Item, Store, new_item
from ._validate import Operation

__all__ = ["DEFAULT_SIZE", "Handler", "Received", "serve"]

DEFAULT_SIZE = 20
Found = list[tuple[str, str, Item]]  # (collection, id, item) for each parameter naming one


class Received:
    """What a handler gets: its Route, the path and query parameters, read and checked
    against the spec, and the body, read and checked by body() (after any 404).

    A handler must call body() before it changes anything, even where the spec declares
    no body, so that one sent anyway is a 400 and a 400 leaves no half-change
    (tests/standin/test_standin_validation.py sends a body to every operation that takes none).
    """

    __slots__ = ("_extras", "_operation", "_raw", "params", "query", "route")

    def __init__(
        self,
        route: Route,
        operation: Operation,
        params: dict[str, Any],
        query: dict[str, Any],
        raw: bytes,
        extras: frozenset[str],
    ) -> None:
        self.route, self.params, self.query = route, params, query
        self._operation, self._raw, self._extras = operation, raw, extras

    def body(self) -> Any:
        """The body as JSON, checked, without accepted extras; None when there is none."""
        return self._operation.read_body(self._raw, self._extras)


Handler = Callable[[Store, Received], Reply]


def not_found(collection: str) -> Reply:
    return error(404, f"{collection} not found", "not_found")


def locate(plan: Plan, store: Store, route: Route, params: Mapping[str, str]) -> Found | Reply:
    """The item each path parameter names, or the 404 of the first that names none."""
    found: Found = []
    for name, collection in route.scope:
        if collection is None:
            continue
        under = found[-1] if found and plan.collections[collection].parent == found[-1][0] else None
        item = store.find(collection, params[name], under[1] if under else None)
        if item is None:
            return not_found(collection)
        found.append((collection, params[name], item))
    return found


def _spellings(key: str) -> list[str]:
    camel = re.sub(r"_([a-z0-9])", lambda match: match[1].upper(), key)
    snake = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", key).lower()
    return list(dict.fromkeys((key, camel, snake)))


def _properties(schema: Any, schemas: Mapping[str, Any]) -> Mapping[str, Any]:
    resolved = resolve(schema, schemas)
    options = resolved.get("anyOf")
    if isinstance(options, list):  # a nullable object: the object's
        objects = [resolve(option, schemas) for option in options]
        resolved = next((o for o in objects if o.get("properties")), resolved)
    properties = resolved.get("properties")
    return properties if isinstance(properties, Mapping) else {}


def overlay(plan: Plan, collection: Collection, item: Item, body: Any) -> None:
    """Copy the body's fields into item where they name its properties (the module's doc)."""
    if not isinstance(body, dict):
        return
    own = _properties(collection.schema, plan.schemas)
    inner = _properties(own.get("attributes"), plan.schemas)
    for key, value in body.items():
        for name in _spellings(key):
            if name == collection.key:
                break
            if name in own and fits(value, own[name], plan.schemas):
                item[name] = value
                break
            if name in inner and fits(value, inner[name], plan.schemas):
                if not isinstance(item.get("attributes"), dict):
                    item["attributes"] = {}
                item["attributes"][name] = value
                break


def _rest(plan: Plan, route: Route, field: str) -> dict[str, Any]:
    """The envelope's other required fields, as minimal instances."""
    envelope = resolve(route.response, plan.schemas)
    properties = envelope.get("properties") or {}
    required = [name for name in envelope.get("required") or [] if name != field]
    return {name: build_example(properties.get(name, {}), plan.schemas) for name in required}


def answer(plan: Plan, route: Route, item: Item | None) -> Reply:
    """The answer of a route about one item (None: no item to show)."""
    if route.response is None:
        return empty(route.status)
    shape = route.shape
    if item is None or not shape.one or shape.item != route.collection:
        return ok(build_example(route.response, plan.schemas), route.status)
    if shape.form == "item":
        return ok(item, route.status)
    return ok({**_rest(plan, route, "data"), "data": item}, route.status)


def _size(route: Route, name: str) -> int:
    most = (route.query.get(name) or {}).get("maximum")
    return min(DEFAULT_SIZE, most) if isinstance(most, int) and most > 0 else DEFAULT_SIZE


class _Lister:
    """Pages and envelopes of a list route."""

    def __init__(self, plan: Plan, route: Route, prefix: str) -> None:
        self.plan, self.route, self.prefix = plan, route, prefix
        envelope = resolve(route.response, plan.schemas)
        self.declared = envelope.get("properties") or {}

    def link(self, params: Mapping[str, str], paging: dict[str, int] | None) -> str | None:
        if paging is None:
            return None
        path = self.route.path
        for name, value in params.items():
            path = path.replace(f"{{{name}}}", quote(value, safe=""))
        return f"{self.prefix}{path}?{urlencode(paging)}"

    def page(
        self, items: list[Item], query: Mapping[str, Any], params: Mapping[str, str]
    ) -> tuple[list[Item], dict[str, Any]]:
        total, paging = len(items), self.route.pagination
        nxt: dict[str, int] | None = None
        if paging == "page_number":
            number = max(query.get("page", 1), 1)
            size = max(query.get("size", _size(self.route, "size")), 1)
            start = (number - 1) * size
            this = {"page": number, "size": size}
            if start + size < total:
                nxt = {"page": number + 1, "size": size}
        elif paging == "offset":
            start = max(query.get("offset", 0), 0)
            size = max(query.get("limit", _size(self.route, "limit")), 1)
            number = start // size + 1
            this = {"limit": size, "offset": start}
            if start + size < total:
                nxt = {"limit": size, "offset": start + size}
        else:
            limit = query.get("limit")
            start, number, this = 0, 1, {}
            size = limit if isinstance(limit, int) and limit >= 0 else max(total, 1)
        extras = {
            "meta": {
                "pageCount": math.ceil(total / size) if size else 0,
                "totalRecords": total,
                "pageNumber": number,
                "pageSize": size,
            },
            "total": total,
            "links": {"self": self.link(params, this), "related": self.link(params, nxt)},
        }
        return items[start : start + size], {k: v for k, v in extras.items() if k in self.declared}

    def body(self, items: list[Item], extras: dict[str, Any], parent: Item | None) -> Any:
        shape, plan = self.route.shape, self.plan
        if shape.form == "array":
            return items
        assert shape.field is not None
        if shape.form == "data-array":
            return {**_rest(plan, self.route, shape.field), shape.field: items, **extras}
        built = build_example(self.route.response, plan.schemas)
        body: dict[str, Any] = built if isinstance(built, dict) else {}
        if parent is not None:  # {session_id, title, messages: [...]} under a session
            inner = parent.get("attributes")
            levels = [parent, inner if isinstance(inner, dict) else {}]
            for name, schema in self.declared.items():
                value = next((level[name] for level in levels if name in level), None)
                if name != shape.field and value is not None and fits(value, schema, plan.schemas):
                    body[name] = value
        return {**body, shape.field: items, **extras}


def serve(plan: Plan, route: Route, prefix: str = "/v2") -> Handler:
    """The generic handler of route."""
    collection = plan.collections.get(route.collection or "")
    lister = _Lister(plan, route, prefix)

    def handle(store: Store, received: Received) -> Reply:
        found = locate(plan, store, route, received.params)
        if not isinstance(found, list):
            return found
        parent = found[-1] if found and collection and collection.parent == found[-1][0] else None
        body = received.body()  # a 400 before any change
        kind = route.kind
        if kind == "list" and collection is not None:
            groups = store.collections.get(collection.name, {})
            if parent is not None:
                items = list(groups.get(parent[1], {}).values())
            else:
                items = [item for group in groups.values() for item in group.values()]
            page, extras = lister.page(items, received.query, received.params)
            return ok(lister.body(page, extras, parent[2] if parent else None), route.status)
        if kind == "create" and collection is not None:
            item_id, made = new_item(store, plan, collection, parent[1] if parent else "")
            overlay(plan, collection, made, body)
            store.writes[item_id] += 1
            return answer(plan, route, made)
        target = found[-1][2] if found and found[-1][0] == route.collection else None
        if kind == "update" and collection is not None and target is not None:
            overlay(plan, collection, target, body)
        elif kind == "delete" and target is not None:
            _remove(plan, store, found[-1][0], found[-1][1])
        return answer(plan, route, target)

    return handle


def _remove(plan: Plan, store: Store, name: str, item_id: str) -> None:
    """Remove an item, and the items nested under it."""
    for group in store.collections.get(name, {}).values():
        group.pop(item_id, None)
    for child in plan.collections.values():
        if child.parent == name:
            for nested in list(store.collections.get(child.name, {}).pop(item_id, {})):
                _remove(plan, store, child.name, nested)
