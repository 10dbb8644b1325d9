"""A good request to any operation of a spec, for the stand-in's tests, derived from the
spec alone: the path from AttentionStandIn.example_path (ids of items that exist), the
required query parameters built from their schemas, and the body from the spec's
examples (else built), so that an operation the spec gains is covered without a table.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from urllib.parse import urlencode

from attention_sdk.testing import AttentionStandIn, build_example

Spec = Mapping[str, Any]


def operation_of(spec: Spec, method: str, path: str) -> Mapping[str, Any]:
    operation: Mapping[str, Any] = spec["paths"][path][method.lower()]
    return operation


def parameters(spec: Spec, method: str, path: str) -> list[Mapping[str, Any]]:
    """The declared parameters of the operation (its path's too), $refs followed."""
    declared = [
        *spec["paths"][path].get("parameters", []),
        *operation_of(spec, method, path).get("parameters", []),
    ]
    shared = spec.get("components", {}).get("parameters", {})
    return [shared[p["$ref"].rsplit("/", 1)[1]] if "$ref" in p else p for p in declared]


def required_query(spec: Spec, method: str, path: str) -> dict[str, str]:
    """A value, as text, for each required query parameter: its example, else built."""
    schemas = spec.get("components", {}).get("schemas", {})
    values = {}
    for parameter in parameters(spec, method, path):
        if parameter["in"] == "query" and parameter.get("required"):
            value = parameter.get("example", build_example(parameter.get("schema"), schemas))
            values[parameter["name"]] = (
                str(value).lower() if isinstance(value, bool) else str(value)
            )
    return values


def example_body(spec: Spec, method: str, path: str) -> Any:
    """The request body from the spec's examples (the media type's, else the schema's,
    else built from the schema), or None where the operation takes none."""
    body = operation_of(spec, method, path).get("requestBody")
    if body is None:
        return None
    media = body["content"]["application/json"]
    if "example" in media:
        return media["example"]
    return build_example(media["schema"], spec.get("components", {}).get("schemas", {}))


def target(server: AttentionStandIn, spec: Spec, method: str, path: str) -> str:
    """The operation's path naming items that exist, with its required query parameters."""
    found = server.example_path(operation_of(spec, method, path)["operationId"])
    query = required_query(spec, method, path)
    return f"{found}?{urlencode(query)}" if query else found
