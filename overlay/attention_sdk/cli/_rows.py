"""The input of a bulk job: rows read from CSV (or a list of ids), or the conversations a
list filter selects, each checked.

``bulk-update`` reads CSV with a header row: ``id`` (required), ``title``, and any
number of ``label.<name>`` columns. An empty cell leaves that field unchanged; a row with
every change cell empty is refused ("nothing to change"). Missing trailing cells count
as empty; more cells than the header has is an error. ``bulk-archive`` reads ids one a
line (blank lines and lines starting with ``#`` skipped), or CSV whose header has an
``id`` column (other columns ignored). Input is UTF-8, a byte-order mark allowed.

Every row is checked before anything is sent: the id as the SDK checks ids (non-empty,
at most 512 characters, not ``.`` or ``..``), each id only once. A bad row is reported
with the line it starts on. Rows from a filter (``found_rows``) have the same change
each, and are numbered 1, 2, ... in the order found: that number is their "line".
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import sys
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from .._checks import path_param

LABEL_PREFIX = "label."
STDIN = "-"


class InputError(Exception):
    """The input as a whole cannot be read (no id column, not UTF-8, ...)."""


@dataclass(frozen=True)
class Row:
    """One valid row: the conversation and the change it asks for."""

    line: int
    id: str
    title: str | None = None
    labels: tuple[tuple[str, str], ...] = ()

    @property
    def label_map(self) -> dict[str, str]:
        return dict(self.labels)


@dataclass(frozen=True)
class BadRow:
    line: int
    id: str | None
    reason: str


@dataclass(frozen=True)
class Source:
    """The input's bytes, where they came from, and their SHA-256 (the journal's check).

    For a filter, the bytes describe the filter and the change, so that a resume can tell
    that it is asked for the same job."""

    name: str  # the path as given, "-", or "filter"
    data: bytes
    kind: Literal["file", "stdin", "filter"] = "file"

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()

    @property
    def path(self) -> Path | None:
        return Path(self.name) if self.kind == "file" else None


def read_source(name: str) -> Source:
    try:
        data = sys.stdin.buffer.read() if name == STDIN else Path(name).read_bytes()
    except OSError as error:
        raise InputError(f"cannot read {name}: {error.strerror or error}") from None
    return Source(name, data, "stdin" if name == STDIN else "file")


def filter_source(description: Mapping[str, Any]) -> Source:
    """The Source of a filter job: ``description`` (the filter, and the change) as JSON."""
    data = json.dumps(description, sort_keys=True, ensure_ascii=False).encode()
    return Source("filter", data, "filter")


def _text(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise InputError(f"the input is not UTF-8 (line {line}, byte {error.start})") from None


def _records(text: str) -> Iterator[tuple[int, list[str]]]:
    """(the line a record starts on, its cells); blank lines are skipped."""
    reader = csv.reader(io.StringIO(text, newline=""))
    start = 1
    try:
        for cells in reader:
            if any(cell.strip() for cell in cells):
                yield start, cells
            start = reader.line_num + 1
    except csv.Error as error:
        raise InputError(f"line {reader.line_num}: not valid CSV: {error}") from None


def _check_id(value: str) -> str | None:
    """Why the id is refused, or None."""
    try:
        path_param("id", value)
    except (TypeError, ValueError) as error:
        return "id is empty" if not value.strip() else str(error)
    return None


class _Ids:
    """Refuses an id seen on an earlier line."""

    def __init__(self) -> None:
        self.seen: dict[str, int] = {}

    def problem(self, line: int, conversation_id: str) -> str | None:
        if (reason := _check_id(conversation_id)) is not None:
            return reason
        first = self.seen.setdefault(conversation_id, line)
        return None if first == line else f"duplicate id (first on line {first})"


def update_rows(source: Source) -> tuple[list[Row], list[BadRow]]:
    """The rows of a bulk-update CSV; InputError when its header is wrong."""
    records = _records(_text(source.data))
    header_line, header = next(records, (0, []))
    names = [cell.strip() for cell in header]
    if "id" not in names:
        raise InputError(
            f"line {header_line or 1}: the header needs an id column "
            "(columns: id, title, label.<name>...)"
        )
    for index, name in enumerate(names):
        if name in names[:index]:
            raise InputError(f"line {header_line}: column {name!r} appears twice")
        label = name.removeprefix(LABEL_PREFIX)
        if name not in ("id", "title") and (not name.startswith(LABEL_PREFIX) or not label):
            raise InputError(
                f"line {header_line}: unknown column {name!r} (columns: id, title, label.<name>...)"
            )
    rows: list[Row] = []
    bad: list[BadRow] = []
    ids = _Ids()
    for line, raw in records:
        if len(raw) > len(names):
            bad.append(BadRow(line, None, f"{len(raw)} cells; the header has {len(names)}"))
            continue
        cells = dict(zip(names, [*raw, *[""] * (len(names) - len(raw))], strict=True))
        conversation_id = cells["id"].strip()
        if (reason := ids.problem(line, conversation_id)) is not None:
            bad.append(BadRow(line, conversation_id or None, reason))
            continue
        title = cells.get("title") or None
        labels = tuple(
            (name.removeprefix(LABEL_PREFIX), value)
            for name, value in cells.items()
            if name.startswith(LABEL_PREFIX) and value != ""
        )
        if title is None and not labels:
            bad.append(
                BadRow(line, conversation_id, "nothing to change: every cell but id is empty")
            )
            continue
        rows.append(Row(line, conversation_id, title, labels))
    return rows, bad


def archive_rows(source: Source) -> tuple[list[Row], list[BadRow]]:
    """The ids of a bulk-archive input: one a line, or CSV with an id column."""
    text = _text(source.data)
    records = list(_records(text))
    header = [cell.strip().lower() for cell in records[0][1]] if records else []
    if "id" in header:
        column = header.index("id")
        entries: Sequence[tuple[int, str]] = [
            (line, cells[column] if column < len(cells) else "") for line, cells in records[1:]
        ]
    else:
        entries = [
            (number, line)
            for number, line in enumerate(text.splitlines(), start=1)
            if line.strip() and not line.lstrip().startswith("#")
        ]
    rows: list[Row] = []
    bad: list[BadRow] = []
    ids = _Ids()
    for line, value in entries:
        conversation_id = value.strip()
        if (reason := ids.problem(line, conversation_id)) is not None:
            bad.append(BadRow(line, conversation_id or None, reason))
        else:
            rows.append(Row(line, conversation_id))
    return rows, bad


def found_rows(
    ids: Sequence[str], title: str | None = None, labels: Mapping[str, str] | None = None
) -> tuple[list[Row], list[BadRow]]:
    """One row per conversation a filter found, each with the same change, numbered from 1
    in the order found. An id found twice (a page that shifted while it was walked) is
    one row."""
    rows: list[Row] = []
    bad: list[BadRow] = []
    pairs = tuple((labels or {}).items())
    for line, conversation_id in enumerate(dict.fromkeys(ids), start=1):
        if (reason := _check_id(conversation_id)) is not None:
            bad.append(BadRow(line, conversation_id or None, reason))
        else:
            rows.append(Row(line, conversation_id, title, pairs))
    return rows, bad
