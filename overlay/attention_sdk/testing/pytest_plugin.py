"""pytest fixtures for the tests of code that uses attention-sdk, offline.

Opt in from a conftest.py (it is never loaded on its own, and the package does not
depend on pytest)::

    pytest_plugins = ["attention_sdk.testing.pytest_plugin"]

Fixtures:
    attention_standin       the stand-in, reset for each test: the seeded data, no
                            faults, an empty request log. Seed with
                            add_conversations(), inject faults with fail_next() and the
                            other knobs, read what was sent from requests.
    attention_client        an Attention bound to it, retrying at once
                            (RetryPolicy.instant(), so no test waits out a backoff).
    attention_async_client  an AsyncAttention bound to it, the same way. It keeps no
                            connection between requests, so it can be used from any
                            event loop (pytest-asyncio, anyio, asyncio.run) and needs no
                            closing.

Marker:
    @pytest.mark.attention_rate_limit(rate, burst=None, retry_after=1, ...)
                            turns on the stand-in's rate limit for the test (or for
                            every test of the class or module it marks): the
                            arguments are those of AttentionStandIn.rate_limit(), so
                            ``@pytest.mark.attention_rate_limit(20, burst=5)`` admits a
                            burst of 5, then 20 requests a second, and answers the rest
                            429 with ``Retry-After: 1``. The closest marker wins; the
                            next test starts without a limit (the fixture resets it).
                            The fixtures' clients retry at once, without waiting out
                            Retry-After, so under a limit they meet its 429s (a
                            RateLimitError once the retries run out): to test code
                            that waits, build a client with a RetryPolicy that sleeps,
                            or pass clock= and move it. attention_standin.throttled
                            counts the 429s, .allowed the requests let through.

The stand-in runs once per test session on one loopback port, so cassettes recorded
against it replay on the same port too; attention_sdk.testing.vcr_config() makes them
replay on any port.
"""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from .._client import AsyncAttention, Attention
from .._config import RetryPolicy
from ._server import AttentionStandIn

API_KEY = "attention-test-key"
"""The key the fixtures' stand-in accepts and their clients send."""


RATE_LIMIT_MARKER = "attention_rate_limit"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        f"{RATE_LIMIT_MARKER}(rate, burst=None, retry_after=1, headers=None, clock=None): "
        "the attention_standin fixture answers 429 beyond rate requests a second, with "
        "bursts of burst (AttentionStandIn.rate_limit)",
    )


@pytest.fixture(scope="session")
def _attention_standin_session() -> Iterator[AttentionStandIn]:
    with AttentionStandIn(api_key=API_KEY) as server:
        yield server


@pytest.fixture
def attention_standin(
    _attention_standin_session: AttentionStandIn, request: pytest.FixtureRequest
) -> AttentionStandIn:
    """The stand-in, reset for this test, with the rate limit its marker asks for."""
    server = _attention_standin_session
    server.reset()
    marker = request.node.get_closest_marker(RATE_LIMIT_MARKER)
    if marker is not None:
        kwargs = dict(marker.kwargs)
        if kwargs.get("clock") is None:  # None means the default, as in the marker's help
            kwargs.pop("clock", None)
        server.rate_limit(*marker.args, **kwargs)  # TypeError for a marker without a rate
    return server


@pytest.fixture
def attention_client(attention_standin: AttentionStandIn) -> Iterator[Attention]:
    """An Attention bound to the stand-in; retries happen at once."""
    with Attention(
        api_key=API_KEY, base_url=attention_standin.base_url, retry_policy=RetryPolicy.instant()
    ) as client:
        yield client


@pytest.fixture
def attention_async_client(attention_standin: AttentionStandIn) -> AsyncAttention:
    """An AsyncAttention bound to the stand-in; retries happen at once."""
    # No kept-alive connection: one would belong to the test's event loop, which may be
    # closed by the time the fixture ends, and could then be neither reused nor closed.
    transport = httpx.AsyncClient(limits=httpx.Limits(max_keepalive_connections=0))
    return AsyncAttention(
        api_key=API_KEY,
        base_url=attention_standin.base_url,
        retry_policy=RetryPolicy.instant(),
        http_client=transport,
    )
