"""Named defaults, each with its reason, and the retry policy."""

from __future__ import annotations

from dataclasses import dataclass

import httpx

DEFAULT_BASE_URL = "https://api.attention.tech/v2"
API_KEY_ENV = "ATTENTION_API_KEY"
BASE_URL_ENV = "ATTENTION_BASE_URL"
LOG_ENV = "ATTENTION_LOG"

# An update returns the whole conversation (tens of kB, more with a transcript), so
# reads get 30 s; connecting should never take long, so a dead host fails in 5 s.
# A request never waits forever: an unlimited timeout is refused.
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)

# The longest timeout accepted, for any phase: a call that may take longer than an hour
# is a hang, and a socket refuses values near its C limit with OverflowError.
MAX_TIMEOUT = 3600.0

# The largest response body read, counted after decompression: far above the largest
# real conversation (a long call's transcript is a few MB), far below what a
# compression bomb would make of a small body.
DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024

# Two retries ride out a brief outage or a deploy without hiding a real one.
DEFAULT_MAX_RETRIES = 2

# Backoff doubles from 0.5 s and stops growing at 8 s (0.5, 1, 2, 4, 8, ...).
INITIAL_RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 8.0
# Each backoff is cut by up to this fraction at random, so that thousands of
# clients that failed together do not retry together.
RETRY_JITTER = 0.25
# A server that asks for a longer wait than this is not waited for: the call fails
# at once with the wait it asked for (RateLimitError.retry_after), so a job can
# reschedule instead of blocking a worker for minutes.
MAX_RETRY_AFTER = 60.0

# Ids are UUIDs (36 characters); anything this long is a bug, not an id.
MAX_ID_LENGTH = 512


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """How failed attempts are retried. The defaults are the constants above.

    ``sleep=False`` (or ``RetryPolicy.instant()``) retries at once: for tests, which
    should not wait out real backoff. Every decision is unchanged: what is retried, how
    often, and a Retry-After beyond ``max_retry_after`` still fails at once. The waits
    are still computed and logged at INFO ("retrying ... in 1.00 s"), only not slept.
    """

    initial_delay: float = INITIAL_RETRY_DELAY
    max_delay: float = MAX_RETRY_DELAY
    jitter: float = RETRY_JITTER
    max_retry_after: float = MAX_RETRY_AFTER
    sleep: bool = True

    @classmethod
    def instant(cls) -> RetryPolicy:
        """The default policy, without the waiting: retries happen at once."""
        return cls(sleep=False)
