"""Every exchange recorded in tests/cassettes/ matches the spec, both ways.

Request: the method and path are a declared operation, every query parameter is
declared and valid for its schema, and the body validates against the request body
schema (or is absent when none is declared). Response: the status is declared for the
operation, and the body validates against the schema declared for that status. A
stand-in or a client that drifted from the spec fails here, not in production.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

import jsonschema  # type: ignore[import-untyped]  # ships no type information
import pytest

from ..support import yamlfile
from ..support.cassettes import CASSETTES, PRODUCTION
from ..support.spec_paths import operation_at
from ..support.strategies import json_schema, load_spec

CASSETTE_FILES = sorted(CASSETTES.glob("*.yaml"))
_FORMATS = jsonschema.Draft202012Validator.FORMAT_CHECKER


def _resolve(node: Mapping[str, Any]) -> Mapping[str, Any]:
    ref = node.get("$ref")
    if ref is None:
        return node
    _, _, section, name = ref.split("/")
    resolved: Mapping[str, Any] = load_spec()["components"][section][name]
    return resolved


def _validate(schema_name_or_ref: Mapping[str, Any], value: Any, where: str) -> None:
    if "$ref" not in schema_name_or_ref:  # a bare array of a named schema
        assert schema_name_or_ref["type"] == "array", where
        assert isinstance(value, list), f"{where}: not a JSON array"
        for index, item in enumerate(value):
            _validate(schema_name_or_ref["items"], item, f"{where}[{index}]")
        return
    name = schema_name_or_ref["$ref"].rsplit("/", 1)[1]
    errors = list(
        jsonschema.Draft202012Validator(json_schema(name), format_checker=_FORMATS).iter_errors(
            value
        )
    )
    assert errors == [], f"{where}: {[e.message for e in errors][:3]}"


def _check_scalar(schema: Mapping[str, Any], value: str, where: str) -> None:
    kind = schema.get("type")
    if kind == "integer":
        number = int(value)  # ValueError: not an integer
        assert number >= schema.get("minimum", number), where
        assert number <= schema.get("maximum", number), where
    elif kind == "boolean":
        assert value in ("true", "false"), f"{where}: {value!r}"
    elif kind == "string" and schema.get("format") == "date-time":
        assert datetime.datetime.fromisoformat(value).tzinfo is not None, where
    else:
        assert kind == "string", f"{where}: {schema}"


def _check_query(operation: Mapping[str, Any], query: str, where: str) -> None:
    declared = {
        p["name"]: p["schema"]
        for p in map(_resolve, operation.get("parameters", []))
        if p["in"] == "query"
    }
    for name, values in parse_qs(query, keep_blank_values=True).items():
        assert name in declared, f"{where}: undeclared query parameter {name!r}"
        schema = declared[name]
        if schema.get("type") == "array":
            assert len(values) <= schema.get("maxItems", len(values)), where
            for value in values:
                _check_scalar(schema["items"], value, f"{where} {name}")
        else:
            assert len(values) == 1, f"{where}: {name} sent {len(values)} times"
            _check_scalar(schema, values[0], f"{where} {name}")


def _interactions() -> Iterator[tuple[str, Mapping[str, Any]]]:
    for path in CASSETTE_FILES:
        recorded = yamlfile.load(path)
        for index, interaction in enumerate(recorded["interactions"]):
            yield f"{path.name}#{index}", interaction


INTERACTIONS = list(_interactions())


@pytest.mark.parametrize(
    ("where", "interaction"), INTERACTIONS, ids=[where for where, _ in INTERACTIONS]
)
def test_the_recorded_exchange_matches_the_spec(where: str, interaction: Mapping[str, Any]) -> None:
    request, response = interaction["request"], interaction["response"]
    assert request["uri"].startswith(PRODUCTION + "/"), request["uri"]
    url = urlsplit(request["uri"].removeprefix(PRODUCTION))
    template, operation = operation_at(request["method"], unquote(url.path))
    where = f"{where} {request['method']} {template}"
    _check_query(operation, url.query, where)

    body = request.get("body")
    declared_body = operation.get("requestBody")
    if declared_body is None:
        assert not body, f"{where}: a body was sent where none is declared"
    else:
        sent = json.loads(body)
        _validate(declared_body["content"]["application/json"]["schema"], sent, where)

    status = str(response["status"]["code"])
    assert status in operation["responses"], f"{where}: status {status} is not declared"
    declared = _resolve(operation["responses"][status])
    headers = {name.lower(): values for name, values in response["headers"].items()}
    if "content" not in declared:  # an answer without a body (204)
        assert not response["body"]["string"], f"{where}: a body where none is declared"
        assert "content-type" not in headers, where
        return
    assert headers["content-type"] == ["application/json"], where
    schema = declared["content"]["application/json"]["schema"]
    _validate(schema, json.loads(response["body"]["string"]), f"{where} -> {status}")


def test_every_operation_of_the_spec_is_recorded_succeeding_and_failing() -> None:
    seen: dict[str, set[str]] = {}
    for _, interaction in INTERACTIONS:
        request = interaction["request"]
        path = unquote(urlsplit(request["uri"].removeprefix(PRODUCTION)).path)
        template, _ = operation_at(request["method"], path)
        outcome = "ok" if interaction["response"]["status"]["code"] < 400 else "fault"
        seen.setdefault(f"{request['method']} {template}", set()).add(outcome)
    declared = {
        f"{method.upper()} {path}" for path, item in load_spec()["paths"].items() for method in item
    }
    assert seen.keys() == declared
    assert all(outcomes == {"ok", "fault"} for outcomes in seen.values()), seen


def test_a_drifted_exchange_fails_the_check() -> None:
    # The check itself bites: an undeclared field in a body, or a status the spec does
    # not list, is refused.
    _, interaction = next((w, i) for w, i in INTERACTIONS if w.startswith("update-title-sync"))
    drifted = json.loads(json.dumps(interaction))
    drifted["request"]["body"] = '{"title": "t", "owner": "someone"}'
    with pytest.raises(AssertionError, match="Additional properties"):
        test_the_recorded_exchange_matches_the_spec("drifted", drifted)
    drifted = json.loads(json.dumps(interaction))
    drifted["response"]["status"]["code"] = 418
    with pytest.raises(AssertionError, match="418 is not declared"):
        test_the_recorded_exchange_matches_the_spec("drifted", drifted)


def test_every_cassette_is_checked() -> None:
    assert {where.split("#")[0] for where, _ in INTERACTIONS} == {p.name for p in CASSETTE_FILES}
    assert isinstance(CASSETTES, Path)
