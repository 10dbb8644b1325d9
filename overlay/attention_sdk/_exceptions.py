"""Every error the client raises, in one tree.

    AttentionError                    base of everything below; also a missing API key
    ├── ClientClosedError             a call on a client after close()
    └── APIError                      one request failed: .method .path .attempts .request_id
        ├── APIConnectionError        no response: refused, reset, DNS, TLS, protocol errors
        │   └── APITimeoutError       connect, read, write or pool timeout
        ├── APIResponseValidationError  a 2xx whose body is not the documented shape
        │   ├── ResponseDecodingError a 2xx whose gzip or deflate body is corrupt or cut short
        │   └── PaginationError       a page that repeats the previous one (a walk that would loop)
        ├── ResponseTooLargeError     a body over max_response_bytes (after decompression)
        └── APIStatusError            any non-2xx response; .status_code .response .body
            ├── BadRequestError       400
            ├── AuthenticationError   401
            ├── PermissionDeniedError 403
            ├── NotFoundError         404
            ├── ConflictError         409
            ├── UnprocessableEntityError  422
            ├── RateLimitError        429
            └── InternalServerError   500 and above, including 520-style codes

An APIError's message says which request failed and how often it was tried:
``404 Not Found on GET /conversations/conv-1: Conversation not found (1 attempt)``.
``path`` is relative to the base URL, as sent; it never holds the key, which only ever
travels in a header. Connection errors are raised ``from`` the httpx exception that
caused them. Bad arguments raise ``TypeError`` or ``ValueError`` before any request is
sent.
"""

from __future__ import annotations

from typing import Any

import httpx

from ._decode import NotJSON, json_value, text
from ._redact import redact, redact_json

# The server's message is quoted in the exception text; a body (HTML from a proxy,
# say) is cut to this length there, and kept whole in `.body`.
_MESSAGE_LIMIT = 300


# Where servers and the proxies in front of them put a request's id, in order of preference.
_REQUEST_ID_HEADERS = ("x-request-id", "request-id", "x-amzn-requestid", "x-correlation-id")


def request_id(headers: httpx.Headers) -> str | None:
    """The id the server gave the request (x-request-id or an equivalent), or None."""
    for name in _REQUEST_ID_HEADERS:
        value: str | None = headers.get(name)
        if value:
            return value
    return None


def _with_request_id(where: dict[str, Any], response: httpx.Response) -> dict[str, Any]:
    """``where`` with the response's request id, unless the caller looked it up already."""
    if "request_id" not in where:
        where["request_id"] = request_id(response.headers)
    return where


def tried(attempts: int, request_id: str | None = None) -> str:
    """How often a request was sent, and the server's id for it: for error messages."""
    said = f"{attempts} attempt{'' if attempts == 1 else 's'}"
    return f"{said}, request id {request_id}" if request_id else said


class AttentionError(Exception):
    """Base class of every error raised by attention_sdk."""


class ClientClosedError(AttentionError):
    """The client was closed (close(), or the end of its `with` block) before this call,
    which was not sent: ``method`` and ``path`` say which it was, ``attempts`` is 0."""

    def __init__(self, message: str, *, method: str, path: str) -> None:
        super().__init__(message)
        self.method: str = method
        self.path: str = path
        self.attempts: int = 0


class APIError(AttentionError):
    """One request failed. Says which (``method``, ``path`` relative to the base URL), how
    many times it was sent (``attempts``), and the server's ``request_id`` when it gave one."""

    def __init__(
        self,
        message: str,
        *,
        method: str | None = None,
        path: str | None = None,
        attempts: int = 0,
        request_id: str | None = None,
    ) -> None:
        super().__init__(message)
        self.method: str | None = method
        self.path: str | None = path
        self.attempts: int = attempts
        self.request_id: str | None = request_id

    def _on(self, method: str, path: str, attempts: int, secret: str) -> None:
        """Add where and how often, for an error raised before the loop knew them."""
        self.method, self.path, self.attempts = method, path, attempts
        said = redact(str(self.args[0]), secret)
        self.args: tuple[Any, ...] = (
            f"{said} on {method} {path} ({tried(attempts, self.request_id)})",
        )


class APIConnectionError(APIError):
    """The request got no response: the connection failed or broke."""

    def __init__(self, message: str, *, request: httpx.Request, **where: Any) -> None:
        super().__init__(message, **where)
        self.request: httpx.Request = request


class APITimeoutError(APIConnectionError):
    """The request timed out."""


class APIResponseValidationError(APIError):
    """A successful status, but the body is not what the API documents."""

    def __init__(self, message: str, *, response: httpx.Response, **where: Any) -> None:
        super().__init__(
            f"{message} (HTTP {response.status_code})", **_with_request_id(where, response)
        )
        self.response: httpx.Response = response
        self.status_code: int = response.status_code
        self.body: str = text(response)

    def _on(self, method: str, path: str, attempts: int, secret: str) -> None:
        super()._on(method, path, attempts, secret)
        self.body = redact(self.body, secret)


class ResponseDecodingError(APIResponseValidationError):
    """A successful status, but the body does not decode in the encoding its
    Content-Encoding names (gzip, deflate): corrupt, cut short, or with bytes after its
    end. The message says which; the body was not read (``body`` is ""). Not retried, as
    no malformed success is. A failure status with such a body raises its status error
    instead, with ``body`` None."""


class ResponseTooLargeError(APIError):
    """The response body was over the client's ``max_response_bytes`` (counted after
    decompression, or as its Content-Length declared): it was not read, nor retried."""

    def __init__(self, message: str, *, response: httpx.Response, limit: int, **where: Any) -> None:
        super().__init__(message, **_with_request_id(where, response))
        self.response: httpx.Response = response
        self.status_code: int = response.status_code
        self.limit: int = limit


class PaginationError(APIResponseValidationError):
    """A list page repeated the items of the page before it; the walk stops instead of looping."""


class APIStatusError(APIError):
    """The API answered with a non-2xx status.

    ``retry_after`` is the wait the server asked for (Retry-After), in seconds, or None.
    ``body`` is the decoded JSON, else the text; None when the body did not decode (a
    corrupt gzip body, say), which the message then says.
    """

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: Any,
        retry_after: float | None,
        **where: Any,
    ) -> None:
        super().__init__(message, **_with_request_id(where, response))
        self.response: httpx.Response = response
        self.status_code: int = response.status_code
        self.body: Any = body
        self.retry_after: float | None = retry_after


class BadRequestError(APIStatusError):
    """400: the request was malformed."""


class AuthenticationError(APIStatusError):
    """401: the API key is missing, wrong or expired."""


class PermissionDeniedError(APIStatusError):
    """403: the key may not do this."""


class NotFoundError(APIStatusError):
    """404: no such conversation."""


class ConflictError(APIStatusError):
    """409: a concurrent change conflicted; retried automatically."""


class UnprocessableEntityError(APIStatusError):
    """422: the values in the request were refused."""


class RateLimitError(APIStatusError):
    """429: too many requests; retried automatically unless the wait is too long."""


class InternalServerError(APIStatusError):
    """5xx: the server (or a proxy in front of it) failed."""


STATUS_ERRORS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def _server_message(body: Any) -> str | None:
    """The human message in an error body of any of the shapes APIs commonly send."""
    if isinstance(body, dict):
        for key in ("message", "error", "detail", "title"):
            value = body.get(key)
            if isinstance(value, str) and value:
                return value
            if isinstance(value, dict):
                return _server_message(value)
        errors = body.get("errors")
        if isinstance(errors, list) and errors:
            return _server_message(errors[0])
    if isinstance(body, str) and body.strip():
        return body.strip()
    return None


def status_error(
    response: httpx.Response,
    *,
    retry_after: float | None,
    secret: str,
    method: str,
    path: str,
    attempts: int,
    note: str = "",
    unreadable: str | None = None,
) -> APIStatusError:
    """The typed exception for a non-2xx response; ``secret`` never reaches its text.

    A server that echoes the key back must not put it into logs via our exception: it is
    redacted from the text (in its JSON-escaped forms too), from every string of the
    decoded JSON, and from the reason phrase.

    ``unreadable`` says why the body was not read (it does not decode, say): the error
    then has no body (None), and its message says why instead of quoting one.
    """
    body: Any
    if unreadable is not None:
        body = None
        note = f"; the body is {unreadable}{note}"
    else:
        try:
            body = redact_json(json_value(response.content), secret)
        except NotJSON:
            body = redact(text(response), secret)
    error_class: type[APIStatusError] = STATUS_ERRORS.get(response.status_code, APIStatusError)
    if response.status_code >= 500:
        error_class = InternalServerError
    reason = redact(response.reason_phrase, secret) or "HTTP error"
    message = f"{response.status_code} {reason} on {method} {path}"
    detail = _server_message(body)
    if detail:
        message = f"{message}: {detail[:_MESSAGE_LIMIT]}"
    identifier = request_id(response.headers)
    message = f"{message}{note} ({tried(attempts, identifier)})"
    return error_class(
        message,
        response=response,
        body=body,
        retry_after=retry_after,
        method=method,
        path=path,
        attempts=attempts,
        request_id=identifier,
    )
