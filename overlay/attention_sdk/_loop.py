"""The one retry loop, written once for sync and async.

`attempts` is a generator that owns every decision: it yields `Send` (do this HTTP
request, send me the response or the httpx error) and `Sleep` (wait this long), and
returns the parsed result or raises a typed error. `run_sync` and `run_async` only
perform that I/O, so the two clients cannot drift apart.
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Awaitable, Callable, Generator
from typing import NamedTuple, TypeVar

import httpx

from . import _body, _deadline
from ._body import CorruptBody, ResponseTooLarge, Unreadable
from ._config import RetryPolicy
from ._exceptions import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APITimeoutError,
    AttentionError,
    ResponseDecodingError,
    ResponseTooLargeError,
    status_error,
    tried,
)
from ._logging import logger
from ._ratelimit import RateLimit
from ._redact import redact_exception
from ._response import APIResponse
from ._retry import backoff_delay, is_retryable_error, is_retryable_status, parse_retry_after

T = TypeVar("T")


class Send(NamedTuple):
    """Send this request, and read its body within ``limit`` bytes by ``seconds`` from now."""

    request: httpx.Request
    seconds: float
    limit: int


class Sleep(NamedTuple):
    seconds: float


# What a driver sends back: the response with its body read, or why there is none (no
# response, or one whose body it did not read).
AttemptResult = httpx.Response | httpx.RequestError | Unreadable | None
# What `attempts` is: it yields actions, is sent their outcomes, and returns the result.
Steps = Generator[Send | Sleep, AttemptResult, "APIResponse[T]"]


def attempts(
    build: Callable[[], httpx.Request],
    parse: Callable[[httpx.Response], T],
    *,
    max_retries: int,
    policy: RetryPolicy,
    secret: str,
    method: str,
    path: str,
    seconds: float,
    limit: int,
    idempotent: bool = True,
    total: float | None = None,
    limiter: RateLimit | None = None,
) -> Steps[T]:
    # retries_left alone decides when to stop (or the total bound): every pass returns,
    # raises or sleeps.
    attempt = 0
    ticket = 0
    # Under a limiter, the 429s it paced this call through (up to its throttled_retries):
    # they do not count against max_retries.
    paced = 0
    due = None if total is None else time.monotonic() + total
    while True:
        attempt += 1
        pace = False  # this attempt's 429 is waited out by the limiter, not by a backoff
        alone = 0.0  # what a paced 429 waits by itself, before it queues again
        if limiter is not None:
            # Every attempt, retries included, takes a token first; the wait is slept
            # like a retry's (and, like it, not under RetryPolicy.instant()). A
            # reservation that a cut or a hold made stale meanwhile is made again.
            wait, ticket = limiter._acquire()
            while wait > 0 and policy.sleep:
                yield Sleep(wait)
                wait, ticket = limiter._recheck(ticket)
        request = build()
        started = time.monotonic()
        budget = seconds if due is None else max(0.0, min(seconds, due - started))
        outcome = yield Send(request, budget, limit)
        elapsed_ms = (time.monotonic() - started) * 1000
        retries_left = attempt - paced <= max_retries
        error: AttentionError
        # A body that does not decode: a malformed success, but a failure status still
        # means what it says (a 503 is retried), with its body unread.
        corrupt = outcome if isinstance(outcome, CorruptBody) else None
        if corrupt is not None and not corrupt.response.is_success:
            outcome = corrupt.response
        if isinstance(outcome, httpx.Response):
            _log_attempt(request, outcome.status_code, attempt, max_retries, elapsed_ms)
            if outcome.is_success:
                if limiter is not None:
                    limiter._answered(ticket)
                try:
                    return APIResponse(parse(outcome), outcome, attempt)
                except APIResponseValidationError as invalid:
                    invalid._on(method, path, attempt, secret)
                    raise
            retry_after = parse_retry_after(outcome.headers, now=time.time())
            beyond_cap = retry_after is not None and retry_after > policy.max_retry_after
            throttled = limiter is not None and outcome.status_code == 429
            if throttled and limiter is not None:
                # The limiter waits this one out for the whole client (and slows it down,
                # if adaptive): a 429 it paces does not use up the call's retries, up to
                # its throttled_retries, so that a call does not fail while it adapts.
                pace = paced < limiter._throttled_retries and not beyond_cap
                if pace:
                    paced += 1
                    retries_left = True
            retryable = retries_left and is_retryable_status(
                outcome.status_code, idempotent=idempotent
            )
            # A wait beyond the cap fails now (a 429 as RateLimitError), with the wait asked
            # for in .retry_after, so that a job can reschedule instead of blocking.
            too_long = retryable and beyond_cap
            note = (
                f"; the server asked to wait {retry_after:.0f} s, the cap is "
                f"{policy.max_retry_after:.0f} s"
                if too_long and retry_after is not None
                else ""
            )
            error = status_error(
                outcome,
                retry_after=retry_after,
                secret=secret,
                method=method,
                path=path,
                attempts=attempt,
                note=note,
                unreadable=None if corrupt is None else corrupt.problem,
            )
            if limiter is not None:
                if throttled:
                    # The whole client slows down; a wait beyond the cap is not imposed.
                    alone = limiter._throttle(ticket, None if beyond_cap else retry_after)
                else:
                    limiter._answered(ticket)
            if too_long or not retryable:
                raise error
            # A paced 429 waits its Retry-After, alone (``alone``) or with every call (in
            # the limiter's queue), then its turn: no backoff of its own.
            delay = (retry_after or 0.0) if pace else retry_after
        elif isinstance(outcome, Unreadable):
            _log_attempt(request, type(outcome).__name__, attempt, max_retries, elapsed_ms)
            raise _unreadable(outcome, method, path, attempt) from None
        else:
            assert outcome is not None, "the driver must send a response or an error"
            _log_attempt(request, type(outcome).__name__, attempt, max_retries, elapsed_ms)
            redact_exception(outcome, secret)  # it becomes our error's cause: no key in it
            error = _connection_error(outcome, request, method, path, attempt)
            if not (retries_left and is_retryable_error(outcome, idempotent=idempotent)):
                raise error from outcome
            delay = None
        if delay is None:
            delay = backoff_delay(attempt - 1, policy, random=random.random())
        if due is not None and time.monotonic() + delay >= due:
            # Waiting and trying again would pass the bound on the whole call.
            error.args = (f"{error.args[0]} [total_timeout of {total:g} s reached]",)
            raise error
        if pace:
            logger.info(
                "retrying %s %s when the rate limit allows, after %s",
                request.method,
                request.url.path,
                type(error).__name__,
            )
            if alone and policy.sleep:
                yield Sleep(alone)
            continue
        logger.info(
            "retrying %s %s in %.2f s after %s",
            request.method,
            request.url.path,
            delay,
            type(error).__name__,
        )
        if policy.sleep:
            yield Sleep(delay)


def _connection_error(
    error: httpx.RequestError, request: httpx.Request, method: str, path: str, attempts: int
) -> APIConnectionError:
    where = {"method": method, "path": path, "attempts": attempts}
    if isinstance(error, httpx.TimeoutException):
        message = (
            f"Request timed out on {method} {path}: {type(error).__name__} ({tried(attempts)})"
        )
        return APITimeoutError(message, request=request, **where)
    detail = str(error) or type(error).__name__
    message = f"Connection error on {method} {path}: {detail} ({tried(attempts)})"
    return APIConnectionError(message, request=request, **where)


def _unreadable(problem: Unreadable, method: str, path: str, attempts: int) -> APIError:
    """A body the client will not read: too large, in an encoding it did not ask for, or
    (on a 2xx) one that does not decode."""
    if isinstance(problem, ResponseTooLarge):
        size = f"{'declared as ' if problem.declared else 'at least '}{problem.size:,} bytes"
        message = (
            f"Response body over the {problem.limit:,}-byte cap ({size}) on {method} {path} "
            f"({tried(attempts)})"
        )
        return ResponseTooLargeError(
            message,
            response=problem.response,
            limit=problem.limit,
            method=method,
            path=path,
            attempts=attempts,
        )
    error: APIResponseValidationError
    if isinstance(problem, CorruptBody):
        message = f"Response body is {problem.problem}"
        error = ResponseDecodingError(message, response=problem.response)
    else:
        message = f"Response body in an encoding the client did not ask for ({problem})"
        error = APIResponseValidationError(message, response=problem.response)
    error._on(method, path, attempts, "")  # where, how often, and the request id
    return error


def _log_attempt(
    request: httpx.Request, status: int | str, attempt: int, max_retries: int, elapsed_ms: float
) -> None:
    # Method, path and status only: header values (the key among them) are never logged.
    # The arguments cost more than the check, so they are built only when DEBUG is on.
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug(
            "%s %s -> %s (attempt %d of %d, %.1f ms)",
            request.method,
            request.url.path,
            status,
            attempt,
            max_retries + 1,
            elapsed_ms,
        )


def run_sync(
    steps: Steps[T],
    send: Callable[[httpx.Request], httpx.Response],
    sleep: Callable[[float], None],
) -> APIResponse[T]:
    """Drive the loop: ``send`` must return the response unread (httpx's stream=True)."""
    outcome: AttemptResult = None
    while True:
        try:
            action = steps.send(outcome)
        except StopIteration as done:
            value: APIResponse[T] = done.value
            return value
        if isinstance(action, Sleep):
            sleep(action.seconds)
            outcome = None
            continue
        # The deadline lives in a context variable, set by hand: a @contextmanager would
        # cost a generator per attempt.
        token = _deadline.start(action.seconds)
        try:
            response = send(action.request)
            _body.read(response, action.limit)
            outcome = response
        except (httpx.RequestError, Unreadable) as exc:
            outcome = exc
        finally:
            _deadline.end(token)


async def run_async(
    steps: Steps[T],
    send: Callable[[httpx.Request], Awaitable[httpx.Response]],
    sleep: Callable[[float], Awaitable[None]],
) -> APIResponse[T]:
    outcome: AttemptResult = None
    while True:
        try:
            action = steps.send(outcome)
        except StopIteration as done:
            value: APIResponse[T] = done.value
            return value
        if isinstance(action, Sleep):
            await sleep(action.seconds)
            outcome = None
            continue
        token = _deadline.start(action.seconds)
        try:
            response = await send(action.request)
            await _body.aread(response, action.limit)
            outcome = response
        except (httpx.RequestError, Unreadable) as exc:
            outcome = exc
        finally:
            _deadline.end(token)
