"""Exit codes, one per class of failure, and the one-line message for each error."""

from __future__ import annotations

import enum

import httpx

from .._exceptions import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    AuthenticationError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ResponseTooLargeError,
)


class ExitCode(enum.IntEnum):
    """What ``attention`` exits with (the table in docs/guides/cli.md)."""

    OK = 0
    FAILED = 1  # a bulk job finished with failed rows, or an unexpected error
    USAGE = 2  # a bad option, argument or input file; a bulk input with bad rows
    AUTH = 3  # no key, or the key was refused (401, 403)
    NOT_FOUND = 4  # 404
    RATE_LIMITED = 5  # 429, still, after the retries
    SERVER = 6  # 5xx, still, after the retries
    NETWORK = 7  # no response: refused, reset, timed out, after the retries
    REFUSED = 8  # the API refused the request: 400, 409, 422 and other 4xx
    BAD_RESPONSE = 9  # a 2xx that is not the documented shape, or too large
    INTERRUPTED = 130  # Ctrl-C (SIGINT) or SIGTERM: 128 + SIGINT, as shells report it


def exit_code(error: BaseException) -> ExitCode:
    """The exit code for an error that ended a command."""
    if isinstance(error, AuthenticationError | PermissionDeniedError):
        return ExitCode.AUTH
    if isinstance(error, NotFoundError):
        return ExitCode.NOT_FOUND
    if isinstance(error, RateLimitError):
        return ExitCode.RATE_LIMITED
    if isinstance(error, InternalServerError):
        return ExitCode.SERVER
    if isinstance(error, APIStatusError):
        return ExitCode.REFUSED
    if isinstance(error, APIConnectionError | httpx.TransportError):
        return ExitCode.NETWORK
    if isinstance(error, APIResponseValidationError | ResponseTooLargeError):
        return ExitCode.BAD_RESPONSE
    return ExitCode.FAILED


class CliError(Exception):
    """An expected failure: its message is printed on one line, then the command exits."""

    def __init__(self, message: str, code: ExitCode) -> None:
        super().__init__(message)
        self.code = code
