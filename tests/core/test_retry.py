"""The pure retry decisions, table-driven: no clock, no sleeps."""

from __future__ import annotations

import email.utils

import httpx
import pytest
from attention_sdk import RetryPolicy
from attention_sdk._retry import (
    backoff_delay,
    is_retryable_error,
    is_retryable_status,
    parse_retry_after,
)

NOW = 1_700_000_000.0


def http_date(offset: float) -> str:
    return email.utils.formatdate(NOW + offset, usegmt=True)


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({}, None),
        ({"retry-after": "3"}, 3.0),
        ({"retry-after": " 2.5 "}, 2.5),
        ({"retry-after": "0"}, 0.0),
        ({"retry-after": http_date(30)}, 30.0),
        ({"retry-after": http_date(-30)}, 0.0),  # a date in the past: go now
        ({"retry-after-ms": "250"}, 0.25),
        ({"retry-after-ms": "250", "retry-after": "9"}, 0.25),  # the ms form wins
        ({"retry-after-ms": "soon", "retry-after": "9"}, 9.0),  # a bad ms form is skipped
        ({"retry-after": "soon"}, None),
        ({"retry-after": "-1"}, None),
        ({"retry-after": "nan"}, None),
        ({"retry-after": "inf"}, None),
        ({"retry-after": ""}, None),
        ({"retry-after": "Wed, 99 Foo 2023 99:99:99 GMT"}, None),
    ],
)
def test_parse_retry_after(headers: dict[str, str], expected: float | None) -> None:
    assert parse_retry_after(httpx.Headers(headers), now=NOW) == expected


def test_header_names_are_case_insensitive() -> None:
    assert parse_retry_after(httpx.Headers({"Retry-After": "4"}), now=NOW) == 4.0


POLICY = RetryPolicy(initial_delay=0.5, max_delay=8.0, jitter=0.25)


@pytest.mark.parametrize(
    ("retries_done", "random", "expected"),
    [
        (0, 0.0, 0.5),
        (1, 0.0, 1.0),
        (2, 0.0, 2.0),
        (4, 0.0, 8.0),
        (10, 0.0, 8.0),  # capped
        (0, 0.999999, 0.5 * (1 - 0.25 * 0.999999)),  # jitter trims at most 25 %
        (10, 0.5, 8.0 * 0.875),
    ],
)
def test_backoff_delay(retries_done: int, random: float, expected: float) -> None:
    assert backoff_delay(retries_done, POLICY, random=random) == pytest.approx(expected)


@pytest.mark.parametrize("status", [408, 409, 429, 500, 502, 503, 504])
def test_transient_statuses_are_retried(status: int) -> None:
    assert is_retryable_status(status)


@pytest.mark.parametrize("status", [200, 400, 401, 403, 404, 422, 501, 520])
def test_other_statuses_are_not_retried(status: int) -> None:
    assert not is_retryable_status(status)


def test_transport_errors_are_retried_but_other_request_errors_are_not() -> None:
    request = httpx.Request("PUT", "https://api.attention.tech/v2/conversations/x")
    assert is_retryable_error(httpx.ConnectError("refused", request=request))
    assert is_retryable_error(httpx.ReadTimeout("slow", request=request))
    assert is_retryable_error(httpx.RemoteProtocolError("cut", request=request))
    assert not is_retryable_error(httpx.TooManyRedirects("loop", request=request))
