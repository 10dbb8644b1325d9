"""The overlay's policy, for both twins: config, input checks, errors, retries, logging."""

from __future__ import annotations

import datetime
import email.utils
import logging
import os
import subprocess
import sys
from typing import Any

import httpx
import pytest
from attention_sdk import (
    DEFAULT_TIMEOUT,
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AsyncAttention,
    Attention,
    AttentionError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
)

from ..support.harness import MODES, Harness, conversation_response
from ..support.keys import KEY


@pytest.fixture(params=MODES)
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture(autouse=True)
def _no_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("ATTENTION_API_KEY", "ATTENTION_BASE_URL", "ATTENTION_LOG"):
        monkeypatch.delenv(name, raising=False)


def ok(_: httpx.Request) -> httpx.Response:
    return conversation_response()


def refuse(request: httpx.Request) -> httpx.Response:
    raise AssertionError(f"no request should have been sent, got {request.method} {request.url}")


# --- the happy path -------------------------------------------------------------------


def test_update_sends_a_put_with_only_the_given_fields(mode: str) -> None:
    h = Harness(mode, ok)
    conv = h.update("conv-uuid-123", title="Q4 review")
    assert conv.id == "conv-uuid-123"
    assert conv.attributes.title == "Q1 Deal Review - Acme Corp"
    (request,) = h.requests
    assert request.method == "PUT"
    assert str(request.url) == "https://api.attention.tech/v2/conversations/conv-uuid-123"
    assert h.sent_json() == {"title": "Q4 review"}
    assert request.headers["content-type"] == "application/json"

    h.update("conv-uuid-123", labels={"deal_stage": "negotiation"})
    assert h.sent_json() == {"labels": {"deal_stage": "negotiation"}}
    h.update("c", title="t", labels={})
    assert h.sent_json() == {"title": "t", "labels": {}}


def test_retrieve_sends_a_get(mode: str) -> None:
    h = Harness(mode, ok)
    assert h.retrieve("conv-uuid-123").attributes.video_status == "ready"
    assert h.requests[0].method == "GET"
    assert h.requests[0].content == b""


def test_raw_response_carries_status_headers_and_attempts(mode: str) -> None:
    replies = iter([httpx.Response(503), conversation_response(200, **{"x-request-id": "r-1"})])
    h = Harness(mode, lambda _: next(replies))
    raw = h.update_raw("c", title="t")
    assert raw.status_code == 200
    assert raw.headers["x-request-id"] == "r-1"
    assert raw.parsed.id == "conv-uuid-123"
    assert raw.attempts == 2


def test_every_request_has_auth_user_agent_and_accept(mode: str) -> None:
    h = Harness(mode, ok, default_headers={"X-Team": "sync-job"})
    h.update("c", title="t")
    headers = h.requests[0].headers
    assert headers["authorization"] == f"Bearer {KEY}"
    assert headers["accept"] == "application/json"
    assert headers["x-team"] == "sync-job"
    agent = headers["user-agent"]
    assert agent.startswith("attention-sdk/")
    assert f"python/{sys.version_info.major}.{sys.version_info.minor}" in agent
    assert f"httpx/{httpx.__version__}" in agent


def test_raw_auth_scheme_sends_the_key_without_bearer(mode: str) -> None:
    h = Harness(mode, ok, auth_scheme="raw")
    h.update("c", title="t")
    assert h.requests[0].headers["authorization"] == KEY


def test_a_user_supplied_client_still_gets_base_url_auth_and_timeout(mode: str) -> None:
    h = Harness(mode, ok, base_url="https://proxy.example.com/attention/v2/", timeout=7.0)
    h.update("c", title="t")
    request = h.requests[0]
    assert str(request.url) == "https://proxy.example.com/attention/v2/conversations/c"
    assert request.headers["authorization"] == f"Bearer {KEY}"
    assert request.extensions["timeout"] == httpx.Timeout(7.0).as_dict()


def test_per_call_timeout_and_max_retries(mode: str) -> None:
    h = Harness(mode, lambda _: httpx.Response(503))
    with pytest.raises(InternalServerError):
        h.update("c", title="t", timeout=1.5, max_retries=0)
    assert len(h.requests) == 1
    assert h.requests[0].extensions["timeout"] == httpx.Timeout(1.5).as_dict()


def test_the_default_timeout_is_explicit(mode: str) -> None:
    h = Harness(mode, ok)
    h.update("c", title="t")
    assert h.requests[0].extensions["timeout"] == DEFAULT_TIMEOUT.as_dict()
    assert DEFAULT_TIMEOUT.connect == 5.0
    assert DEFAULT_TIMEOUT.read == 30.0


# --- ids stay inside /conversations/ ----------------------------------------------------


@pytest.mark.parametrize(
    ("conversation_id", "path"),
    [
        ("../x", "/v2/conversations/..%2Fx"),
        ("a/b", "/v2/conversations/a%2Fb"),
        ("x?y", "/v2/conversations/x%3Fy"),
        ("x#y", "/v2/conversations/x%23y"),
        ("%2e%2e", "/v2/conversations/%252e%252e"),
        ("a b\r\nc", "/v2/conversations/a%20b%0D%0Ac"),
    ],
)
def test_ids_are_percent_encoded(mode: str, conversation_id: str, path: str) -> None:
    h = Harness(mode, ok)
    h.update(conversation_id, title="t")
    url = h.requests[0].url
    assert url.raw_path.decode() == path
    assert url.query == b""
    assert url.fragment == ""


# --- bad input: a clear error and no request ----------------------------------------------


@pytest.mark.parametrize(
    ("args", "kwargs", "error", "names"),
    [
        ((123,), {"title": "t"}, TypeError, "id"),
        ((None,), {"title": "t"}, TypeError, "id"),
        (("",), {"title": "t"}, ValueError, "id"),
        (("  ",), {"title": "t"}, ValueError, "id"),
        ((".",), {"title": "t"}, ValueError, "id"),
        (("..",), {"title": "t"}, ValueError, "id"),
        (("x" * 513,), {"title": "t"}, ValueError, "id"),
        (("c",), {}, ValueError, "title and labels"),
        (("c",), {"title": None}, ValueError, "title and labels"),  # None: not given
        (("c",), {"title": 5}, TypeError, "title"),
        (("c",), {"labels": ["a"]}, TypeError, "labels"),
        (("c",), {"labels": {"a": 1}}, TypeError, "labels['a']"),
        (("c",), {"labels": {1: "a"}}, TypeError, "labels keys"),
        (("c",), {"labels": None}, ValueError, "title and labels"),
        (("c",), {"title": 5, "labels": None}, TypeError, "title"),
        (("c",), {"title": "t", "timeout": -1}, ValueError, "timeout"),
        (("c",), {"title": "t", "max_retries": -1}, ValueError, "max_retries"),
        (("c",), {"title": "t", "max_retries": True}, TypeError, "max_retries"),
    ],
)
def test_bad_arguments_are_refused_before_sending(
    mode: str,
    args: tuple[object, ...],
    kwargs: dict[str, object],
    error: type[Exception],
    names: str,
) -> None:
    h = Harness(mode, refuse)
    with pytest.raises(error, match=names.replace("[", r"\[").replace("]", r"\]")):
        h.update(*args, **kwargs)
    assert h.requests == []


# --- configuration -------------------------------------------------------------------------


@pytest.mark.parametrize("client_class", [Attention, AsyncAttention])
def test_a_missing_key_names_the_environment_variable(client_class: type[Attention]) -> None:
    with pytest.raises(AttentionError, match="ATTENTION_API_KEY"):
        client_class()
    with pytest.raises(AttentionError, match="ATTENTION_API_KEY"):
        client_class(api_key="   ")


@pytest.mark.parametrize("key", [123, b"sk-bytes", b"", ["sk"]])
def test_a_key_that_is_not_a_str_is_a_type_error_naming_it(key: object) -> None:
    with pytest.raises(TypeError, match=r"^api_key must be a str, got \w+$"):
        Attention(api_key=key)  # type: ignore[arg-type]


def test_key_and_base_url_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ATTENTION_API_KEY", KEY)
    monkeypatch.setenv("ATTENTION_BASE_URL", "http://127.0.0.1:8080/v2")
    with Attention() as client:
        assert client.base_url == "http://127.0.0.1:8080/v2"
        assert client._authorization == f"Bearer {KEY}"


def test_the_default_base_url_is_production_over_https() -> None:
    with Attention(api_key=KEY) as client:
        assert client.base_url == "https://api.attention.tech/v2"


@pytest.mark.parametrize(
    "url",
    ["http://api.attention.tech/v2", "http://10.0.0.5/v2", "ftp://x/v2", "https:///v2", "nope"],
)
def test_insecure_or_malformed_base_urls_are_refused(url: str) -> None:
    with pytest.raises(ValueError, match="base_url"):
        Attention(api_key=KEY, base_url=url)


@pytest.mark.parametrize(
    "url",
    ["http://127.0.0.1:9/v2", "http://localhost:9/v2", "http://[::1]:9/v2", "http://127.5.0.1/"],
)
def test_plain_http_is_allowed_on_loopback(url: str) -> None:
    Attention(api_key=KEY, base_url=url).close()


@pytest.mark.parametrize(
    ("headers", "error"),
    [
        ({"X-Bad": "a\r\nInjected: 1"}, ValueError),
        ({"X-Bad": "nul\0"}, ValueError),
        ({"Bad Name": "v"}, ValueError),
        ({"X-Bad:": "v"}, ValueError),
        ({"Authorization": "Bearer other"}, ValueError),
        ({"X-Number": 5}, TypeError),
    ],
)
def test_header_injection_through_default_headers_is_refused(
    headers: dict[str, object], error: type[Exception]
) -> None:
    with pytest.raises(error, match="default_headers"):
        Attention(api_key=KEY, default_headers=headers)  # type: ignore[arg-type]


def test_a_key_with_a_line_break_is_refused_without_quoting_it() -> None:
    with pytest.raises(ValueError, match="api_key") as caught:
        Attention(api_key="abc\r\nX-Injected: 1")
    assert "abc" not in str(caught.value)


def test_unlimited_timeouts_and_bad_options_are_refused() -> None:
    with pytest.raises(ValueError, match="timeout"):
        Attention(api_key=KEY, timeout=httpx.Timeout(None))
    with pytest.raises(TypeError, match="timeout"):
        Attention(api_key=KEY, timeout=None)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="auth_scheme"):
        Attention(api_key=KEY, auth_scheme="basic")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="http_client"):
        Attention(api_key=KEY, http_client=httpx.AsyncClient())  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="http_client"):
        AsyncAttention(api_key=KEY, http_client=httpx.Client())  # type: ignore[arg-type]


def test_close_leaves_a_user_supplied_client_open() -> None:
    http = httpx.Client(transport=httpx.MockTransport(ok))
    with Attention(api_key=KEY, http_client=http):
        pass
    assert not http.is_closed
    http.close()
    with Attention(api_key=KEY) as owned:
        pass
    assert owned._http.is_closed


def test_repr_never_shows_the_key() -> None:
    for client in (Attention(api_key=KEY), AsyncAttention(api_key=KEY, auth_scheme="raw")):
        assert KEY not in repr(client)
        assert "api.attention.tech" in repr(client)


def test_our_clients_keep_cookies_and_read_only_responses_that_set_them(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Our clients skip httpx's cookie jar (urllib's adapters, ~17 us a call) when a
    # response sets no cookie, and otherwise store and send cookies as httpx does.
    import http.cookiejar

    reads = []
    real = http.cookiejar.CookieJar.extract_cookies

    def counted(self: http.cookiejar.CookieJar, *args: Any) -> None:
        reads.append(1)
        real(self, *args)

    monkeypatch.setattr(http.cookiejar.CookieJar, "extract_cookies", counted)
    sent: list[str | None] = []

    def server(request: httpx.Request) -> httpx.Response:
        sent.append(request.headers.get("cookie"))
        response = conversation_response()
        if len(sent) == 2:
            response.headers["set-cookie"] = "lb=node-7; Path=/"
        return response

    with Attention(api_key=KEY, base_url="https://api.example.test/v2") as client:
        client._http._transport = httpx.MockTransport(server)
        for _ in range(3):
            client.conversations.retrieve("conv-1")
    assert sent == [None, None, "lb=node-7"]
    assert len(reads) == 1
    assert AsyncAttention(api_key=KEY)._http.cookies.jar is not None
    assert type(AsyncAttention(api_key=KEY)._http._cookies) is not httpx.Cookies
    # A caller's client is theirs: its jar is left as it is.
    caller = httpx.Client(transport=httpx.MockTransport(ok))
    with Attention(api_key=KEY, http_client=caller) as client:
        assert type(client._http._cookies) is httpx.Cookies
    caller.close()


# --- errors ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, ConflictError),
        (422, UnprocessableEntityError),
        (429, RateLimitError),
        (500, InternalServerError),
        (502, InternalServerError),
        (520, InternalServerError),
        (418, APIStatusError),
        (302, APIStatusError),
    ],
)
def test_statuses_map_to_typed_errors(mode: str, status: int, error: type[APIStatusError]) -> None:
    body = {"message": f"server says {status}"}
    h = Harness(mode, lambda _: httpx.Response(status, json=body), max_retries=0)
    with pytest.raises(error) as caught:
        h.update("c", title="t")
    assert type(caught.value) is error
    assert caught.value.status_code == status
    assert caught.value.body == body
    assert caught.value.response.status_code == status
    assert f"server says {status}" in str(caught.value)
    assert str(status) in str(caught.value)


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b'{"error": {"message": "nested"}}', "nested"),
        (b'{"errors": [{"detail": "first"}]}', "first"),
        (b"<html>Bad Gateway</html>", "<html>Bad Gateway</html>"),
        (b"", "404 Not Found"),
        (b"[1, 2]", "404 Not Found"),
    ],
)
def test_error_bodies_of_any_shape_give_a_message(mode: str, body: bytes, message: str) -> None:
    h = Harness(mode, lambda _: httpx.Response(404, content=body))
    with pytest.raises(NotFoundError, match=message.replace("[", r"\[")):
        h.update("c", title="t")


def test_a_key_echoed_by_the_server_is_redacted(mode: str) -> None:
    echo = {"message": f"key {KEY} is revoked"}
    h = Harness(mode, lambda _: httpx.Response(401, json=echo))
    with pytest.raises(AuthenticationError) as caught:
        h.update("c", title="t")
    assert KEY not in str(caught.value)
    assert KEY not in repr(caught.value)
    assert KEY not in str(caught.value.body)
    assert "[redacted]" in str(caught.value)


@pytest.mark.parametrize("key", ["bul", "bul-8chr", KEY])
def test_a_short_key_is_redacted_where_it_stands_alone_a_long_one_everywhere(
    mode: str, key: str
) -> None:
    echo = {"message": f"key {key} is not valid for bulk-update", "quoted": f"'{key}'"}
    echo["inside"] = f"x{key}x"
    h = Harness(mode, lambda _: httpx.Response(400, json=echo), api_key=key)
    with pytest.raises(BadRequestError) as caught:
        h.update("c", title="t")
    error = caught.value
    assert str(error).startswith("400 Bad Request on PUT /conversations/c: key [redacted] is")
    assert error.body["quoted"] == "'[redacted]'"
    if len(key) < 8:  # bulk-update and xbulx are words that contain it: left as they are
        assert "is not valid for bulk-update" in str(error)
        assert error.body["inside"] == f"x{key}x"
    else:  # a real key's length: redacted even inside a word, as before
        assert key not in str(error) + repr(error) + str(error.body)
        assert error.body["inside"] == "x[redacted]x"


@pytest.mark.parametrize(
    ("reply", "reason"),
    [
        (
            {"text": "<html>maintenance</html>", "headers": {"content-type": "text/html"}},
            "not JSON",
        ),
        ({"content": b'{"type": "conversations", "id": "c", "attr'}, "not JSON"),
        ({"content": b"\xff\xfe\xfa"}, "not JSON"),
        ({"json": [{"id": "c"}]}, "got a JSON list"),
        ({"json": {"type": "conversations", "attributes": {}}}, "'id'"),
        ({"json": {"type": "conversations", "id": 7, "attributes": {}}}, "'id'"),
        ({"json": {"type": "conversations", "id": "c", "attributes": []}}, "'attributes'"),
    ],
)
def test_a_2xx_with_the_wrong_body_is_a_validation_error(
    mode: str, reply: dict[str, Any], reason: str
) -> None:
    h = Harness(mode, lambda _: httpx.Response(200, **reply))
    with pytest.raises(APIResponseValidationError, match=reason) as caught:
        h.update("c", title="t")
    assert caught.value.status_code == 200
    assert len(h.requests) == 1  # a malformed success is not retried


# --- retries -----------------------------------------------------------------------------


@pytest.mark.parametrize("status", [408, 409, 429, 500, 502, 503, 504])
def test_transient_statuses_are_retried_until_success(mode: str, status: int) -> None:
    replies = iter([httpx.Response(status), httpx.Response(status), conversation_response()])
    h = Harness(mode, lambda _: next(replies))
    assert h.update("c", title="t").id == "conv-uuid-123"
    assert len(h.requests) == 3
    assert len(h.sleeps) == 2


@pytest.mark.parametrize("max_retries", [0, 1, 2, 5])
def test_retries_stop_at_max_retries(mode: str, max_retries: int) -> None:
    h = Harness(mode, lambda _: httpx.Response(503), max_retries=max_retries)
    with pytest.raises(InternalServerError):
        h.update("c", title="t")
    assert len(h.requests) == 1 + max_retries
    assert len(h.sleeps) == max_retries


@pytest.mark.parametrize("status", [400, 401, 403, 404, 422, 501, 520])
def test_other_errors_are_not_retried(mode: str, status: int) -> None:
    h = Harness(mode, lambda _: httpx.Response(status))
    with pytest.raises(APIStatusError):
        h.update("c", title="t")
    assert len(h.requests) == 1
    assert h.sleeps == []


def test_backoff_grows_exponentially_with_jitter(mode: str) -> None:
    h = Harness(mode, lambda _: httpx.Response(500), max_retries=4)
    with pytest.raises(InternalServerError):
        h.update("c", title="t")
    for retry, slept in enumerate(h.sleeps):
        assert 0.5 * 2**retry * 0.75 <= slept <= 0.5 * 2**retry


def test_retry_after_seconds_is_honoured(mode: str) -> None:
    replies = iter([httpx.Response(429, headers={"Retry-After": "7"}), conversation_response()])
    h = Harness(mode, lambda _: next(replies))
    h.update("c", title="t")
    assert h.sleeps == [7.0]


def test_retry_after_ms_is_honoured(mode: str) -> None:
    replies = iter(
        [httpx.Response(503, headers={"retry-after-ms": "120"}), conversation_response()]
    )
    h = Harness(mode, lambda _: next(replies))
    h.update("c", title="t")
    assert h.sleeps == [pytest.approx(0.12)]


def test_retry_after_http_date_is_honoured(mode: str) -> None:
    when = datetime.datetime.now(datetime.UTC) + datetime.timedelta(seconds=20)
    date = email.utils.format_datetime(when, usegmt=True)
    replies = iter([httpx.Response(429, headers={"Retry-After": date}), conversation_response()])
    h = Harness(mode, lambda _: next(replies))
    h.update("c", title="t")
    (slept,) = h.sleeps
    assert 15 < slept <= 20


def test_garbage_retry_after_falls_back_to_backoff(mode: str) -> None:
    replies = iter([httpx.Response(429, headers={"Retry-After": "soon"}), conversation_response()])
    h = Harness(mode, lambda _: next(replies))
    h.update("c", title="t")
    (slept,) = h.sleeps
    assert 0.375 <= slept <= 0.5


@pytest.mark.parametrize("status", [429, 503])
def test_a_wait_over_the_cap_fails_at_once_with_the_wait(mode: str, status: int) -> None:
    h = Harness(mode, lambda _: httpx.Response(status, headers={"Retry-After": "3600"}))
    with pytest.raises(APIStatusError) as caught:
        h.update("c", title="t")
    assert caught.value.retry_after == 3600.0
    assert caught.value.status_code == status
    assert isinstance(caught.value, RateLimitError) == (status == 429)
    assert "3600" in str(caught.value)
    assert len(h.requests) == 1
    assert h.sleeps == []


def test_exhausted_rate_limit_carries_the_last_retry_after(mode: str) -> None:
    h = Harness(mode, lambda _: httpx.Response(429, headers={"Retry-After": "2"}), max_retries=1)
    with pytest.raises(RateLimitError) as caught:
        h.update("c", title="t")
    assert caught.value.retry_after == 2.0
    assert h.sleeps == [2.0]


@pytest.mark.parametrize(
    ("failure", "error"),
    [
        (httpx.ConnectError("refused"), APIConnectionError),
        (httpx.RemoteProtocolError("peer closed"), APIConnectionError),
        (httpx.ReadError("reset"), APIConnectionError),
        (httpx.ConnectTimeout("slow connect"), APITimeoutError),
        (httpx.ReadTimeout("slow read"), APITimeoutError),
    ],
)
def test_connection_failures_are_retried_then_raised_typed(
    mode: str, failure: httpx.TransportError, error: type[APIConnectionError]
) -> None:
    def fail(_: httpx.Request) -> httpx.Response:
        raise failure

    h = Harness(mode, fail)
    with pytest.raises(error) as caught:
        h.update("c", title="t")
    assert type(caught.value) is error
    assert caught.value.__cause__ is failure
    assert len(h.requests) == 3


def test_a_connection_failure_then_success(mode: str) -> None:
    calls = iter([httpx.ConnectError("refused"), None])

    def flaky(_: httpx.Request) -> httpx.Response:
        failure = next(calls)
        if failure is not None:
            raise failure
        return conversation_response()

    h = Harness(mode, flaky)
    assert h.update_raw("c", title="t").attempts == 2


# --- logging -------------------------------------------------------------------------------


def test_each_attempt_is_logged_without_header_values(
    mode: str, caplog: pytest.LogCaptureFixture
) -> None:
    replies = iter([httpx.Response(503), conversation_response()])
    h = Harness(mode, lambda _: next(replies), default_headers={"X-Secretish": "hdr-value-42"})
    with caplog.at_level(logging.DEBUG, logger="attention_sdk"):
        h.update("conv-uuid-123", title="t")
    attempts = [r.getMessage() for r in caplog.records if "attempt" in r.getMessage()]
    assert len(attempts) == 2
    assert "PUT /v2/conversations/conv-uuid-123 -> 503 (attempt 1 of 3" in attempts[0]
    assert "-> 200 (attempt 2 of 3" in attempts[1]
    assert attempts[0].endswith(" ms)")
    everything = caplog.text
    assert KEY not in everything
    assert "hdr-value-42" not in everything


def test_attention_log_debug_turns_logging_on() -> None:
    code = (
        "import logging, attention_sdk;"
        "log = logging.getLogger('attention_sdk');"
        "print(log.level == logging.DEBUG, len(log.handlers))"
    )
    env = {**os.environ, "ATTENTION_LOG": "debug"}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert out.stdout.split() == ["True", "1"], out.stderr
    env["ATTENTION_LOG"] = ""
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert out.stdout.split() == ["False", "0"], out.stderr
