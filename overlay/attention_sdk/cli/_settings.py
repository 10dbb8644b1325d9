"""The global options of ``attention``, and what is made from them on first use."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

import click

from .._client import AsyncAttention, Attention
from .._config import API_KEY_ENV
from ._errors import CliError, ExitCode
from ._output import Output

if TYPE_CHECKING:  # the stand-in (http.server and its data) loads with --stand-in only
    from ..testing._server import AttentionStandIn

CONTEXT: dict[str, Any] = {"help_option_names": ["-h", "--help"], "max_content_width": 100}
C = TypeVar("C", Attention, AsyncAttention)


@dataclass
class Settings:
    """The global options, and what is made from them on first use (closed at exit)."""

    ctx: click.Context
    base_url: str | None
    timeout: float | None
    max_retries: int | None
    stand_in: bool
    as_json: bool | None  # None: JSON unless standard output is a terminal
    debug: bool
    _server: AttentionStandIn | None = field(default=None, init=False)
    _client: Attention | None = field(default=None, init=False)

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

    def output(self) -> Output:
        as_json = self.as_json if self.as_json is not None else not sys.stdout.isatty()
        return Output(as_json=as_json, secret=self.secret, file=sys.stdout)


def settings() -> Settings:
    """The settings of the running command (its root command made them)."""
    found = click.get_current_context().find_object(Settings)
    assert found is not None, "the root command sets them"
    return found
