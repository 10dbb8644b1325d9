"""The bulk jobs: ``bulk-update`` and ``bulk-archive`` (of ``attention conversations``).

The flow of one run: read and check every row (``_rows``), or, for a list filter, find
the journal first and take the ids it recorded or collect them now (``_filter``); with
``--dry-run``, print what would change and stop; refuse to start while a row is bad
(unless ``--skip-invalid``); open the journal (``_journal``: a new one, or with
``--resume`` the one this input left); run the rows (``_jobs``) with a progress bar on a
terminal; write the report of failed rows; print a summary and the failed rows. Ctrl-C
(or SIGTERM) stops cleanly: no new row starts, requests in flight finish and are
recorded; a second Ctrl-C ends them too.
"""

from __future__ import annotations

import asyncio
import contextlib
import csv
import datetime
import importlib.util
import math
import signal
import sys
import time
from collections.abc import Sequence
from contextlib import AsyncExitStack
from pathlib import Path
from typing import Any

import click
import httpx
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TextColumn,
    TimeRemainingColumn,
)
from rich.table import Table
from rich.text import Text

from .._client import AsyncAttention
from .._ratelimit import RateLimit
from .._redact import redact
from .._types import HttpBackend
from ._derive import Group, list_filters, option_name, read_pairs
from ._errors import CliError, ExitCode, exit_code
from ._filter import Found, filter_options
from ._jobs import (
    BULK_RETRIES,
    WORKERS_PER_CLIENT,
    Command,
    Counts,
    Failure,
    Job,
    LabelsMode,
    RowOutcome,
    rows_to_do,
)
from ._journal import VERSION, Journal, JournalError, JournalState, check_same_job, default_path
from ._journal import load as load_journal
from ._output import Output, console
from ._rows import (
    BadRow,
    InputError,
    Row,
    archive_rows,
    filter_source,
    found_rows,
    read_source,
    update_rows,
)
from ._settings import Settings, settings


class _Rate(ProgressColumn):
    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        return Text(f"{speed:,.0f}/s" if speed else "-/s")


class ProgressBar:
    """The job's Events, shown as a rich progress bar on standard error (terminals only)."""

    def __init__(self, console: Console, total: int, counts: Counts, limiter: RateLimit) -> None:
        self.counts = counts  # the job's, updated before each event
        self.limiter = limiter
        self.progress = Progress(
            TextColumn("{task.description}"),
            BarColumn(bar_width=16),
            MofNCompleteColumn(),
            _Rate(),
            TextColumn("ETA"),
            TimeRemainingColumn(),
            TextColumn("{task.fields[counts]}"),
            console=console,
            disable=not console.is_terminal,
        )
        self.task = self.progress.add_task("", total=total, counts=self._counts())

    def _counts(self) -> str:
        counts = self.counts
        done = counts.updated + counts.unchanged + counts.already_applied
        throttled = self.limiter.throttled
        return f"done {done} retried {counts.retried} 429s {throttled} failed {counts.failed}"

    def row_finished(
        self, row: Row, outcome: RowOutcome | None, error: BaseException | None
    ) -> None:
        self.progress.update(self.task, advance=1, counts=self._counts())

    def retried(self, row: Row, error: BaseException, wait: float) -> None:
        self.progress.update(self.task, counts=self._counts())

    def note(self, text: str) -> None:
        self.progress.update(self.task, description=text)


def _planned(row: Row, command: Command, labels: LabelsMode, verify: bool) -> dict[str, Any]:
    """What a dry run shows for a row, in JSON form."""
    item: dict[str, Any] = {"line": row.line, "id": row.id, "action": command}
    if command == "update":
        if row.title is not None:
            item["title"] = row.title
        if row.labels:
            item["labels"] = row.label_map
        item["labels_mode"] = labels
    if verify:
        item["read_first"] = True
    return item


def _change(item: dict[str, Any]) -> str:
    """A planned row (``_planned``) as table text."""
    if item["action"] == "archive":
        return "archive"
    parts = []
    if "title" in item:
        parts.append(f"title → {item['title']!r}")
    if item.get("labels"):
        pairs = ", ".join(f"{name}={value}" for name, value in item["labels"].items())
        merge = item["labels_mode"] == "merge"
        parts.append(f"labels + {pairs}" if merge else f"labels = {pairs} only")
    return "; ".join(parts)


# Failed rows printed on standard error at the end of a job; --report writes every one.
SHOWN_FAILURES = 20


def _say_row(line: int, conversation_id: str | None, text: str, secret: str) -> None:
    where = f"line {line}" + (f" ({conversation_id})" if conversation_id else "")
    click.echo(redact(f"attention: {where}: {text}", secret), err=True)


def _bad_rows(bad: Sequence[BadRow], secret: str) -> None:
    for row in bad:
        _say_row(row.line, row.id, row.reason, secret)


def _failed_rows(failures: Sequence[Failure], secret: str) -> None:
    """The first SHOWN_FAILURES failed rows, in input order, each with its error."""
    ordered = sorted(failures, key=lambda failure: failure.row.line)
    for failure in ordered[:SHOWN_FAILURES]:
        _say_row(failure.row.line, failure.row.id, str(failure.error), secret)
    if len(ordered) > SHOWN_FAILURES:
        click.echo(f"attention: ... and {len(ordered) - SHOWN_FAILURES} more", err=True)


def _dry_run(
    command: Command,
    rows: Sequence[Row],
    bad: Sequence[BadRow],
    prior: JournalState | None,
    labels: LabelsMode,
    skip_invalid: bool,
    output: Output,
) -> int:
    """Print what would be sent, send nothing."""
    as_json, secret = output.as_json, output.secret
    todo = rows_to_do(rows, prior)
    screen = console(file=sys.stdout, soft_wrap=True)
    table = Table("line", "id", "change", box=None, pad_edge=False, header_style="bold")
    for row in todo:
        verify = prior is not None and prior.was_started(row.line)
        item = _planned(row, command, labels, verify)
        if as_json:
            output.json_line(item)
        else:
            shown = output.clean(item)
            note = " (read first: started before)" if verify else ""
            table.add_row(str(row.line), shown["id"], _change(shown) + note)
    if not as_json and todo:
        screen.print(table)
    _bad_rows(bad, secret)
    skipped = len(rows) - len(todo)
    done_before = f", {skipped} done before (skipped)" if skipped else ""
    click.echo(
        f"attention: dry run: {_rows(len(todo))} would be sent{done_before}, "
        f"{_rows(len(bad), 'bad row')}; nothing was sent",
        err=True,
    )
    if bad and not skip_invalid:
        return ExitCode.USAGE
    return ExitCode.OK


def _rows(count: int, what: str = "row") -> str:
    return f"{count} {what}{'' if count == 1 else 's'}"


def _write_report(path: Path, job: Job | None, bad: Sequence[BadRow], secret: str) -> None:
    try:
        with path.open("w", newline="", encoding="utf-8") as file:
            writer = csv.writer(file)
            writer.writerow(["line", "id", "error"])
            for row in bad:
                writer.writerow([row.line, row.id or "", f"invalid: {row.reason}"])
            for failure in job.failures if job else []:
                error = redact(str(failure.error), secret)
                writer.writerow([failure.row.line, failure.row.id, error])
    except OSError as error:
        raise CliError(
            f"cannot write the report {path}: {error.strerror}", ExitCode.FAILED
        ) from None


def _rate_found(limiter: RateLimit) -> float | None:
    """Requests a second the job ended at: the rate fixed, or the limit found; None when
    the API never said slow down."""
    rate = limiter.current_rate
    if rate is None or (limiter.mode == "adaptive" and not limiter.throttled):
        return None
    return round(rate, 2)


def _summary(
    command: Command,
    counts: Counts,
    limiter: RateLimit,
    workers: int,
    seconds: float,
    journal: Path,
    output: Output,
) -> None:
    written = "archived" if command == "archive" else "updated"
    fields = {
        "rows": counts.rows,
        written: counts.updated,
        "unchanged": counts.unchanged,
        "already_applied": counts.already_applied,
        "skipped_done_before": counts.skipped,
        "failed": counts.failed,
        "interrupted": counts.interrupted,
        "not_started": counts.not_started,
        "retried": counts.retried,
        "throttled": limiter.throttled,
        "rate": _rate_found(limiter),
        # Each worker's time spent waiting for the limiter, on average over the workers.
        "waited_seconds": round(limiter.waited / max(1, workers), 3),
        "seconds": round(seconds, 3),
        "journal": str(journal),
    }
    if output.as_json:
        output.json_line({"command": f"bulk-{command}", **fields})
        return
    table = Table("", "", box=None, show_header=False, pad_edge=False)
    for name, value in output.clean(fields).items():
        table.add_row(name.replace("_", " "), str(value))
    console(file=sys.stdout).print(table)


async def _run(job: Job, progress: ProgressBar) -> None:
    loop = asyncio.get_running_loop()

    def on_signal() -> None:
        if job.stopping:
            job.cancel()
            progress.note("stopping now:")
        else:
            job.stop()
            progress.note("stopping (Ctrl-C again: now):")

    signals = (signal.SIGINT, signal.SIGTERM)
    # Not on Windows' event loop: there, Ctrl-C interrupts at once (KeyboardInterrupt),
    # and the rows in flight stay started, which resume reads first.
    with contextlib.suppress(NotImplementedError):
        for number in signals:
            loop.add_signal_handler(number, on_signal)
    try:
        async with AsyncExitStack() as stack:
            for client in job.clients:
                await stack.enter_async_context(client)
            with progress.progress:
                await job.run()
    finally:
        with contextlib.suppress(NotImplementedError):
            for number in signals:
                loop.remove_signal_handler(number)


def _found_ids(found: Found, state: Settings, path: Path, prior: JournalState | None) -> list[str]:
    """The ids a filter selects: those the first run collected, when resuming (asking
    again would give another answer), else every page's, collected now."""
    if prior is None:
        return found.collect(state.client())
    ids = prior.job.get("ids")
    if not isinstance(ids, list) or not all(isinstance(i, str) for i in ids):
        raise CliError(f"the journal {path} does not list the ids of its filter", ExitCode.USAGE)
    return ids


def _backend(choice: str) -> HttpBackend:
    """The transport for the job's clients: aiohttp when asked for, or for auto when the
    extra is installed; its pool costs no CPU per connection held, so one client serves
    every worker."""
    installed = importlib.util.find_spec("aiohttp") is not None
    if choice == "aiohttp" and not installed:
        raise CliError(
            '--http-backend aiohttp needs the extra: pip install "attention-sdk[aiohttp]"',
            ExitCode.USAGE,
        )
    return "aiohttp" if choice == "aiohttp" or (choice == "auto" and installed) else "httpx"


def run_bulk(
    command: Command,
    input_name: str | None,
    *,
    found: Found | None = None,
    labels: LabelsMode = "merge",
    dry_run: bool,
    skip_invalid: bool,
    concurrency: int,
    resume: bool,
    journal_path: str | None,
    report: str | None,
    http_backend: str = "auto",
    rate: float | None = None,
) -> int:
    """Run a bulk job on the rows of ``input_name`` (a file, or - for standard input), or on
    the conversations ``found`` selects."""
    state = settings()
    output = state.output()
    secret = output.secret
    rows: list[Row] | None = None
    try:
        if found is not None:
            source = filter_source(found.description(with_change=command == "update"))
        else:
            assert input_name is not None, "the command asks for one input"
            source = read_source(input_name)
            rows, bad = (update_rows if command == "update" else archive_rows)(source)
    except InputError as error:
        raise CliError(str(error), ExitCode.USAGE) from None
    name = f"bulk-{command}"
    path = Path(journal_path) if journal_path else default_path(source, name)
    try:
        prior = load_journal(path)
    except JournalError as error:
        raise CliError(str(error), ExitCode.USAGE) from None
    job_record: dict[str, Any] = {
        "event": "job",
        "version": VERSION,
        "command": name,
        "input": source.name,
        "sha256": source.sha256,
        "labels": labels if command == "update" else None,
    }
    if prior is not None and resume:
        try:
            check_same_job(path, prior, job_record)
        except JournalError as error:
            raise CliError(str(error), ExitCode.USAGE) from None
    if found is not None:
        ids = _found_ids(found, state, path, prior if resume else None)
        rows, bad = found_rows(ids, found.title, found.labels)
        job_record.update(found.description(with_change=command == "update"))
        job_record["ids"] = ids  # as found: found_rows numbers them the same on resume
    assert rows is not None
    job_record["rows"] = len(rows)
    if dry_run:
        return _dry_run(command, rows, bad, prior if resume else None, labels, skip_invalid, output)
    if bad and not skip_invalid:
        _bad_rows(bad, secret)
        raise CliError(
            f"{_rows(len(bad), 'bad row')}: nothing was sent. Fix them, or pass "
            "--skip-invalid to leave them out",
            ExitCode.USAGE,
        )
    if prior is not None and not resume:
        raise CliError(
            f"the journal {path} exists ({prior.done} of {prior.job.get('rows')} rows done): "
            "add --resume to go on from it, or delete it to run the job again",
            ExitCode.USAGE,
        )
    if resume and prior is None:
        click.echo(f"attention: no journal at {path} yet: starting from the first row", err=True)
    retries = state.max_retries if state.max_retries is not None else BULK_RETRIES
    # One TLS context for all the clients: each would otherwise load the CA bundle
    # (about 20 ms of CPU apiece), even for a plain-HTTP stand-in. The job retries, not
    # the clients.
    backend = _backend(http_backend)
    tls = httpx.create_ssl_context()
    per_client = concurrency if backend == "aiohttp" else WORKERS_PER_CLIENT
    # One limiter for every client: they all talk to the same API limit.
    limiter = RateLimit.adaptive() if rate is None else RateLimit.fixed(rate)
    clients = [
        state.make(
            AsyncAttention, max_retries=0, verify=tls, http_backend=backend, rate_limit=limiter
        )
        for _ in range(math.ceil(concurrency / per_client))
    ]
    try:
        journal = Journal.open(path, keep_bytes=prior.keep_bytes if prior else None)
        if prior is None:
            journal.write_now(job_record)
        now = datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds")
        journal.write_now({"event": "run", "resume": prior is not None, "at": now})
    except JournalError as error:
        raise CliError(str(error), ExitCode.FAILED) from None
    bar = console(stderr=True)
    counts = Counts()
    progress = ProgressBar(bar, len(rows_to_do(rows, prior)), counts, limiter)
    job = Job(
        command,
        rows,
        clients,
        journal,
        prior=prior,
        labels=labels,
        concurrency=concurrency,
        max_retries=retries,
        events=progress,
        counts=counts,
        secret=secret,
    )
    started = time.monotonic()
    try:
        asyncio.run(_run(job, progress))
    finally:
        journal.close()
    seconds = time.monotonic() - started
    if report:
        _write_report(Path(report), job, bad, secret)
    _summary(command, counts, limiter, job.workers, seconds, path, output)
    _failed_rows(job.failures, secret)
    if job.fatal is not None:
        click.echo(redact(f"attention: error: job stopped: {job.fatal}", secret), err=True)
        return exit_code(job.fatal)  # a JournalError is FAILED
    if job.stopping:
        left = counts.interrupted + counts.not_started
        click.echo(
            f"attention: stopped: {_rows(left)} left; run the same command with --resume "
            "to finish them",
            err=True,
        )
        return ExitCode.INTERRUPTED
    if counts.failed:
        where = f" (see {report})" if report else " (--report FILE writes every one as CSV)"
        click.echo(f"attention: {_rows(counts.failed)} failed{where}", err=True)
        return ExitCode.FAILED
    return ExitCode.OK


# --- the commands -----------------------------------------------------------------------

_COMMON = [
    click.option(
        "--dry-run", is_flag=True, help="Check every row, print what would change, send nothing."
    ),
    click.option(
        "--skip-invalid", is_flag=True, help="Leave bad rows out instead of refusing to start."
    ),
    click.option(
        "--concurrency",
        type=click.IntRange(1, 256),
        default=8,
        show_default=True,
        help="Rows in flight at once.",
    ),
    click.option(
        "--resume",
        is_flag=True,
        help="Go on from the journal: skip the rows done, read first the rows started.",
    ),
    click.option(
        "--journal",
        "journal_path",
        metavar="PATH",
        help="The journal (default: FILE.<command>.journal.jsonl beside the input; for "
        "standard input or a filter, attention-stdin-<hash>... or attention-filter-<hash>... "
        "here).",
    ),
    click.option(
        "--report", metavar="FILE", help="Write each failed or bad row, with its error, as CSV."
    ),
    click.option(
        "--http-backend",
        type=click.Choice(["auto", "httpx", "aiohttp"]),
        default="auto",
        show_default=True,
        help="auto: aiohttp when the [aiohttp] extra is installed (about half the CPU a "
        "request), else httpx.",
    ),
    click.option(
        "--rate",
        type=click.FloatRange(min=0, min_open=True, max=100_000),
        metavar="N",
        help="Send at most N requests a second, in all. Default: find the API's limit from "
        "its 429s and keep just under it (the summary says what it found).",
    ),
]


def _with_common(command: Any) -> Any:
    for option in reversed(_COMMON):
        command = option(command)
    return command


def _rows_from(
    ctx: click.Context, option: str, input_name: str | None, found: Found | None, filters: str
) -> None:
    """Refuse a file and a filter together, or neither."""
    if input_name is not None and found is not None:
        raise click.UsageError(
            f"give the rows as {option} FILE or as a filter ({filters}), not both", ctx
        )
    if input_name is None and found is None:
        raise click.UsageError(
            f"which rows? Give {option} FILE (- for standard input), or a filter: {filters}",
            ctx,
        )


def _update_command(group: Group) -> click.Command:
    filters = _filter_names(group)

    @click.command(
        "bulk-update",
        short_help="Change titles and labels from a CSV file or a filter, resumably.",
    )
    @click.option(
        "--csv",
        "input_name",
        metavar="FILE|-",
        help="The rows: id,title,label.<name>...; an empty cell leaves that field unchanged.",
    )
    @click.option("--title", help="With a filter: the new title of every conversation it selects.")
    @click.option(
        "--label",
        "label_pairs",
        metavar="NAME=VALUE",
        multiple=True,
        help="With a filter: a label to set on every conversation it selects (repeat the "
        "option for several).",
    )
    @click.option(
        "--labels",
        type=click.Choice(["merge", "replace"]),
        default="merge",
        show_default=True,
        help="merge: read each conversation and add the row's labels to its own (2 "
        "requests). replace: send the row's labels alone (1 request).",
    )
    @_with_common
    def bulk_update(
        input_name: str | None,
        title: str | None,
        label_pairs: tuple[str, ...],
        labels: LabelsMode,
        **options: Any,
    ) -> int:
        """Change titles and labels from a CSV file, or of every conversation a filter
        selects, resumably.

        Each CSV row names a conversation (id) and what to change: title, and label.<name>
        columns. Or give a filter (the options of list, --filter-title and the others) and
        the change (--title, --label NAME=VALUE): every page is read before the first write.
        The job journals each row, so that after a crash, kill -9 or Ctrl-C, the same
        command with --resume applies each remaining row exactly once.
        """
        ctx = click.get_current_context()
        pairs = read_pairs(label_pairs, "--label")
        found = Found.from_options(group, options, title, pairs)
        _rows_from(ctx, "--csv", input_name, found, filters)
        if found is None and (title is not None or pairs):
            raise click.UsageError(
                "--title and --label go with a filter: in --csv, each row says what to change",
                ctx,
            )
        if found is not None and title is None and not pairs:
            raise click.UsageError(
                "with a filter, say what to change: --title TEXT, --label NAME=VALUE, or both",
                ctx,
            )
        return run_bulk("update", input_name, found=found, labels=labels, **options)

    _add_filters(bulk_update, group)
    return bulk_update


def _archive_command(group: Group) -> click.Command:
    filters = _filter_names(group)

    @click.command(
        "bulk-archive",
        short_help="Archive conversations from a list of ids or a filter, resumably.",
    )
    @click.option(
        "--ids",
        "input_name",
        metavar="FILE|-",
        help="The conversations to archive: ids one a line, or CSV with an id column.",
    )
    @_with_common
    def bulk_archive(input_name: str | None, **options: Any) -> int:
        """Archive conversations from a list of ids, or every conversation a filter
        selects (the options of list, --filter-title and the others), resumably (journal
        and --resume as bulk-update)."""
        found = Found.from_options(group, options, None, {})
        _rows_from(click.get_current_context(), "--ids", input_name, found, filters)
        return run_bulk("archive", input_name, found=found, **options)

    _add_filters(bulk_archive, group)
    return bulk_archive


def _add_filters(command: click.Command, group: Group) -> None:
    """Add the list's filters to a bulk command, after its input option."""
    at = next(i for i, param in enumerate(command.params) if param.name == "input_name") + 1
    command.params[at:at] = filter_options(group, command.params)


def _filter_names(group: Group) -> str:
    """The first few filter options, for messages: ``--filter-title, ...``."""
    found = list_filters(group)
    shown = [option_name(parameter.name) for parameter in (found[1] if found else ())]
    return ", ".join(shown[:3]) + (", ..." if len(shown) > 3 else "")


def commands(group: Group) -> list[click.Command]:
    """The bulk jobs that work on a group (the conversations)."""
    if group.path != ("conversations",):
        return []
    return [_update_command(group), _archive_command(group)]
