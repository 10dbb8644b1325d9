"""attention_sdk.types: every model of the spec, once, in the group a user meets it in."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .names import SpecError
from .plan import HTTP_METHODS, Module
from .spec import SCHEMA_PREFIX, Reader


@dataclass
class ModelGroup:
    title: str  # how the docstring introduces the group
    models: list[tuple[str, str]]  # (class name, first sentence of its description)


def schema_refs(node: Any) -> set[str]:
    """The component schemas a node of the spec refers to, directly."""
    if isinstance(node, Mapping):
        found = set()
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str) and value.startswith(SCHEMA_PREFIX):
                found.add(value[len(SCHEMA_PREFIX) :])
            else:
                found |= schema_refs(value)
        return found
    if isinstance(node, list):
        return set().union(*(schema_refs(item) for item in node)) if node else set()
    return set()


def reachable(schemas: Mapping[str, Any], roots: set[str]) -> set[str]:
    seen: set[str] = set()
    pending = list(roots)
    while pending:
        name = pending.pop()
        if name not in seen:
            seen.add(name)
            pending.extend(schema_refs(schemas[name]))
    return seen


def _summary(text: str) -> str:
    """The first sentence of a description, without its notes on sources."""
    text = " ".join(text.split())
    sentence = re.split(r"(?<=\.)\s", text, maxsplit=1)[0]
    return re.sub(r"\s*\([^()]*\b(?:facts|seed|docs)\b[^()]*\)", "", sentence)


def read_model_groups(reader: Reader, modules: list[Module]) -> list[ModelGroup]:
    """The response models are the schemas reachable from a response, the request models
    those reachable from a request body, as in templates/model_roles.jinja."""
    spec, schemas = reader.spec, reader.schemas
    components = spec.get("components", {}).get("responses", {})
    operations = [
        op for item in spec.get("paths", {}).values() for m, op in item.items() if m in HTTP_METHODS
    ]
    answered: set[str] = set()
    successes: set[str] = set()
    for op in operations:
        for code, response in op.get("responses", {}).items():
            ref = response.get("$ref", "")
            found = schema_refs(components[ref.rsplit("/", 1)[-1]] if ref else response)
            answered |= found
            if str(code).startswith("2"):
                successes |= found
    received = reachable(schemas, answered)
    sent = reachable(schemas, schema_refs([op.get("requestBody", {}) for op in operations]))
    if both := sorted(received & sent):
        raise SpecError(f"schemas {both} are both sent and received; give each side its own")
    if unused := sorted(schemas.keys() - received - sent):
        raise SpecError(f"schemas {unused} are in no request body and no response")
    by_class = {reader.class_names[name]: name for name in schemas}
    ops = [op for module in modules for op in module.operations]
    results = {by_class[m] for op in ops for m in op.returned_models}
    bodies = {by_class[op.body.model] for op in ops if op.body}
    contained = reachable(schemas, results)
    in_success = reachable(schemas, successes)

    def group(title: str, names: set[str]) -> ModelGroup:
        classes = sorted(reader.class_names[name] for name in names)
        summaries = [_summary(schemas[by_class[c]].get("description", "")) for c in classes]
        return ModelGroup(title, list(zip(classes, summaries, strict=True)))

    return [
        group("What the methods return", results),
        group("What those contain", contained - results),
        group(
            "Envelopes and list bodies, as sent (what a raw response's body parses into; "
            "the methods unwrap them, and pages read them)",
            in_success - contained,
        ),
        group(
            "In error responses only (`from_dict(exc.body)` when an APIStatusError's body is "
            "a JSON object)",
            received - in_success,
        ),
        group(
            "Values the methods take (a plain mapping in the API's JSON form works too)",
            sent - bodies,
        ),
        group("Request bodies (the methods build them from their keyword arguments)", bodies),
    ]
