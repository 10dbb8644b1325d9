"""A hostile server and a careless caller, over real loopback sockets, for both twins.

Whatever comes back (dates out of range, JSON nested past the recursion limit, charsets
that are not text encodings, the key echoed in every form a server might use, a redirect
to another origin) and whatever is passed in (a key with an invisible character, a
timeout no socket accepts), the outcome is a typed error from attention_sdk's tree, and
the key is in no message, body, cause or log line.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any, NamedTuple

import httpx
import pytest
from attention_sdk import (
    APIResponseValidationError,
    APIStatusError,
    Attention,
    AttentionError,
    NotFoundError,
    RateLimitError,
)

from .harness import mock_client
from .sockets import KEY, RawServer, observe, reply

MODES = ("sync", "async")
CONVERSATION_PATH = "/conversations/conv-1"


class Outcome(NamedTuple):
    error: Any  # whatever the call raised: the tests assert its exact class
    requests: int  # how many requests reached the server


def hostile(mode: str, *behaviours: Any, call: str = "retrieve", **options: Any) -> Outcome:
    """One call against a RawServer answering with ``behaviours``."""
    with RawServer(*behaviours) as server:
        client = {"api_key": KEY, "base_url": server.base_url, **options}
        seen = observe(mode, call, "conv-1", client=client)
        return Outcome(seen.error, server.requests)


def run(result: Any) -> Any:
    """The result, awaited when the async client returned a coroutine."""
    return asyncio.run(result) if asyncio.iscoroutine(result) else result


def everything_said(error: BaseException) -> str:
    """Every string the error can show: its text, repr, body, and its causes' texts."""
    said = [str(error), repr(error), str(getattr(error, "body", ""))]
    cause = error.__cause__ or error.__context__
    while cause is not None:
        said += [str(cause), repr(cause)]
        cause = cause.__cause__ or cause.__context__
    return "\n".join(said)


# --- Retry-After dates and numbers out of range -------------------------------------------

OUT_OF_RANGE = [
    "Mon, 01 Jan 1 00:00:00 +99999999999999999999",
    "Mon, 01 Jan 9999 00:00:00 -99999999999999",
    "Mon, 01 Jan 99999999999999999999 00:00:00 +0000",
    "Mon, 01 Jan 0001 00:00:00 +9999",
    "1e400",
    "-1",
    "NaN",
]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("value", OUT_OF_RANGE)
@pytest.mark.parametrize(("status", "error"), [(404, NotFoundError), (429, RateLimitError)])
def test_a_retry_after_out_of_range_is_ignored(
    mode: str, value: str, status: int, error: type[APIStatusError]
) -> None:
    seen = hostile(mode, reply(status, b"{}", {"Retry-After": value}), max_retries=0)
    assert type(seen.error) is error, repr(seen.error)
    assert seen.error.retry_after is None


# --- bodies that do not decode ------------------------------------------------------------

ODD_CHARSETS = ["base64", "zlib", "rot13", "hex", "uu", "utf-16", "utf-32", "idna", "undefined"]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("charset", ODD_CHARSETS)
def test_an_error_body_in_an_odd_charset_still_makes_a_typed_error(mode: str, charset: str) -> None:
    body = b'{"message": "gone \xff\xfe"}'
    headers = {"Content-Type": f"application/json; charset={charset}"}
    seen = hostile(mode, reply(404, body, headers))
    assert type(seen.error) is NotFoundError, repr(seen.error)
    assert isinstance(seen.error.body, dict | str)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("charset", ["base64", "zlib", "rot13", "undefined"])
def test_a_malformed_success_in_an_odd_charset_keeps_its_text(mode: str, charset: str) -> None:
    headers = {"Content-Type": f"text/html; charset={charset}"}
    seen = hostile(mode, reply(200, b"<html>\xff</html>", headers))
    assert type(seen.error) is APIResponseValidationError, repr(seen.error)
    assert seen.error.body.startswith("<html>")


def _deep(depth: int) -> bytes:
    return b'{"a":' * depth + b"1" + b"}" * depth


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("status", [200, 400, 503])
def test_json_nested_past_the_recursion_limit_is_a_typed_error(mode: str, status: int) -> None:
    seen = hostile(mode, reply(status, _deep(100_000)), max_retries=0)
    assert isinstance(seen.error, APIResponseValidationError | APIStatusError), repr(seen.error)
    assert seen.error.status_code == status


@pytest.mark.parametrize("mode", MODES)
def test_a_conversation_nested_past_the_recursion_limit_is_a_typed_error(mode: str) -> None:
    depth = 5_000  # teams nest through children: valid per the spec, but too deep to walk
    team = b'{"name": "t", "children": [' * depth + b'{"name": "leaf"}' + b"]}" * depth
    body = b'{"type": "conversations", "id": "c", "attributes": {"team": ' + team + b"}}"
    seen = hostile(mode, reply(200, body))
    assert type(seen.error) is APIResponseValidationError, repr(seen.error)


# --- the key, echoed back -----------------------------------------------------------------


def _escaped_forms(key: str) -> dict[str, str]:
    return {
        "as sent": key,
        "json \\/": key.replace("/", "\\/"),
        "json \\u, lower": "".join(f"\\u{ord(c):04x}" for c in key),
        "json \\u, upper": "".join(f"\\u{ord(c):04X}" for c in key),
        "json \\u, some": key[:3] + "".join(f"\\u{ord(c):04x}" for c in key[3:6]) + key[6:],
    }


SLASHED_KEY = "sk-live/4f7a+9c2e/1b8d=="  # keys with / are JSON-escaped as \/


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("form", list(_escaped_forms(SLASHED_KEY)))
@pytest.mark.parametrize("status", [401, 200])
def test_a_key_echoed_in_a_body_is_redacted(mode: str, form: str, status: int) -> None:
    echoed = _escaped_forms(SLASHED_KEY)[form]
    body = f'{{"message": "bad key {echoed}", "detail": "<b>{echoed}</b>"}}'.encode()
    if status == 200:  # a success that is not a conversation: a validation error's body
        body = f"<html>your key: {echoed}</html>".encode()
    seen = hostile(mode, reply(status, body), api_key=SLASHED_KEY)
    assert isinstance(seen.error, AttentionError), repr(seen.error)
    said = everything_said(seen.error)
    for leaked in _escaped_forms(SLASHED_KEY).values():
        assert leaked not in said, form
    assert "[redacted]" in said


@pytest.mark.parametrize("mode", MODES)
def test_a_key_echoed_in_the_reason_phrase_is_redacted(mode: str) -> None:
    def send(conn: Any) -> bool:
        conn.sendall(f"HTTP/1.1 403 Forbidden for {KEY}\r\nContent-Length: 2\r\n\r\n{{}}".encode())
        return True

    seen = hostile(mode, send)
    assert isinstance(seen.error, APIStatusError), repr(seen.error)
    assert KEY not in everything_said(seen.error)


# --- keys and timeouts that cannot be sent --------------------------------------------------

BAD_KEYS = {
    "zero-width space": "sk-abc\u200bdef",
    "no-break space": "sk-abc\u00a0def",
    "inner space": "sk-abc def",
    "tab": "sk-abc\tdef",
    "DEL": "sk-abc\x7fdef",
    "bell": "sk-abc\x07def",
    "accented": "sk-abcédef",
    "emoji": "sk-abc🙂def",
}


@pytest.mark.parametrize("label", BAD_KEYS)
def test_a_key_that_is_not_visible_ascii_is_refused_without_echoing_it(label: str) -> None:
    key = BAD_KEYS[label]
    with pytest.raises(ValueError, match="api_key must be visible ASCII") as caught:
        Attention(api_key=key)
    assert key not in str(caught.value)
    assert "abc" not in str(caught.value)


@pytest.mark.parametrize(
    "timeout",
    [1e300, 10_000.0, httpx.Timeout(5, read=1e12), httpx.Timeout(5, pool=-1)],
)
def test_a_timeout_no_socket_accepts_is_refused_naming_it(timeout: object) -> None:
    with pytest.raises(ValueError, match="timeout"):
        Attention(api_key=KEY, timeout=timeout)  # type: ignore[arg-type]
    client = mock_client("sync", lambda _: httpx.Response(200, json={}))
    with pytest.raises(ValueError, match="timeout"):
        client.conversations.retrieve("c", timeout=timeout)


@pytest.mark.parametrize("mode", MODES)
def test_a_local_protocol_error_is_not_retried(mode: str) -> None:
    sent: list[httpx.Request] = []

    def refuse(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        raise httpx.LocalProtocolError(f"Illegal header value b'Bearer {KEY}'")

    client = mock_client(mode, refuse, api_key=KEY)
    with pytest.raises(AttentionError) as caught:
        run(client.conversations.retrieve("c"))
    assert len(sent) == 1
    assert KEY not in everything_said(caught.value)


def test_a_header_with_a_control_character_is_refused_before_sending() -> None:
    client = mock_client("sync", lambda _: pytest.fail("nothing may be sent"))
    with pytest.raises(ValueError, match="extra_headers"):
        client.conversations.retrieve("c", extra_headers={"X-Trace": "a\x01b"})


# --- redirects ----------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("status", [301, 302, 307, 308])
def test_a_redirect_is_not_followed_and_the_key_goes_nowhere_else(mode: str, status: int) -> None:
    with RawServer(reply(200, b"{}")) as elsewhere:
        location = f"{elsewhere.base_url}/conversations/conv-1"
        seen = hostile(mode, reply(status, b"", {"Location": location}))
        assert elsewhere.requests == 0
    assert type(seen.error) is APIStatusError, repr(seen.error)
    assert seen.error.status_code == status
    assert seen.requests == 1  # a 3xx is not retried either


# --- logs ---------------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_no_log_line_of_a_hostile_exchange_holds_the_key(
    mode: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="attention_sdk")
    body = f'{{"message": "{KEY}"}}'.encode()
    hostile(mode, reply(503, body, {"Retry-After": "0"}), reply(404, body))
    assert caplog.records
    assert KEY not in caplog.text
