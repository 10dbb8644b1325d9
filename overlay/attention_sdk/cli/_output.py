"""What the commands print: a rich table on a terminal, JSON otherwise.

Results are printed from their JSON form (``model.to_dict()``), which is stable whatever
the models' Python types. One object is one JSON document on one line; a list is JSON
Lines, one item a line, written as each page arrives. Every value printed passes
through the key's redaction first (``redact_json`` with ``whole_values``): a server that
echoes the key back cannot make it appear in the output, and a short key (see
``_redact``) is taken out only where a whole value equals it, so no word is rewritten.
"""

from __future__ import annotations

import datetime
import errno
import json
import os
from collections.abc import Iterable, Mapping, Sequence
from typing import IO, Any

from rich import box
from rich.console import Console
from rich.table import Table

from .._redact import redact_json

# The columns of a list, when its items have them (the conversation's useful few); items
# without any of these get their first scalar fields instead.
LIST_COLUMNS = ("title", "createdAt", "labels", "archived", "private")
# The widest a column gets, in characters; longer values end in an ellipsis.
_WIDTHS = {"id": 36, "title": 40, "labels": 30}
_DEFAULT_WIDTH = 24
_DROPPED_FIRST = ("private", "archived")
_NESTED_LIMIT = 100  # characters of a nested value shown in a table cell


class _Console(Console):
    """rich's Console, but a closed pipe raises BrokenPipeError as any other write does.

    rich's own answer to it is SystemExit(1); ``attention ... | head`` should end quietly
    with 0, which ``run`` does for every writer alike.
    """

    def on_broken_pipe(self) -> None:
        self.quiet = True  # nothing more is rendered, not even by a Live display's refresh
        raise BrokenPipeError(errno.EPIPE, os.strerror(errno.EPIPE))


def console(**options: Any) -> Console:
    """A Console for what the command prints: plain text, no markup, no highlighting."""
    return _Console(highlight=False, markup=False, emoji=False, **options)


def flatten(data: Mapping[str, Any]) -> dict[str, Any]:
    """A resource's fields and its ``attributes`` side by side (``id`` first)."""
    row = {key: value for key, value in data.items() if key != "attributes"}
    attributes = data.get("attributes")
    if isinstance(attributes, Mapping):
        row.update({key: value for key, value in attributes.items() if key not in row})
    return row


def _short_instant(text: str) -> str | None:
    """``2024-05-16T07:00:00+00:00`` -> ``2024-05-16 07:00Z``; None if not a date-time."""
    if len(text) < 16 or text[4:5] != "-" or text[10:11] not in ("T", "t"):
        return None
    try:
        instant = datetime.datetime.fromisoformat(text)
    except ValueError:
        return None
    offset = instant.utcoffset()
    if offset is None:
        return f"{instant:%Y-%m-%d %H:%M}"
    zone = "Z" if not offset else f"{instant:%z}"
    return f"{instant:%Y-%m-%d %H:%M}{zone}"


def cell(value: Any) -> str:
    """A value as table text: scalars as they are, labels as k=v, the rest as short JSON."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return _short_instant(value) or value
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, Mapping) and all(isinstance(v, str) for v in value.values()):
        text = ", ".join(f"{k}={v}" for k, v in value.items())
    else:
        text = json.dumps(value, ensure_ascii=False)
    if len(text) > _NESTED_LIMIT:
        size = f"{len(value)} item{'' if len(value) == 1 else 's'}"
        return f"{text[: _NESTED_LIMIT - 20]}… ({size})"
    return text


class Output:
    """Prints results; ``as_json`` is decided once, from --json/--table or the terminal."""

    def __init__(self, *, as_json: bool, secret: str = "", file: IO[str]) -> None:
        self.as_json = as_json
        self.secret = secret
        self.file = file
        self.console = console(file=file, soft_wrap=False)

    def clean(self, data: Any) -> Any:
        """A JSON value with the key redacted from its strings, each taken as a value."""
        return redact_json(data, self.secret, whole_values=True)

    def json_line(self, data: Any) -> None:
        self.file.write(json.dumps(self.clean(data), ensure_ascii=False) + "\n")

    def one(self, data: Mapping[str, Any]) -> None:
        """One result: a JSON document, or a field/value table."""
        if self.as_json:
            self.json_line(data)
            return
        table = Table("field", "value", box=box.SIMPLE_HEAD, show_edge=False)
        table.columns[0].style = "bold"
        table.columns[1].overflow = "fold"
        for key, value in flatten(self.clean(data)).items():
            table.add_row(key, cell(value))
        self.console.print(table)

    def many(self, pages: Iterable[Sequence[Mapping[str, Any]]]) -> int:
        """A list, page by page as they come: JSON Lines, or one table whose header is
        printed once (the first page sets the column widths). Returns the items printed."""
        columns: list[tuple[str, int]] | None = None
        printed = 0
        for page in pages:
            if self.as_json:
                for item in page:
                    self.json_line(item)
                self.file.flush()
                printed += len(page)
                continue
            rows = [flatten(self.clean(item)) for item in page]
            if not rows:
                continue
            if columns is None:
                columns = self._columns(rows)
            table = Table(box=None, show_header=printed == 0, pad_edge=False)
            for name, width in columns:
                table.add_column(
                    name,
                    no_wrap=True,
                    overflow="ellipsis",
                    min_width=width,
                    max_width=width,
                    header_style="bold",
                )
            for row in rows:
                table.add_row(*(cell(row.get(name)) for name, _ in columns))
            self.console.print(table)
            self.file.flush()
            printed += len(rows)
        if not self.as_json and printed == 0:
            self.console.print("(nothing)")
        return printed

    def _columns(self, rows: Sequence[Mapping[str, Any]]) -> list[tuple[str, int]]:
        """The columns to show, each with its width, from the first page and the console's
        width (title and labels give way first), so that every page lines up."""
        present = {key for row in rows for key in row}
        chosen = [name for name in LIST_COLUMNS if name in present]
        if not chosen:
            chosen = [
                key
                for key, value in rows[0].items()
                if key != "id" and (value is None or isinstance(value, str | int | float))
            ][:5]
        names = (["id"] if "id" in present else []) + chosen
        widths = {
            name: min(
                _WIDTHS.get(name, _DEFAULT_WIDTH),
                max(len(name), *(len(cell(row.get(name))) for row in rows)),
            )
            for name in names
        }

        def excess() -> int:  # a column takes its width and two spaces of gap, but the last
            return sum(widths.values()) + 2 * (len(widths) - 1) - self.console.width

        for name in _DROPPED_FIRST:  # a narrow terminal loses these before titles shrink
            if excess() > 0 and name in widths and widths.get("title", 0) > 24:
                del widths[name]
        for name in ("labels", "title"):  # then these shrink, down to 12, until it fits
            if excess() > 0 and name in widths:
                widths[name] = max(12, widths[name] - excess())
        return [(name, widths[name]) for name in names if name in widths]
