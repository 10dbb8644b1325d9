"""Running a bulk job: workers on AsyncAttention, one rate limiter, exactly-once writes.

Each row is *started* in the journal before its first request and *done* (or *failed*)
after. The client's own retries are off (``max_retries=0``): the job retries, so that

- every request, the job's retries included, takes a slot from one ``RateLimit`` shared
  by all the workers' clients (adaptive unless ``--rate`` fixes it). A 429 slows the
  whole job down (the limiter cuts its rate; its ``Retry-After`` is that request's
  wait, or every worker's if the server refuses again meanwhile), and the client sends
  the request again through the limiter without using up the row's retries (up to the
  limiter's ``throttled_retries``: beyond those, the 429 reaches the job, counts as any
  other retry and holds every worker). A ``Retry-After`` on any other answer holds
  every worker too (``RateLimit._hold``); one beyond ``MAX_PAUSE`` fails the row at once;
- a write is never sent twice. A 429 (and 408, 409, or a connection that never opened)
  means the write was not applied, and it is sent again. After anything else that may
  have reached the server (a 5xx, a timeout, a connection lost mid-request), the
  conversation is read first and the write is sent again only if it did not land. A row
  that an earlier run started but did not finish (the crash hit mid-request) is read
  first in the same way, and written only if it is not already in the wanted state.

``--labels merge`` reads the conversation and writes its labels with the row's merged
in (and writes nothing when that changes nothing); ``--labels replace`` writes the
row's labels alone, without reading. Stopping (``stop()``, on Ctrl-C) starts no new row
and abandons retry waits; requests in flight (a slot's wait included) finish and are
recorded. ``cancel()`` (a second Ctrl-C) ends them too, and their rows stay *started* in
the journal.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import random
from collections.abc import Awaitable, Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol, TypeVar

from .._client import AsyncAttention
from .._config import RetryPolicy
from .._exceptions import (
    APIConnectionError,
    APIStatusError,
    AuthenticationError,
    PermissionDeniedError,
    RateLimitError,
)
from .._ratelimit import RateLimit
from .._redact import redact
from .._retry import UNSENT_ERRORS, backoff_delay
from ._journal import Journal, JournalError, JournalState
from ._rows import Row

T = TypeVar("T")
Command = Literal["update", "archive"]
LabelsMode = Literal["merge", "replace"]
RowOutcome = Literal["updated", "archived", "unchanged", "already applied"]

# A server that asks for a longer pause than this fails the row instead of stalling the job.
MAX_PAUSE = 300.0
BULK_RETRIES = 10  # per row, in all, unless --max-retries says otherwise
# Workers per AsyncAttention: one. httpcore's pool looks at every connection it holds,
# several times per request (encode/httpx#3215), so the client's CPU time per request
# grows with the pool: at --concurrency 32 on the stand-in, one client for all workers
# took 1.6 ms of CPU a request, one per 8 workers 0.93 ms, one per worker 0.78 ms.
WORKERS_PER_CLIENT = 1


class Events(Protocol):
    """What the job reports as it goes (the progress bar)."""

    def row_finished(
        self, row: Row, outcome: RowOutcome | None, error: BaseException | None
    ) -> None:
        """A row is done (``outcome``) or failed (``error``)."""

    def retried(self, row: Row, error: BaseException, wait: float) -> None:
        """A request of this row is sent again after ``wait`` seconds."""


class NoEvents:
    def row_finished(
        self, row: Row, outcome: RowOutcome | None, error: BaseException | None
    ) -> None:
        pass

    def retried(self, row: Row, error: BaseException, wait: float) -> None:
        pass


@dataclass
class Counts:
    rows: int = 0  # valid rows in the input
    skipped: int = 0  # done in an earlier run
    updated: int = 0  # written (archived, for bulk-archive)
    unchanged: int = 0  # already as the row asks (merge mode read it): nothing written
    already_applied: int = 0  # started in an earlier run, found applied: not written again
    failed: int = 0
    interrupted: int = 0  # started, then stopped before they finished
    not_started: int = 0
    retried: int = 0  # requests sent again by the job (the client's 429s aside)


@dataclass
class Failure:
    row: Row
    error: BaseException


class _Stopped(Exception):
    """The job is stopping: this row is left as it is (started in the journal)."""


class _Unsure(Exception):
    """The write may have been applied: read before sending it again."""


class RowFailed(Exception):
    def __init__(self, error: BaseException) -> None:
        super().__init__(str(error))
        self.error = error


@dataclass
class _Decision:
    retry: bool
    unsure: bool = False  # the request may have been applied
    wait: float | None = None  # what the server asked for
    shared: bool = False  # hold every worker


def classify(error: BaseException) -> _Decision:
    """Whether a failed request is sent again, and how."""
    if isinstance(error, RateLimitError):
        return _Decision(True, wait=error.retry_after, shared=True)
    if isinstance(error, APIStatusError):
        asked = error.retry_after
        if error.status_code in (408, 409):
            return _Decision(True, wait=asked, shared=asked is not None)
        if error.status_code >= 500:
            return _Decision(True, unsure=True, wait=asked, shared=asked is not None)
        return _Decision(False)
    if isinstance(error, APIConnectionError):
        unsent = isinstance(error.__cause__, UNSENT_ERRORS)
        return _Decision(True, unsure=not unsent)
    return _Decision(False)


def rows_to_do(rows: Sequence[Row], prior: JournalState | None) -> list[Row]:
    """The rows an earlier run (its journal, ``prior``) did not finish."""
    return [row for row in rows if prior is None or not prior.is_done(row.line)]


def is_fatal(error: BaseException) -> bool:
    """Errors every other row would meet too: the job stops."""
    return isinstance(error, AuthenticationError | PermissionDeniedError | JournalError)


def satisfied(attributes: Mapping[str, Any], row: Row, mode: LabelsMode) -> bool:
    """Whether a conversation (its JSON attributes) already is as the row asks."""
    if row.title is not None and attributes.get("title") != row.title:
        return False
    if row.labels:
        current = attributes.get("labels") or {}
        if mode == "replace":
            return dict(current) == row.label_map
        return all(current.get(name) == value for name, value in row.labels)
    return True


@dataclass
class _RowState:
    row: Row
    retries: int = 0
    wrote_unsure: bool = False


@dataclass
class Job:
    """One run of a bulk job over ``rows`` (the journal's done rows are skipped)."""

    command: Command
    rows: Sequence[Row]
    clients: Sequence[AsyncAttention]
    journal: Journal
    prior: JournalState | None = None
    labels: LabelsMode = "merge"
    concurrency: int = 8
    max_retries: int = BULK_RETRIES
    events: Events = field(default_factory=NoEvents)
    policy: RetryPolicy = field(default_factory=RetryPolicy)
    counts: Counts = field(default_factory=Counts)
    failures: list[Failure] = field(default_factory=list)
    fatal: BaseException | None = None
    secret: str = ""  # redacted from the errors the journal records

    def __post_init__(self) -> None:
        limiter = self.clients[0].rate_limit if self.clients else None
        if limiter is None or any(client.rate_limit is not limiter for client in self.clients):
            raise ValueError("the clients of a job must share one RateLimit")
        self.limiter: RateLimit = limiter  # every request of the job takes its turn here
        self._stop = asyncio.Event()
        self._workers: list[asyncio.Task[None]] = []
        self._in_flight: set[int] = set()

    @property
    def workers(self) -> int:
        """How many workers the run started (fewer than ``concurrency`` for a few rows)."""
        return len(self._workers)

    @property
    def stopping(self) -> bool:
        return self._stop.is_set()

    def stop(self) -> None:
        """Start no new row; abandon retry waits; let requests in flight finish."""
        self._stop.set()

    def cancel(self) -> None:
        """Stop now: requests in flight are cancelled, their rows stay started."""
        self.stop()
        for worker in self._workers:
            worker.cancel()

    async def run(self) -> Counts:
        todo = rows_to_do(self.rows, self.prior)
        self.counts.rows = len(self.rows)
        self.counts.skipped = len(self.rows) - len(todo)
        queue = iter(todo)
        self._workers = [
            asyncio.create_task(self._worker(self.clients[i % len(self.clients)], queue))
            for i in range(min(self.concurrency, max(1, len(todo))))
        ]
        for result in await asyncio.gather(*self._workers, return_exceptions=True):
            if isinstance(result, Exception):
                raise result
        try:
            await self.journal.drain()
        except JournalError as error:
            self._abort(error)
        counts = self.counts
        counts.interrupted = len(self._in_flight)
        finished = counts.updated + counts.unchanged + counts.already_applied + counts.failed
        counts.not_started = len(todo) - finished - counts.interrupted
        return counts

    async def _worker(self, client: AsyncAttention, queue: Iterator[Row]) -> None:
        """Each row in turn. The next row is claimed, and its *started* record written,
        while this one's requests run, so that its fsync is not waited for: a row is never
        sent before its record is on disk, but the wait is off the critical path. A claimed
        row that a stop leaves unsent is read first on resume, like any started row."""
        upcoming = self._claim(queue)
        while upcoming is not None:
            row, recorded = upcoming
            if self.stopping:
                return
            upcoming = self._claim(queue)
            try:
                await asyncio.shield(recorded)
            except JournalError as error:
                self._abort(error)
                return
            await self._row(client, row)

    def _claim(self, queue: Iterator[Row]) -> tuple[Row, asyncio.Future[None]] | None:
        """The next row, with its *started* record on its way to disk; None when none is left
        or the job is stopping."""
        if self.stopping:
            return None
        row = next(queue, None)
        if row is None:
            return None
        try:
            return row, self.journal.add({"event": "started", "line": row.line, "id": row.id})
        except JournalError as error:
            self._abort(error)
            return None

    async def _row(self, client: AsyncAttention, row: Row) -> None:
        verify = self.prior is not None and self.prior.was_started(row.line)
        state = _RowState(row)
        self._in_flight.add(row.line)
        try:
            if self.command == "update":
                outcome = await self._update(client, state, verify)
            else:
                outcome = await self._archive(client, state, verify)
        except _Stopped:
            return  # still in flight: recorded as started only
        except RowFailed as failure:
            await self._finish(row, None, failure.error)
            return
        await self._finish(row, outcome, None)

    async def _finish(
        self, row: Row, outcome: RowOutcome | None, error: BaseException | None
    ) -> None:
        record: dict[str, Any]
        if error is None:
            record = {"event": "done", "line": row.line, "id": row.id, "result": outcome}
        else:
            message = redact(str(error), self.secret)
            record = {"event": "failed", "line": row.line, "id": row.id, "error": message}
        try:
            self.journal.add(record)  # not waited for: see _journal
        except JournalError as journal_error:
            self._abort(journal_error)
            return  # not recorded: the row stays started, and is read first on resume
        self._in_flight.discard(row.line)
        if error is not None:
            self.counts.failed += 1
            self.failures.append(Failure(row, error))
            if is_fatal(error):
                self._abort(error)
        elif outcome == "unchanged":
            self.counts.unchanged += 1
        elif outcome == "already applied":
            self.counts.already_applied += 1
        else:
            self.counts.updated += 1
        self.events.row_finished(row, outcome, error)

    def _abort(self, error: BaseException) -> None:
        if self.fatal is None:
            self.fatal = error
        self.stop()

    async def _request(
        self, state: _RowState, send: Callable[[], Awaitable[T]], *, write: bool
    ) -> T:
        """One request of a row, sent again as ``classify`` says, within the row's retries.
        The wait before each attempt is the limiter's, inside ``send``."""
        while True:
            if self.stopping and state.retries:
                raise _Stopped
            try:
                return await send()
            except Exception as error:
                decision = classify(error)
                wait = decision.wait
                if not decision.retry or (wait is not None and wait > MAX_PAUSE):
                    raise RowFailed(error) from error
                if state.retries >= self.max_retries:
                    raise RowFailed(error) from error
                state.retries += 1
                if wait is None:
                    wait = backoff_delay(state.retries - 1, self.policy, random=random.random())
                elif decision.shared:
                    self.limiter._hold(wait)  # every worker waits, as after a 429
                    wait = 0.0
                self.counts.retried += 1
                self.events.retried(state.row, error, wait)
                if wait > 0 and not self.stopping:
                    with contextlib.suppress(TimeoutError):
                        await asyncio.wait_for(self._stop.wait(), wait)
                if self.stopping:
                    raise _Stopped from None
                if decision.unsure and write:
                    state.wrote_unsure = True
                    raise _Unsure from None

    async def _update(self, client: AsyncAttention, state: _RowState, verify: bool) -> RowOutcome:
        row = state.row
        read = verify or (self.labels == "merge" and bool(row.labels))
        while True:
            labels: Mapping[str, Any] = {}
            if read:
                found = await self._request(
                    state, lambda: client.conversations.retrieve(row.id), write=False
                )
                attributes = found.to_dict().get("attributes") or {}
                if satisfied(attributes, row, self.labels):
                    if state.wrote_unsure:
                        return "updated"  # our own write landed, and was not sent again
                    return "already applied" if verify else "unchanged"
                labels = attributes.get("labels") or {}
            changes: dict[str, Any] = {}
            if row.title is not None:
                changes["title"] = row.title
            if row.labels:
                merged = {**labels, **row.label_map} if self.labels == "merge" else row.label_map
                changes["labels"] = merged
            try:
                await self._request(
                    state,
                    functools.partial(client.conversations.update, row.id, **changes),
                    write=True,
                )
            except _Unsure:
                read = True
                continue
            return "updated"

    async def _archive(self, client: AsyncAttention, state: _RowState, verify: bool) -> RowOutcome:
        row = state.row
        read = verify
        while True:
            if read:
                found = await self._request(
                    state, lambda: client.conversations.retrieve(row.id), write=False
                )
                if (found.to_dict().get("attributes") or {}).get("archived") is True:
                    return "archived" if state.wrote_unsure else "already applied"
            try:
                await self._request(state, lambda: client.conversations.archive(row.id), write=True)
            except _Unsure:
                read = True
                continue
            return "archived"
