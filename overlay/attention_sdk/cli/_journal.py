"""The journal of a bulk job: what was started and what was done, so a run can resume.

An append-only JSON Lines file, one record a line:

    {"event": "job", "version": 1, "command": "bulk-update", "input": "relabel.csv",
     "sha256": "...", "labels": "merge", "rows": 1000}           the first line
    (for a filter: "input": "filter", and "filter", "change" and "ids", the conversations
    it selected, which a resume works on instead of asking again)
    {"event": "run", "resume": false, "at": "2026-12-01T10:00:00+00:00"}   each run
    {"event": "started", "line": 7, "id": "conv-1"}    before the row's first request
    {"event": "done", "line": 7, "id": "conv-1", "result": "updated"}
    {"event": "failed", "line": 7, "id": "conv-1", "error": "404 Not Found on ..."}

A row is *started* before anything is sent for it, and *done* (or *failed*) after; each
record is written, flushed and fsynced (group commit: the records that workers add
while an fsync runs share the next one, made on a thread so that the event loop keeps
sending). A row's request is never sent before its *started* record is on disk; the
worker writes it while the row before is still in flight, so the fsync is seldom
waited for (a row so claimed and then left unsent by a stop is read first on resume,
like any started row). Its *done* record is not waited for at all: a *done* lost in a
crash costs one read on resume (the row is read first, found applied, and not written
again), never a second write.

After a crash the last line may be cut short; it is ignored (and cut off before the next
run appends). A damaged line anywhere else stops the run: the journal is not guessed at.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .. import _json
from ._rows import Source

VERSION = 1
SUFFIX = ".journal.jsonl"


class JournalError(Exception):
    """The journal cannot be read, does not belong to this job, or cannot be written."""


def default_path(source: Source, command: str) -> Path:
    """``relabel.csv`` -> ``relabel.csv.bulk-update.journal.jsonl``, beside the input;
    standard input -> ``attention-stdin-<first 12 hex digits of its SHA-256>...`` here, and
    a filter -> ``attention-filter-<...>`` (the SHA-256 of the filter and the change)."""
    if source.path is not None:
        return source.path.with_name(f"{source.path.name}.{command}{SUFFIX}")
    return Path(f"attention-{source.kind}-{source.sha256[:12]}.{command}{SUFFIX}")


@dataclass
class JournalState:
    """What a journal says: the job it belongs to and the last event of each row."""

    job: dict[str, Any]
    last: dict[int, str] = field(default_factory=dict)  # line -> started, done or failed
    keep_bytes: int = 0  # the length up to the end of the last whole line

    @property
    def done(self) -> int:
        """The rows whose last event is done."""
        return sum(1 for event in self.last.values() if event == "done")

    def is_done(self, line: int) -> bool:
        return self.last.get(line) == "done"

    def was_started(self, line: int) -> bool:
        """Started in an earlier run and not done: its write may have landed."""
        return self.last.get(line) in ("started", "failed")


def load(path: Path) -> JournalState | None:
    """The journal at ``path``, or None when there is none."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as error:
        raise JournalError(f"cannot read the journal {path}: {error.strerror}") from None
    lines = data.split(b"\n")
    complete, keep = lines[:-1], len(data) - len(lines[-1])  # a torn last line is dropped
    state: JournalState | None = None
    for number, raw in enumerate(complete, start=1):
        try:
            record = _json.loads(raw)
            event = record["event"]
        except (ValueError, KeyError, TypeError):
            raise JournalError(f"the journal {path} is damaged at line {number}") from None
        if state is None:
            if event != "job" or record.get("version") != VERSION:
                raise JournalError(f"{path} is not a journal of this version of attention")
            state = JournalState(record)
        elif event in ("started", "done", "failed"):
            state.last[record["line"]] = event
    if state is None:
        return None  # empty, or only a torn first line: nothing was recorded
    state.keep_bytes = keep
    return state


def check_same_job(path: Path, state: JournalState, job: Mapping[str, Any]) -> None:
    """Refuse to resume a journal that another job (or another input) wrote."""
    for key in ("command", "sha256", "labels"):
        if state.job.get(key) != job.get(key):
            what = {
                "command": f"another command ({state.job.get('command')})",
                "sha256": "another input: the input changed since (or the filter, or the change)",
                "labels": f"--labels {state.job.get('labels')}",
            }[key]
            raise JournalError(f"the journal {path} was written by {what}; it cannot resume this")


class Journal:
    """An open journal. ``write`` returns once the record is on disk (fsynced)."""

    def __init__(self, path: Path, descriptor: int) -> None:
        self.path = path
        self._fd = descriptor
        self._pending: list[bytes] = []
        self._waiters: list[asyncio.Future[None]] = []
        self._flusher: asyncio.Task[None] | None = None
        self.error: JournalError | None = None  # the first failure; every later write raises it

    @classmethod
    def open(cls, path: Path, *, keep_bytes: int | None = None) -> Journal:
        """Open for appending (created with mode 0600); ``keep_bytes`` cuts a torn tail."""
        try:
            descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
            if keep_bytes is not None and os.fstat(descriptor).st_size > keep_bytes:
                os.ftruncate(descriptor, keep_bytes)
        except OSError as error:
            raise JournalError(f"cannot write the journal {path}: {error.strerror}") from None
        return cls(path, descriptor)

    @staticmethod
    def _line(record: Mapping[str, Any]) -> bytes:
        return _json.dumps(record) + b"\n"

    def _append(self, data: bytes) -> None:
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(self._fd, view) :]
            os.fsync(self._fd)
        except OSError as error:
            raise JournalError(f"cannot write the journal {self.path}: {error.strerror}") from None

    def write_now(self, record: Mapping[str, Any]) -> None:
        """Append one record at once, outside the event loop."""
        self._append(self._line(record))

    async def write(self, record: Mapping[str, Any]) -> None:
        """Append one record; returns when it is on disk."""
        waiter = self.add(record)
        # Shielded: a worker cancelled while it waits leaves its record to be written.
        await asyncio.shield(waiter)

    def add(self, record: Mapping[str, Any]) -> asyncio.Future[None]:
        """Append one record without waiting; the future is done when it is on disk."""
        if self.error is not None:
            raise self.error
        waiter: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._pending.append(self._line(record))
        self._waiters.append(waiter)
        if self._flusher is None or self._flusher.done():
            self._flusher = asyncio.create_task(self._flush())
        return waiter

    async def _flush(self) -> None:
        while self._pending:
            data, waiters = b"".join(self._pending), self._waiters
            self._pending, self._waiters = [], []
            try:
                await asyncio.to_thread(self._append, data)
            except JournalError as error:
                self.error = self.error or error
            for waiter in waiters:
                if waiter.done():
                    continue
                if self.error is None:
                    waiter.set_result(None)
                else:
                    waiter.set_exception(self.error)
                    waiter.exception()  # retrieved: a record nobody waits for is not "lost"

    async def drain(self) -> None:
        """Wait until every record added so far is on disk; raise if one could not be."""
        while self._flusher is not None and not self._flusher.done():
            await asyncio.shield(self._flusher)
        if self.error is not None:
            raise self.error

    def close(self) -> None:
        os.close(self._fd)
