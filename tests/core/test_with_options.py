"""`with_options` takes every option that two clients on one connection pool may differ in.

Those are the constructor's options but the pool's own (http_client, verify,
http_backend) and the rate limiter the copies share with it, read from its signature,
so an option added tomorrow fails here until with_options takes it. Each is checked as
the constructor checks it, and takes effect on the copy only: on the wire, each copy
sends its own key, in its own scheme, to its own base URL, on the connections it shares
with the original.
"""

from __future__ import annotations

import asyncio
import inspect
import ssl
from typing import Any

import httpx
import pytest
from attention_sdk import (
    AsyncAttention,
    Attention,
    AttentionError,
    AuthenticationError,
    RetryPolicy,
)
from attention_sdk.testing import AttentionStandIn

from ..conftest import load_example
from ..support.keys import KEY
from ..support.sockets import MODES

OTHER = "sk-options-other-9f3c6a"
STRANGER = "sk-options-stranger-1e4d"
# The pool's own options, and the rate limiter: shared with the pool, never replaced
# (tests/core/test_rate_limit.py shows the copies share it).
POOL = {"http_client", "verify", "http_backend", "rate_limit"}
CLIENTS = (Attention, AsyncAttention)
# One TLS context for every client here: loading the CA bundle costs each new client
# about 0.1 s, and no test here speaks TLS.
TLS = ssl.create_default_context()


@pytest.fixture(autouse=True)
def _no_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("ATTENTION_API_KEY", "ATTENTION_BASE_URL"):
        monkeypatch.delenv(name, raising=False)


def constructor_options(client_class: type[Any]) -> list[str]:
    """The options of the constructor that are not the pool's, in its order."""
    names = [name for name in inspect.signature(client_class.__init__).parameters]
    assert POOL <= set(names), "a pool option was renamed: update POOL"
    return [name for name in names if name not in {"self", *POOL}]


def options_of(client: Any) -> dict[str, Any]:
    """What each option came to on ``client``, by option name."""
    return {
        "api_key": client._api_key,
        "base_url": client.base_url,
        "timeout": client.timeout,
        "max_retries": client.max_retries,
        "default_headers": client._headers,
        "auth_scheme": client.auth_scheme,
        "retry_policy": client.retry_policy,
        "max_response_bytes": client.max_response_bytes,
        "total_timeout": client.total_timeout,
    }


@pytest.mark.parametrize("client_class", CLIENTS)
def test_with_options_takes_every_option_but_the_pools(client_class: type[Any]) -> None:
    taken = dict(inspect.signature(client_class.with_options).parameters)
    del taken["self"]
    options = constructor_options(client_class)
    assert list(taken) == options  # the same names, in the constructor's order
    assert {parameter.kind for parameter in taken.values()} == {inspect.Parameter.KEYWORD_ONLY}
    # options_of, which the tests below compare clients with, sees every one of them.
    assert list(options_of(client_class(api_key=KEY, verify=TLS))) == options


# --- checked as the constructor checks it ---------------------------------------------------

BAD = [
    ("api_key", "sk-abc def"),
    ("api_key", "sk-abc\u200bdef"),
    ("api_key", 123),
    ("api_key", "   "),
    ("base_url", "http://api.attention.tech/v2"),  # the key in clear text: loopback only
    ("base_url", "ftp://x/v2"),
    ("base_url", "https://api.attention.tech/v2?x=1"),
    ("base_url", 5),
    ("timeout", None),
    ("timeout", -1),
    ("timeout", httpx.Timeout(None)),
    ("max_retries", -1),
    ("max_retries", "3"),
    ("max_retries", True),
    ("default_headers", {"Authorization": "Bearer other"}),
    ("default_headers", {"X-Bad": "a\r\nInjected: 1"}),
    ("default_headers", ["X-Job"]),
    ("auth_scheme", "basic"),
    ("auth_scheme", None),
    ("retry_policy", {"sleep": False}),
    ("max_response_bytes", 0),
    ("max_response_bytes", 1.5),
    ("total_timeout", 0),
    ("total_timeout", "10"),
]


def test_every_option_has_a_bad_value_to_try() -> None:
    assert {option for option, _ in BAD} == set(constructor_options(Attention))


@pytest.mark.parametrize("client_class", CLIENTS)
@pytest.mark.parametrize(("option", "value"), BAD, ids=[f"{o}={v!r}" for o, v in BAD])
def test_a_bad_value_is_refused_with_the_constructors_error(
    client_class: type[Any], option: str, value: object
) -> None:
    given = {"api_key": KEY, "verify": TLS, option: value}
    with pytest.raises((TypeError, ValueError, AttentionError)) as made:
        client_class(**given)
    client = client_class(api_key=KEY, verify=TLS)
    with pytest.raises(type(made.value)) as copied:
        client.with_options(**{option: value})
    assert type(copied.value) is type(made.value)
    assert str(copied.value) == str(made.value)
    assert option in str(copied.value)  # it names the option
    if option == "api_key" and isinstance(value, str) and value.strip():
        assert value not in str(copied.value)  # the key is never quoted
        assert "abc" not in str(copied.value)


# --- on the copy only ---------------------------------------------------------------------

GOOD = {
    "api_key": OTHER,
    "base_url": "http://127.0.0.1:9/v2",  # plain http is fine on loopback
    "timeout": 2.5,
    "max_retries": 0,
    "default_headers": {"X-Job": "nightly"},
    "auth_scheme": "raw",
    "retry_policy": RetryPolicy.instant(),
    "max_response_bytes": 1024,
    "total_timeout": 30,
}


def test_every_option_has_a_value_to_try() -> None:
    assert set(GOOD) == set(constructor_options(Attention))


@pytest.mark.parametrize("client_class", CLIENTS)
@pytest.mark.parametrize("option", GOOD)
def test_an_option_changes_the_copy_and_nothing_else(client_class: type[Any], option: str) -> None:
    client = client_class(api_key=KEY, verify=TLS)
    before = options_of(client)
    copy = client.with_options(**{option: GOOD[option]})
    assert options_of(client) == before
    changed = {name for name, value in options_of(copy).items() if value != before[name]}
    assert changed == {option}
    # As the constructor would have made it (the copy's default headers add to none here).
    made = client_class(**{"api_key": KEY, "verify": TLS, option: GOOD[option]})
    assert options_of(copy)[option] == options_of(made)[option]
    assert copy._http is client._http
    assert KEY not in repr(copy)
    assert OTHER not in repr(copy)


@pytest.mark.parametrize("option", ["api_key", "base_url", "retry_policy", "total_timeout"])
def test_none_means_what_it_means_to_the_constructor(
    option: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # None reads the environment (the key, the base URL), or is the default (the retry
    # policy, no bound on the whole call); left out, the copy keeps the client's value.
    client = Attention(
        api_key=KEY,
        base_url="https://eu.example.test/v2",
        retry_policy=RetryPolicy.instant(),
        total_timeout=30,
        verify=TLS,
    )
    monkeypatch.setenv("ATTENTION_API_KEY", OTHER)
    monkeypatch.setenv("ATTENTION_BASE_URL", "http://localhost:8080/v2")
    none: dict[str, Any] = {option: None}
    made = Attention(verify=TLS, **none)
    copy = client.with_options(**none)
    assert options_of(copy)[option] == options_of(made)[option] != options_of(client)[option]
    assert options_of(client.with_options())[option] == options_of(client)[option]


# --- on the wire: what each copy sends ------------------------------------------------------


def _sent_by_each(mode: str, order: list[str]) -> tuple[dict[str, Any], list[httpx.Request]]:
    """Copies of one SDK-made client (the pool's client carries the original's headers,
    Authorization included), each calling retrieve in ``order``; what reached the wire."""
    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json=load_example("docs_new_conversation"))

    client_class = Attention if mode == "sync" else AsyncAttention
    client: Any = client_class(
        api_key=KEY,
        base_url="https://api.example.test/v2",
        default_headers={"X-Team": "a"},
        verify=TLS,
    )
    # The trap: the pool's client sends the original's key unless a request overrides it.
    assert client._http.headers["authorization"] == f"Bearer {KEY}"
    client._http._transport = httpx.MockTransport(answer)  # the SDK's own client, faked below
    copies = {
        "original": client,
        "raw": client.with_options(auth_scheme="raw"),
        "other key": client.with_options(api_key=OTHER),
        "elsewhere": client.with_options(
            api_key=OTHER, auth_scheme="raw", base_url="https://eu.example.test/v2"
        ),
        "other team": client.with_options(default_headers={"x-team": "b"}),
        "patient": client.with_options(timeout=9, max_retries=5),
    }
    if mode == "sync":
        for name in order:
            copies[name].conversations.retrieve("c")
    else:

        async def go() -> None:
            for name in order:
                await copies[name].conversations.retrieve("c")

        asyncio.run(go())
    return copies, sent


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_each_copy_sends_its_own_key_scheme_base_url_and_headers(mode: str) -> None:
    order = [
        *("original", "raw", "original", "other key", "elsewhere", "other team", "patient"),
        "original",  # and the original still sends its own, after all of them
    ]
    copies, sent = _sent_by_each(mode, order)
    here = "https://api.example.test/v2/conversations/c"
    there = "https://eu.example.test/v2/conversations/c"
    expected = {
        "original": (here, f"Bearer {KEY}", "a"),
        "raw": (here, KEY, "a"),
        "other key": (here, f"Bearer {OTHER}", "a"),
        "elsewhere": (there, OTHER, "a"),
        "other team": (here, f"Bearer {KEY}", "b"),
        "patient": (here, f"Bearer {KEY}", "a"),
    }
    assert len(sent) == len(order)
    for name, request in zip(order, sent, strict=True):
        url, authorization, team = expected[name]
        assert str(request.url) == url, name
        # One Authorization, and one X-Team: the copy's replaces the pool's, never beside it.
        assert request.headers.get_list("authorization") == [authorization], name
        assert request.headers.get_list("x-team") == [team], name
        assert request.headers["user-agent"].startswith("attention-sdk/"), name
    assert sent[-1].extensions["timeout"] == httpx.Timeout(30, connect=5).as_dict()
    assert sent[-2].extensions["timeout"] == httpx.Timeout(9).as_dict()
    for copy in copies.values():
        assert KEY not in repr(copy)
        assert OTHER not in repr(copy)


def test_a_default_header_replaces_ours_whatever_its_case() -> None:
    copies, sent = _sent_by_each("sync", ["original"])
    copy = copies["original"].with_options(default_headers={"user-agent": "nightly-job/1"})
    copy.conversations.retrieve("c")
    assert sent[-1].headers.get_list("user-agent") == ["nightly-job/1"]
    copies["original"].conversations.retrieve("c")
    assert sent[-1].headers["user-agent"].startswith("attention-sdk/")


def _over_real_sockets(mode: str, here: str, there: str) -> list[BaseException | None]:
    """One client on ``here`` and copies of it: raw, another key at ``there``, a key
    ``here`` does not know; each calls retrieve once, then the original again."""
    options: dict[str, Any] = {"api_key": KEY, "base_url": here, "verify": TLS}
    outcomes: list[BaseException | None] = []

    def copies(client: Any) -> list[Any]:
        return [
            client,
            client.with_options(auth_scheme="raw"),
            client.with_options(api_key=OTHER, base_url=there),
            client.with_options(api_key=STRANGER),
            client,
        ]

    if mode == "sync":
        with Attention(**options) as client:
            for copy in copies(client):
                try:
                    copy.conversations.retrieve("conv-uuid-123")
                    outcomes.append(None)
                except AttentionError as exc:
                    outcomes.append(exc)
        return outcomes
    if mode == "aiohttp":
        options["http_backend"] = "aiohttp"

    async def go() -> None:
        async with AsyncAttention(**options) as client:
            for copy in copies(client):
                try:
                    await copy.conversations.retrieve("conv-uuid-123")
                    outcomes.append(None)
                except AttentionError as exc:
                    outcomes.append(exc)

    asyncio.run(go())
    return outcomes


@pytest.mark.parametrize("mode", MODES)
def test_copies_on_one_pool_each_authenticate_as_themselves(mode: str) -> None:
    with AttentionStandIn(api_key=KEY) as here, AttentionStandIn(api_key=OTHER) as there:
        outcomes = _over_real_sockets(mode, here.base_url, there.base_url)
        schemes = [r.headers["authorization"].startswith("Bearer ") for r in here.requests]
        opened = here.connections_opened
        answered_there = len(there.requests)
    original, raw, elsewhere, stranger, original_again = outcomes
    assert (original, raw, elsewhere, original_again) == (None, None, None, None)
    # The stranger's own key went out, not the pool's: the stand-in refused it.
    assert type(stranger) is AuthenticationError, repr(stranger)
    assert STRANGER not in str(stranger)
    assert schemes == [True, False, True, True]  # original, raw, stranger, original
    assert answered_there == 1
    assert opened == 1  # every copy that called here used the one kept-alive connection
