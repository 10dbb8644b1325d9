"""The stand-in's rate-limit mode: one token bucket over every route.

The Attention docs give no limit, no Retry-After and no rate-limit headers (only
third-party notes say its auth guide mentions 429), so everything here is the stand-in's
own choice, shaped like a typical API gateway's limit: a bucket of ``burst`` tokens,
refilled at ``rate`` tokens a second and full at the start; each request that reaches
it takes a token, and one that finds none is answered 429 with the configured
Retry-After (or none) and the stand-in's error body. The bucket is not thread-safe on
its own: the stand-in holds its lock around take().
"""

from __future__ import annotations

import datetime
import email.utils
import math
from collections.abc import Callable, Mapping

from ._messages import Reply, error

Clock = Callable[[], float]
_EPSILON = 1e-9
RetryAfter = int | str | datetime.datetime | None


def retry_after_value(retry_after: RetryAfter) -> str | None:
    """The Retry-After header for what rate_limit() was given; ValueError or TypeError
    for what is none of its forms."""
    if retry_after is None:
        return None
    if isinstance(retry_after, bool) or not isinstance(retry_after, int | str | datetime.datetime):
        raise TypeError(
            "retry_after is whole seconds (int), a header value (str), a datetime or None"
        )
    if isinstance(retry_after, datetime.datetime):
        if retry_after.tzinfo is None:
            raise ValueError("a retry_after datetime must be timezone-aware")
        return email.utils.format_datetime(retry_after.astimezone(datetime.UTC), usegmt=True)
    if isinstance(retry_after, int) and retry_after < 0:
        raise ValueError("retry_after must be >= 0 seconds")
    return str(retry_after)  # a str is sent as given: an HTTP-date, or a value under test


class TokenBucket:
    """A token bucket: burst tokens, refilled at rate a second, read from clock."""

    def __init__(
        self,
        rate: float,
        burst: int | None,
        retry_after: RetryAfter,
        headers: Mapping[str, str] | None,
        clock: Clock,
    ) -> None:
        if isinstance(rate, bool) or not isinstance(rate, int | float):
            raise TypeError("rate is requests per second, a number")
        if not (rate > 0 and math.isfinite(rate)):
            raise ValueError("rate must be a finite number of requests per second above 0")
        if burst is None:
            burst = max(1, math.ceil(rate))  # one second's worth
        if isinstance(burst, bool) or not isinstance(burst, int):
            raise TypeError("burst is a whole number of requests")
        if burst < 1:
            raise ValueError("burst must be >= 1")
        self.rate, self.burst, self.clock = float(rate), burst, clock
        extra = dict(headers or {})
        if (value := retry_after_value(retry_after)) is not None:
            extra["Retry-After"] = value
        message = f"Rate limit exceeded: {rate:g} requests per second (burst {burst})"
        self.reply: Reply = error(429, message, "rate_limited", extra)
        self._tokens = float(burst)
        self._last = clock()

    def take(self) -> bool:
        """Take a token if there is one: True for a request let through, False for a 429."""
        now = self.clock()
        # A clock that steps back (a test's) refills nothing, and takes nothing away.
        elapsed = max(0.0, now - self._last)
        self._tokens = min(float(self.burst), self._tokens + elapsed * self.rate)
        self._last = max(now, self._last)
        if self._tokens >= 1 - _EPSILON:  # 0.1 a second for 10 s is a whole token
            self._tokens = max(0.0, self._tokens - 1)
            return True
        return False
