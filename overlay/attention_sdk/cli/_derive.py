"""One click command per operation, derived at run time from the generated resources.

Nothing here names an operation. ``SyncResources`` (the generated clients' base) has one
cached attribute per tag of the spec; its return annotation names the tag's resource
class, whose public methods are the operations. Each method's signature, type hints and
docstring (the spec's summary, HTTP line and Args text, rendered by ``make gen``) give
the command:

- a positional parameter (a path parameter) becomes an argument (``ID``);
- a keyword parameter becomes an option named after it (``media_url`` -> ``--media-url``):
  ``bool`` a ``--flag/--no-flag`` pair, ``int``/``float``/``str`` a typed option,
  ``datetime`` an ISO 8601 option, a sequence of strings a repeatable option, a mapping
  of strings ``KEY=VALUE`` (repeatable), anything else (nested models, free-form
  objects) JSON text or ``@FILE``;
- an option left out is not sent (the SDK's UNSET); required keywords are required;
- a method that returns a page (``SyncPage``) streams every page, with ``--limit``;
- a mapping option named in ``MERGED`` (``labels``), on a resource that can read what it
  changes (``retrieve``, with the same positional arguments), is merged into the current
  value by default, and sent alone with ``--replace-<option>`` (``Merge``).

Command names are the method's, ``_`` -> ``-``, a trailing ``_`` dropped (``import_`` ->
``import``); ``ALIASES`` adds the short names the issue asked for. A new operation in the
spec appears here after ``make gen`` with no hand-written line: beyond the two small
tables ``ALIASES`` and ``MERGED``, nothing here names an operation.

``list_filters`` gives a tag's list and its filters (for the bulk jobs): the list's
keyword parameters but the page, its size, and the per-call options, which are found
as the keywords every operation takes.
"""

from __future__ import annotations

import datetime
import functools
import importlib
import inspect
import json
import re
import sys
import types
import typing
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Literal

import click
from attention_client.types import UNSET, Unset

from .._pagination import PAGE_PARAM, SIZE_PARAM, SyncPage
from ..resources import SyncResources

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
_SCALARS: dict[Any, Kind] = {str: "str", int: "int", float: "float", bool: "bool"}
_METAVARS: dict[Kind, str] = {
    "str": "TEXT",
    "int": "INTEGER",
    "float": "FLOAT",
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

    name: str
    kind: Kind
    positional: bool
    required: bool
    help: str
    choices: tuple[str, ...] = ()  # the values of a "choice" (a Literal of strings)


@dataclass(frozen=True)
class Merge:
    """A mapping option merged into the current value (``MERGED``): read with ``read``, the
    value at ``path`` of its answer, updated with the option's pairs, is what is sent."""

    parameter: str
    read: str
    path: tuple[str, ...]
    read_options: frozenset[str]  # the read method's keywords: per-call options it shares

    @property
    def flag(self) -> str:
        """``--replace-labels``: send the option's pairs alone."""
        return f"--replace-{command_name(self.parameter)}"


@dataclass(frozen=True)
class Operation:
    """One public method of a resource class."""

    method: str
    summary: str
    description: str
    parameters: tuple[Parameter, ...]
    paginated: bool
    aliases: tuple[str, ...] = ()
    merge: Merge | None = None

    @property
    def name(self) -> str:
        return command_name(self.method)


@dataclass(frozen=True)
class Tag:
    """One tag of the spec: a client attribute (``conversations``) and its operations."""

    attribute: str
    help: str
    resource: type
    operations: tuple[Operation, ...] = field(default=())


def choices_of(hint: Any) -> tuple[str, ...]:
    """The strings of a ``Literal`` hint (``by: Literal["id", "external_id"] | None``)."""
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        members = [a for a in typing.get_args(hint) if a not in (Unset, type(None))]
        return choices_of(members[0]) if len(members) == 1 else ()
    values = typing.get_args(hint) if origin is Literal else ()
    return tuple(values) if values and all(isinstance(v, str) for v in values) else ()


def kind_of(hint: Any) -> Kind:
    """The command-line kind of a type hint, with ``Unset`` and ``None`` left out."""
    if choices_of(hint):
        return "choice"
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        members = [a for a in typing.get_args(hint) if a not in (Unset, type(None))]
        if len(members) == 1:
            return kind_of(members[0])
        # A union of a scalar and richer forms (TimeoutTypes = float | httpx.Timeout):
        # the command line offers the scalar.
        scalars = [m for m in members if m in _SCALARS]
        return _SCALARS[scalars[0]] if len(scalars) == 1 else "json"
    if hint in _SCALARS:
        return _SCALARS[hint]
    if hint is datetime.datetime:
        return "datetime"
    args = typing.get_args(hint)
    if origin in (Sequence, list, tuple) and args and args[0] is str:
        return "strings"
    if origin in (Mapping, dict) and args == (str, str):
        return "pairs"
    return "json"


_SECTION = re.compile(r"^(Args|Returns|Raises|Yields|Note|Notes|Example|Examples):\s*$")
_ARG = re.compile(r"^    (\w+): ?(.*)$")


def parse_docstring(doc: str) -> tuple[str, str, dict[str, str]]:
    """(summary, the text up to the first section, {argument: its Args text})."""
    lines = doc.strip().splitlines()
    summary = lines[0].strip() if lines else ""
    description: list[str] = []
    arguments: dict[str, str] = {}
    section: str | None = None
    current: str | None = None
    for line in lines[1:]:
        heading = _SECTION.match(line)
        if heading:
            section, current = heading.group(1), None
            continue
        if section is None:
            description.append(line)
        elif section == "Args":
            match = _ARG.match(line)
            if match:
                current = match.group(1)
                arguments[current] = match.group(2).strip()
            elif current is not None and line.strip():
                arguments[current] += " " + line.strip()
    return summary, "\n".join(description).strip(), arguments


def _operation(method_name: str, method: Callable[..., Any]) -> Operation:
    hints = typing.get_type_hints(method)
    summary, description, arguments = parse_docstring(inspect.getdoc(method) or "")
    parameters: list[Parameter] = []
    for parameter in list(inspect.signature(method).parameters.values())[1:]:  # not self
        if parameter.kind in (parameter.VAR_POSITIONAL, parameter.VAR_KEYWORD):
            raise TypeError(f"{method_name}: *args and **kwargs cannot become options")
        positional = parameter.kind is not parameter.KEYWORD_ONLY
        parameters.append(
            Parameter(
                name=parameter.name,
                kind=kind_of(hints[parameter.name]),
                positional=positional,
                required=parameter.default is parameter.empty,
                help=arguments.get(parameter.name, ""),
                choices=choices_of(hints[parameter.name]),
            )
        )
    returns = typing.get_origin(hints.get("return")) or hints.get("return")
    paginated = isinstance(returns, type) and issubclass(returns, SyncPage)
    return Operation(
        method_name,
        summary,
        description,
        tuple(parameters),
        paginated,
        ALIASES.get(method_name, ()),
    )


def _positional(operation: Operation) -> list[str]:
    return [parameter.name for parameter in operation.parameters if parameter.positional]


def _merge(operation: Operation, siblings: Mapping[str, Operation]) -> Merge | None:
    """How ``operation``'s mapping option merges (``MERGED``), if it has one and its
    resource can read the current value with the same positional arguments."""
    for parameter in operation.parameters:
        if parameter.kind != "pairs" or parameter.name not in MERGED:
            continue
        read_name, path = MERGED[parameter.name]
        read = siblings.get(read_name)
        if read is None or read is operation or _positional(read) != _positional(operation):
            continue
        keywords = frozenset(p.name for p in read.parameters if not p.positional)
        return Merge(parameter.name, read_name, path, keywords)
    return None


def operations(resource: type) -> tuple[Operation, ...]:
    """Every public method of a resource class, in alphabetical order."""
    found = {
        name: _operation(name, member)
        for name, member in inspect.getmembers(resource, inspect.isfunction)
        if not name.startswith("_")
    }
    return tuple(replace(operation, merge=_merge(operation, found)) for operation in found.values())


def per_call_options(found: Sequence[Operation]) -> frozenset[str]:
    """The keywords that every one of several operations takes: the per-call options
    (``timeout``, ``max_retries``, ``extra_headers``, and any the generator adds later),
    found rather than named so that a new one is known at once."""
    keywords = [{p.name for p in operation.parameters if not p.positional} for operation in found]
    return frozenset(set.intersection(*keywords)) if len(keywords) > 1 else frozenset()


def list_filters(tag: Tag) -> tuple[Operation, tuple[Parameter, ...]] | None:
    """The tag's list and that list's filters: its keyword parameters but the page, the
    page size and the per-call options. A filter added to the spec is one more parameter
    of the list, and so one more filter here. The list is the tag's one operation that
    pages, or, where several do (conversations: list and list_full, with the same
    filters), the one named ``list``."""
    paged = [operation for operation in tag.operations if operation.paginated]
    if len(paged) > 1:
        paged = [operation for operation in paged if operation.method == "list"]
    if len(paged) != 1:
        return None
    left_out = per_call_options(tag.operations) | {PAGE_PARAM, SIZE_PARAM}
    filters = tuple(
        parameter
        for parameter in paged[0].parameters
        if not parameter.positional and parameter.name not in left_out
    )
    return paged[0], filters


def tags(resources: type = SyncResources) -> tuple[Tag, ...]:
    """Each tag of the spec: the cached attributes of SyncResources and their classes."""
    package = importlib.import_module(resources.__module__)
    found: list[Tag] = []
    for attribute, member in vars(resources).items():
        if attribute.startswith("_") or not isinstance(member, functools.cached_property):
            continue
        annotation = inspect.get_annotations(member.func).get("return")
        # The resources module annotates lazily (a string naming a class it re-exports).
        resource = getattr(package, annotation) if isinstance(annotation, str) else annotation
        if not isinstance(resource, type):
            raise TypeError(f"{attribute}: cannot tell its resource class from {annotation!r}")
        doc = inspect.getdoc(member.func) or ""
        found.append(Tag(attribute, doc, resource, operations(resource)))
    return tuple(found)


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
        return read_pairs(value, option_name(parameter.name))
    if parameter.kind == "json":
        return read_json(value, option_name(parameter.name))
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
            [parameter.name], type=_TYPES[parameter.kind], required=parameter.required
        )
    help_text = parameter.help + _NOTES.get(parameter.kind, "")
    if parameter.kind == "bool":
        long = command_name(parameter.name)
        return click.Option(
            [f"--{long}/--no-{long}", parameter.name],
            default=None,
            required=parameter.required,
            help=help_text,
        )
    if parameter.kind == "choice":
        return click.Option(
            [option_name(parameter.name), parameter.name],
            type=click.Choice(parameter.choices),
            required=parameter.required,
            help=help_text,
        )
    return click.Option(
        [option_name(parameter.name), parameter.name],
        type=_TYPES[parameter.kind],
        metavar=_METAVARS[parameter.kind],
        multiple=parameter.kind in ("strings", "pairs"),
        required=parameter.required,
        help=help_text,
    )


def command_help(operation: Operation) -> str:
    """The summary, the HTTP line, then what each positional argument is."""
    parts = [operation.summary]
    if operation.description:
        parts.append(operation.description)
    for parameter in operation.parameters:
        if parameter.positional:
            parts.append(f"{parameter.name.upper()}: {parameter.help}")
    if operation.aliases:
        parts.append(f"Also: {', '.join(operation.aliases)}.")
    return "\n\n".join(parts)


def iter_parameters(operation: Operation) -> Iterator[click.Parameter]:
    for parameter in operation.parameters:
        yield click_parameter(parameter)
