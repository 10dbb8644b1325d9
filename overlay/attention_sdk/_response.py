"""APIResponse: a parsed result together with the HTTP response it came from."""

from __future__ import annotations

from typing import Generic, TypeVar

import attrs
import httpx

T = TypeVar("T")


@attrs.frozen
class APIResponse(Generic[T]):
    """What ``with_raw_response`` methods return: the result, its response, the attempts."""

    parsed: T
    http_response: httpx.Response
    attempts: int
    """How many requests were sent, retries included."""

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers
