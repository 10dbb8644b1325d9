"""What passes between the HTTP side of the stand-in and its routes: requests and replies.

The docs show no error bodies: every error body here ({"message": ..., "code": ...}) is the
stand-in's own choice, shaped to fit the spec's tolerant Error schema.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from http import HTTPStatus
from typing import Any

Reply = tuple[int, bytes, Mapping[str, str]]  # status, body, extra headers


@dataclass(frozen=True)
class RecordedRequest:
    """One request as the stand-in received it; the Authorization value is redacted."""

    method: str
    path: str  # raw, query string included
    headers: dict[str, str]  # lower-cased names
    body: bytes
    json: Any  # the parsed body, or None when it is empty or not JSON


def ok(body: Any, status: int = 200) -> Reply:
    """A success (200 unless told) with body as JSON."""
    return status, json.dumps(body).encode(), {}


def empty(status: int) -> Reply:
    """A success without content, as a spec declares a 204 (or a 200 with no body)."""
    return status, b"", {}


def error(
    status: int, message: str, code: str | int, headers: Mapping[str, str] | None = None
) -> Reply:
    """An error reply with the stand-in's error body."""
    return status, json.dumps({"message": message, "code": code}).encode(), headers or {}


def phrase(status: int) -> str | None:
    """The reason phrase of status, or None for one http.HTTPStatus does not know (520)."""
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return None


def fault(
    status: int,
    retry_after: str | int | None,
    headers: Mapping[str, str] | None,
    body: bytes | None,
) -> Reply:
    """The reply of an injected fault; ValueError unless status is an error status."""
    if not 400 <= status <= 599:
        raise ValueError("status must be an error status (400-599)")
    if body is None:
        body = error(status, phrase(status) or "stand-in fault", status)[1]
    fault_headers = dict(headers or {})
    if retry_after is not None:
        fault_headers["Retry-After"] = str(retry_after)
    return status, body, fault_headers


def parse_json(body: bytes) -> Any:
    """The body as JSON, or None when it is empty or not JSON."""
    try:
        return json.loads(body) if body else None
    except ValueError:
        return None
