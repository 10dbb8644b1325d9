"""One click command per operation, derived at run time from the operation table.

Nothing here names an operation. ``make gen`` renders ``resources/_operations.py``:
``OPERATIONS``, one entry per operation (its group path, method name, HTTP line, summary,
description, parameters with their command-line kind, paging style and what it returns),
and ``GROUPS``, every group path with its description. From them:

- each group becomes a click group (``scorecards``), a nested one a group inside its
  parent's (``scorecards items``), with the group's description as its help;
- each operation becomes a command of its group, calling the method reached by following
  the group path on the client (``client.scorecards.items.update``);
- a path parameter becomes an argument (``ID``); any other parameter an option named
  after it (``media_url`` -> ``--media-url``): ``bool`` a ``--flag/--no-flag`` pair,
  ``int``/``float``/``str`` a typed option, ``choice`` one of its values, ``datetime`` an
  ISO 8601 option, ``strings`` a repeatable option, ``pairs`` ``KEY=VALUE`` (repeatable),
  ``json`` JSON text or ``@FILE``;
- every command also takes the per-call options every method takes (``PER_CALL``);
- an option left out is not sent; required ones are required;
- a method that returns a page (either paging style) streams every page, with
  ``--limit``; the offset style's own ``limit`` (its page size) is ``--page-size`` there
  (``RENAMED``);
- a mapping option named in ``MERGED`` (``labels``), in a group that can read what it
  changes (``retrieve``, with the same positional arguments), is merged into the current
  value by default, and sent alone with ``--replace-<option>`` (``Merge``).

Command and group names are the method's and the group's, ``_`` -> ``-``, a trailing ``_``
dropped (``import_`` -> ``import``, ``field_configurations`` -> ``field-configurations``);
``ALIASES`` adds the short names the issue asked for. A new operation in the spec appears
here after ``make gen`` with no hand-written line: beyond the small tables ``ALIASES``,
``MERGED``, ``RENAMED`` and ``PER_CALL``, nothing here names an operation or a parameter.

``list_filters`` gives a group's list and its filters (for the bulk jobs): the list's
keyword parameters but its paging parameters.
"""

from __future__ import annotations

import datetime
import json
import sys
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Literal, get_args

import click
from attention_client.types import UNSET

from .._pagination import LIMIT_PARAM, OFFSET_PARAM, PAGE_PARAM, SIZE_PARAM
from ..resources import _operations as table

# Extra names for some commands: method name -> aliases.
ALIASES: dict[str, tuple[str, ...]] = {
    "retrieve": ("get",),
    "retrieve_by_external_id": ("by-external-id",),
}

# Mapping options that are merged into the current value unless --replace-<option> is
# given: option -> (the method that reads the current value, called with the command's
# positional arguments; where the value is in the JSON form of what it returns). Merging
# never drops a label: whether the API replaces the labels it is sent or merges them is
# undocumented, and either way the conversation ends with every label it had plus the
# given ones.
MERGED: dict[str, tuple[str, tuple[str, ...]]] = {
    "labels": ("retrieve", ("attributes", "labels")),
}

Kind = Literal["str", "int", "float", "bool", "datetime", "strings", "pairs", "json", "choice"]
_KINDS: dict[str, Kind] = {kind: kind for kind in get_args(Kind)}
Returns = Literal["page", "list", "none", "model"]

# The query parameters of each paging style (x-sdk-pagination): the page walk sets them,
# so they are not filters.
PAGING: dict[str, tuple[str, str]] = {
    "page_number": (PAGE_PARAM, SIZE_PARAM),
    "offset": (LIMIT_PARAM, OFFSET_PARAM),
}
# On a command that pages, --limit caps the items printed (as on every list); a parameter
# of that name (the offset style's page size) takes this option instead.
RENAMED: dict[str, str] = {LIMIT_PARAM: "page-size"}

_METAVARS: dict[Kind, str] = {
    "str": "TEXT",
    "int": "INTEGER",
    "float": "FLOAT",
    "bool": "",  # a --flag/--no-flag pair
    "datetime": "ISO-8601",
    "strings": "TEXT",
    "pairs": "KEY=VALUE",
    "json": "JSON|@FILE",
    "choice": "",  # click lists the choices
}
_NOTES: dict[Kind, str] = {
    "datetime": " An ISO 8601 date-time with a timezone (2024-03-18T10:00:00Z).",
    "strings": " Repeat the option for several values.",
    "pairs": " Repeat the option for several pairs.",
    "json": " JSON text, or @FILE to read it from a file (@- for standard input).",
}


def command_name(method: str) -> str:
    """``import_`` -> ``import``, ``retrieve_by_external_id`` -> ``retrieve-by-external-id``."""
    return method.rstrip("_").replace("_", "-")


def option_name(parameter: str) -> str:
    """``filter_a_b`` -> ``--filter-a-b``."""
    return "--" + command_name(parameter)


@dataclass(frozen=True)
class Parameter:
    """One parameter of an operation, as the command line sees it."""

    name: str  # the method's keyword (or positional) name
    kind: Kind
    positional: bool
    required: bool
    help: str
    choices: tuple[str, ...] = ()  # the values of a "choice"
    option: str = ""  # the long option when it is not the name's (RENAMED)

    @property
    def dest(self) -> str:
        """The name click gives the value (``page_size`` for ``--page-size``)."""
        return self.option.replace("-", "_") if self.option else self.name

    @property
    def flag(self) -> str:
        """``--media-url``."""
        return f"--{self.option}" if self.option else option_name(self.name)


# The per-call options every method takes besides the operation's own (the generator's
# OPTION_NAMES): not in the table, so named here, with the methods' own help.
PER_CALL: tuple[Parameter, ...] = (
    Parameter("timeout", "float", False, False, "Overrides the client's timeout for this call."),
    Parameter(
        "max_retries", "int", False, False, "Overrides the client's max_retries for this call."
    ),
    Parameter(
        "extra_headers",
        "pairs",
        False,
        False,
        "Headers to add to this call (checked like default_headers).",
    ),
    Parameter(
        "extra_query",
        "json",
        False,
        False,
        "Query parameters this method does not declare, sent as given: str, int, float, bool "
        "or datetime values, or lists of them (repeated keys).",
    ),
    Parameter(
        "extra_body",
        "json",
        False,
        False,
        "JSON fields this method does not declare, added to the body.",
    ),
)
# Those that are about the request, not what it asks for: a merge's read takes them too.
REQUEST_OPTIONS = frozenset({"timeout", "max_retries", "extra_headers"})


@dataclass(frozen=True)
class Merge:
    """A mapping option merged into the current value (``MERGED``): read with ``read``, the
    value at ``path`` of its answer, updated with the option's pairs, is what is sent."""

    parameter: str
    read: str
    path: tuple[str, ...]

    @property
    def flag(self) -> str:
        """``--replace-labels``: send the option's pairs alone."""
        return f"--replace-{command_name(self.parameter)}"


@dataclass(frozen=True)
class Operation:
    """One method of a group, as the command line sees it."""

    group: tuple[str, ...]
    method: str
    summary: str
    description: str
    http: str  # "PUT /conversations/{id}"
    parameters: tuple[Parameter, ...]  # the operation's own; PER_CALL comes on top
    pagination: str | None  # "page_number", "offset" or None
    returns: Returns
    aliases: tuple[str, ...] = ()
    merge: Merge | None = None

    @property
    def name(self) -> str:
        return command_name(self.method)

    @property
    def paginated(self) -> bool:
        return self.pagination is not None

    @property
    def positional(self) -> list[str]:
        return [parameter.name for parameter in self.parameters if parameter.positional]


@dataclass(frozen=True)
class Group:
    """One group of the spec (``("scorecards",)``, ``("scorecards", "items")``): the client
    attribute its path leads to, its operations and the groups nested in it."""

    path: tuple[str, ...]
    help: str
    operations: tuple[Operation, ...] = ()
    children: tuple[Group, ...] = ()

    @property
    def attribute(self) -> str:
        return self.path[-1]

    @property
    def name(self) -> str:
        return command_name(self.attribute)

    def walk(self) -> Iterator[Group]:
        """This group, then every group nested in it."""
        yield self
        for child in self.children:
            yield from child.walk()


def _kind(entry: table.Operation, parameter: table.Parameter) -> Kind:
    if parameter.kind not in _KINDS:
        raise TypeError(
            f"{'.'.join(entry.group)}.{entry.method}: {parameter.name} is of kind "
            f"{parameter.kind!r}, which the command line does not know"
        )
    return _KINDS[parameter.kind]


def _returns(entry: table.Operation) -> Returns:
    if entry.pagination is not None:
        if entry.pagination not in PAGING:
            raise TypeError(f"{entry.method}: unknown paging style {entry.pagination!r}")
        return "page"
    if entry.returns == "None":
        return "none"
    if entry.returns.startswith(("builtins.list[", "list[")):
        return "list"
    return "model"


def operation(entry: table.Operation) -> Operation:
    """The command line's view of one entry of the table (without its merge)."""
    parameters = tuple(
        Parameter(
            name=parameter.name,
            kind=_kind(entry, parameter),
            positional=parameter.positional,
            required=parameter.required or parameter.positional,
            help=parameter.help,
            choices=tuple(parameter.choices),
            option=RENAMED.get(parameter.name, "") if entry.pagination else "",
        )
        for parameter in entry.parameters
    )
    return Operation(
        group=tuple(entry.group),
        method=entry.method,
        summary=entry.summary,
        description=entry.description,
        http=f"{entry.http_method} {entry.path}",
        parameters=parameters,
        pagination=entry.pagination,
        returns=_returns(entry),
        aliases=ALIASES.get(entry.method, ()),
    )


def _merge(operation: Operation, siblings: Mapping[str, Operation]) -> Merge | None:
    """How ``operation``'s mapping option merges (``MERGED``), if it has one and its
    group can read the current value with the same positional arguments."""
    for parameter in operation.parameters:
        if parameter.kind != "pairs" or parameter.name not in MERGED:
            continue
        read_name, path = MERGED[parameter.name]
        read = siblings.get(read_name)
        if read is None or read is operation or read.positional != operation.positional:
            continue
        return Merge(parameter.name, read_name, path)
    return None


def groups(
    operations: Sequence[table.Operation] = table.OPERATIONS,
    descriptions: Mapping[tuple[str, ...], str] = table.GROUPS,
) -> tuple[Group, ...]:
    """The top-level groups of a table, each with its operations and nested groups, in
    the table's order. A group with operations but no description (or a parent only
    implied by a nested group's path) is a group all the same."""
    order: list[tuple[str, ...]] = []
    found: dict[tuple[str, ...], list[Operation]] = {}

    def note(path: tuple[str, ...]) -> None:
        for end in range(1, len(path) + 1):
            if path[:end] not in found:
                found[path[:end]] = []
                order.append(path[:end])

    for path in descriptions:
        note(tuple(path))
    for entry in operations:
        note(tuple(entry.group))
        found[tuple(entry.group)].append(operation(entry))

    def build(path: tuple[str, ...]) -> Group:
        own = {op.method: op for op in found[path]}
        merged = tuple(replace(op, merge=_merge(op, own)) for op in found[path])
        children = tuple(
            build(child) for child in order if len(child) == len(path) + 1 and child[:-1] == path
        )
        return Group(path, descriptions.get(path, ""), merged, children)

    return tuple(build(path) for path in order if len(path) == 1)


def list_filters(group: Group) -> tuple[Operation, tuple[Parameter, ...]] | None:
    """The group's list and that list's filters: its keyword parameters but its paging
    parameters. A filter added to the spec is one more parameter of the list, and so one
    more filter here. The list is the group's one operation that pages, or, where several
    do (conversations: list, list_full and more), the one named ``list``."""
    paged = [operation for operation in group.operations if operation.paginated]
    if len(paged) > 1:
        paged = [operation for operation in paged if operation.method == "list"]
    if len(paged) != 1:
        return None
    listing = paged[0]
    left_out = set(PAGING[listing.pagination or ""])
    filters = tuple(
        parameter
        for parameter in listing.parameters
        if not parameter.positional and parameter.name not in left_out
    )
    return listing, filters


def page_size_param(operation: Operation) -> str:
    """The name of the page-size parameter of a paged operation (``size`` or ``limit``)."""
    return {"page_number": SIZE_PARAM, "offset": LIMIT_PARAM}[operation.pagination or ""]


# --- values from the command line ------------------------------------------------------


class DateTime(click.ParamType[datetime.datetime]):
    """An ISO 8601 date-time with a timezone (``Z`` or an offset)."""

    name = "datetime"

    def convert(
        self, value: Any, param: click.Parameter | None, ctx: click.Context | None
    ) -> datetime.datetime:
        if isinstance(value, datetime.datetime):
            return value
        try:
            parsed = datetime.datetime.fromisoformat(str(value))
        except ValueError:
            self.fail(f"{value!r} is not an ISO 8601 date-time (2024-03-18T10:00:00Z)", param, ctx)
        if parsed.tzinfo is None:
            self.fail(f"{value!r} has no timezone: add Z or an offset such as +02:00", param, ctx)
        return parsed


def read_json(value: str, name: str) -> Any:
    """JSON text, or ``@FILE`` (``@-``: standard input)."""
    text = value
    if value.startswith("@"):
        source = value[1:]
        try:
            if source == "-":
                text = sys.stdin.read()
            else:
                text = Path(source).read_text("utf-8")
        except OSError as error:
            raise click.BadParameter(f"cannot read {source}: {error.strerror}") from None
    try:
        return json.loads(text)
    except ValueError as error:
        raise click.BadParameter(f"not valid JSON for {name}: {error}") from None


def read_pairs(values: Sequence[str], name: str) -> dict[str, str]:
    pairs: dict[str, str] = {}
    for item in values:
        key, equals, value = item.partition("=")
        if not equals or not key:
            raise click.BadParameter(f"{item!r} is not KEY=VALUE", param_hint=name)
        pairs[key] = value
    return pairs


def to_argument(parameter: Parameter, value: Any) -> Any:
    """A parsed command-line value as the SDK method takes it; ``Unset`` when left out."""
    if value is None or value == ():
        return UNSET
    if parameter.kind == "strings":
        return list(value)
    if parameter.kind == "pairs":
        return read_pairs(value, parameter.flag)
    if parameter.kind == "json":
        return read_json(value, parameter.flag)
    return value


_TYPES: dict[Kind, click.ParamType[Any]] = {
    "str": click.STRING,
    "int": click.INT,
    "float": click.FLOAT,
    "datetime": DateTime(),
    "strings": click.STRING,
    "pairs": click.STRING,
    "json": click.STRING,
    "choice": click.STRING,  # positional only; options get a click.Choice
}


def click_parameter(parameter: Parameter) -> click.Parameter:
    """The argument or option for one parameter."""
    if parameter.positional:
        return click.Argument(
            [parameter.dest], type=_TYPES[parameter.kind], required=parameter.required
        )
    help_text = parameter.help + _NOTES.get(parameter.kind, "")
    if parameter.kind == "bool":
        long = parameter.flag.removeprefix("--")
        return click.Option(
            [f"--{long}/--no-{long}", parameter.dest],
            default=None,
            required=parameter.required,
            help=help_text,
        )
    if parameter.kind == "choice":
        return click.Option(
            [parameter.flag, parameter.dest],
            type=click.Choice(parameter.choices),
            required=parameter.required,
            help=help_text,
        )
    return click.Option(
        [parameter.flag, parameter.dest],
        type=_TYPES[parameter.kind],
        metavar=_METAVARS[parameter.kind],
        multiple=parameter.kind in ("strings", "pairs"),
        required=parameter.required,
        help=help_text,
    )


def sentence(text: str) -> str:
    """The spec's summary as the first line of a help text: ending in a full stop, as
    the methods' docstrings have it."""
    text = text.strip()
    return text if not text or text.endswith((".", "?", "!")) else f"{text}."


def command_help(operation: Operation) -> str:
    """The summary, the HTTP line, the description, then what each positional argument is."""
    parts = [sentence(operation.summary), operation.http]
    if operation.description:
        parts.append(operation.description)
    for parameter in operation.parameters:
        if parameter.positional:
            parts.append(f"{parameter.name.upper()}: {parameter.help}")
    if operation.aliases:
        parts.append(f"Also: {', '.join(operation.aliases)}.")
    return "\n\n".join(parts)


def command_parameters(operation: Operation) -> tuple[Parameter, ...]:
    """What a command takes: the operation's parameters, then the per-call options."""
    return (*operation.parameters, *PER_CALL)


def iter_parameters(operation: Operation) -> Iterator[click.Parameter]:
    for parameter in command_parameters(operation):
        yield click_parameter(parameter)
