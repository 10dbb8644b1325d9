"""`attention`'s command tree comes from the operation table (resources/_operations.py):
one command per entry, found at the entry's group path, and nothing hand-written. The
test holds the real command line to the real table, so it covers the whole spec whatever
it holds.
"""

from __future__ import annotations

import inspect
from collections.abc import Iterator, Sequence
from typing import Any

import click
from attention_sdk import Attention
from attention_sdk.cli._app import cli
from attention_sdk.cli._derive import (
    PER_CALL,
    RENAMED,
    command_name,
)
from attention_sdk.resources._operations import GROUPS, OPERATIONS

BULK = {"bulk-update", "bulk-archive"}
ADDED = {"as_json", "debug", "limit", "replace_labels"}  # what a command adds to the table's


def _tree(group: click.Group, at: tuple[str, ...] = ()) -> Iterator[tuple[tuple[str, ...], Any]]:
    """Every group and command under ``group``, by path of names."""
    for name, command in group.commands.items():
        yield (*at, name), command
        if isinstance(command, click.Group):
            yield from _tree(command, (*at, name))


def _names(path: Sequence[str]) -> tuple[str, ...]:
    return tuple(command_name(part) for part in path)


def test_every_operation_of_the_table_is_a_command_at_its_group_path() -> None:
    assert isinstance(cli, click.Group)
    tree = dict(_tree(cli))
    commands = {
        path
        for path, command in tree.items()
        if not isinstance(command, click.Group) and path[-1] not in BULK
    }
    expected = {(*_names(entry.group), command_name(entry.method)) for entry in OPERATIONS}
    assert len(expected) == len(OPERATIONS)  # no two entries read as one command
    assert commands == expected
    # Every group of the table is a group of the command line, its help the description.
    group_paths = {path for path, command in tree.items() if isinstance(command, click.Group)}
    assert group_paths == {_names(path) for path in GROUPS}
    for path, description in GROUPS.items():
        assert tree[_names(path)].help == description, path

    client = Attention(api_key="unused", base_url="http://127.0.0.1:9/v2")
    merged: set[tuple[str, ...]] = set()
    for entry in OPERATIONS:
        where = (*entry.group, entry.method)
        command = tree[(*_names(entry.group), command_name(entry.method))]
        assert command.help.startswith(entry.summary), where
        assert f"{entry.http_method} {entry.path}" in command.help, where
        # The method the command calls is there, on the client, at the group path.
        target: Any = client
        for attribute in entry.group:
            target = getattr(target, attribute)
        method = getattr(target, entry.method)
        signature = inspect.signature(method).parameters
        params = {param.name: param for param in command.params}
        taken = [(p.name, p.required, p.positional) for p in entry.parameters]
        taken += [(p.name, p.required, False) for p in PER_CALL]
        for name, required, positional in taken:
            assert name in signature, (where, name)
            renamed = entry.pagination is not None and name in RENAMED
            dest = RENAMED[name].replace("-", "_") if renamed else name
            found = params.pop(dest)
            assert found.required == required, (where, name)
            if positional:
                assert isinstance(found, click.Argument), (where, name)
            else:
                assert isinstance(found, click.Option), (where, name)
                flag = RENAMED[name] if renamed else command_name(name)
                assert f"--{flag}" in found.opts, (where, name)
        assert set(params) <= ADDED, where
        assert ("limit" in params) == (entry.pagination is not None), where
        if "replace_labels" in params:
            merged.add(where)
    assert {
        ("conversations", "update"),
        ("conversations", "update_labels"),
    } <= merged
