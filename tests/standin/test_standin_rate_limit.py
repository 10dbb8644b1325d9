"""The stand-in's rate-limit mode: a token bucket over every route, 429 beyond it.

Driven with httpx (never attention_sdk's client), on a clock the test moves, so nothing
sleeps: the bucket admits its burst at once, then rate requests a second; a 429 carries
the configured Retry-After (or none) and the stand-in's error body, changes nothing and
counts no write; reset() and rate_limit(None) turn it off; the pytest marker turns it on
for one test; and the command line takes --rate-limit and --burst.
"""

from __future__ import annotations

import datetime
import re
import select
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from attention_sdk.testing import AttentionStandIn
from attention_sdk.testing.__main__ import main

from ..support.keys import KEY

CONVERSATION = "/conversations/conv-0001"


class Clock:
    """A monotonic clock that moves only when told."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture(scope="module")
def shared() -> Iterator[AttentionStandIn]:
    with AttentionStandIn(api_key=KEY) as server:
        yield server


@pytest.fixture
def server(shared: AttentionStandIn) -> AttentionStandIn:
    shared.reset()
    return shared


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def client(shared: AttentionStandIn) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=shared.base_url, headers={"Authorization": KEY}) as http:
        yield http


def statuses(client: httpx.Client, count: int, path: str = CONVERSATION) -> list[int]:
    return [client.get(path).status_code for _ in range(count)]


def test_the_bucket_admits_the_burst_then_rate_a_second(
    server: AttentionStandIn, client: httpx.Client, clock: Clock
) -> None:
    server.rate_limit(2, burst=3, clock=clock)
    assert statuses(client, 4) == [200, 200, 200, 429]  # the burst, at once
    clock.advance(0.49)
    assert statuses(client, 1) == [429]  # not a whole token yet
    clock.advance(0.01)
    assert statuses(client, 2) == [200, 429]  # one token in half a second
    clock.advance(10)  # a long pause refills the bucket to burst, no more
    assert statuses(client, 4) == [200, 200, 200, 429]
    for _ in range(10):  # steady: one request every 1/rate seconds is always let through
        clock.advance(0.5)
        assert statuses(client, 1) == [200]
    assert server.throttled == 4
    assert server.allowed == 17


def test_a_slow_rate_accumulates_whole_tokens(
    server: AttentionStandIn, client: httpx.Client, clock: Clock
) -> None:
    server.rate_limit(0.1, burst=1, clock=clock)
    assert statuses(client, 2) == [200, 429]
    for _ in range(10):
        clock.advance(1)  # ten steps of a tenth of a token make one, whatever the rounding
    assert statuses(client, 2) == [200, 429]


def test_the_default_burst_is_a_seconds_worth(
    server: AttentionStandIn, client: httpx.Client, clock: Clock
) -> None:
    server.rate_limit(2.5, clock=clock)
    assert statuses(client, 4) == [200, 200, 200, 429]


def test_a_clock_that_steps_back_refills_nothing(
    server: AttentionStandIn, client: httpx.Client, clock: Clock
) -> None:
    server.rate_limit(1, burst=1, clock=clock)
    assert statuses(client, 1) == [200]
    clock.advance(-5)
    assert statuses(client, 1) == [429]
    clock.advance(6)  # a second past where it was
    assert statuses(client, 1) == [200]


def test_the_limit_is_over_every_route_together(
    server: AttentionStandIn, client: httpx.Client, clock: Clock
) -> None:
    server.rate_limit(1, burst=3, clock=clock)
    assert client.get(CONVERSATION).status_code == 200
    assert client.get("/conversations/list", params={"size": 1}).status_code == 200
    label = "/labels/" + server.ids("Label")[0]
    assert client.get(label).status_code == 200
    assert client.get("/conversations/list", params={"size": 1}).status_code == 429
    assert client.get(label).status_code == 429


@pytest.mark.parametrize(
    ("retry_after", "header"),
    [
        (1, "1"),
        (0, "0"),
        (30, "30"),
        ("Wed, 21 Oct 2026 07:28:00 GMT", "Wed, 21 Oct 2026 07:28:00 GMT"),
        (
            datetime.datetime(
                2026, 10, 21, 9, 28, tzinfo=datetime.timezone(datetime.timedelta(hours=2))
            ),
            "Wed, 21 Oct 2026 07:28:00 GMT",
        ),
        ("soon", "soon"),  # sent as given: a malformed value to test a client with
    ],
)
def test_a_429_carries_the_configured_retry_after_and_the_error_body(
    server: AttentionStandIn, client: httpx.Client, clock: Clock, retry_after: Any, header: str
) -> None:
    server.rate_limit(5, burst=1, retry_after=retry_after, clock=clock)
    assert client.get(CONVERSATION).status_code == 200
    limited = client.get(CONVERSATION)
    assert limited.status_code == 429
    assert limited.reason_phrase == "Too Many Requests"
    assert limited.headers["Retry-After"] == header
    assert limited.headers["Content-Type"] == "application/json"
    assert limited.json() == {
        "message": "Rate limit exceeded: 5 requests per second (burst 1)",
        "code": "rate_limited",
    }


def test_retry_after_none_sends_no_header_and_headers_adds_others(
    server: AttentionStandIn, client: httpx.Client, clock: Clock
) -> None:
    server.rate_limit(5, burst=1, retry_after=None, headers={"X-Limit": "5"}, clock=clock)
    client.get(CONVERSATION)
    limited = client.get(CONVERSATION)
    assert limited.status_code == 429
    assert "Retry-After" not in limited.headers
    assert limited.headers["X-Limit"] == "5"


def test_answers_let_through_carry_no_limit_headers(
    server: AttentionStandIn, client: httpx.Client, clock: Clock
) -> None:
    server.rate_limit(5, burst=1, clock=clock)
    allowed = client.get(CONVERSATION)
    assert allowed.status_code == 200
    assert "Retry-After" not in allowed.headers


def test_a_429_changes_nothing_counts_no_write_and_is_recorded(
    server: AttentionStandIn, client: httpx.Client, clock: Clock
) -> None:
    before = server.conversation("conv-0001")
    server.rate_limit(1, burst=1, clock=clock)
    assert client.get(CONVERSATION).status_code == 200
    limited = client.put(CONVERSATION, json={"title": "Renamed"})
    assert limited.status_code == 429
    assert server.conversation("conv-0001") == before
    assert server.writes("conv-0001") == 0
    assert server.write_counts() == {}
    created = client.post("/labels", json={"name": "never"})
    assert created.status_code == 429
    assert len(server.ids("Label")) == len(AttentionStandIn(api_key=KEY).ids("Label"))
    assert [(r.method, r.path) for r in server.requests] == [
        ("GET", "/v2" + CONVERSATION),
        ("PUT", "/v2" + CONVERSATION),
        ("POST", "/v2/labels"),
    ]
    clock.advance(1)
    assert client.put(CONVERSATION, json={"title": "Renamed"}).status_code == 200
    assert server.writes("conv-0001") == 1


def test_the_key_is_checked_first_and_a_401_takes_no_token(
    server: AttentionStandIn, client: httpx.Client, clock: Clock
) -> None:
    server.rate_limit(1, burst=1, clock=clock)
    for _ in range(3):
        assert client.get(CONVERSATION, headers={"Authorization": "wrong"}).status_code == 401
    assert client.get(CONVERSATION).status_code == 200  # the token was still there
    assert client.get(CONVERSATION, headers={"Authorization": "wrong"}).status_code == 401
    assert (server.allowed, server.throttled) == (1, 0)


def test_a_404_takes_a_token_as_routing_comes_after_the_limit(
    server: AttentionStandIn, client: httpx.Client, clock: Clock
) -> None:
    server.rate_limit(1, burst=1, clock=clock)
    assert client.get("/conversations/no-such-conversation").status_code == 404
    assert client.get("/no/such/path").status_code == 429
    assert (server.allowed, server.throttled) == (1, 1)


def test_injected_faults_come_before_the_limit_and_take_no_token(
    server: AttentionStandIn, client: httpx.Client, clock: Clock
) -> None:
    server.rate_limit(1, burst=1, clock=clock)
    server.fail_next(2, 503)
    assert statuses(client, 4) == [503, 503, 200, 429]


def test_counters_count_only_while_a_limit_is_on(
    server: AttentionStandIn, client: httpx.Client, clock: Clock
) -> None:
    assert (server.allowed, server.throttled) == (0, 0)
    statuses(client, 3)
    assert (server.allowed, server.throttled) == (0, 0)
    server.rate_limit(1, burst=2, clock=clock)
    assert statuses(client, 5) == [200, 200, 429, 429, 429]
    assert (server.allowed, server.throttled) == (2, 3)
    server.rate_limit(1, burst=1, clock=clock)  # a new, full bucket; the counts go on
    assert statuses(client, 2) == [200, 429]
    assert (server.allowed, server.throttled) == (3, 4)


def test_rate_limit_none_turns_it_off(
    server: AttentionStandIn, client: httpx.Client, clock: Clock
) -> None:
    server.rate_limit(1, burst=1, clock=clock)
    assert statuses(client, 2) == [200, 429]
    server.rate_limit(None)
    assert statuses(client, 5) == [200] * 5
    assert (server.allowed, server.throttled) == (1, 1)


def test_reset_turns_it_off_and_zeroes_the_counts(
    server: AttentionStandIn, client: httpx.Client, clock: Clock
) -> None:
    server.rate_limit(1, burst=1, clock=clock)
    assert statuses(client, 2) == [200, 429]
    server.reset()
    assert (server.allowed, server.throttled) == (0, 0)
    assert statuses(client, 5) == [200] * 5
    assert (server.allowed, server.throttled) == (0, 0)


def test_the_real_clock_is_the_default(server: AttentionStandIn, client: httpx.Client) -> None:
    server.rate_limit(0.001, burst=2)  # a token every 1,000 s: none comes back in this test
    assert statuses(client, 3) == [200, 200, 429]


@pytest.mark.parametrize(
    ("kwargs", "problem"),
    [
        ({"rate": 0}, ValueError),
        ({"rate": -1}, ValueError),
        ({"rate": float("inf")}, ValueError),
        ({"rate": float("nan")}, ValueError),
        ({"rate": "5"}, TypeError),
        ({"rate": True}, TypeError),
        ({"rate": 5, "burst": 0}, ValueError),
        ({"rate": 5, "burst": 1.5}, TypeError),
        ({"rate": None, "burst": 5}, ValueError),
        ({"rate": 5, "retry_after": -1}, ValueError),
        ({"rate": 5, "retry_after": 1.5}, TypeError),
        ({"rate": 5, "retry_after": datetime.datetime(2026, 1, 1)}, ValueError),  # naive
    ],
)
def test_rate_limit_refuses_bad_arguments(
    server: AttentionStandIn,
    client: httpx.Client,
    kwargs: dict[str, Any],
    problem: type[Exception],
) -> None:
    server.rate_limit(0.001, burst=1)
    with pytest.raises(problem):
        server.rate_limit(**kwargs)
    assert statuses(client, 2) == [200, 429]  # the limit before stays as it was


# The pytest plugin's marker, as a user's suite meets it (pytester)

USER_SUITE = """
import httpx
import pytest
from attention_sdk import Attention, RateLimitError
from attention_sdk.testing.pytest_plugin import API_KEY


@pytest.mark.attention_rate_limit(0.001, burst=2, retry_after=7)
def test_limited(attention_standin):
    with httpx.Client(base_url=attention_standin.base_url) as http:
        http.headers["Authorization"] = API_KEY
        got = [http.get("/conversations/conv-0001") for _ in range(3)]
    assert [r.status_code for r in got] == [200, 200, 429]
    assert got[2].headers["Retry-After"] == "7"
    assert (attention_standin.allowed, attention_standin.throttled) == (2, 1)


@pytest.mark.attention_rate_limit(0.001, burst=1, retry_after=None)
def test_the_client_meets_the_limit(attention_client, attention_standin):
    attention_client.conversations.retrieve("conv-0001")
    with pytest.raises(RateLimitError):
        attention_client.conversations.retrieve("conv-0001")
    assert attention_standin.throttled >= 1


def test_the_next_test_has_no_limit(attention_client, attention_standin):
    for _ in range(5):
        attention_client.conversations.retrieve("conv-0001")
    assert attention_standin.throttled == 0


@pytest.mark.attention_rate_limit(0.001, burst=1)
class TestAClass:
    def test_marked_by_its_class(self, attention_standin):
        with httpx.Client(base_url=attention_standin.base_url) as http:
            for status in (200, 429):
                answer = http.get("/conversations/conv-0001", headers={"Authorization": API_KEY})
                assert answer.status_code == status
"""


def test_the_marker_turns_the_limit_on_for_one_test(pytester: pytest.Pytester) -> None:
    pytester.makeconftest('pytest_plugins = ["attention_sdk.testing.pytest_plugin"]\n')
    pytester.makepyfile(test_user=USER_SUITE)
    result = pytester.runpytest_inprocess(
        "-p", "no:cacheprovider", "-W", "error", "-q", "--strict-markers"
    )
    result.assert_outcomes(passed=4)


def test_the_marker_is_registered(pytester: pytest.Pytester) -> None:
    pytester.makeconftest('pytest_plugins = ["attention_sdk.testing.pytest_plugin"]\n')
    result = pytester.runpytest_inprocess("-p", "no:cacheprovider", "--markers")
    result.stdout.fnmatch_lines(["@pytest.mark.attention_rate_limit(rate, burst=None*"])


# The command line


def test_cli_serves_with_a_rate_limit() -> None:
    command = [sys.executable, "-m", "attention_sdk.testing", "--port", "0"]
    command += ["--rate-limit", "0.001", "--burst", "2", "--retry-after", "none"]
    with subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    ) as process:
        assert process.stdout is not None
        try:
            readable, _, _ = select.select([process.stdout], [], [], 20)
            assert readable, "the stand-in printed nothing"
            match = re.fullmatch(
                r"Attention stand-in listening on (\S+)\n", process.stdout.readline()
            )
            assert match
            assert process.stdout.readline() == "Rate limit: 0.001 requests per second, burst 2\n"
            with httpx.Client(base_url=match[1], headers={"Authorization": "stand-in-key"}) as http:
                got = [http.get(CONVERSATION) for _ in range(3)]
            assert [r.status_code for r in got] == [200, 200, 429]
            assert "Retry-After" not in got[2].headers
        finally:
            process.terminate()
        assert process.wait(timeout=10) == 0


@pytest.mark.parametrize(
    "args",
    [
        ["--rate-limit", "0"],
        ["--rate-limit", "fast"],
        ["--rate-limit", "5", "--burst", "0"],
        ["--rate-limit", "5", "--burst", "1.5"],
        ["--burst", "5"],
        ["--retry-after", "none"],
    ],
)
def test_cli_refuses_bad_rate_limits(args: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--port", "0", *args])
    assert exit_info.value.code == 2
    assert "--" in capsys.readouterr().err
