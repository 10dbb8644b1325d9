"""`attention`'s command tree comes from the operation table (resources/_operations.py):
one command per entry, found at the entry's group path, and nothing hand-written.

The first test holds the real command line to the real table, so it covers the whole
spec whatever it holds. The others build the tree from a made-up table (nested groups,
each kind of parameter, each kind of answer: a model, a list, nothing, either kind of
page) and run it against a made-up client.
"""

from __future__ import annotations

import datetime
import inspect
from collections.abc import Iterator, Sequence
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import click
import httpx
import pytest
from attention_sdk import Attention, Conversation
from attention_sdk._call import Call, RequestOptions
from attention_sdk._pagination import SyncOffsetPage, SyncPage
from attention_sdk._resource import SyncExecutor
from attention_sdk._response import APIResponse
from attention_sdk.cli._app import cli, group_command, with_output_options
from attention_sdk.cli._derive import (
    PER_CALL,
    RENAMED,
    Merge,
    command_name,
    groups,
    list_filters,
)
from attention_sdk.cli._settings import Settings
from attention_sdk.resources._operations import GROUPS, OPERATIONS
from attention_sdk.resources._operations import Operation as Entry
from attention_sdk.resources._operations import Parameter as Field

from ..support.cli_run import invoke

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


# --- a made-up table ------------------------------------------------------------------------


def _field(name: str, kind: str = "str", *, location: str = "query", **more: Any) -> Field:
    required = more.pop("required", location == "path")
    return Field(name, name, location, kind, required, more.pop("help", ""), **more)


def _entry(
    group: tuple[str, ...],
    method: str,
    parameters: Sequence[Field] = (),
    *,
    returns: str = "Conversation",
    pagination: str | None = None,
) -> Entry:
    return Entry(
        group,
        method,
        method,
        "POST",
        "/" + "/".join(group),
        f"{method.capitalize()} something",
        f"What {method} does, at length.",
        tuple(parameters),
        pagination,
        returns,
    )


GADGET_ID = _field("gadget_id", location="path", help="The gadget.")
PART_ID = _field("part_id", location="path", help="The part.")
TABLE = (
    _entry(
        ("gadgets",),
        "frobnicate",
        [
            GADGET_ID,
            _field("count", "int", required=True, help="How many times."),
            _field("when", "datetime", help="When to start."),
            _field("tags", "strings", location="body", help="Tags to add."),
            _field("enabled", "bool", location="body", help="Whether it stays on."),
            _field("meta", "pairs", location="body", help="Free-form pairs."),
            _field("body", "json", location="body", help="Anything else."),
            _field("ratio", "float", location="body", help="A share."),
            _field("mode", "choice", choices=("fast", "slow"), help="How."),
        ],
    ),
    _entry(
        ("gadgets", "parts"),
        "list",
        [
            GADGET_ID,
            _field("limit", "int", help="Parts per page."),
            _field("offset", "int", help="Parts to skip."),
            _field("filter_color", help="Only parts of this color."),
        ],
        returns="PartList",
        pagination="offset",
    ),
    _entry(
        ("gadgets", "parts"),
        "list_pages",
        [GADGET_ID, _field("page", "int"), _field("size", "int")],
        returns="PartList",
        pagination="page_number",
    ),
    _entry(("gadgets", "parts"), "list_all", [GADGET_ID], returns="builtins.list[Conversation]"),
    _entry(("gadgets", "parts"), "delete", [GADGET_ID, PART_ID], returns="None"),
    _entry(("gadgets", "parts"), "retrieve", [GADGET_ID, PART_ID]),
    _entry(("gadgets", "parts"), "relabel", [GADGET_ID, PART_ID, _field("labels", "pairs")]),
    _entry(("gadgets", "parts"), "relabel_all", [GADGET_ID, _field("labels", "pairs")]),
    _entry(("gadgets", "parts", "screws"), "count", [GADGET_ID, PART_ID]),
)
DESCRIPTIONS = {
    ("gadgets",): "Gadgets, made up.",
    ("gadgets", "parts"): "The parts of a gadget.",
    ("gadgets", "parts", "screws"): "The screws of a part.",
}


def _part(number: int) -> Conversation:
    title = {"title": f"Part {number}"}
    return Conversation.from_dict({"type": "parts", "id": f"p-{number}", "attributes": title})


class Pages(SyncExecutor):
    """Answers a list's pages from ``items``, and notes the query of each."""

    def __init__(self, items: Sequence[Conversation]) -> None:
        self.items = list(items)
        self.asked: list[dict[str, Any]] = []

    def _execute(self, call: Call[Any], options: RequestOptions) -> APIResponse[Any]:
        params = dict(call.params or {})
        self.asked.append(params)
        if "page" in params or "size" in params:
            size = params.get("size", 10)
            start = (params.get("page", 1) - 1) * size
        else:
            size, start = params.get("limit", 10), params.get("offset", 0)
        body = SimpleNamespace(data=self.items[start : start + size], total=len(self.items))
        return APIResponse(body, httpx.Response(200), 1)


def _unparsed(response: httpx.Response) -> Any:
    raise AssertionError("the stand-in executor parses nothing")


class Client:
    """The made-up client: ``client.gadgets`` and ``client.gadgets.parts.screws``; each
    method notes what it was given (only what the command line passed)."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, tuple[Any, ...], dict[str, Any]]] = []
        self.pages = Pages([_part(n) for n in range(7)])
        self.gadgets = SimpleNamespace(
            frobnicate=self._method("frobnicate", lambda *a, **k: _part(0)),
            parts=SimpleNamespace(
                list=self._method("list", self._offset_page),
                list_pages=self._method("list_pages", self._number_page),
                list_all=self._method("list_all", lambda *a, **k: [_part(1), _part(2)]),
                delete=self._method("delete", lambda *a, **k: None),
                retrieve=self._method("retrieve", self._labelled),
                relabel=self._method("relabel", self._labelled),
                relabel_all=self._method("relabel_all", self._labelled),
                screws=SimpleNamespace(count=self._method("count", lambda *a, **k: _part(9))),
            ),
        )

    def _method(self, name: str, answer: Any) -> Any:
        def method(*args: Any, **kwargs: Any) -> Any:
            self.calls.append((name, args, kwargs))
            return answer(*args, **kwargs)

        return method

    def _offset_page(self, gadget_id: str, **kwargs: Any) -> SyncOffsetPage[Conversation]:
        query = {k: v for k, v in kwargs.items() if k in ("limit", "offset", "filter_color")}
        call: Any = Call("GET", f"/gadgets/{gadget_id}/parts", _unparsed, query)
        return SyncOffsetPage.fetch(self.pages, call, RequestOptions()).parsed

    def _number_page(self, gadget_id: str, **kwargs: Any) -> SyncPage[Conversation]:
        call: Any = Call("GET", f"/gadgets/{gadget_id}/parts", _unparsed, kwargs)
        return SyncPage.fetch(self.pages, call, RequestOptions()).parsed

    @staticmethod
    def _labelled(*args: Any, **kwargs: Any) -> Conversation:
        labels = {"size": "s", "shape": "round"}
        attributes = {"labels": labels}
        return Conversation.from_dict({"type": "parts", "id": args[-1], "attributes": attributes})


@pytest.fixture
def client(monkeypatch: pytest.MonkeyPatch) -> Client:
    """The made-up table's tree on the real command line, calling a made-up client."""
    (gadgets,) = groups(TABLE, DESCRIPTIONS)
    assert isinstance(cli, click.Group)
    command = group_command(gadgets)
    with_output_options(command)  # as the real groups have them: --json, --table, --debug
    monkeypatch.setitem(cli.commands, "gadgets", command)
    made = Client()
    monkeypatch.setattr(Settings, "client", lambda self: made)
    return made


def test_nested_groups_are_nested_commands_with_the_group_s_description(client: Client) -> None:
    top = invoke(["gadgets", "--help"]).out
    assert "Gadgets, made up." in top
    assert "frobnicate" in top
    assert "The parts of a gadget." in " ".join(top.split())  # the nested group's line
    parts = invoke(["gadgets", "parts", "--help"]).out
    for name in ("list", "list-all", "list-pages", "delete", "retrieve", "relabel", "screws"):
        assert f"  {name} " in parts, name
    assert "The screws of a part." in invoke(["gadgets", "parts", "screws", "--help"]).out
    counted = invoke(["gadgets", "parts", "screws", "count", "g-1", "p-2"])
    assert counted.code == 0, counted.err
    assert counted.json()["id"] == "p-9"
    assert client.calls == [("count", ("g-1", "p-2"), {})]


def test_each_kind_of_parameter_becomes_its_option(client: Client, tmp_path: Path) -> None:
    help_text = invoke(["gadgets", "frobnicate", "--help"]).out
    for expected in (
        "Frobnicate something.",
        "POST /gadgets",
        "What frobnicate does, at length.",
        "GADGET_ID: The gadget.",
        "--count INTEGER",
        "--when ISO-8601",
        "--enabled / --no-enabled",
        "--meta KEY=VALUE",
        "--body JSON|@FILE",
        "--mode [fast|slow]",
        "--extra-headers KEY=VALUE",  # the per-call options, on every command
        "--timeout FLOAT",
    ):
        assert expected in help_text, expected
    assert "--limit" not in help_text  # it pages nothing

    body = tmp_path / "body.json"
    body.write_text('{"nested": [1, 2]}')
    given = ["--count", "3", "--when", "2024-03-18T10:00:00+02:00", "--tags", "a", "--tags", "b"]
    given += ["--no-enabled", "--meta", "k=v=w", "--meta", "x=", "--body", f"@{body}"]
    given += ["--ratio", "0.5", "--mode", "slow", "--max-retries", "0"]
    result = invoke(["gadgets", "frobnicate", "g-1", *given])
    assert result.code == 0, result.err
    assert result.json()["id"] == "p-0"
    when = datetime.datetime(2024, 3, 18, 10, tzinfo=datetime.timezone(datetime.timedelta(hours=2)))
    assert client.calls == [
        (
            "frobnicate",
            ("g-1",),
            {
                "count": 3,
                "when": when,
                "tags": ["a", "b"],
                "enabled": False,
                "meta": {"k": "v=w", "x": ""},
                "body": {"nested": [1, 2]},
                "ratio": 0.5,
                "mode": "slow",
                "max_retries": 0,
            },
        ),
    ]
    client.calls.clear()
    # What is left out is not passed at all (the method's own default applies).
    assert invoke(["gadgets", "frobnicate", "g-2", "--count", "0", "--enabled"]).code == 0
    assert client.calls == [("frobnicate", ("g-2",), {"count": 0, "enabled": True})]
    # Values the command line refuses, before the method is called.
    for bad, message in (
        (["--when", "2024-03-18T10:00:00"], "has no timezone"),
        (["--when", "yesterday"], "not an ISO 8601 date-time"),
        (["--meta", "novalue"], "is not KEY=VALUE"),
        (["--body", "{nope"], "not valid JSON for --body"),
        (["--body", "@/no/such/file"], "cannot read /no/such/file"),
        (["--mode", "medium"], "'medium' is not one of 'fast', 'slow'"),
        ([], "Missing option '--count'"),
    ):
        count = [] if bad == [] else ["--count", "1"]
        refused = invoke(["gadgets", "frobnicate", "g-3", *count, *bad])
        assert refused.code == 2, bad
        assert message in refused.err, (message, refused.err)
    assert len(client.calls) == 1


def test_an_offset_page_streams_every_page_and_stops_at_limit(client: Client) -> None:
    help_text = invoke(["gadgets", "parts", "list", "--help"]).out
    assert "--page-size INTEGER" in help_text  # the API's own limit, its page size
    assert "--offset INTEGER" in help_text
    assert "--limit INTEGER RANGE" in help_text  # the command line's: items in all

    every = invoke(["gadgets", "parts", "list", "g-1", "--page-size", "3"])
    assert every.code == 0, every.err
    assert [item["id"] for item in every.lines()] == [f"p-{n}" for n in range(7)]
    assert client.pages.asked == [
        {"limit": 3},
        {"limit": 3, "offset": 3},
        {"limit": 3, "offset": 6},
    ]
    assert client.calls == [("list", ("g-1",), {"limit": 3})]

    client.pages.asked.clear()
    some = invoke(["gadgets", "parts", "list", "g-1", "--page-size", "2", "--limit", "3"])
    assert [item["id"] for item in some.lines()] == ["p-0", "p-1", "p-2"]
    assert client.pages.asked == [{"limit": 2}, {"limit": 2, "offset": 2}]  # no third page

    client.pages.asked.clear()
    later = invoke(["gadgets", "parts", "list", "g-1", "--offset", "5", "--filter-color", "red"])
    assert [item["id"] for item in later.lines()] == ["p-5", "p-6"]
    assert client.pages.asked[0] == {"offset": 5, "filter_color": "red"}


def test_a_page_number_page_streams_every_page_too(client: Client) -> None:
    result = invoke(["gadgets", "parts", "list-pages", "g-1", "--size", "4", "--limit", "6"])
    assert result.code == 0, result.err
    assert [item["id"] for item in result.lines()] == [f"p-{n}" for n in range(6)]
    assert client.pages.asked == [{"size": 4}, {"size": 4, "page": 2}]


def test_a_list_prints_as_a_page_s_items_and_nothing_prints_nothing(client: Client) -> None:
    listed = invoke(["gadgets", "parts", "list-all", "g-1"])
    assert listed.code == 0, listed.err
    assert [item["id"] for item in listed.lines()] == ["p-1", "p-2"]
    table = invoke(["gadgets", "parts", "list-all", "g-1", "--table"])
    assert table.out.splitlines()[0].split() == ["id", "title"]  # one header, as a page's
    assert [line.split()[0] for line in table.out.splitlines()[1:]] == ["p-1", "p-2"]
    assert "--limit" not in invoke(["gadgets", "parts", "list-all", "--help"]).out

    deleted = invoke(["gadgets", "parts", "delete", "g-1", "p-1"])
    assert (deleted.code, deleted.out, deleted.err) == (0, "", "")
    assert invoke(["--table", "gadgets", "parts", "delete", "g-1", "p-1"]).out == ""
    assert client.calls[-1] == ("delete", ("g-1", "p-1"), {})


def test_labels_merge_in_a_nested_group_that_can_read_them_back(client: Client) -> None:
    (gadgets,) = groups(TABLE, DESCRIPTIONS)
    (parts,) = gadgets.children
    merges = {operation.method: operation.merge for operation in parts.operations}
    assert merges["relabel"] == Merge("labels", "retrieve", ("attributes", "labels"))
    assert merges["relabel_all"] is None  # retrieve takes other arguments: nothing to read
    assert not any(operation.merge for operation in gadgets.operations)

    headers = ["--extra-headers", "X-Run=r1", "--extra-body", '{"note": 1}']
    result = invoke(["gadgets", "parts", "relabel", "g-1", "p-1", "--labels", "size=l", *headers])
    assert result.code == 0, result.err
    sent = {"extra_headers": {"X-Run": "r1"}, "extra_body": {"note": 1}}
    assert client.calls == [
        ("retrieve", ("g-1", "p-1"), {"extra_headers": {"X-Run": "r1"}}),  # the request's
        ("relabel", ("g-1", "p-1"), {"labels": {"size": "l", "shape": "round"}, **sent}),
    ]
    client.calls.clear()
    replace = ["--labels", "size=l", "--replace-labels"]
    assert invoke(["gadgets", "parts", "relabel", "g-1", "p-1", *replace]).code == 0
    assert client.calls == [("relabel", ("g-1", "p-1"), {"labels": {"size": "l"}})]


def test_a_group_s_list_filters_leave_out_its_paging() -> None:
    (gadgets,) = groups(TABLE, DESCRIPTIONS)
    (parts,) = gadgets.children
    # Two lists page: the one named list is the group's list.
    found = list_filters(parts)
    assert found is not None
    listing, filters = found
    assert listing.method == "list"
    assert [parameter.name for parameter in filters] == ["filter_color"]
    assert list_filters(gadgets) is None  # nothing pages


def test_a_table_the_command_line_cannot_follow_is_refused() -> None:
    unknown = _entry(("gadgets",), "spin", [_field("speed", "complex")])
    with pytest.raises(TypeError, match="speed is of kind 'complex'"):
        groups([unknown], DESCRIPTIONS)
    # An operation and a nested group that read alike, once `_` is `-`.
    clash = [_entry(("gadgets",), "parts"), _entry(("gadgets", "parts"), "count")]
    (gadgets,) = groups(clash, DESCRIPTIONS)
    with pytest.raises(TypeError, match="more than one command is named 'parts'"):
        group_command(gadgets)
    # A parameter that takes the name of an option the command line adds.
    spin = _entry(("gadgets",), "spin", [_field("debug", "bool")])
    taken = group_command(groups([spin], DESCRIPTIONS)[0])
    with pytest.raises(TypeError, match="--debug is already an option"):
        with_output_options(taken)
