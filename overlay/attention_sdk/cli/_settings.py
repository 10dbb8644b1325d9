"""The global options of ``attention``, and what is made from them on first use.

``--base-url``, ``--timeout``, ``--max-retries`` and ``--stand-in`` belong to the root
command. The output options (``--json``/``--table`` and ``--debug``) are taken anywhere
on the line: ``output_options()`` gives each group and command its own copies, whose
callbacks record the value in the meta that every context of one run shares. click
parses the line from left to right (the root, then the group, then the command, each in
the order given), so when ``--json`` and ``--table`` are both given, the last one wins,
as when both are given to one command.
"""

from __future__ import annotations

import logging
import os
import sys
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

import click

from .._client import AsyncAttention, Attention
from .._config import API_KEY_ENV
from .._logging import logger
from .._redact import redact
from ._errors import CliError, ExitCode
from ._output import Output

if TYPE_CHECKING:  # the stand-in (http.server and its data) loads with --stand-in only
    from ..testing._server import AttentionStandIn

CONTEXT: dict[str, Any] = {"help_option_names": ["-h", "--help"], "max_content_width": 100}
C = TypeVar("C", Attention, AsyncAttention)
# Where the output options are kept, in the click meta shared by the run's contexts.
AS_JSON = "attention.as_json"  # True, False (--table), or absent: JSON unless a terminal
DEBUG = "attention.debug"


@dataclass
class Settings:
    """The global options, and what is made from them on first use (closed at exit)."""

    ctx: click.Context
    base_url: str | None
    timeout: float | None
    max_retries: int | None
    stand_in: bool
    _server: AttentionStandIn | None = field(default=None, init=False)
    _client: Attention | None = field(default=None, init=False)
    _logging: bool = field(default=False, init=False)

    @property
    def secret(self) -> str:
        """The key to redact from all output (the stand-in's, with --stand-in)."""
        if self.stand_in:
            from ..testing._server import DEFAULT_API_KEY

            return DEFAULT_API_KEY
        return os.environ.get(API_KEY_ENV, "").strip()

    def connection(self) -> tuple[str, str | None]:
        """(api key, base URL) to use: the stand-in's, started now, or the user's."""
        key = self.secret
        if self.stand_in:
            if self._server is None:
                from ..testing._server import AttentionStandIn

                self._server = self.ctx.with_resource(AttentionStandIn(api_key=key))
            return key, self._server.base_url
        if not key:
            raise CliError(
                f"no API key: set {API_KEY_ENV} (or try --stand-in, a built-in stand-in "
                "of the API)",
                ExitCode.AUTH,
            )
        return key, self.base_url

    def make(self, client_class: type[C], **overrides: Any) -> C:
        """An Attention or AsyncAttention with these settings (and ``overrides``); an
        option the client refuses (an http:// URL to another host, say) is a usage error."""
        key, base_url = self.connection()
        self._log_requests()
        options: dict[str, Any] = {"api_key": key, "base_url": base_url}
        if self.timeout is not None:
            options["timeout"] = self.timeout
        if self.max_retries is not None:
            options["max_retries"] = self.max_retries
        try:
            return client_class(**{**options, **overrides})
        except (TypeError, ValueError) as error:
            raise CliError(str(error), ExitCode.USAGE) from None

    def client(self) -> Attention:
        if self._client is None:
            self._client = self.ctx.with_resource(self.make(Attention))
        return self._client

    def _log_requests(self) -> None:
        """With --debug, log every request on standard error, the key redacted, until the
        command ends. Set up with the first client, which every request goes through, so
        that the whole line has been parsed (--debug may come last) and nothing is left
        behind when parsing fails."""
        if not debugging(self.ctx) or self._logging:
            return
        self._logging = True
        handler = logging.StreamHandler(sys.stderr)
        handler.addFilter(_Redacting(self.secret))
        handler.setFormatter(logging.Formatter("attention: %(levelname)s %(message)s"))
        level = logger.level
        logger.addHandler(handler)
        logger.setLevel(logging.DEBUG)

        def restore() -> None:  # for callers that run commands in their own process
            logger.removeHandler(handler)
            logger.setLevel(level)

        self.ctx.call_on_close(restore)

    def output(self) -> Output:
        as_json = self.ctx.meta.get(AS_JSON)
        if as_json is None:
            as_json = not sys.stdout.isatty()
        return Output(as_json=as_json, secret=self.secret, file=sys.stdout)


def settings() -> Settings:
    """The settings of the running command (its root command made them)."""
    found = click.get_current_context().find_object(Settings)
    assert found is not None, "the root command sets them"
    return found


def debugging(ctx: click.Context | None) -> bool:
    """Whether --debug was given anywhere on the line (so far as it was parsed)."""
    return ctx is not None and bool(ctx.meta.get(DEBUG))


class _Redacting(logging.Filter):
    def __init__(self, secret: str) -> None:
        super().__init__()
        self.secret = secret

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg, record.args = redact(record.getMessage(), self.secret), None
        return True


def _as_json(ctx: click.Context, param: click.Parameter, value: bool | None) -> None:
    if value is not None:  # given here: later on the line than any recorded before
        ctx.meta[AS_JSON] = value


def _debug(ctx: click.Context, param: click.Parameter, value: bool) -> None:
    if value:
        ctx.meta[DEBUG] = True


def output_options() -> list[click.Option]:
    """``--json/--table`` and ``--debug``, for one group or command (see the module's
    docstring). They pass nothing to the command's callback."""
    return [
        click.Option(
            ["--json/--table", "as_json"],
            default=None,
            expose_value=False,
            callback=_as_json,
            help="JSON (lists: JSON Lines) or a table (default: a table on a terminal). "
            "Before or after any command; the last one given wins.",
        ),
        click.Option(
            ["--debug"],
            is_flag=True,
            expose_value=False,
            callback=_debug,
            help="On an error, the traceback; and log every request. Before or after any command.",
        ),
    ]
