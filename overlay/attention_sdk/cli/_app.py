"""The ``attention`` command: global options, the client, and a command per operation.

The tree is built when the command runs, from the operation table (``_derive``): one
group per group of the spec, nested as the spec nests them, one command per operation,
and the bulk jobs (``_bulk``) beside the operations of the group they work on. Errors end
in one line on standard error and an exit code per class (``_errors.ExitCode``); a
traceback only with ``--debug``. The API key only ever comes from ``ATTENTION_API_KEY``
and is redacted from everything printed.
"""

from __future__ import annotations

import contextlib
import os
import sys
import traceback
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any

import click
from attention_client.types import Unset

from .._config import API_KEY_ENV, BASE_URL_ENV
from .._pagination import SyncOffsetPage, SyncPage
from .._redact import redact
from .._version import __version__
from . import _bulk
from ._derive import (
    REQUEST_OPTIONS,
    Group,
    Merge,
    Operation,
    command_help,
    command_parameters,
    groups,
    iter_parameters,
    option_name,
    sentence,
    to_argument,
)
from ._errors import CliError, ExitCode, exit_code
from ._settings import CONTEXT, Settings, debugging, output_options, settings


class AliasGroup(click.Group):
    """A group whose commands may have other names (``get`` for ``retrieve``)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.aliases: dict[str, str] = {}

    def add_aliased(self, command: click.Command, aliases: Sequence[str] = ()) -> None:
        """Add a command (or group) and its other names; a name taken twice is an error
        (two operations, or an operation and a nested group, that read alike)."""
        for name in (command.name or "", *aliases):
            if name in self.commands or name in self.aliases:
                raise TypeError(f"{self.name}: more than one command is named {name!r}")
        self.add_command(command)
        for alias in aliases:
            self.aliases[alias] = command.name or ""

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        return super().get_command(ctx, self.aliases.get(cmd_name, cmd_name))

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows: list[tuple[str, str]] = []
        limit = formatter.width - 6 - max(map(len, self.list_commands(ctx)), default=0)
        for name in self.list_commands(ctx):
            command = self.get_command(ctx, name)
            if command is None or command.hidden:
                continue
            also = [alias for alias, target in self.aliases.items() if target == name]
            suffix = f" (also: {', '.join(also)})" if also else ""
            text = command.get_short_help_str(max(limit - len(suffix), 20)) + suffix
            rows.append((name, text))
        if rows:
            with formatter.section("Commands"):
                formatter.write_dl(rows)


def _json(value: Any) -> Any:
    """A result in its JSON form: a model's ``to_dict()``, anything else as it is."""
    to_dict = getattr(value, "to_dict", None)
    return to_dict() if callable(to_dict) else value


def _items(first: SyncPage[Any] | SyncOffsetPage[Any], limit: int | None) -> Iterator[list[Any]]:
    """Each page's items in their JSON form, up to ``limit`` in all; the next page is only
    asked for when it is needed. Either paging style: the page knows how to ask for the
    next one."""
    remaining = limit
    for page in first.iter_pages():
        items = [_json(item) for item in page.items]
        if remaining is not None:
            items = items[:remaining]
            remaining -= len(items)
        yield items
        if remaining == 0:
            return


def _dig(data: Any, path: Sequence[str]) -> Any:
    for key in path:
        data = data.get(key) if isinstance(data, Mapping) else None
    return data


def resource(client: Any, path: Sequence[str]) -> Any:
    """The object whose methods are a group's operations: ``client.scorecards.items``."""
    for attribute in path:
        client = getattr(client, attribute)
    return client


def _merged(group: Any, merge: Merge, args: Sequence[Any], kwargs: Mapping[str, Any]) -> Any:
    """The option's pairs merged into the current value, read first with the same
    positional arguments and request options (see ``MERGED`` for why this is safe)."""
    read: Callable[..., Any] = getattr(group, merge.read)
    options = {name: value for name, value in kwargs.items() if name in REQUEST_OPTIONS}
    current = _dig(_json(read(*args, **options)), merge.path)
    return {**(current if isinstance(current, Mapping) else {}), **kwargs[merge.parameter]}


def _merge_flag(merge: Merge) -> click.Option:
    option = option_name(merge.parameter)
    return click.Option(
        [merge.flag, f"replace_{merge.parameter}"],
        is_flag=True,
        help=f"Send {option} as given, without reading the current ones first. Without "
        f"it, {option} are merged into the current ones (one request more), so none is "
        "dropped; with it, an API that replaces them keeps only these.",
    )


_LIMIT = "limit"  # the --limit of a command that pages (not a parameter of the method)


def _check_unique(operation: Operation, params: Sequence[click.Parameter]) -> None:
    """Two parameters of one command may not share a name or an option."""
    seen: dict[str, str] = {}
    for param in params:
        for name in {param.name or "", *param.opts, *param.secondary_opts}:
            if name in seen:
                raise TypeError(
                    f"{'.'.join(operation.group)}.{operation.method}: {name!r} is taken by "
                    f"{seen[name]!r} and {param.name!r}"
                )
            seen[name] = param.name or ""


def operation_command(operation: Operation) -> click.Command:
    """The command that calls one operation with what the command line says."""
    parameters = command_parameters(operation)
    params = list(iter_parameters(operation))
    merge = operation.merge
    if merge is not None:
        params.append(_merge_flag(merge))
        for param in params:
            if param.name == merge.parameter and isinstance(param, click.Option):
                note = f"Merged into the current ones unless {merge.flag}."
                param.help = f"{param.help} {note}" if param.help else note
    if operation.paginated:
        params.append(
            click.Option(
                ["--limit", _LIMIT],
                type=click.IntRange(min=0),
                help="Stop after this many items (default: every item, page after page).",
            )
        )
    _check_unique(operation, params)

    def callback(**values: Any) -> int:
        ctx = click.get_current_context()
        limit = values.pop(_LIMIT, None) if operation.paginated else None
        replace = merge is not None and values.pop(f"replace_{merge.parameter}")
        args: list[Any] = []
        kwargs: dict[str, Any] = {}
        for parameter in parameters:
            value = to_argument(parameter, values[parameter.dest])
            if parameter.positional:
                args.append(value)
            elif not isinstance(value, Unset):
                kwargs[parameter.name] = value
        if replace and merge is not None and merge.parameter not in kwargs:
            given = option_name(merge.parameter)
            raise click.UsageError(f"{merge.flag} needs {given}: the {given} to send", ctx)
        state = settings()
        group = resource(state.client(), operation.group)
        method: Callable[..., Any] = getattr(group, operation.method)
        try:
            if merge is not None and merge.parameter in kwargs and not replace:
                kwargs[merge.parameter] = _merged(group, merge, args, kwargs)
            result = method(*args, **kwargs)
        except (TypeError, ValueError) as error:  # the SDK's argument checks: nothing sent
            raise click.UsageError(str(error), ctx) from None
        output = state.output()
        if operation.returns == "page":
            output.many(_items(result, limit))
        elif operation.returns == "list":
            output.many([[_json(item) for item in result]])
        elif operation.returns == "model" and result is not None:
            data = _json(result)
            if isinstance(data, Mapping):
                output.one(data)
            else:
                output.json_line(data)
        return ExitCode.OK  # "none": a delete with no content prints nothing

    return click.Command(
        operation.name,
        params=params,
        callback=callback,
        help=command_help(operation),
        short_help=sentence(operation.summary),
        context_settings=CONTEXT,
    )


def group_command(group: Group) -> AliasGroup:
    """A group's command: one command per operation, one group per nested group, and the
    bulk jobs that work on it."""
    command = AliasGroup(group.name, help=group.help, context_settings=CONTEXT)
    for operation in group.operations:
        command.add_aliased(operation_command(operation), operation.aliases)
    for child in group.children:
        command.add_aliased(group_command(child))
    for bulk in _bulk.commands(group):
        command.add_aliased(bulk)
    return command


@click.group(
    cls=AliasGroup,
    context_settings=CONTEXT,
    help=(
        "The Attention API from the command line: a command per operation, and bulk jobs "
        "that resume after a crash.\n\n"
        f"The API key comes from {API_KEY_ENV} only (an option would leave it in your "
        "shell history). Results are a table on a terminal and JSON when piped (JSON "
        "Lines for lists). Try it with no key: attention --stand-in conversations list"
    ),
)
@click.option(
    "--base-url",
    metavar="URL",
    help=f"The API root (default: ${BASE_URL_ENV}, else https://api.attention.tech/v2).",
)
@click.option(
    "--timeout",
    type=click.FloatRange(min=0, min_open=True, max=3600),
    help="Seconds each request may take (default: 30, connecting 5).",
)
@click.option(
    "--max-retries",
    type=click.IntRange(min=0),
    help="Retries after a failed attempt (default: 2; bulk jobs: 10 per row).",
)
@click.option(
    "--stand-in",
    is_flag=True,
    help="Run against a stand-in of the API started in this process (no key needed).",
)
@click.version_option(__version__, "-V", "--version", prog_name="attention")
@click.pass_context
def cli(
    ctx: click.Context,
    base_url: str | None,
    timeout: float | None,
    max_retries: int | None,
    stand_in: bool,
) -> None:
    if stand_in and base_url:
        raise click.UsageError("--stand-in and --base-url cannot be used together", ctx)
    ctx.obj = Settings(ctx, base_url, timeout, max_retries, stand_in)


def with_output_options(command: click.Command) -> None:
    """Give a command, and every command under it, --json/--table and --debug (before
    --version and --help in the help text)."""
    options = output_options()
    taken = {name for param in command.params for name in param.opts + param.secondary_opts}
    clash = taken & {name for option in options for name in option.opts + option.secondary_opts}
    if clash:
        raise TypeError(f"{command.name}: {', '.join(sorted(clash))} is already an option")
    eager = (i for i, param in enumerate(command.params) if param.is_eager)
    at = next(eager, len(command.params))
    command.params[at:at] = options
    if isinstance(command, click.Group):
        for subcommand in command.commands.values():
            with_output_options(subcommand)


def add_groups(root: click.Group, found: Sequence[Group]) -> None:
    """Add the command of each top-level group (and so of every group) to ``root``."""
    assert isinstance(root, AliasGroup)
    for group in found:
        root.add_aliased(group_command(group))


add_groups(cli, groups())
with_output_options(cli)


def _say(message: str, secret: str) -> None:
    click.echo(f"attention: {redact(message, secret)}", err=True)


def run(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    args = list(sys.argv[1:] if argv is None else argv)
    secret = os.environ.get(API_KEY_ENV, "").strip()
    # click's main() is not used: it catches a closed pipe itself and exits with status 1,
    # where `attention ... | head` must end quietly with 0. Shell completion, the one other
    # thing main() does, is kept (click's _ATTENTION_COMPLETE protocol; exits when asked).
    cli._main_shell_completion({}, "attention")
    ctx: click.Context | None = None
    try:
        ctx = cli.make_context("attention", args)
        with ctx:
            result = cli.invoke(ctx)
    except click.exceptions.Exit as done:  # --help, --version
        return done.exit_code
    except click.ClickException as error:
        error.show()
        return error.exit_code
    except (click.Abort, KeyboardInterrupt, EOFError):
        click.echo(err=True)  # ends the line a terminal's ^C echo left open
        _say("interrupted", secret)
        return ExitCode.INTERRUPTED
    except BrokenPipeError:
        # The reader went away (| head): stop quietly, and let nothing flush into the pipe
        # at exit (the interpreter would report it, and exit with 120).
        with contextlib.suppress(OSError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return ExitCode.OK
    except CliError as error:
        _say(f"error: {error}", secret)
        return error.code
    except Exception as error:
        if debugging(ctx):
            text = "".join(traceback.format_exception(error))
            click.echo(redact(text, secret), err=True, nl=False)
        code = exit_code(error)
        kind = "" if code != ExitCode.FAILED else f"{type(error).__name__}: "
        _say(f"error: {kind}{error}", secret)
        return code
    return int(result) if isinstance(result, int) else ExitCode.OK
