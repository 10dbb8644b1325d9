"""The spec's operations as the resource layer renders them, for the tests that check it.

GEN is scripts/gen_resources.py loaded as a module (its naming rules); OPERATIONS is the
table make gen renders (resources/_operations.py), each entry checked against the spec.
The helpers make sample arguments for an operation and the four views of a group (sync,
async, and their raw twins) on clients that refuse to send anything.
"""

from __future__ import annotations

import datetime
import importlib
import importlib.util
import sys
from collections.abc import Callable, Iterator, Mapping
from types import ModuleType
from typing import Any

import httpx
from attention_sdk import AsyncAttention, Attention
from attention_sdk._call import Call
from attention_sdk.resources._operations import OPERATIONS as TABLE

from ..conftest import ROOT
from .keys import KEY
from .strategies import load_spec

# The per-call options every method takes last, in this order.
OPTIONS = ("timeout", "max_retries", "extra_headers", "extra_query", "extra_body")
HTTP_METHODS = ("get", "put", "post", "delete", "patch")


def _load_generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "gen_resources", ROOT / "scripts/gen_resources.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while it loads
    spec.loader.exec_module(module)
    return module


GEN = _load_generator()


def _operations() -> Iterator[tuple[tuple[str, ...], str, str, str, dict[str, Any]]]:
    """(group, method name, HTTP method, path, operation) for every operation: the table
    make gen renders (resources/_operations.py), each entry checked against the spec."""
    paths = load_spec()["paths"]
    for entry in TABLE:
        op = paths[entry.path][entry.http_method.lower()]
        assert entry.operation_id == op["operationId"]
        yield entry.group, entry.method, entry.http_method, entry.path, op


OPERATIONS = list(_operations())
IDS = [".".join([*group, name]) for group, name, *_ in OPERATIONS]


def resolve(schema: Mapping[str, Any]) -> Mapping[str, Any]:
    ref = schema.get("$ref")
    if ref is None:
        return schema
    resolved: Mapping[str, Any] = load_spec()["components"][ref.split("/")[2]][
        ref.rsplit("/", 1)[1]
    ]
    return resolved


def parameters_of(op: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    return [resolve(p) for p in op.get("parameters", [])]


def sample_argument(schema: Mapping[str, Any]) -> Any:
    """A valid Python argument for a request value of this schema (JSON form for objects)."""
    schema = resolve(schema)
    kind = schema.get("type")
    if "enum" in schema:
        return schema["enum"][0]
    if kind == "string" and schema.get("format") == "date-time":
        return datetime.datetime(2026, 1, 31, 9, 30, tzinfo=datetime.UTC)
    if kind == "string" and schema.get("format") == "uri":
        return "https://sample.example/path"
    if kind == "string":
        return "sample-text"
    if kind == "integer":
        return schema.get("minimum", 1)
    if kind == "boolean":
        return True
    if kind == "array":
        return [sample_argument(schema["items"])]
    assert kind == "object", schema
    if "properties" not in schema:
        return {"key": "value"}
    return {
        prop: sample_argument(sub)
        for prop, sub in schema["properties"].items()
        if prop in schema.get("required", [])
    }


def as_sent(value: Any) -> Any:
    if isinstance(value, datetime.datetime):  # the one form the client sends: UTC, Z
        return value.astimezone(datetime.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    if isinstance(value, list):
        return [as_sent(v) for v in value]
    return value


def body_schema(op: Mapping[str, Any]) -> Mapping[str, Any] | None:
    body = op.get("requestBody")
    return resolve(body["content"]["application/json"]["schema"]) if body else None


def required_arguments(op: Mapping[str, Any]) -> tuple[list[str], dict[str, Any]]:
    """Sample positional (path) and required keyword arguments of an operation's method."""
    args = ["conv 1/2" for p in parameters_of(op) if p["in"] == "path"]
    kwargs = {
        GEN.python_name(p["name"], ""): sample_argument(p["schema"])
        for p in parameters_of(op)
        if p["in"] == "query" and p.get("required")
    }
    body = body_schema(op)
    if body is not None:
        for prop in body.get("required", []):
            kwargs[GEN.python_name(prop, "")] = sample_argument(body["properties"][prop])
        if body.get("minProperties") and not body.get("required"):
            prop, sub = next(iter(body["properties"].items()))
            kwargs[GEN.python_name(prop, "")] = sample_argument(sub)
    return args, kwargs


def refuse(request: httpx.Request) -> httpx.Response:
    raise AssertionError(f"nothing may be sent, got {request.method} {request.url}")


def refusing_clients() -> dict[str, Any]:
    sync = Attention(api_key=KEY, http_client=httpx.Client(transport=httpx.MockTransport(refuse)))
    async_ = AsyncAttention(
        api_key=KEY, http_client=httpx.AsyncClient(transport=httpx.MockTransport(refuse))
    )
    return {"sync": sync, "async": async_}


def group_view(client: Any, group: tuple[str, ...]) -> Any:
    for attribute in group:
        client = getattr(client, attribute)
    return client


def four_views(group: tuple[str, ...]) -> dict[str, Any]:
    clients = refusing_clients()
    sync, async_ = group_view(clients["sync"], group), group_view(clients["async"], group)
    return {
        "sync": sync,
        "sync raw": sync.with_raw_response,
        "async": async_,
        "async raw": async_.with_raw_response,
    }


def resource_builder(
    name: str, group: tuple[str, ...] = ("conversations",)
) -> Callable[..., Call[Any]]:
    module = importlib.import_module(f"attention_sdk.resources.{group[0]}")
    builder: Callable[..., Call[Any]] = getattr(
        module, "_" + "_".join([*group[1:], name.rstrip("_")]) + "_call"
    )
    return builder
