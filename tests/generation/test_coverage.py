"""One place that holds every operation to every part that must serve it.

The spec's operations, the table `make gen` renders (the methods of all four views are
checked against it in test_resources.py), the stand-in's routes, the recorded cassettes
(a success and a failure each) and the `attention` commands are one set: an operation
added to the spec that one of them lacks fails here, by name.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from urllib.parse import unquote, urlsplit

import click
from attention_sdk.cli._app import cli
from attention_sdk.cli._derive import command_name
from attention_sdk.resources._operations import OPERATIONS
from attention_sdk.testing import AttentionStandIn

from ..support import yamlfile
from ..support.cassettes import CASSETTES, PRODUCTION
from ..support.spec_paths import operation_at
from ..support.strategies import load_spec

Operation = tuple[str, str]  # (METHOD, path template)


def _spec() -> set[Operation]:
    return {
        (method.upper(), path)
        for path, item in load_spec()["paths"].items()
        for method in item
        if method in ("get", "put", "post", "patch", "delete")
    }


def _commands(group: click.Group, at: tuple[str, ...] = ()) -> Iterator[tuple[str, ...]]:
    for name, command in group.commands.items():
        if isinstance(command, click.Group):
            yield from _commands(command, (*at, name))
        else:
            yield (*at, name)


def _recorded() -> dict[Operation, set[str]]:
    """Each operation the cassettes hold, with how it was answered (ok or fault)."""
    seen: dict[Operation, set[str]] = {}
    for path in sorted(CASSETTES.glob("*.yaml")):
        for interaction in yamlfile.load(path)["interactions"]:
            request: dict[str, Any] = interaction["request"]
            target = unquote(urlsplit(request["uri"].removeprefix(PRODUCTION)).path)
            template, _ = operation_at(request["method"], target)
            outcome = "ok" if interaction["response"]["status"]["code"] < 400 else "fault"
            seen.setdefault((request["method"], template), set()).add(outcome)
    return seen


def test_spec_table_routes_cassettes_and_commands_are_one_set() -> None:
    spec = _spec()
    table = {(op.http_method, op.path) for op in OPERATIONS}
    assert table == spec
    routes = {
        (route.method, route.path) for route in AttentionStandIn()._router.plan.routes.values()
    }
    assert routes == spec
    recorded = _recorded()
    assert recorded.keys() == spec
    assert {op for op, outcomes in recorded.items() if outcomes != {"ok", "fault"}} == set()
    by_command = {
        (*(command_name(part) for part in op.group), command_name(op.method)): (
            op.http_method,
            op.path,
        )
        for op in OPERATIONS
    }
    bulk = {"bulk-update", "bulk-archive"}
    commands = {path for path in _commands(cli) if path[-1] not in bulk}
    assert commands == by_command.keys()
    assert set(by_command.values()) == spec
