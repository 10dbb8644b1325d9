"""The client-side rate limiter: deterministic, nothing sleeps.

Each limiter here reads a fake clock (``clock=``), and clients run with
``RetryPolicy.instant()``: the waits the limiter hands out are still counted (``waited``),
only not slept. Where the Sleep steps themselves matter, the retry loop is driven by hand.
"""

from __future__ import annotations

import asyncio
import itertools
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest
from attention_sdk import AsyncAttention, Attention, RateLimit, RateLimitError, RetryPolicy
from attention_sdk._config import MAX_RETRY_AFTER
from attention_sdk._loop import Send, Sleep, attempts
from attention_sdk.testing import AttentionStandIn
from attention_sdk.testing._ratelimit import TokenBucket
from attention_sdk.testing.pytest_plugin import API_KEY

from ..support.keys import KEY

BASE = "https://api.attention.tech/v2"


class Clock:
    """A clock that moves only when told."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def starts(limiter: RateLimit, clock: Callable[[], float], count: int) -> list[float]:
    """When each of ``count`` attempts may start, by the limiter's reservations."""
    times = []
    for _ in range(count):
        now = clock()
        wait, _ticket = limiter._acquire()
        times.append(now + wait)
    return times


def assert_within(times: Sequence[float], rate: float, burst: int) -> None:
    """No window of t seconds holds more than burst + rate * t starts."""
    ordered = sorted(times)
    for first, begin in enumerate(ordered):
        for last in range(first, len(ordered)):
            count = last - first + 1
            assert count <= burst + rate * (ordered[last] - begin) + 1e-9, (first, last)


def ok(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json={"ok": True})


# --- the bucket -----------------------------------------------------------------------


def test_fixed_rate_spaces_attempts_evenly() -> None:
    clock = Clock()
    limiter = RateLimit.fixed(5, clock=clock)
    assert starts(limiter, clock, 5) == pytest.approx([0.0, 0.2, 0.4, 0.6, 0.8])
    assert limiter.waited == pytest.approx(2.0)
    assert limiter.current_rate == 5.0
    assert limiter.throttled == 0


def test_burst_goes_at_once_after_a_pause_then_the_rate_holds() -> None:
    clock = Clock()
    limiter = RateLimit.fixed(10, burst=3, clock=clock)
    assert starts(limiter, clock, 5) == pytest.approx([0.0, 0.0, 0.0, 0.1, 0.2])
    clock.now = 10.0  # a long pause fills the bucket, to burst and no more
    assert starts(limiter, clock, 4) == pytest.approx([10.0, 10.0, 10.0, 10.1])


def test_tokens_are_shared_across_threads() -> None:
    rate, burst = 50.0, 5
    ticks = itertools.count()
    seen = threading.local()

    def clock() -> float:  # moves 1 ms on every read, whoever reads it
        seen.now = next(ticks) / 1000
        return float(seen.now)

    limiter = RateLimit.fixed(rate, burst=burst, clock=clock)
    times: list[float] = []
    lock = threading.Lock()

    def work() -> None:
        for _ in range(25):
            wait, _ticket = limiter._acquire()
            with lock:
                times.append(seen.now + wait)

    with ThreadPoolExecutor(8) as pool:
        for future in [pool.submit(work) for _ in range(8)]:
            future.result()
    assert len(times) == 200
    assert_within(times, rate, burst)


def test_every_attempt_of_concurrent_tasks_takes_a_token() -> None:
    clock = Clock()
    limiter = RateLimit.fixed(20, burst=4, clock=clock)
    transport = httpx.AsyncClient(transport=httpx.MockTransport(ok))
    client = AsyncAttention(
        api_key=KEY,
        http_client=transport,
        retry_policy=RetryPolicy.instant(),
        rate_limit=limiter,
    )

    async def task() -> None:
        for _ in range(5):
            await client.request("GET", "/things")

    async def run() -> None:
        await asyncio.gather(*(task() for _ in range(20)))
        await transport.aclose()

    asyncio.run(run())
    # 100 attempts at one instant: 4 at once, then one every 1/20 s, in one queue.
    assert limiter.waited == pytest.approx(sum(k / 20 for k in range(1, 97)))
    times = starts(limiter, clock, 1)
    assert times == pytest.approx([97 / 20])


def test_threads_of_a_sync_client_share_its_limiter() -> None:
    clock = Clock()
    limiter = RateLimit.fixed(10, clock=clock)
    http = httpx.Client(transport=httpx.MockTransport(ok))
    with Attention(
        api_key=KEY, http_client=http, retry_policy=RetryPolicy.instant(), rate_limit=limiter
    ) as client:
        with ThreadPoolExecutor(8) as pool:
            list(pool.map(lambda _: client.request("GET", "/things"), range(40)))
    http.close()
    assert limiter.waited == pytest.approx(sum(k / 10 for k in range(40)))


# --- the loop sleeps before it sends ---------------------------------------------------


def drive(
    limiter: RateLimit,
    answers: list[httpx.Response],
    clock: Clock | None = None,
    **options: Any,
) -> list[object]:
    """Run the retry loop by hand; return its steps (Sleep, or "send"). A Sleep moves
    ``clock`` on by its seconds (when given), as a real sleep would."""
    request = httpx.Request("GET", BASE + "/things")
    steps = attempts(
        lambda: request,
        lambda response: response,
        max_retries=options.get("max_retries", 2),
        policy=options.get("policy", RetryPolicy(jitter=0)),
        secret=KEY,
        method="GET",
        path="/things",
        seconds=10.0,
        limit=1 << 20,
        limiter=limiter,
    )
    seen: list[object] = []
    outcome: httpx.Response | None = None
    try:
        while True:
            action = steps.send(outcome)
            if isinstance(action, Sleep):
                seen.append(action)
                if clock is not None:
                    clock.now += action.seconds
                outcome = None
            else:
                assert isinstance(action, Send)
                seen.append("send")
                outcome = answers.pop(0)
                outcome.read()
    except StopIteration:
        pass
    return seen


def test_the_wait_is_the_loops_own_sleep_step_before_the_send() -> None:
    clock = Clock()
    limiter = RateLimit.fixed(4, clock=clock)
    assert drive(limiter, [httpx.Response(200)], clock) == ["send"]
    clock.now = 0.0
    assert drive(limiter, [httpx.Response(200)], clock) == [Sleep(0.25), "send"]
    clock.now = 5.0
    assert drive(limiter, [httpx.Response(200)], clock) == ["send"]


def test_a_retry_takes_a_token_too_and_retry_after_holds_the_client() -> None:
    clock = Clock()
    limiter = RateLimit.fixed(10, clock=clock)
    throttled = httpx.Response(429, headers={"Retry-After": "2"})
    # The retry waits out the Retry-After once: the limiter's hold is its wait.
    assert drive(limiter, [throttled, httpx.Response(200)], clock) == ["send", Sleep(2.0), "send"]
    assert limiter.throttled == 1
    # Another call, which never saw the 429, waits for the slot after it.
    clock.now = 1.0
    steps = drive(limiter, [httpx.Response(200)], clock)
    assert steps[1:] == ["send"]
    assert isinstance(steps[0], Sleep)
    assert steps[0].seconds == pytest.approx(1.1)


# --- what a client does with one -------------------------------------------------------


def test_no_limiter_is_the_default_and_changes_nothing() -> None:
    http = httpx.Client(transport=httpx.MockTransport(ok))
    with Attention(api_key=KEY, http_client=http, retry_policy=RetryPolicy.instant()) as client:
        assert client.rate_limit is None
        assert client.request("GET", "/things") == {"ok": True}
        assert client.with_options(max_retries=0).rate_limit is None
    http.close()
    assert drive_without_limiter() == ["send"]


def drive_without_limiter() -> list[object]:
    request = httpx.Request("GET", BASE + "/things")
    steps = attempts(
        lambda: request,
        lambda response: response,
        max_retries=2,
        policy=RetryPolicy(),
        secret=KEY,
        method="GET",
        path="/things",
        seconds=10.0,
        limit=1 << 20,
    )
    action = steps.send(None)
    assert isinstance(action, Send)
    response = httpx.Response(200)
    response.read()
    with pytest.raises(StopIteration):
        steps.send(response)
    return ["send"]


@pytest.mark.parametrize("client_class", [Attention, AsyncAttention])
def test_with_options_shares_the_limiter(client_class: type[Any]) -> None:
    limiter = RateLimit.fixed(5)
    client = client_class(api_key=KEY, rate_limit=limiter)
    copy = client.with_options(max_retries=7, api_key=KEY + "-other")
    assert copy.rate_limit is limiter
    assert copy.with_options(timeout=3).rate_limit is limiter


def test_a_copy_and_its_client_draw_from_one_bucket() -> None:
    clock = Clock()
    limiter = RateLimit.fixed(10, clock=clock)
    http = httpx.Client(transport=httpx.MockTransport(ok))
    with Attention(
        api_key=KEY, http_client=http, retry_policy=RetryPolicy.instant(), rate_limit=limiter
    ) as client:
        copy = client.with_options(max_retries=0)
        client.request("GET", "/things")
        copy.request("GET", "/things")
        client.request("GET", "/things")
    http.close()
    assert limiter.waited == pytest.approx(0.1 + 0.2)


def test_a_retry_after_beyond_the_cap_still_fails_at_once() -> None:
    clock = Clock()
    limiter = RateLimit.adaptive(clock=clock)
    sent: list[int] = []

    def too_long(request: httpx.Request) -> httpx.Response:
        sent.append(1)
        return httpx.Response(429, headers={"Retry-After": str(MAX_RETRY_AFTER * 10)})

    http = httpx.Client(transport=httpx.MockTransport(too_long))
    with Attention(api_key=KEY, http_client=http, rate_limit=limiter) as client:
        with pytest.raises(RateLimitError) as caught:
            client.request("GET", "/things")
    http.close()
    assert len(sent) == 1
    assert caught.value.retry_after == MAX_RETRY_AFTER * 10
    assert limiter.throttled == 1
    # The client slows down, but is not held for a wait the call itself refused.
    wait, _ticket = limiter._acquire()
    assert wait < 1.0


def test_a_rate_limit_must_be_a_rate_limit() -> None:
    with pytest.raises(TypeError, match="rate_limit"):
        Attention(api_key=KEY, rate_limit=5)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="rate"):
        RateLimit.fixed(0)
    with pytest.raises(TypeError, match="burst"):
        RateLimit.fixed(5, burst=1.5)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="beta"):
        RateLimit.adaptive(beta=1)
    with pytest.raises(ValueError, match="max_rate"):
        RateLimit.adaptive(min_rate=2, max_rate=1)
    with pytest.raises(ValueError, match="burst must be at least 1, got 0"):
        RateLimit.fixed(5, burst=0)
    with pytest.raises(ValueError, match="throttled_retries must be 0 or more, got -1"):
        RateLimit.adaptive(throttled_retries=-1)


def test_a_limiter_says_its_mode() -> None:
    fixed, adaptive = RateLimit.fixed(5, burst=2), RateLimit.adaptive()
    assert (fixed.mode, adaptive.mode) == ("fixed", "adaptive")
    assert repr(fixed).startswith("RateLimit.fixed(current_rate=5.0, burst=2,")
    assert repr(adaptive).startswith("RateLimit.adaptive(")


# --- adaptive ---------------------------------------------------------------------------


def test_adaptive_slow_start_doubles_the_rate_while_calls_wait() -> None:
    clock = Clock()
    limiter = RateLimit.adaptive(clock=clock)
    assert limiter.current_rate == 32.0  # not told a limit: it starts at 32 a second
    # Places 1/32 s apart, the longer waits given in parts (at most 0.125 s), so that the
    # growth is used at once.
    waits = starts(limiter, clock, 12)
    assert waits[:4] == pytest.approx([0.0, 1 / 32, 2 / 32, 3 / 32])
    assert waits[4:] == pytest.approx([4 / 32, *[0.125] * 7])
    clock.now = 0.25  # calls are waiting: it doubles every quarter second
    assert limiter.current_rate == pytest.approx(64.0)
    clock.now = 0.6  # at 64 a second, every place has come due: no more growth
    assert limiter.current_rate == pytest.approx(64.0)
    idle = RateLimit.adaptive(clock=clock)
    clock.now = 10.0  # nobody waiting: nothing to grow for
    assert idle.current_rate == 32.0


def test_the_first_429_measures_the_limit_from_the_accepted_answers() -> None:
    # A server limited to 20 a second, burst 5, and a client sending at 50 a second: the
    # first 429 comes after the burst is spent, and the rate is cut to just under 20
    # (beta, 0.95, times what the server let through), not to a share of 50.
    clock = Clock()
    server = TokenBucket(20, 5, None, None, clock)
    limiter = RateLimit.adaptive(start_rate=50, clock=clock)
    for _ in range(1000):
        wait, ticket = limiter._acquire()
        clock.now += wait
        if server.take():
            limiter._answered(ticket)
        else:
            limiter._throttle(ticket, None)
            break
    assert limiter.throttled == 1
    rate = limiter.current_rate
    assert rate is not None
    # Within a few per cent: the burst is estimated (the old cut, to 0.7 times what it
    # sent in the last second, gave 35).
    assert 18 <= rate <= 25


def test_a_cut_leaves_the_old_rate_behind_and_grows_back() -> None:
    clock = Clock()
    limiter = RateLimit.adaptive(start_rate=10.0, beta=0.5, quiet=1.0, clock=clock)
    _wait, ticket = limiter._acquire()
    limiter._throttle(ticket, None)  # too few answers to measure: beta times the rate
    assert limiter.current_rate == pytest.approx(2.5)
    limiter._throttle(ticket, None)  # another of the same flight: no second cut
    assert limiter.current_rate == pytest.approx(2.5)
    assert limiter.throttled == 2
    # A pause of two intervals at the new rate (0.8 s), then the quiet second: no change
    clock.now += 1.7
    assert limiter.current_rate == pytest.approx(2.5)
    clock.now += 0.6  # then climbing back towards 5 ...
    rate = limiter.current_rate
    assert rate is not None
    assert 2.5 < rate < 5.0
    clock.now += 1_000.0  # ... and probing beyond it
    rate = limiter.current_rate
    assert rate is not None
    assert rate > 5.0


def test_a_reservation_made_stale_by_a_cut_or_a_hold_waits_again() -> None:
    clock = Clock()
    limiter = RateLimit.fixed(10.0, clock=clock)
    for _ in range(3):
        limiter._acquire()  # three places ahead: 0, 0.1 and 0.2 s
    request = httpx.Request("GET", BASE + "/things")
    steps = attempts(
        lambda: request,
        lambda response: response,
        max_retries=2,
        policy=RetryPolicy(jitter=0),
        secret=KEY,
        method="GET",
        path="/things",
        seconds=10.0,
        limit=1 << 20,
        limiter=limiter,
    )
    first = steps.send(None)
    assert isinstance(first, Sleep)
    assert first.seconds == pytest.approx(0.3)
    limiter._throttle(0, 1.0)  # meanwhile, an earlier call got a 429 with Retry-After: 1
    clock.now = 0.3
    # Its place was reserved at the old pace: it waits out the hold, and is paced after.
    action = steps.send(None)
    assert isinstance(action, Sleep)
    assert action.seconds >= 0.7
    clock.now += action.seconds
    assert isinstance(steps.send(None), Send)
    # A cut (adaptive, past slow start) moves the places still waiting in the same way.
    adaptive = RateLimit.adaptive(start_rate=10.0, beta=0.5, clock=clock)
    _wait, ticket = adaptive._acquire()
    adaptive._throttle(ticket, None)  # out of slow start, at 2.5 a second
    waits = [adaptive._acquire() for _ in range(3)]
    # After a pause of two intervals for the server's bucket to refill, one every 0.4 s.
    assert [wait for wait, _ in waits] == pytest.approx([0.8, 1.2, 1.6])
    adaptive._throttle(waits[0][1], None)  # sent after the cut: it cuts again, to 0.625
    clock.now += 0.8
    wait, _ticket = adaptive._recheck(waits[2][1])
    assert wait > 1.0


def test_hold_delays_every_call_and_keeps_the_rate() -> None:
    clock = Clock()
    limiter = RateLimit.fixed(10, clock=clock)
    limiter._hold(1.5)
    assert starts(limiter, clock, 2) == pytest.approx([1.5, 1.6])
    assert limiter.current_rate == 10.0
    assert limiter.throttled == 0
    clock.now = 5.0
    limiter._hold(0)  # nothing to wait for
    assert starts(limiter, clock, 1) == [5.0]
    adaptive = RateLimit.adaptive(start_rate=4.0, clock=clock)
    adaptive._hold(2.0)
    assert starts(adaptive, clock, 1) == pytest.approx([7.0])
    assert adaptive.current_rate == 4.0


def _always(status: int, count: int, sent: list[int]) -> Callable[[httpx.Request], httpx.Response]:
    """Answer ``status`` ``count`` times, then 200; each request is counted in ``sent``."""

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(1)
        if len(sent) <= count:
            return httpx.Response(status, json={"message": "slow down"})
        return httpx.Response(200, json={"ok": True})

    return answer


def test_429s_the_limiter_paces_do_not_use_up_retries() -> None:
    clock = Clock()
    limiter = RateLimit.adaptive(start_rate=50.0, clock=clock)
    sent: list[int] = []
    http = httpx.Client(transport=httpx.MockTransport(_always(429, 4, sent)))
    with Attention(
        api_key=KEY,
        http_client=http,
        max_retries=0,
        retry_policy=RetryPolicy.instant(),
        rate_limit=limiter,
    ) as client:
        assert client.request("GET", "/things") == {"ok": True}
    http.close()
    assert len(sent) == 5
    assert limiter.throttled == 4
    # Without a limiter, a 429 is a retry like any other, as before.
    http = httpx.Client(transport=httpx.MockTransport(_always(429, 1, [])))
    with Attention(
        api_key=KEY, http_client=http, max_retries=0, retry_policy=RetryPolicy.instant()
    ) as client:
        with pytest.raises(RateLimitError):
            client.request("GET", "/things")
    http.close()


def test_a_server_that_always_answers_429_still_fails_under_a_limiter() -> None:
    clock = Clock()
    limiter = RateLimit.adaptive(throttled_retries=3, clock=clock)
    sent = itertools.count()

    def always(request: httpx.Request) -> httpx.Response:
        next(sent)
        return httpx.Response(429, json={"message": "slow down"})

    http = httpx.Client(transport=httpx.MockTransport(always))
    with Attention(
        api_key=KEY,
        http_client=http,
        max_retries=1,
        retry_policy=RetryPolicy.instant(),
        rate_limit=limiter,
    ) as client:
        with pytest.raises(RateLimitError) as caught:
            client.request("GET", "/things")
    http.close()
    # 3 paced by the limiter, then max_retries (1) as usual: 5 attempts in all.
    assert next(sent) == 5
    assert caught.value.attempts == 5
    with pytest.raises(ValueError, match="throttled_retries"):
        RateLimit.fixed(5, throttled_retries=-1)


def test_adaptive_never_goes_below_min_rate_or_above_max_rate() -> None:
    clock = Clock()
    limiter = RateLimit.adaptive(start_rate=2.0, min_rate=1.0, max_rate=3.0, clock=clock)
    for _ in range(20):
        _wait, ticket = limiter._acquire()
        limiter._throttle(ticket, None)
    assert limiter.current_rate == 1.0
    clock.now += 1_000.0
    assert limiter.current_rate == 3.0


def test_adaptive_retry_after_waits_the_call_alone_unless_the_server_refuses_again() -> None:
    clock = Clock()
    limiter = RateLimit.adaptive(start_rate=10.0, beta=0.5, clock=clock)
    _wait, ticket = limiter._acquire()
    # The throttled call waits its Retry-After itself; the rate is cut to 2.5 a second.
    assert limiter._throttle(ticket, 1.5) == 1.5
    assert limiter.current_rate == pytest.approx(2.5)
    # The others go on at the cut rate, after a pause of two intervals (0.8 s).
    wait, ticket = limiter._acquire()
    assert wait == pytest.approx(0.8)
    clock.now += wait
    # Refused again within that Retry-After, though sent after the cut: the server
    # means it, and every call is held for the whole wait.
    assert limiter._throttle(ticket, 1.5) == 0.0
    wait, _ticket = limiter._acquire()
    assert wait == pytest.approx(1.5)
    # Once the Retry-After has run out, a refusal is the call's alone again.
    clock.now += 10.0
    _wait, ticket = limiter._acquire()
    assert limiter._throttle(ticket, 1.5) == 1.5


def test_the_loop_sleeps_an_adaptive_retry_after_for_the_throttled_call() -> None:
    clock = Clock()
    limiter = RateLimit.adaptive(start_rate=10.0, clock=clock)
    throttled = httpx.Response(429, headers={"Retry-After": "2"})
    # The call sleeps its own Retry-After, then queues again, and uses no retry for it.
    steps = drive(limiter, [throttled, httpx.Response(200)], clock, max_retries=0)
    assert steps == ["send", Sleep(2.0), "send"]
    assert limiter.throttled == 1
    assert limiter.waited == pytest.approx(2.0)  # counted as a wait for the limiter


@pytest.mark.parametrize("mode", ["fixed", "adaptive"])
def test_a_paced_retry_after_that_would_pass_the_total_timeout_fails_at_once(mode: str) -> None:
    clock = Clock()
    limiter = (
        RateLimit.fixed(10.0, clock=clock)
        if mode == "fixed"
        else RateLimit.adaptive(start_rate=10.0, clock=clock)
    )
    request = httpx.Request("GET", BASE + "/things")
    steps = attempts(
        lambda: request,
        lambda response: response,
        max_retries=2,
        policy=RetryPolicy(jitter=0),
        secret=KEY,
        method="GET",
        path="/things",
        seconds=10.0,
        limit=1 << 20,
        total=2.0,
        limiter=limiter,
    )
    assert isinstance(steps.send(None), Send)
    throttled = httpx.Response(429, headers={"Retry-After": "5"}, request=request)
    throttled.read()
    # Whether the limiter holds every call (fixed) or this call waits alone (adaptive),
    # this call waits 5 s: past its total of 2 s, so it fails now, without sleeping.
    with pytest.raises(RateLimitError, match="total_timeout of 2 s reached"):
        steps.send(throttled)


def test_fixed_retry_after_holds_every_call() -> None:
    clock = Clock()
    limiter = RateLimit.fixed(10.0, clock=clock)
    _wait, ticket = limiter._acquire()
    assert limiter._throttle(ticket, 1.5) == 0.0  # the queue is the call's wait
    assert limiter.current_rate == 10.0
    wait, _ticket = limiter._acquire()
    assert wait == pytest.approx(1.5)


def test_adaptive_client_slows_down_on_429_instead_of_failing() -> None:
    clock = Clock()
    limiter = RateLimit.adaptive(start_rate=100.0, clock=clock)
    answers = iter([429, 200, 429, 200, 200])

    def limited(request: httpx.Request) -> httpx.Response:
        return httpx.Response(next(answers), json={"ok": True})

    http = httpx.Client(transport=httpx.MockTransport(limited))
    with Attention(
        api_key=KEY, http_client=http, retry_policy=RetryPolicy.instant(), rate_limit=limiter
    ) as client:
        for _ in range(3):
            assert client.request("GET", "/things") == {"ok": True}
    http.close()
    assert limiter.throttled == 2
    rate = limiter.current_rate
    assert rate is not None
    assert rate < 100.0


# --- over real sockets, against the stand-in ---------------------------------------------


def test_loopback_429s_feed_the_limiter(attention_standin: AttentionStandIn) -> None:
    limiter = RateLimit.adaptive(start_rate=50.0)
    attention_standin.fail_next(2, 429, retry_after="0")
    with Attention(
        api_key=API_KEY,
        base_url=attention_standin.base_url,
        retry_policy=RetryPolicy.instant(),
        rate_limit=limiter,
    ) as client:
        listed = client.conversations.list()
        assert listed is not None
    assert limiter.throttled == 2
    rate = limiter.current_rate
    assert rate is not None
    assert rate < 50.0
