"""APIResponse: a parsed result together with the HTTP response it came from."""

from __future__ import annotations

from typing import Generic, NamedTuple, TypeVar

import httpx

from ._exceptions import request_id

T = TypeVar("T")


# A NamedTuple, not an attrs class: one is made per call, in a third of the time.
class APIResponse(NamedTuple, Generic[T]):
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

    @property
    def request_id(self) -> str | None:
        """The id the server gave the request (x-request-id or an equivalent), or None."""
        return request_id(self.http_response.headers)
