"""The stand-in's routes: every operation of the spec, each served by a hook named by its
operationId or by the generic engine.

Where each rule comes from (the spec, written from the public docs):
- Paths live under /v2 (the spec's server).
- What each operation does is read from the spec (_plan.py) and done by the generic
  engine (_engine.py); a hook, keyed by operationId, does it instead where the spec
  cannot say what it does (the conversations' filters, flags, toggles and imports:
  _conversations.py).
- Every request is checked against the spec (_validate.py): an unknown query parameter,
  a malformed value, a body that breaks its schema, a body the operation does not take,
  or one missing that it needs, gives 400 (BadRequest) naming it, unless a test accepted
  it as a named extra (AttentionStandIn.accept_extra).

Routing: the path is matched first, literal segments winning over parameters from left
to right (so /conversations/list is not a conversation id); a known path with another
method gives 405 with an Allow header, any other path 404. Path parameters are matched
on the raw path, so an encoded "/" (%2F) stays inside one, then percent-decoded. Every
operation has a route, and every hook an operation: the router (and so the stand-in)
refuses to load otherwise. The order of the checks is the stand-in's own: the path and
query parameters first, then an unknown id (404), then the body, which a handler reads
after that lookup, so an unknown id is a 404 whatever the body; a 400 changes nothing.

Writes (Store.writes, read through AttentionStandIn.writes()): a 2xx of an update, a
delete, or an action other than GET on the item its path names counts one for that
item's id; a create counts one for the id it makes. Reads, faults, 400s and 404s count
nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any
from urllib.parse import quote, unquote

from ._engine import Handler, Received, serve
from ._messages import Reply, error
from ._plan import Plan, Route
from ._store import Store
from ._validate import NO_EXTRAS, BadRequest, Extras, Operation

__all__ = ["Router"]

Params = Callable[[Store], dict[str, str]]


class Router:
    """Finds the route of a request, checks the request against its operation, and runs
    its handler: the hook of its operationId, or the engine's."""

    def __init__(
        self,
        plan: Plan,
        operations: Mapping[tuple[str, str], Operation],
        hooks: Mapping[str, Handler],
        prefix: str = "/v2",
    ) -> None:
        if set(plan.routes) != set(operations):  # both read from one spec
            raise ValueError("the plan and the checks were not read from the same spec")
        if unknown := sorted(set(hooks) - set(plan.ids)):
            raise ValueError(f"no operation of the spec has the operationId {', '.join(unknown)}")
        self.plan = plan
        by_path: dict[str, dict[str, tuple[Route, Operation, Handler]]] = {}
        for key, route in plan.routes.items():
            handler = hooks.get(route.operation_id) or serve(plan, route, prefix)
            by_path.setdefault(route.path, {})[route.method] = (route, operations[key], handler)
        # A literal segment wins over a parameter, checked from the left: list, upload-url
        # and import are not ids, and by-external-id/title is an external id, not a title.
        ordered = sorted(by_path, key=lambda p: [s.startswith("{") for s in p.split("/")])
        self._paths = [(self._compile(prefix + p), by_path[p]) for p in ordered]
        self._prefix = prefix

    @staticmethod
    def _compile(pattern: str) -> re.Pattern[str]:
        parts = [
            f"(?P<{s[1:-1]}>[^/]+)" if s.startswith("{") else re.escape(s)
            for s in pattern.split("/")
        ]
        return re.compile("/".join(parts))

    def dispatch(
        self,
        store: Store,
        method: str,
        target: str,
        body: bytes,
        extras: Extras = NO_EXTRAS,
    ) -> Reply:
        """The reply to method on target (a path with its query string)."""
        path, _, query = target.partition("?")
        for regex, methods in self._paths:
            if (match := regex.fullmatch(path)) is None:
                continue
            if method not in methods:
                allow = {"Allow": ", ".join(methods)}
                return error(405, "Method not allowed", "method_not_allowed", allow)
            route, operation, handler = methods[method]
            try:
                raw = {name: unquote(value) for name, value in match.groupdict().items()}
                params = operation.read_path(raw)
                values = operation.read_query(query, extras.query)
                reply = handler(
                    store, Received(route, operation, params, values, body, extras.body)
                )
            except BadRequest as bad:
                return error(400, str(bad), "bad_request")
            if 200 <= reply[0] < 300:
                _count(store, route, params)
            return reply
        return error(404, "Not found", "not_found")

    def example_path(self, store: Store, operation_id: str, params: Params | None = None) -> str:
        """A path of the operation whose parameters name items in store: the first of
        each collection (under the item before it), else what params gives."""
        route = self.plan.routes[self.plan.ids[operation_id]]
        given = params(store) if params else {}
        values: dict[str, str] = {}
        parent: tuple[str, str] | None = None
        for name, collection in route.scope:
            if collection is None:
                values[name] = given.get(name, "")
                continue
            nested = parent is not None and self.plan.collections[collection].parent == parent[0]
            ids = store.ids(collection, parent[1] if parent and nested else None)
            values[name] = given.get(name, ids[0] if ids else "")
            parent = (collection, values[name])
        path = route.path
        for name, value in values.items():
            path = path.replace(f"{{{name}}}", quote(value, safe=""))
        return self._prefix + path


def _count(store: Store, route: Route, params: Mapping[str, Any]) -> None:
    """Count a write for a 2xx of an update, a delete, or a change on an item."""
    changes = route.kind in ("update", "delete") or (
        route.kind == "action" and route.method != "GET"
    )
    if changes and route.scope and route.scope[-1][1] is not None:
        store.writes[params[route.scope[-1][0]]] += 1
