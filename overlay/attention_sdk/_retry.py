"""Retry decisions as pure functions of their inputs. Only the loop in _loop sleeps."""

from __future__ import annotations

import email.utils
from collections.abc import Mapping

import httpx

from ._config import RetryPolicy

# An idempotent call (GET, PUT, DELETE) may be retried safely on any of these:
# 408 request timeout, 409 conflict, 429 rate limit, and the transient 5xx that
# proxies and deploys produce. Other 4xx would fail the same way again.
RETRYABLE_STATUSES = frozenset({408, 409, 429, 500, 502, 503, 504})

# Failures that happen before a byte of the request is written: the only ones after
# which a call that must not run twice (a POST: the API has no idempotency key) can be
# resent. A read timeout or a reset may come after the server acted on the request.
UNSENT_ERRORS = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


def is_retryable_status(status_code: int, *, idempotent: bool = True) -> bool:
    """An answered request is resent only when repeating it is harmless."""
    return idempotent and status_code in RETRYABLE_STATUSES


def is_retryable_error(error: httpx.RequestError, *, idempotent: bool = True) -> bool:
    """Transport failures (refused, reset, timeouts, broken bodies) are worth another try;
    for a call that must not run twice, only those before the request was sent. A local
    protocol error (a request httpx refuses to write) would fail the same way again."""
    if isinstance(error, httpx.LocalProtocolError):
        return False
    if not idempotent:
        return isinstance(error, UNSENT_ERRORS)
    return isinstance(error, httpx.TransportError)


def parse_retry_after(headers: Mapping[str, str], *, now: float) -> float | None:
    """Seconds the server asked us to wait, or None when it did not say (or said nonsense).

    ``retry-after-ms`` (milliseconds, sent by some gateways) wins over ``Retry-After``,
    which is either delta-seconds or an HTTP-date (RFC 9110, 10.2.3). ``now`` is the
    current Unix time, needed for the date form.
    """
    millis = headers.get("retry-after-ms")
    if millis is not None:
        try:
            value = float(millis) / 1000
        except ValueError:
            value = -1.0
        if 0 <= value < float("inf"):
            return value
    raw = headers.get("retry-after")
    if raw is None:
        return None
    raw = raw.strip()
    try:
        seconds = float(raw)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(raw)
            if when.tzinfo is None:  # RFC 9110 dates are always GMT
                return None
            # Years and offsets out of datetime's range overflow here, not while parsing.
            return max(0.0, when.timestamp() - now)
        except (TypeError, ValueError, IndexError, OverflowError):
            return None
    if not 0 <= seconds < float("inf"):  # NaN, negative or infinite
        return None
    return seconds


def backoff_delay(retries_done: int, policy: RetryPolicy, *, random: float) -> float:
    """Exponential backoff with jitter: ``random`` in [0, 1) trims up to ``policy.jitter``."""
    base = min(policy.initial_delay * 2.0**retries_done, policy.max_delay)
    return base * (1 - policy.jitter * random)
