"""A client-side rate limiter: one token bucket shared by every call of a client.

The limiter never sleeps. Before each attempt the retry loop (_loop.py) reserves a slot
with ``_acquire``, which returns how long to wait for it; the loop yields that as its own
``Sleep`` step, so the sync and async clients share this logic as they share the loop.
One state under one ``threading.Lock``: safe across threads, and across asyncio tasks
(the lock is held for a few arithmetic steps, never across an await).

The bucket is kept as its theoretical arrival time (GCRA, the virtual-scheduling form of
a token bucket): a slot is reserved at once, and the waits of concurrent callers queue up
one interval apart, so in any window of ``t`` seconds at most ``burst + rate * t``
attempts start.

The adaptive mode follows botocore's adaptive retry mode, smaller: each 429 cuts the
rate multiplicatively (to ``beta`` times the rate it was sending at), a ``Retry-After``
holds every call until it has passed, and after ``quiet`` seconds without a 429 the rate
grows again along CUBIC's curve, slowly near the rate that was cut and faster beyond it.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable

# CUBIC's scaling constant (RFC 8312; botocore uses the same).
_CUBIC_SCALE = 0.4


class RateLimit:
    """A rate limit shared by every call of a client (and its ``with_options`` copies).

    Make one with ``RateLimit.fixed(rate, burst=...)`` or ``RateLimit.adaptive(...)`` and
    pass it as ``rate_limit=`` to ``Attention`` or ``AsyncAttention``. Every attempt,
    retries included, takes a token before it is sent; a 429 answer feeds the limiter.

    ``clock`` (seconds, monotonic) is for tests: the limiter reads the time only from it.
    """

    __slots__ = (
        "_adaptive",
        "_beta",
        "_burst",
        "_clock",
        "_cut_at",
        "_cut_from",
        "_cuts",
        "_lock",
        "_max_rate",
        "_min_rate",
        "_quiet",
        "_rate",
        "_recent",
        "_start_rate",
        "_tat",
        "_throttled",
        "_waited",
    )

    def __init__(
        self,
        *,
        rate: float | None,
        burst: int,
        adaptive: bool,
        min_rate: float,
        max_rate: float | None,
        beta: float,
        quiet: float,
        clock: Callable[[], float],
    ) -> None:
        """Prefer ``RateLimit.fixed`` or ``RateLimit.adaptive``, which check their values."""
        self._adaptive = adaptive
        self._rate: float | None = rate
        self._start_rate: float | None = rate
        self._burst = burst
        self._min_rate = min_rate
        self._max_rate = max_rate
        self._beta = beta
        self._quiet = quiet
        self._clock = clock
        self._lock = threading.Lock()
        self._tat = clock()  # when the next slot is free (tolerance aside)
        self._waited = 0.0
        self._throttled = 0
        self._cut_at: float | None = None  # when the last 429 cut the rate
        self._cut_from = 0.0  # the rate it cut (CUBIC's W_max)
        self._cuts = 0  # how many cuts so far: an attempt sent before the last one is stale
        # Start times of the last second's attempts (adaptive only): the rate a 429 cuts
        # when the limiter was not holding the client to a lower one.
        self._recent: deque[float] = deque()

    @classmethod
    def fixed(
        cls, rate: float, burst: int = 1, *, clock: Callable[[], float] = time.monotonic
    ) -> RateLimit:
        """At most ``rate`` attempts a second, ``burst`` of them at once after a pause.

        Costs one lock and a few additions per attempt. A 429 does not change the rate
        (it is counted in ``throttled``); its Retry-After still holds the whole client.
        """
        return cls(
            rate=_positive(rate, "rate"),
            burst=_burst(burst),
            adaptive=False,
            min_rate=0.0,
            max_rate=None,
            beta=1.0,
            quiet=0.0,
            clock=clock,
        )

    @classmethod
    def adaptive(
        cls,
        *,
        start_rate: float | None = None,
        min_rate: float = 0.5,
        max_rate: float | None = None,
        burst: int = 1,
        beta: float = 0.7,
        quiet: float = 1.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> RateLimit:
        """A rate found from the server's 429s: for an API whose limit is not known.

        It starts at ``start_rate`` (None: unlimited until the first 429), cuts the rate to
        ``beta`` times the rate it was sending at on each 429 (never below ``min_rate``),
        waits out a Retry-After when one is sent, and after ``quiet`` seconds without a 429
        probes upward again (CUBIC), up to ``max_rate``. Each probe past the limit costs
        one 429, answered with a retry; ``current_rate`` says what it found.
        """
        if start_rate is not None:
            _positive(start_rate, "start_rate")
        _positive(min_rate, "min_rate")
        if max_rate is not None and _positive(max_rate, "max_rate") < min_rate:
            raise ValueError(f"max_rate must be at least min_rate ({min_rate}), got {max_rate}")
        if isinstance(beta, bool) or not isinstance(beta, int | float) or not 0 < beta < 1:
            raise ValueError(f"beta must be a number between 0 and 1 (exclusive), got {beta!r}")
        if isinstance(quiet, bool) or not isinstance(quiet, int | float) or not quiet >= 0:
            raise ValueError(f"quiet must be 0 or more seconds, got {quiet!r}")
        return cls(
            rate=start_rate if start_rate is None else float(start_rate),
            burst=_burst(burst),
            adaptive=True,
            min_rate=float(min_rate),
            max_rate=None if max_rate is None else float(max_rate),
            beta=float(beta),
            quiet=float(quiet),
            clock=clock,
        )

    @property
    def current_rate(self) -> float | None:
        """Attempts a second allowed now; None while an adaptive limiter is unlimited."""
        with self._lock:
            if self._adaptive:
                self._probe(self._clock())
            return self._rate

    @property
    def burst(self) -> int:
        """How many attempts may start at once after a pause."""
        return self._burst

    @property
    def waited(self) -> float:
        """Seconds that calls were told to wait for a token, in all (summed over calls)."""
        return self._waited

    @property
    def throttled(self) -> int:
        """How many 429 answers the limiter was told of."""
        return self._throttled

    def __repr__(self) -> str:
        mode = "adaptive" if self._adaptive else "fixed"
        return (
            f"RateLimit.{mode}(current_rate={self._rate!r}, burst={self._burst}, "
            f"throttled={self._throttled}, waited={self._waited:.2f})"
        )

    # --- what the retry loop calls --------------------------------------------------

    def _acquire(self) -> tuple[float, int]:
        """Reserve the next slot: how many seconds to wait before sending, and a ticket
        to give back to ``_throttle`` if the attempt is answered 429."""
        with self._lock:
            now = self._clock()
            if self._adaptive:
                self._probe(now)
            rate = self._rate
            if rate is None:
                start = max(now, self._tat)
                self._tat = start
            else:
                interval = 1.0 / rate
                start = max(now, self._tat - (self._burst - 1) * interval)
                self._tat = max(now, self._tat) + interval
            if self._adaptive:
                recent = self._recent
                recent.append(start)
                while recent[0] <= start - 1.0:
                    recent.popleft()
            wait = start - now
            self._waited += wait
            return wait, self._cuts

    def _throttle(self, ticket: int, retry_after: float | None) -> None:
        """A 429 answer: cut the rate (adaptive), and hold every call for ``retry_after``.

        Only an attempt sent after the last cut cuts again: the others in flight when it
        came were sent at the old rate, and have already been answered for.
        """
        with self._lock:
            now = self._clock()
            self._throttled += 1
            if self._adaptive and ticket == self._cuts:
                # The rate it was sending at: the last second's attempts, within the limit.
                sent = max(float(len(self._recent)), self._min_rate)
                was = sent if self._rate is None else min(self._rate, sent)
                self._cut_from = was
                self._rate = max(self._min_rate, was * self._beta)
                self._cut_at = now
                self._cuts += 1
            if retry_after is not None and retry_after > 0:
                # No slot starts before now + retry_after (the tolerance is added back).
                tolerance = 0.0 if self._rate is None else (self._burst - 1) / self._rate
                self._tat = max(self._tat, now + retry_after + tolerance)

    def _probe(self, now: float) -> None:
        """After ``quiet`` seconds without a 429, grow the rate along CUBIC's curve."""
        if self._cut_at is None:
            return
        since = now - self._cut_at - self._quiet
        if since <= 0:
            return
        cut_from = self._cut_from
        k = (cut_from * (1 - self._beta) / _CUBIC_SCALE) ** (1 / 3)
        grown = _CUBIC_SCALE * (since - k) ** 3 + cut_from
        if self._max_rate is not None:
            grown = min(grown, self._max_rate)
        if self._rate is None or grown > self._rate:
            self._rate = grown


def _positive(value: object, name: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError(f"{name} must be a number of requests a second, got {value!r}")
    if not 0 < value < float("inf"):
        raise ValueError(f"{name} must be a positive number of requests a second, got {value!r}")
    return float(value)


def _burst(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"burst must be an int, got {value!r}")
    if value < 1:
        raise ValueError(f"burst must be at least 1, got {value}")
    return value
