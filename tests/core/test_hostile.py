"""A hostile server and a careless caller, over real loopback sockets, for both twins.

Whatever comes back (dates out of range, JSON nested past the recursion limit, charsets
that are not text encodings, the key echoed in every form a server might use, a redirect
to another origin) and whatever is passed in (a key with an invisible character, a
timeout no socket accepts), the outcome is a typed error from attention_sdk's tree, and
the key is in no message, body, cause or log line.
"""

from __future__ import annotations

import asyncio
import gzip
import json
import logging
import socket
import tracemalloc
import zlib
from typing import Any, NamedTuple

import httpx
import pytest
from attention_sdk import (
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    Attention,
    AttentionError,
    InternalServerError,
    NotFoundError,
    RateLimitError,
    ResponseTooLargeError,
)
from attention_sdk._decode import NotJSON, json_value, text
from attention_sdk._redact import redact, redact_json
from attention_sdk._retry import parse_retry_after
from hypothesis import given, settings
from hypothesis import strategies as st

from ..conftest import load_example
from ..support.harness import mock_client
from ..support.jsoncompare import assert_same_json
from ..support.keys import KEY
from ..support.said import everything_said
from ..support.sockets import MODES, Drip, RawServer, observe, reply

CONVERSATION = load_example("docs_new_conversation")


@pytest.fixture(autouse=True)
def _reliability_row(request: pytest.FixtureRequest, report: Any) -> None:
    # One row of make reliability's table per case; its result is the test's.
    expected = "a typed error; no key shown, no hang, memory bounded"
    report(f"hostile: {request.node.name}", expected, "", hostile=1)


class ErrorAndRequestCount(NamedTuple):
    error: Any  # whatever the call raised: the tests assert its exact class
    requests: int  # how many requests reached the server


def hostile(
    mode: str, *behaviours: Any, call: str = "retrieve", **options: Any
) -> ErrorAndRequestCount:
    """One call against a RawServer answering with ``behaviours``."""
    with RawServer(*behaviours) as server:
        client = {"api_key": KEY, "base_url": server.base_url, **options}
        seen = observe(mode, call, "conv-1", client=client)
        return ErrorAndRequestCount(seen.error, server.requests)


def run(result: Any) -> Any:
    """The result, awaited when the async client returned a coroutine."""
    return asyncio.run(result) if asyncio.iscoroutine(result) else result


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


# --- bodies too large, and bombs --------------------------------------------------------------

MIB = 1024 * 1024


def _bomb(encoding: str, size: int) -> bytes:
    """``size`` zero bytes, compressed: about a thousandth of that on the wire."""
    if encoding == "gzip":
        return gzip.compress(b"0" * size, compresslevel=9)
    if encoding == "deflate":  # zlib-wrapped, as RFC 9110 says
        return zlib.compress(b"0" * size, 9)
    squeeze = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)  # raw deflate, as some send
    return squeeze.compress(b"0" * size) + squeeze.flush()


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("encoding", ["gzip", "deflate", "raw deflate"])
def test_a_compression_bomb_stops_at_the_cap_with_bounded_memory(mode: str, encoding: str) -> None:
    header = "deflate" if encoding == "raw deflate" else encoding
    bomb = _bomb(encoding, 200 * MIB)
    assert len(bomb) < MIB
    tracemalloc.start()
    try:
        seen = hostile(mode, reply(200, bomb, {"Content-Encoding": header}), max_response_bytes=MIB)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert type(seen.error) is ResponseTooLargeError, repr(seen.error)
    assert seen.error.limit == MIB
    assert "over the 1,048,576-byte cap" in str(seen.error)
    assert seen.requests == 1  # not retried: a bigger body does not shrink
    # The cap, the compressed body (read once from the socket), and a small constant.
    assert peak < MIB + len(bomb) + 4 * MIB, peak


@pytest.mark.parametrize("mode", MODES)
def test_a_declared_length_over_the_cap_is_refused_before_reading(mode: str) -> None:
    def declare(conn: socket.socket) -> bool:
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 999999999999\r\n\r\n{")
        return False  # the rest never comes: reading would block until the timeout

    seen = hostile(mode, declare, max_response_bytes=MIB, timeout=30)
    assert type(seen.error) is ResponseTooLargeError, repr(seen.error)
    assert "declared as 999,999,999,999 bytes" in str(seen.error)


@pytest.mark.parametrize("mode", MODES)
def test_a_plain_body_over_the_cap_is_refused(mode: str) -> None:
    seen = hostile(mode, reply(200, b"x" * (MIB + 1)), max_response_bytes=MIB)
    assert type(seen.error) is ResponseTooLargeError, repr(seen.error)


@pytest.mark.parametrize("mode", MODES)
def test_a_body_in_an_encoding_not_asked_for_is_refused(mode: str) -> None:
    seen = hostile(mode, reply(200, b"\x0b\x02\x80{}\x03", {"Content-Encoding": "br"}))
    assert type(seen.error) is APIResponseValidationError, repr(seen.error)
    assert "encoding the client did not ask for (br)" in str(seen.error)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("encoding", ["gzip", "deflate", "raw deflate"])
def test_a_compressed_conversation_under_the_cap_reads_as_usual(mode: str, encoding: str) -> None:
    body = json.dumps(CONVERSATION).encode()
    if encoding == "gzip":
        packed = gzip.compress(body)
    elif encoding == "deflate":
        packed = zlib.compress(body)
    else:
        squeeze = zlib.compressobj(6, zlib.DEFLATED, -zlib.MAX_WBITS)
        packed = squeeze.compress(body) + squeeze.flush()
    header = "deflate" if encoding == "raw deflate" else encoding
    with RawServer(reply(200, packed, {"Content-Encoding": header})) as server:
        client = {"api_key": KEY, "base_url": server.base_url, "max_response_bytes": len(body)}
        seen = observe(mode, "retrieve", "conv-1", client=client)
    assert seen.error is None, repr(seen.error)
    assert_same_json(CONVERSATION, seen.result.to_dict())  # exactly, date-time texts included


def test_the_cap_is_checked_when_the_client_is_made() -> None:
    with pytest.raises(ValueError, match="max_response_bytes"):
        Attention(api_key=KEY, max_response_bytes=0)
    with pytest.raises(TypeError, match="max_response_bytes"):
        Attention(api_key=KEY, max_response_bytes=1.5)  # type: ignore[arg-type]


# --- slow drips: the deadline of an attempt -------------------------------------------------


def _reply_bytes(body: bytes, padding: int = 0) -> bytes:
    head = b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n" % len(body)
    if padding:  # headers long enough that dripping them alone outlasts the deadline
        head += b"X-Padding: " + b"p" * padding + b"\r\n"
    return head + b"\r\n" + body


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("where", ["headers", "body"])
@pytest.mark.parametrize("own_http_client", [False, True])
def test_a_slow_drip_ends_at_the_attempts_deadline(
    mode: str, where: str, own_http_client: bool
) -> None:
    body = json.dumps(CONVERSATION).encode()
    whole = _reply_bytes(body, padding=400 if where == "headers" else 0)
    head_end = whole.index(b"\r\n\r\n") + 4
    # Each byte comes well within the read timeout (0.6 s); the whole would take minutes.
    start = 0 if where == "headers" else head_end
    drip = Drip(whole[start:], every=0.05, step=1)

    def send(conn: socket.socket) -> bool:
        conn.sendall(whole[:start])
        return drip(conn)

    options: dict[str, Any] = {"timeout": 0.6, "max_retries": 0}
    if own_http_client:
        if mode == "aiohttp":
            pytest.skip("the aiohttp backend is the SDK's own client, never a caller's")
        options["http_client"] = httpx.Client() if mode == "sync" else httpx.AsyncClient()
    seen = hostile(mode, send, **options)
    assert type(seen.error) is APITimeoutError, repr(seen.error)
    # Cut off where it was dripping, not waited out.
    assert drip.sent < (head_end if where == "headers" else len(whole) - start)


# --- a bound on the whole call ----------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_total_timeout_stops_retrying_when_a_wait_would_pass_it(mode: str) -> None:
    unavailable = reply(503, b"{}", {"Retry-After": "2"})
    seen = hostile(mode, unavailable, total_timeout=1)
    assert type(seen.error) is InternalServerError, repr(seen.error)
    assert seen.requests == 1
    assert str(seen.error).endswith("(1 attempt) [total_timeout of 1 s reached]")
    brief = reply(503, b"{}", {"Retry-After": "0.01"})
    assert hostile(mode, brief, total_timeout=5).requests == 3  # within the bound: retried


@pytest.mark.parametrize("mode", MODES)
def test_total_timeout_bounds_an_attempt_too(mode: str) -> None:
    body = json.dumps(CONVERSATION).encode()
    drip = Drip(_reply_bytes(body), every=0.05)
    seen = hostile(mode, drip, timeout=30, total_timeout=0.5, max_retries=3)
    assert type(seen.error) is APITimeoutError, repr(seen.error)
    assert "total_timeout of 0.5 s reached" in str(seen.error)
    assert seen.requests == 1


def test_total_timeout_is_checked() -> None:
    with pytest.raises(ValueError, match="total_timeout"):
        Attention(api_key=KEY, total_timeout=0)
    with pytest.raises(TypeError, match="total_timeout must be a number of seconds"):
        Attention(api_key=KEY, total_timeout="10")  # type: ignore[arg-type]
    client = Attention(api_key=KEY, total_timeout=30)
    assert client.with_options(total_timeout=None).total_timeout is None
    assert client.with_options(max_retries=1).total_timeout == 30


# --- the same properties, for any input (hypothesis) ------------------------------------------

VISIBLE_ASCII = st.text(alphabet=[chr(c) for c in range(0x21, 0x7F)], min_size=8, max_size=40)


@given(
    value=st.one_of(
        st.text(),
        st.from_regex(
            r"[A-Za-z]{3}, \d{1,30} [A-Za-z]{3} -?\d{1,30} "
            r"\d\d:\d\d:\d\d [+-]?\d{1,30}",
            fullmatch=True,
        ),
    )
)
@settings(max_examples=300, deadline=None, database=None, derandomize=True)
def test_retry_after_parsing_never_raises(value: str) -> None:
    wait = parse_retry_after({"retry-after": value}, now=1_700_000_000.0)
    assert wait is None or 0 <= wait < float("inf")


@given(body=st.binary(max_size=200), charset=st.one_of(st.sampled_from(ODD_CHARSETS), st.text()))
@settings(max_examples=300, deadline=None, database=None, derandomize=True)
def test_reading_a_body_never_raises(body: bytes, charset: str) -> None:
    header = f"application/json; charset={charset}".encode("ascii", "replace")
    response = httpx.Response(500, content=body, headers=[(b"content-type", header)])
    assert isinstance(text(response), str)
    try:
        json_value(body)
    except NotJSON:
        pass


@given(key=VISIBLE_ASCII, before=st.text(max_size=30), after=st.text(max_size=30), data=st.data())
@settings(max_examples=300, deadline=None, database=None, derandomize=True)
def test_the_key_is_redacted_in_every_echoed_form(
    key: str, before: str, after: str, data: st.DataObject
) -> None:
    # Any mix of characters written as themselves or as JSON \uXXXX escapes.
    escaped = "".join(
        f"\\u{ord(c):04{data.draw(st.sampled_from('xX'))}}" if data.draw(st.booleans()) else c
        for c in key
    )
    for form in (key, escaped, key.replace("/", "\\/"), json.dumps(key)[1:-1]):
        redacted = redact(before + form + after, key)
        assert key not in redacted
        assert form not in redacted or form == ""
    decoded = redact_json(json.loads(json.dumps({"echo": [before + key + after]})), key)
    assert key not in json.dumps(decoded)


SHORT_KEY = "bul"  # shorter than any real key: found inside words such as bulk-update


@pytest.mark.parametrize(
    ("text", "redacted"),
    [
        ("bul", "[redacted]"),
        ("key bul refused", "key [redacted] refused"),
        ("Authorization: Bearer bul\r\n", "Authorization: Bearer [redacted]\r\n"),
        ("got 'bul', expected a JWT", "got '[redacted]', expected a JWT"),
        ('{"key": "bul"}', '{"key": "[redacted]"}'),
        ('{"body": "{\\"key\\": \\"bul\\"}"}', '{"body": "{\\"key\\": \\"[redacted]\\"}"}'),
        ('{"key": "\\u0062ul"}', '{"key": "[redacted]"}'),  # escaped, still the whole value
        ("bulk-update", "bulk-update"),  # inside words: left alone
        ("bul[redacted]-update bulbul", "bul[redacted]-update bulbul"),
        ("key=bul; x-bul", "key=bul; x-bul"),
    ],
)
def test_a_short_key_is_redacted_only_as_a_whole_token(text: str, redacted: str) -> None:
    assert redact(text, SHORT_KEY) == redacted


def test_from_eight_characters_a_key_is_redacted_inside_words_too() -> None:
    assert redact("xabcdefgx", "abcdefg") == "xabcdefgx"  # 7: a word that contains it
    assert redact("xabcdefghx", "abcdefgh") == "x[redacted]x"  # 8: anywhere
    # In a value printed whole (the command line's output), a short key only as all of it.
    values = {"title": "bul", "labels": {"bul": "bulk", "team": "bul"}, "n": [" bul", "bul"]}
    assert redact_json(values, SHORT_KEY, whole_values=True) == {
        "title": "[redacted]",
        "labels": {"[redacted]": "bulk", "team": "[redacted]"},
        "n": [" bul", "[redacted]"],
    }
    # In an error body, each string is free text: its tokens.
    assert redact_json({"message": "key bul, or bulk"}, SHORT_KEY) == {
        "message": "key bul, or bulk"
    }
    assert redact_json({"message": "key bul refused"}, SHORT_KEY) == {
        "message": "key [redacted] refused"
    }


@given(
    key=st.text(alphabet=[chr(c) for c in range(0x21, 0x7F) if chr(c) not in "\\\"'"], max_size=7),
    words=st.lists(st.text(alphabet="bul-k \t\"'x", max_size=8), max_size=8),
)
@settings(max_examples=300, deadline=None, database=None, derandomize=True)
def test_a_short_key_changes_nothing_but_its_own_tokens(key: str, words: list[str]) -> None:
    text = "".join(words)
    redacted = redact(text, key)
    if not key:
        assert redacted == text
        return
    # Only whole tokens were replaced: putting the key back gives the text as it was, and
    # no token equal to the key is left.
    assert redacted.replace("[redacted]", key) == text.replace("[redacted]", key)
    tokens = redacted.replace('"', " ").replace("'", " ").split()
    assert key not in tokens
