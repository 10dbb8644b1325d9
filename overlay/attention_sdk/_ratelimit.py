"""A client-side rate limiter: one token bucket shared by every call of a client.

The limiter never sleeps. Before each attempt the retry loop (_loop.py) reserves a slot
with ``_acquire``, which returns how long to wait for it and a ticket; the loop yields
that wait as its own ``Sleep`` step, so the sync and async clients share this logic as
they share the loop. After the sleep it hands the ticket back (``_recheck``): a
reservation made before a cut or a hold is stale, and is made again at the new pace, so
a cut takes effect at once rather than after the slots already handed out. One state
under one ``threading.Lock``: safe across threads, and across asyncio tasks (the lock is
held for a few arithmetic steps, never across an await).

The bucket is kept as its theoretical arrival time (GCRA, the virtual-scheduling form of
a token bucket): a slot is reserved at once, and the waits of concurrent callers queue up
one interval apart, so in any window of ``t`` seconds at most ``burst + rate * t``
attempts start.

The adaptive mode finds a limit it is not told, from the answers:

- Until the first 429 it does not know the limit: it starts at ``start_rate`` (32 a
  second unless told) and doubles the rate every ``_SLOW_START`` seconds while calls
  are waiting for it (slow start), so the first 429 comes soon after the rate passes the
  server's, and while the pace still says something about where that is.
- A 429 measures the limit: the rate at which the server accepted attempts (non-429
  answers) over the last seconds, since the last hold. A server's token bucket lets
  through at most its rate plus its burst over a window, so this is close to its limit
  once the client has been at or past it. The rate is cut to ``beta`` times that
  measure (never more than it was), and other 429s of the same flight (attempts sent
  before the cut) do not cut again.
- After a cut every call pauses for ``_REFILL`` intervals, so that the server's bucket,
  empty when it refused, gains a few tokens before the cut pace meets it.
- A ``Retry-After`` is the throttled call's own wait: the others go on at the cut rate
  (a 429 slows the client down; it does not stop it). If the server refuses an attempt
  sent after the cut while that wait runs, it means what it says: every call is held
  until it has passed (``_hold``).
- After ``quiet`` seconds without a 429 the rate grows again along CUBIC's curve, scaled
  to the measured limit: slowly back to it, then beyond it to probe whether the limit
  went up. How long it takes to climb back depends on what a probe past the limit
  costs: a 429 costs that attempt a round trip (and its own Retry-After), so it climbs
  back in about ``_PROBE_REQUESTS`` attempts; after a hold of the whole client it climbs
  back in ``_PROBE_HOLDS`` times the hold, and such probes stay rare.
"""

from __future__ import annotations

import math
import threading
import time
from collections import deque
from collections.abc import Callable
from typing import Literal

# Slow start: where an adaptive limiter without start_rate begins, and how often its rate
# doubles while calls wait for it, until the first 429. Each doubling is a quarter second
# spent under the limit; starting at 32 rather than 10 saves two of them for a limit of
# 100 (measured under Retry-After: 1, 0.80 -> 0.88 efficiency) and costs a few more 429s
# under a limit below it (2.8% -> 3.6% of the requests at 10 a second, in simulation).
_START_RATE = 32.0
_SLOW_START = 0.25
# The window over which the accepted answers are counted to measure the server's limit,
# and the burst the server is taken to allow.
_WINDOW = 10.0
_BURST_GUESS = 5.0
_FRACTION = 1.0
# Answers reach the client with some jitter after the server took them, and a short
# window's count is inflated when they bunch up: each window's span is taken this much
# longer. On the stand-in at 20 ms of latency the measure at the first 429 under a 100/s
# limit went from 100.5-106.5 to 97.7-99.9 with it.
_JITTER = 0.006
# The fewest accepted answers that make a measure; with fewer, the cut is by beta alone
# from the rate the limiter was sending at.
_MIN_SAMPLES = 4
# How long the climb back to the measured limit takes, after a 429 without Retry-After
# (in attempts at that limit), and after one with (in multiples of the hold).
_PROBE_REQUESTS = 150.0
_PROBE_HOLDS = 20.0
_MIN_CLIMB = 1.0
_MAX_CLIMB = 6.0
# After a cut, every call pauses for this many intervals at the new rate.
_REFILL = 2.0
# Beyond the measured limit, the rate grows by this fraction of it after one more climb.
_PROBE_GROWTH = 0.3


class RateLimit:
    """A rate limit shared by every call of a client (and its ``with_options`` copies).

    Make one with ``RateLimit.fixed(rate, burst=...)`` or ``RateLimit.adaptive(...)`` and
    pass it as ``rate_limit=`` to ``Attention`` or ``AsyncAttention``. Every attempt,
    retries included, takes a token before it is sent; a 429 answer feeds the limiter.

    ``clock`` (seconds, monotonic) is for tests: the limiter reads the time only from it.
    """

    __slots__ = (
        "_accepted",
        "_adaptive",
        "_anchor",
        "_anchor_at",
        "_beta",
        "_burst",
        "_climb",
        "_clock",
        "_cut_at",
        "_cut_place",
        "_grown_at",
        "_limit",
        "_lock",
        "_max_rate",
        "_min_rate",
        "_next",
        "_quiet",
        "_rate",
        "_refusing_until",
        "_since",
        "_throttled",
        "_throttled_retries",
        "_waited",
    )

    def __init__(
        self,
        *,
        rate: float,
        burst: int,
        adaptive: bool,
        min_rate: float,
        max_rate: float | None,
        beta: float,
        quiet: float,
        throttled_retries: int,
        clock: Callable[[], float],
    ) -> None:
        """Prefer ``RateLimit.fixed`` or ``RateLimit.adaptive``, which check their values."""
        self._adaptive = adaptive
        self._rate: float = rate
        self._burst = burst
        self._min_rate = min_rate
        self._max_rate = max_rate
        self._beta = beta
        self._quiet = quiet
        self._throttled_retries = throttled_retries
        self._clock = clock
        self._lock = threading.Lock()
        now = clock()
        # The queue: each attempt takes the next place; places come due at the rate,
        # counted from the anchor (``_anchor`` places were due at ``_anchor_at``), and a
        # place goes once it is within the burst of those due. A change of rate moves the
        # anchor, so the places still waiting move with it; a hold puts it in the future.
        self._next = 0
        self._anchor = 0.0
        self._anchor_at = now
        self._waited = 0.0
        self._throttled = 0
        # Places handed out before the last cut: their 429s do not cut again.
        self._cut_place = 0
        # Adaptive: until when the Retry-After of the last cut runs; another refusal
        # before then holds every call.
        self._refusing_until = now
        # Adaptive only. The limit measured at the last cut (None: none yet, slow start),
        # when that cut was, and how long the climb back to it takes.
        self._limit: float | None = None
        self._cut_at = now
        self._climb = _MIN_CLIMB
        self._grown_at = now  # slow start: up to when the rate has grown
        self._since = now  # the accepted answers are counted from here (the last hold)
        # When each accepted answer of the last _WINDOW seconds came.
        self._accepted: deque[float] = deque()

    @classmethod
    def fixed(
        cls,
        rate: float,
        burst: int = 1,
        *,
        throttled_retries: int = 10,
        clock: Callable[[], float] = time.monotonic,
    ) -> RateLimit:
        """At most ``rate`` attempts a second, ``burst`` of them at once after a pause.

        Costs one lock and a few additions per attempt. A 429 does not change the rate
        (it is counted in ``throttled``); its Retry-After still holds the whole client.
        A call retries up to ``throttled_retries`` 429s beyond its ``max_retries``.
        """
        return cls(
            rate=_positive(rate, "rate"),
            burst=_int(burst, "burst", 1),
            adaptive=False,
            min_rate=0.0,
            max_rate=None,
            beta=1.0,
            quiet=0.0,
            throttled_retries=_int(throttled_retries, "throttled_retries", 0),
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
        beta: float = 0.95,
        quiet: float = 1.0,
        throttled_retries: int = 10,
        clock: Callable[[], float] = time.monotonic,
    ) -> RateLimit:
        """A rate found from the server's 429s: for an API whose limit is not known.

        It starts at ``start_rate`` (None: 32 a second, doubling every quarter second
        while calls wait, until the first 429). A 429 measures the server's limit (the
        rate at which it accepted attempts lately) and cuts the rate to ``beta`` times
        that (never below ``min_rate``). A Retry-After is the throttled call's own wait,
        unless the server refuses again, at the cut rate, while it runs: then it holds
        every call. After ``quiet`` seconds without a 429 it climbs back and probes
        beyond (CUBIC), up to ``max_rate``: slowly after a hold of every call, sooner
        otherwise. A call retries up to
        ``throttled_retries`` 429s beyond its ``max_retries``; ``current_rate`` says
        what it found.
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
        rate = _START_RATE if start_rate is None else float(start_rate)
        if max_rate is not None:
            rate = min(rate, float(max_rate))
        return cls(
            rate=max(rate, float(min_rate)),
            burst=_int(burst, "burst", 1),
            adaptive=True,
            min_rate=float(min_rate),
            max_rate=None if max_rate is None else float(max_rate),
            beta=float(beta),
            quiet=float(quiet),
            throttled_retries=_int(throttled_retries, "throttled_retries", 0),
            clock=clock,
        )

    @property
    def current_rate(self) -> float | None:
        """Attempts a second allowed now."""
        with self._lock:
            if self._adaptive:
                self._grow(self._clock())
            return self._rate

    @property
    def mode(self) -> Literal["fixed", "adaptive"]:
        """``"adaptive"`` when the rate is found from the 429s, ``"fixed"`` when given."""
        return "adaptive" if self._adaptive else "fixed"

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
        return (
            f"RateLimit.{self.mode}(current_rate={self._rate!r}, burst={self._burst}, "
            f"throttled={self._throttled}, waited={self._waited:.2f})"
        )

    # --- what the retry loop calls --------------------------------------------------

    def _acquire(self) -> tuple[float, int]:
        """Take the next place in the queue: how many seconds to wait before sending, and
        a ticket (the place) to give back to ``_recheck`` after the wait."""
        with self._lock:
            now = self._clock()
            if self._adaptive:
                self._grow(now)
            place = self._next
            wait = self._wait(now, place)
            self._next = place + 1
            return wait, place

    def _recheck(self, ticket: int) -> tuple[float, int]:
        """After a wait ``_acquire`` gave: 0 to send now, or how much longer to wait (a
        cut or a hold came meanwhile, or the wait was given in parts)."""
        with self._lock:
            now = self._clock()
            if self._adaptive:
                self._grow(now)
            return self._wait(now, ticket), ticket

    def _due(self, now: float) -> float:
        """How many places have come due by now (a fraction counts as part of one)."""
        if now <= self._anchor_at:
            due = self._anchor
        else:
            due = self._anchor + (now - self._anchor_at) * self._rate
        if due > self._next:
            # Idle: no credit beyond the burst builds up (the burst is added in _wait).
            due = float(self._next)
            self._anchor, self._anchor_at = due, now
        return due

    def _wait(self, now: float, place: int) -> float:
        """How long ``place`` waits from now: 0 once it is within the burst of the places
        due. The adaptive limiter gives long waits in parts, so that a rate that grows
        meanwhile is used at once."""
        hold = max(0.0, self._anchor_at - now)
        ahead = place - (self._burst - 1) - self._due(now)
        paced = max(0.0, ahead / self._rate)
        if self._adaptive and self._limit is None:
            paced = min(paced, _SLOW_START / 2)
        wait = hold + paced
        if wait < 1e-9:  # what rounding leaves of a wait that is over
            wait = 0.0
        self._waited += wait
        return wait

    def _retime(self, now: float, rate: float) -> None:
        """Change the rate from now on: the places still waiting move with it."""
        if now > self._anchor_at:
            self._anchor = self._due(now)
            self._anchor_at = now
        self._rate = rate

    def _answered(self, ticket: int) -> None:
        """An answer other than 429: the server let the attempt through."""
        if not self._adaptive:
            return
        with self._lock:
            now = self._clock()
            accepted = self._accepted
            accepted.append(now)
            while accepted[0] <= now - _WINDOW:
                accepted.popleft()

    def _throttle(self, ticket: int, retry_after: float | None) -> float:
        """A 429 answer: slow the client down. Returns how long the throttled attempt
        waits on its own before its next one (0: the limiter's queue is its wait).

        A fixed limiter cannot slow down, so a ``retry_after`` holds every call. An
        adaptive one cuts its rate instead, and the ``retry_after`` is this call's alone:
        the others go on at the cut rate. If the server still refuses an attempt sent
        after the cut while that Retry-After runs, it is taken at its word and every
        call is held. Only an attempt that took its place after the last cut cuts: the
        others in flight when it came were sent at the old pace, and have already been
        answered for.
        """
        wait = retry_after if retry_after is not None and retry_after > 0 else 0.0
        with self._lock:
            now = self._clock()
            self._throttled += 1
            if not self._adaptive:
                if wait:
                    self._hold_locked(now, wait)
                return 0.0
            if ticket >= self._cut_place:
                hold = wait if now < self._refusing_until else 0.0
                self._cut(now, hold)
                # The server's bucket is empty when it refuses: a short pause lets it gain
                # a few tokens, so that the answers' jitter does not trip it at once.
                self._hold_locked(now, hold or _REFILL / self._rate)
                if hold:
                    return 0.0
                self._refusing_until = now + wait
            self._waited += wait  # the call's own wait is a wait for the limiter too
            return wait

    def _hold(self, seconds: float) -> None:
        """Every call waits at least ``seconds`` from now before its next attempt; the
        rate is unchanged. (For a Retry-After on an answer other than 429.)"""
        with self._lock:
            if seconds > 0:
                self._hold_locked(self._clock(), seconds)

    def _hold_locked(self, now: float, seconds: float) -> None:
        # No place goes before now + seconds; those due by then go at once (up to the
        # burst), then the rest at the rate.
        until = now + seconds
        if until > self._anchor_at:
            # The next place in line goes at the end of the hold, the others after it.
            self._anchor = min(math.floor(self._due(now)) + 1.0, float(self._next))
            self._anchor_at = until
        if self._adaptive:
            # The server's bucket fills up meanwhile: count the accepted answers afresh.
            self._since = max(self._since, until)
            self._accepted.clear()
            self._cut_at = max(self._cut_at, until)
            self._grown_at = max(self._grown_at, until)

    def _cut(self, now: float, hold: float) -> None:
        rate = self._rate
        measured = self._measure(now)
        limit = rate * self._beta if measured is None else min(measured, rate)
        new = max(self._min_rate, limit * self._beta)
        if self._max_rate is not None:
            new = min(new, self._max_rate)
        self._retime(now, new)
        self._limit = max(limit, new)
        self._cut_at = now
        self._cut_place = self._next
        if hold:
            climb = _PROBE_HOLDS * hold
        else:
            climb = min(_PROBE_REQUESTS / self._limit, _MAX_CLIMB)
        self._climb = max(_MIN_CLIMB, climb)

    def _measure(self, now: float) -> float | None:
        """The server's limit, from the answers it accepted since the last hold: over any
        window, a token bucket lets through at most its burst plus its rate times the
        window, so each window ending now bounds the rate from below, and the window
        since the bucket was last full gives it. The burst is taken to be _BURST_GUESS."""
        accepted = self._accepted
        count = len(accepted)
        if count < _MIN_SAMPLES:
            return None
        best = 0.0
        for index, at in enumerate(accepted):
            span = now - at
            if span <= 0:
                break
            best = max(best, (count - index - _BURST_GUESS + _FRACTION) / (span + _JITTER))
        return best if best > 0 else None

    def _grow(self, now: float) -> None:
        """Slow start until the first 429, then CUBIC after ``quiet`` seconds without one."""
        rate = self._rate
        limit = self._limit
        if limit is None:
            # Slow start: double every _SLOW_START seconds, while calls wait for places.
            elapsed = now - self._grown_at
            if elapsed <= 0:
                return
            self._grown_at = now
            if self._next > self._due(now):
                grown = rate * 2.0 ** (elapsed / _SLOW_START)
                if self._max_rate is not None:
                    grown = min(grown, self._max_rate)
                self._retime(now, grown)
            return
        since = now - self._cut_at - self._quiet
        if since <= 0:
            return
        # CUBIC, scaled to the limit and to the climb: back at `limit` after `climb`
        # seconds (concave), then beyond it (convex), faster: a limit measured too low
        # is left behind within a few climbs.
        phase = since / self._climb - 1
        scale = (1 - self._beta) if phase < 0 else _PROBE_GROWTH
        grown = limit * (1 + scale * phase**3)
        if self._max_rate is not None:
            grown = min(grown, self._max_rate)
        if grown > rate:
            self._retime(now, grown)


def _positive(value: object, name: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError(f"{name} must be a number of requests a second, got {value!r}")
    if not 0 < value < float("inf"):
        raise ValueError(f"{name} must be a positive number of requests a second, got {value!r}")
    return float(value)


def _int(value: object, name: str, minimum: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{name} must be an int, got {value!r}")
    if value < minimum:
        least = "0 or more" if minimum == 0 else f"at least {minimum}"
        raise ValueError(f"{name} must be {least}, got {value}")
    return value
