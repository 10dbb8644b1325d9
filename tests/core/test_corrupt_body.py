"""Compressed bodies that do not decode, over real loopback sockets, for every transport.

A 2xx whose gzip or deflate body is corrupt, cut short, or followed by stray bytes is a
ResponseDecodingError (an APIResponseValidationError): never zlib.error, never a body
read in part, and not retried, like any malformed success. A failure status with such a
body keeps its meaning (a 503 is retried, a 404 is not) with no body read. Each case
runs on the sync client, the async one, and the async one on aiohttp.
"""

from __future__ import annotations

import asyncio
import gzip
import io
import json
import logging
import ssl
import zlib
from typing import Any, NamedTuple

import pytest
from attention_sdk import (
    APIResponseValidationError,
    APIStatusError,
    AsyncAttention,
    Attention,
    InternalServerError,
    NotFoundError,
    RateLimitError,
    ResponseDecodingError,
    RetryPolicy,
)

from ..conftest import load_example
from ..support.jsoncompare import assert_same_json
from ..support.keys import KEY
from ..support.said import everything_said
from ..support.sockets import MODES, Drip, RawServer, observe, reply

CONVERSATION = load_example("docs_new_conversation")
BODY = json.dumps(CONVERSATION).encode()
ENCODINGS = ("gzip", "deflate", "raw deflate")


def pack(encoding: str, data: bytes = BODY) -> bytes:
    """``data`` compressed as a server would send it with Content-Encoding ``encoding``."""
    if encoding == "gzip":
        # The key as the gzip header's file name: bytes of the body must never be quoted.
        out = io.BytesIO()
        with gzip.GzipFile(filename=KEY, mode="wb", fileobj=out, mtime=0) as packed:
            packed.write(data)
        return out.getvalue()
    if encoding == "deflate":  # zlib-wrapped, as RFC 9110 says
        return zlib.compress(data)
    squeeze = zlib.compressobj(6, zlib.DEFLATED, -zlib.MAX_WBITS)  # raw deflate, as some send
    return squeeze.compress(data) + squeeze.flush()


def header(encoding: str) -> str:
    return "deflate" if encoding == "raw deflate" else encoding


def corrupt_middle(packed: bytes) -> bytes:
    """Zeros over the middle of the stream: zlib decodes the first half, then fails."""
    middle = len(packed) // 2
    return packed[:middle] + b"\0" * 8 + packed[middle + 8 :]


# What a stream loses when only its end is missing: gzip's CRC and length, zlib's
# Adler-32, the last bits of raw deflate's final block. What remains decodes to all of BODY.
TRAILER = {"gzip": 8, "deflate": 4, "raw deflate": 1}


# One TLS context for every client here: loading the CA bundle costs each new client about
# 0.1 s, and these servers are plain http on loopback, so it is never used.
TLS = ssl.create_default_context()


class ResultErrorAndRequestCount(NamedTuple):
    error: Any  # the tests assert its exact class
    result: Any
    requests: int  # how many requests reached the server


def call(mode: str, *behaviours: Any, **options: Any) -> ResultErrorAndRequestCount:
    with RawServer(*behaviours) as server:
        client = {"api_key": KEY, "base_url": server.base_url, "verify": TLS, **options}
        seen = observe(mode, "retrieve", "conv-1", client=client)
        return ResultErrorAndRequestCount(seen.error, seen.result, server.requests)


def decoding_error(seen: ResultErrorAndRequestCount, problem: str) -> ResponseDecodingError:
    """The error of a 2xx whose body did not decode: typed, placed, sent once, no key."""
    error = seen.error
    assert type(error) is ResponseDecodingError, repr(error)
    assert isinstance(error, APIResponseValidationError)
    message = str(error)
    assert message.startswith(f"Response body is {problem}"), message
    assert message.endswith(" (HTTP 200) on GET /conversations/conv-1 (1 attempt)"), message
    assert (error.method, error.path, error.attempts, error.status_code) == (
        "GET",
        "/conversations/conv-1",
        1,
        200,
    )
    assert error.body == ""  # nothing of it was read
    assert seen.requests == 1  # a malformed success is not retried
    assert KEY not in everything_said(error)
    return error


def test_the_check_of_this_file_sees_zlibs_own_errors() -> None:
    # The corruptions below are ones zlib itself refuses, and the cut streams are ones
    # that decode to the whole body: what the cases rely on.
    for encoding in ENCODINGS:
        wbits = {"gzip": 31, "deflate": 15, "raw deflate": -15}[encoding]
        with pytest.raises(zlib.error):
            zlib.decompressobj(wbits).decompress(corrupt_middle(pack(encoding)))
        engine = zlib.decompressobj(wbits)
        assert engine.decompress(pack(encoding)[: -TRAILER[encoding]]) == BODY
        assert not engine.eof


# --- a 2xx ----------------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("encoding", ENCODINGS)
def test_corruption_in_the_middle_of_the_stream(mode: str, encoding: str) -> None:
    packed = corrupt_middle(pack(encoding))
    head = f"HTTP/1.1 200 OK\r\nContent-Length: {len(packed)}\r\n"
    head += f"Content-Encoding: {header(encoding)}\r\n\r\n"
    whole = head.encode() + packed
    # In two writes, the corruption in the second: the first half is decoded before it comes.
    split = len(head) + len(packed) // 2
    seen = call(mode, Drip(whole, every=0.02, step=split))
    decoding_error(seen, f"not valid {header(encoding)}: Error -3 while decompressing data")


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("encoding", ENCODINGS)
def test_a_stream_cut_in_the_middle(mode: str, encoding: str) -> None:
    packed = pack(encoding)[: len(pack(encoding)) // 2]
    seen = call(mode, reply(200, packed, {"Content-Encoding": header(encoding)}))
    decoding_error(seen, f"cut short: its {header(encoding)} stream stops before its end")


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("encoding", ENCODINGS)
def test_a_stream_missing_only_its_end_is_cut_short_though_its_bytes_decode(
    mode: str, encoding: str
) -> None:
    # Every byte of the JSON is there, but the check that it is the body the server sent
    # (the CRC, the length, the end of the final block) is not: refused, not guessed at.
    packed = pack(encoding)[: -TRAILER[encoding]]
    seen = call(mode, reply(200, packed, {"Content-Encoding": header(encoding)}))
    decoding_error(seen, f"cut short: its {header(encoding)} stream stops before its end")


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("encoding", "problem"),
    [
        ("gzip", "not valid gzip: Error -3 while decompressing data: incorrect header check"),
        ("deflate", "not valid deflate: bytes follow the end of its stream"),
        ("raw deflate", "not valid deflate: bytes follow the end of its stream"),
    ],
)
def test_bytes_after_the_end_of_the_stream(mode: str, encoding: str, problem: str) -> None:
    packed = pack(encoding) + b"stray bytes"
    seen = call(mode, reply(200, packed, {"Content-Encoding": header(encoding)}))
    decoding_error(seen, problem)


@pytest.mark.parametrize("mode", MODES)
def test_gzip_members_one_after_another_are_one_body(mode: str) -> None:
    # RFC 1952 2.2: a gzip file is a series of members; gzip.decompress reads them all.
    third = len(BODY) // 3
    members = b"".join(pack("gzip", BODY[i : i + third]) for i in range(0, len(BODY), third))
    seen = call(mode, reply(200, members, {"Content-Encoding": "gzip"}))
    assert seen.error is None, repr(seen.error)
    assert_same_json(seen.result.to_dict(), CONVERSATION)


@pytest.mark.parametrize("mode", MODES)
def test_an_empty_body_is_empty_whatever_its_encoding(mode: str) -> None:
    # A stream that never starts is no stream cut short: request() reads it as no body.
    with RawServer(reply(200, b"", {"Content-Encoding": "gzip"})) as server:
        options: dict[str, Any] = {"api_key": KEY, "base_url": server.base_url, "verify": TLS}
        if mode == "sync":
            with Attention(**options) as client:
                assert client.request("DELETE", "/things/1") is None
        else:
            if mode == "aiohttp":
                options["http_backend"] = "aiohttp"

            async def go() -> Any:
                async with AsyncAttention(**options) as client:
                    return await client.request("DELETE", "/things/1")

            assert asyncio.run(go()) is None


# --- stacked encodings ----------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_stacked_encodings_that_decode_read_as_usual(mode: str) -> None:
    # "deflate, gzip": deflated first, then gzipped; undone in the reverse order.
    packed = pack("gzip", pack("deflate"))
    seen = call(mode, reply(200, packed, {"Content-Encoding": "deflate, gzip"}))
    assert seen.error is None, repr(seen.error)
    assert_same_json(seen.result.to_dict(), CONVERSATION)


TWICE = pack("gzip", pack("gzip"))
STACKED = {
    # The inner stream (the first gzip applied) corrupt, the outer one sound.
    "inner corrupt": (
        pack("gzip", corrupt_middle(pack("gzip"))),
        "not valid gzip (encoding 1 of 2 in Content-Encoding): Error -3",
    ),
    "inner cut short": (
        pack("gzip", pack("gzip")[:-8]),
        "cut short: its gzip (encoding 1 of 2 in Content-Encoding) stream stops before its end",
    ),
    # The outer stream's header names no known method: nothing reaches the inner one.
    "outer corrupt": (
        TWICE[:2] + b"\x07" + TWICE[3:],
        "not valid gzip (encoding 2 of 2 in Content-Encoding): Error -3 while decompressing "
        "data: unknown compression method",
    ),
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("case", STACKED)
def test_a_corrupt_stream_inside_a_stacked_encoding(mode: str, case: str) -> None:
    packed, problem = STACKED[case]
    seen = call(mode, reply(200, packed, {"Content-Encoding": "gzip, gzip"}))
    decoding_error(seen, problem)


# --- a failure status -------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("status", "error", "requests"),
    [(404, NotFoundError, 1), (429, RateLimitError, 3), (503, InternalServerError, 3)],
)
def test_a_failure_status_with_a_corrupt_body_keeps_its_meaning(
    mode: str, status: int, error: type[APIStatusError], requests: int
) -> None:
    message = json.dumps({"message": f"server says {status}"}).encode()
    body = corrupt_middle(pack("gzip", message * 20))
    headers = {"Content-Encoding": "gzip", "Retry-After": "0"}
    seen = call(mode, reply(status, body, headers))
    assert type(seen.error) is error, repr(seen.error)
    assert seen.requests == requests  # retried, or not, as the status says
    assert seen.error.status_code == status
    assert seen.error.body is None  # unreadable, so not read: no half-decoded text
    said = str(seen.error)
    assert said.startswith(f"{status} Scripted on GET /conversations/conv-1; the body is not ")
    assert "valid gzip: Error -3 while decompressing data" in said
    assert said.endswith(f"({requests} attempt{'s' if requests > 1 else ''})"), said
    assert "server says" not in said
    assert KEY not in everything_said(seen.error)


@pytest.mark.parametrize("mode", MODES)
def test_a_503_with_a_body_cut_short_is_retried_into_a_success(
    mode: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="attention_sdk")
    cut = pack("gzip", b'{"message": "unavailable"}')[:-8]
    packed = pack("gzip")
    seen = call(
        mode,
        reply(503, cut, {"Content-Encoding": "gzip"}),
        reply(200, packed, {"Content-Encoding": "gzip"}),
        retry_policy=RetryPolicy.instant(),
    )
    assert seen.error is None, repr(seen.error)
    assert seen.requests == 2
    assert_same_json(seen.result.to_dict(), CONVERSATION)
    assert "retrying GET /v2/conversations/conv-1" in caplog.text
    assert KEY not in caplog.text
