"""From the spec to what the templates print: groups, their operations, and each method's
four views (sync or async, parsed or raw), worked out here so the templates only print."""

from __future__ import annotations

import ast
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openapi_python_client.parser.openapi import Endpoint
from openapi_python_client.parser.properties import ModelProperty

from .names import SpecError, pascal_case, path_shape, python_name, snake_case
from .spec import Checks, Reader

HTTP_METHODS = ("get", "put", "post", "delete", "patch")
SUCCESS_CODES = frozenset({"200", "201", "202", "204"})
# Keywords every method takes besides the operation's own.
OPTION_NAMES = frozenset(
    {"timeout", "max_retries", "extra_headers", "extra_query", "extra_body", "self"}
)
RAW_VIEW = "with_raw_response"


@dataclass(frozen=True)
class Paging:
    """One paging style (x-sdk-pagination): its query parameters and page classes."""

    params: tuple[str, str]
    sync_page: str
    async_page: str
    paginator: str


PAGING = {
    "page_number": Paging(("page", "size"), "SyncPage", "AsyncPage", "AsyncPaginator"),
    "offset": Paging(
        ("limit", "offset"), "SyncOffsetPage", "AsyncOffsetPage", "AsyncOffsetPaginator"
    ),
}
# What the docstring of a date-time query parameter says of the form it is sent in.
ROUNDING = {
    "lower": "Sent in UTC to the whole second, rounded down, so the window never narrows.",
    "upper": "Sent in UTC to the whole second, rounded up, so the window never narrows.",
}
_JSON_TYPES = {
    "string": "str",
    "object": "dict",
    "array": "list",
    "boolean": "bool",
    "integer": "int",
}


@dataclass
class Param:
    name: str  # the keyword (or positional) name of the public method
    target: str  # the generated name it is passed as (a _get_kwargs argument or model field)
    wire: str  # the name in the HTTP request
    type: str  # the annotation of the public method
    check: str  # the constant that checks it
    required: bool
    description: str
    cli: str = "str"  # how a command line takes it (spec.Kind.cli)
    choices: tuple[str, ...] = ()


@dataclass
class Body:
    model: str
    params: list[Param]
    min_properties: int


@dataclass
class View:
    """One of a method's four forms."""

    is_async: bool
    raw: bool
    coroutine: bool  # `async def`
    returns: str
    returns_doc: str
    statements: list[str]


@dataclass
class Operation:
    group: tuple[str, ...]
    name: str
    operation_id: str
    builder: str
    module: str  # the generated endpoint module
    http_method: str
    path: str
    summary: str
    description: str
    path_params: list[Param]
    query_params: list[Param]
    body: Body | None
    result: str  # what the 2xx parses into (the Call's type)
    returned: str  # what the method gives the user
    parser: str  # the constant that parses it
    returned_models: set[str]
    item: str | None  # the item model, for a paginated operation
    pagination: str | None
    idempotent: bool | None
    views: list[View] = field(default_factory=list)

    @property
    def params(self) -> list[Param]:
        return [*self.query_params, *(self.body.params if self.body else [])]

    @property
    def keyword_params(self) -> list[Param]:
        """Required keywords first, so reading order matches what must be given."""
        return sorted(self.params, key=lambda p: not p.required)

    @property
    def names(self) -> str:
        """The constant name of this operation's declared wire names (for with_extras)."""
        return f"_{self.builder[1:-5].upper()}_NAMES"

    @property
    def declared(self) -> dict[str, dict[str, str]]:
        """Wire name to argument name, for the query and the body: an extra_query or
        extra_body key that the operation declares is refused, naming the argument."""
        return {
            "query": {p.wire: p.name for p in self.query_params},
            "body": {p.wire: p.name for p in (self.body.params if self.body else [])},
        }

    @property
    def call_args(self) -> str:
        args = [p.name for p in self.path_params] + [f"{p.name}={p.name}" for p in self.params]
        return ", ".join([*args, "extra_query=extra_query", "extra_body=extra_body"])


@dataclass
class Group:
    """A client attribute (`client.scorecards`) or a nested one (`client.scorecards.items`)."""

    path: tuple[str, ...]
    description: str
    operations: list[Operation] = field(default_factory=list)
    children: list[Group] = field(default_factory=list)

    @property
    def attribute(self) -> str:
        return self.path[-1]

    @property
    def dotted(self) -> str:
        return ".".join(self.path)

    @property
    def class_name(self) -> str:
        return "".join(pascal_case(part) for part in self.path)

    def walk(self) -> Iterable[Group]:
        """This group and every group under it, children first."""
        for child in self.children:
            yield from child.walk()
        yield self


@dataclass
class Module:
    """One generated module: a top-level group and every group nested in it."""

    root: Group
    checks: Checks = field(default_factory=Checks)
    parsers: dict[str, str] = field(default_factory=dict)  # constant name -> expression
    models: set[str] = field(default_factory=set)
    modules: set[str] = field(default_factory=set)

    @property
    def tag(self) -> str:
        return self.root.attribute

    @property
    def groups(self) -> list[Group]:
        return list(self.root.walk())

    @property
    def operations(self) -> list[Operation]:
        return [op for group in self.groups for op in group.operations]

    @property
    def class_names(self) -> list[str]:
        return sorted(
            f"{prefix}{group.class_name}{suffix}"
            for group in self.groups
            for prefix in ("", "Async")
            for suffix in ("", "WithRawResponse")
        )

    @property
    def page_classes(self) -> list[str]:
        return sorted(
            {
                name
                for op in self.operations
                if op.pagination
                for name in (
                    PAGING[op.pagination].sync_page,
                    PAGING[op.pagination].async_page,
                    PAGING[op.pagination].paginator,
                )
            }
        )


def client_attributes(sources: Iterable[Path]) -> frozenset[str]:
    """The public names the clients define (methods, properties, attributes set in their
    methods), read from their source: a group must not shadow one of them."""
    names: set[str] = set()
    for source in sources:
        for node in ast.walk(ast.parse(source.read_text("utf-8"))):
            if isinstance(node, ast.ClassDef):
                for member in node.body:
                    if isinstance(member, ast.FunctionDef | ast.AsyncFunctionDef):
                        names.add(member.name)
                    elif isinstance(member, ast.AnnAssign) and isinstance(member.target, ast.Name):
                        names.add(member.target.id)
            elif isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Store):
                if isinstance(node.value, ast.Name) and node.value.id == "self":
                    names.add(node.attr)
    return frozenset(name for name in names if not name.startswith("_"))


# --- reading -----------------------------------------------------------------------------


def read_modules(reader: Reader, client_names: frozenset[str]) -> list[Module]:
    spec = reader.spec
    descriptions = {t["name"]: t.get("description", "") for t in spec.get("tags", [])}
    modules: dict[str, Module] = {}
    groups: dict[tuple[str, ...], Group] = {}

    def group(path: tuple[str, ...], where: str) -> Group:
        if path in groups:
            return groups[path]
        dotted = ".".join(path)
        if dotted not in descriptions:
            raise SpecError(f"{where}: the group {dotted!r} needs an entry in the root tags")
        made = groups[path] = Group(path, descriptions[dotted])
        if len(path) > 1:
            group(path[:-1], where).children.append(made)
        return made

    for path, item in spec.get("paths", {}).items():
        for method in HTTP_METHODS:
            if method not in item:
                continue
            operation = item[method]
            where = f"{method.upper()} {path}"
            if not operation.get("tags"):
                raise SpecError(f"{where}: an operation needs a tag (its client attribute)")
            tag = operation["tags"][0]
            top = python_name(tag, where)
            if top != tag:
                raise SpecError(f"{where}: tag {tag!r} must be a snake_case identifier")
            if top in client_names:
                raise SpecError(f"{where}: tag {tag!r} would shadow client.{top}")
            dotted = operation.get("x-sdk-group", tag)
            segments = tuple(dotted.split("."))
            if segments[0] != tag or any(python_name(s, where) != s for s in segments):
                raise SpecError(
                    f"{where}: x-sdk-group {dotted!r} must be dotted snake_case names "
                    f"starting with its tag {tag!r}"
                )
            module = modules.get(tag)
            if module is None:
                module = modules[tag] = Module(group((tag,), where))
            target = group(segments, where)
            target.operations.append(
                _operation(reader, module, segments, method, path, operation, where)
            )
    for module in modules.values():
        for each in module.groups:
            names = [op.name for op in each.operations]
            children = [child.attribute for child in each.children]
            taken = [*names, *children, RAW_VIEW]
            if dupes := sorted({n for n in taken if taken.count(n) > 1}):
                raise SpecError(f"group {each.dotted!r}: more than one member is named {dupes}")
    return list(modules.values())


def _param(
    reader: Reader, module: Module, raw: Mapping[str, Any], where: str, generated: Mapping[str, str]
) -> tuple[str, Param]:
    param = reader.parameter(raw, where)
    wire = param["name"]
    spot = f"{where} parameter {wire}"
    if param["in"] == "path":
        return "path", Param(
            python_name(wire, spot),
            generated[wire],
            wire,
            "str",
            "path_param",
            True,
            param.get("description", ""),
        )
    if param["in"] != "query":
        raise SpecError(f"{spot}: {param['in']} parameters are not supported")
    bound = param.get("x-sdk-bound")
    kind = reader.kind(param.get("schema", {}), spot, module.checks, bound)
    description = param.get("description", "")
    if bound is not None:
        description = f"{description.rstrip()} {ROUNDING[bound]}"
    return "query", Param(
        python_name(wire, spot),
        generated[wire],
        wire,
        kind.annotation,
        kind.check,
        bool(param.get("required")),
        description,
        kind.cli,
        kind.choices,
    )


def _operation(
    reader: Reader,
    module: Module,
    group: tuple[str, ...],
    method: str,
    path: str,
    operation: Mapping[str, Any],
    where: str,
) -> Operation:
    if "operationId" not in operation:
        raise SpecError(f"{where}: an operation needs an operationId")
    name = python_name(operation.get("x-sdk-method", operation["operationId"]), where)
    if name.startswith("_") or name == RAW_VIEW:
        raise SpecError(f"{where}: {name!r} cannot be a method name")
    _, endpoint = reader.endpoints[(method, path_shape(path))]
    module.modules.add(str(endpoint.name))
    generated = {
        p.name.get_untrusted_value(): p.python_name
        for p in [*endpoint.path_parameters, *endpoint.query_parameters]
    }
    path_params, query_params = [], []
    for raw in operation.get("parameters", []):
        where_in, param = _param(reader, module, raw, where, generated)
        (path_params if where_in == "path" else query_params).append(param)
    body = _body(reader, module, operation, endpoint, where)
    pagination = operation.get("x-sdk-pagination")
    if pagination is not None:
        if pagination not in PAGING:
            raise SpecError(
                f"{where}: x-sdk-pagination {pagination!r} is not one of {sorted(PAGING)}"
            )
        wanted = set(PAGING[pagination].params)
        if not wanted <= {p.wire for p in query_params}:
            raise SpecError(f"{where}: {pagination} pagination needs {sorted(wanted)} parameters")
    result, returned, parser, item, models = _result(reader, module, operation, pagination, where)
    idempotent = operation.get("x-sdk-idempotent")
    if idempotent is not None and not isinstance(idempotent, bool):
        raise SpecError(f"{where}: x-sdk-idempotent must be true or false")
    builder = "_" + "_".join([*group[1:], name.rstrip("_")]) + "_call"
    op = Operation(
        group=group,
        name=name,
        operation_id=operation["operationId"],
        builder=builder,
        module=str(endpoint.name),
        http_method=method.upper(),
        path=path,
        summary=operation.get("summary") or name.replace("_", " ").capitalize(),
        description=operation.get("description", ""),
        path_params=path_params,
        query_params=query_params,
        body=body,
        result=result,
        returned=returned,
        parser=parser,
        returned_models=models,
        item=item,
        pagination=pagination,
        idempotent=idempotent,
    )
    keywords = [p.name for p in [*op.path_params, *op.params]]
    if clash := sorted({k for k in keywords if keywords.count(k) > 1 or k in OPTION_NAMES}):
        raise SpecError(f"{where}: parameter names {clash} clash with each other or the options")
    op.views = [_view(op, is_async, raw) for is_async in (False, True) for raw in (True, False)]
    return op


def _body(
    reader: Reader, module: Module, operation: Mapping[str, Any], endpoint: Endpoint, where: str
) -> Body | None:
    request = operation.get("requestBody")
    if request is None:
        return None
    content = request.get("content", {})
    if set(content) != {"application/json"}:
        raise SpecError(
            f"{where}: only application/json bodies are supported, got {sorted(content)}"
        )
    name, schema = reader.resolve(content["application/json"]["schema"], where)
    extra = schema.get("additionalProperties", False)
    if name is None or schema.get("type") != "object" or extra not in (False, True):
        raise SpecError(
            f"{where}: a body must be a named object schema, closed or open "
            "(additionalProperties false or true)"
        )
    model = reader.class_names[name]
    module.models.add(model)
    (generated_body,) = endpoint.bodies
    body_model = generated_body.prop
    if not isinstance(body_model, ModelProperty):
        raise SpecError(f"{where}: the generator did not make a model of the body")
    fields = [*(body_model.required_properties or []), *(body_model.optional_properties or [])]
    targets = {p.name: p.python_name for p in fields}
    required = set(schema.get("required", []))
    params = []
    for prop, sub in schema.get("properties", {}).items():
        spot = f"{where} body field {prop}"
        kind = reader.kind(sub, spot, module.checks)
        description = sub.get("description", "") or reader.resolve(sub, spot)[1].get(
            "description", ""
        )
        params.append(
            Param(
                python_name(prop, spot),
                targets[prop],
                prop,
                kind.annotation,
                kind.check,
                prop in required,
                description,
                kind.cli,
                kind.choices,
            )
        )
    return Body(model=model, params=params, min_properties=int(schema.get("minProperties", 0)))


def _required_fields(reader: Reader, schema: Mapping[str, Any], where: str) -> str:
    """The ``required`` argument of model_parser: each required field and its JSON type."""
    pairs = []
    for prop in schema.get("required", []):
        sub = schema.get("properties", {}).get(prop, {})
        ref_name, sub = reader.resolve(sub, f"{where}.{prop}")
        kind = "object" if ref_name is not None else sub.get("type")
        if kind not in _JSON_TYPES:
            raise SpecError(f"{where}.{prop}: a required field of type {kind!r} is not supported")
        pairs.append(f"({prop!r}, {_JSON_TYPES[kind]})")
    return "(" + "".join(f"{pair}, " for pair in pairs) + ")" if pairs else "()"


def _success_schema(operation: Mapping[str, Any], where: str) -> Mapping[str, Any] | None:
    """The one schema every 2xx of the operation answers with; None for no content."""
    responses = operation.get("responses", {})
    success = [str(code) for code in responses if str(code).startswith("2")]
    if not success or set(success) - SUCCESS_CODES:
        raise SpecError(f"{where}: success responses must be among {sorted(SUCCESS_CODES)}")
    schemas = [
        responses[code].get("content", {}).get("application/json", {}).get("schema")
        for code in responses
        if str(code) in success
    ]
    if any(s != schemas[0] for s in schemas):
        raise SpecError(f"{where}: every success response must have the same body schema")
    return schemas[0]


def _result(
    reader: Reader,
    module: Module,
    operation: Mapping[str, Any],
    pagination: str | None,
    where: str,
) -> tuple[str, str, str, str | None, set[str]]:
    """(the parsed type, the type the method returns, the parser constant, the page item,
    the models a user gets)."""
    schema = _success_schema(operation, where)
    unwrap = operation.get("x-sdk-unwrap")
    if schema is None:
        if pagination or unwrap:
            raise SpecError(f"{where}: a response without a body cannot page or unwrap")
        return "None", "None", "no_content", None, set()
    name, resolved = reader.resolve(schema, where)
    if name is None:
        if resolved.get("type") != "array" or unwrap or pagination:
            raise SpecError(f"{where}: a 2xx schema is a named schema or an array of one")
        item = reader.model(resolved.get("items", {}), f"{where} items")
        module.models.add(item)
        parser = f"_PARSE_LIST_OF_{snake_case(item).upper()}"
        module.parsers[parser] = f"list_parser({item})"
        return f"builtins.list[{item}]", f"builtins.list[{item}]", parser, None, {item}
    model = reader.class_names[name]
    module.models.add(model)
    parser = f"_PARSE_{snake_case(name).upper()}"
    required = _required_fields(reader, resolved, name)
    if pagination is not None:
        if unwrap:
            raise SpecError(f"{where}: a paginated list is read by its page class, not unwrapped")
        data = resolved.get("properties", {}).get("data", {})
        if data.get("type") != "array" or "data" not in resolved.get("required", []):
            raise SpecError(f"{where}: a paginated list needs a required `data` array")
        item = reader.model(data.get("items", {}), f"{where} items")
        module.models.add(item)
        module.parsers[parser] = f"model_parser({model}, {required})"
        return model, model, parser, item, {item}
    if unwrap is None:
        module.parsers[parser] = f"model_parser({model}, {required})"
        return model, model, parser, None, {model}
    inner = resolved.get("properties", {}).get(unwrap)
    if inner is None or unwrap not in resolved.get("required", []):
        raise SpecError(f"{where}: x-sdk-unwrap names {unwrap!r}, not a required property")
    attribute = python_name(unwrap, where)
    parser = f"_PARSE_{snake_case(name).upper()}_{attribute.upper()}"
    module.parsers[parser] = f"unwrapped(model_parser({model}, {required}), {attribute!r})"
    if reader.resolve(inner, where)[0] is not None:
        returned = reader.model(inner, where)
        module.models.add(returned)
        return returned, returned, parser, None, {returned}
    if inner.get("type") == "array":
        item = reader.model(inner.get("items", {}), f"{where} {unwrap}[]")
        module.models.add(item)
        return f"builtins.list[{item}]", f"builtins.list[{item}]", parser, None, {item}
    raise SpecError(f"{where}: x-sdk-unwrap {unwrap!r} must hold a named schema or an array")


def _view(op: Operation, is_async: bool, raw: bool) -> View:
    options = "RequestOptions(timeout, max_retries, extra_headers)"
    call = f"{op.builder}({op.call_args})"
    if op.pagination is not None:
        paging = PAGING[op.pagination]
        page = paging.async_page if is_async else paging.sync_page
        item = op.item
        if is_async and not raw:
            return View(
                True,
                False,
                False,
                f"{paging.paginator}[{item}]",
                f"An {paging.paginator}: await it for the first page, or `async for` over it "
                f"for every {item} on every page.",
                [f"return {paging.paginator}(self._client, {call}, {options})"],
            )
        fetch = f"{'await ' if is_async else ''}{page}.fetch(self._client, {call}, {options})"
        suffix = "" if raw else ".parsed"
        returns = f"APIResponse[{page}[{item}]]" if raw else f"{page}[{item}]"
        doc = (
            f"The first page{', with its HTTP response' if raw else ''}; iterating the page "
            f"yields every {item} on every page."
        )
        return View(is_async, raw, is_async, returns, doc, [f"return {fetch}{suffix}"])
    returns = f"APIResponse[{op.returned}]" if raw else op.returned
    suffix = "" if raw else ".parsed"
    if is_async:
        statements = [
            f"response = await self._client._execute({call}, {options})",
            f"return response{suffix}",
        ]
    else:
        statements = [f"return self._client._execute({call}, {options}){suffix}"]
    doc = returns if op.returned != "None" or raw else "None."
    return View(is_async, raw, is_async, returns, doc, statements)
