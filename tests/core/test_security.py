"""Security checks: the key never leaks, ids cannot escape, headers cannot be injected,
TLS is verified unless explicitly turned off, and plain http is refused off loopback."""

from __future__ import annotations

import http.server
import json
import logging
import ssl
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from attention_sdk import (
    APIConnectionError,
    AsyncAttention,
    Attention,
    AttentionError,
    NotFoundError,
)
from attention_sdk.testing import AttentionStandIn

from ..conftest import load_example
from ..support.cassettes import CASSETTES
from ..support.keys import KEY
from ..support.sockets import MODES, RawServer, observe, reset

# --- ids stay inside /conversations/ -------------------------------------------------------

HOSTILE_IDS = {
    "../": "../admin",
    "%2e%2e/": "%2e%2e/admin",
    "/": "/",
    "?": "x?admin=1",
    "#": "x#admin",
    "CR-LF": "x\r\nX-Injected: 1",
    "NUL": "x\0y",
    "very long (10,000 chars)": "x" * 10_000,
    ". (dot segment)": ".",
    ".. (dot segment)": "..",
}


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("label", HOSTILE_IDS)
def test_hostile_ids_are_encoded_or_refused(mode: str, label: str, report: Any) -> None:
    hostile = HOSTILE_IDS[label]
    with AttentionStandIn(api_key=KEY) as server:
        client = {"api_key": KEY, "base_url": server.base_url}
        seen = observe(mode, "update", hostile, title="t", client=client)
        paths = [request.path for request in server.requests]
    if isinstance(seen.error, ValueError):
        observed = f"refused: {seen.error}"
        assert paths == []
        assert "id" in str(seen.error)
    else:
        assert isinstance(seen.error, NotFoundError), repr(seen.error)
        (path,) = paths
        segment = path.removeprefix("/v2/conversations/")
        assert path.startswith("/v2/conversations/")
        for forbidden in ("/", "?", "#", "\r", "\n", "\0", " "):
            assert forbidden not in segment, (forbidden, path)
        observed = f"encoded: {path[:60]}"
    report(f"hostile id {label} ({mode})", "encoded or refused", observed, seen.attempts)


# --- header injection --------------------------------------------------------------------

INJECTIONS = {
    "CR-LF in a value": {"X-Trace": "a\r\nX-Injected: 1"},
    "LF in a value": {"X-Trace": "a\nX-Injected: 1"},
    "NUL in a value": {"X-Trace": "a\0b"},
    "space in a name": {"X Trace": "a"},
    "colon in a name": {"X-Trace:": "a"},
    "Authorization override": {"Authorization": "Bearer someone-else"},
}


@pytest.mark.parametrize("where", ["default_headers", "extra_headers"])
@pytest.mark.parametrize("label", INJECTIONS)
def test_header_injection_is_refused_before_sending(where: str, label: str, report: Any) -> None:
    headers = INJECTIONS[label]

    def refuse(request: httpx.Request) -> httpx.Response:
        raise AssertionError("nothing may be sent")

    http = httpx.Client(transport=httpx.MockTransport(refuse))
    if where == "default_headers":
        with pytest.raises(ValueError, match=where) as caught:
            Attention(api_key=KEY, default_headers=headers, http_client=http)
    else:
        client = Attention(api_key=KEY, http_client=http)
        with pytest.raises(ValueError, match=where) as caught:
            client.conversations.update("c", title="t", extra_headers=headers)
    report(f"header injection: {label} via {where}", "refused", f"refused: {caught.value}")


def test_extra_headers_are_sent_when_safe() -> None:
    sent: list[httpx.Request] = []

    def record(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json=load_example("docs_new_conversation"))

    client = Attention(api_key=KEY, http_client=httpx.Client(transport=httpx.MockTransport(record)))
    client.conversations.update("c", title="t", extra_headers={"X-Request-Id": "r-42"})
    assert sent[0].headers["x-request-id"] == "r-42"
    assert sent[0].headers["authorization"] == f"Bearer {KEY}"


# --- TLS ----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def self_signed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
         "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1",
         "-keyout", str(key), "-out", str(cert)],
        check=True,
        capture_output=True,
    )  # fmt: skip
    return cert, key


@pytest.fixture
def https_server(self_signed: tuple[Path, Path]) -> Iterator[str]:
    """An HTTPS server on loopback whose certificate no trust store knows."""
    body = json.dumps(load_example("docs_new_conversation")).encode()

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_PUT(self) -> None:
            self.rfile.read(int(self.headers.get("Content-Length", "0")))
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(*self_signed)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"https://127.0.0.1:{server.server_address[1]}/v2"
    server.shutdown()
    server.server_close()


@pytest.mark.parametrize("mode", MODES)
def test_tls_is_verified_by_default(mode: str, https_server: str, report: Any) -> None:
    seen = observe(
        mode, "update", "c", title="t", client={"api_key": KEY, "base_url": https_server}
    )
    assert isinstance(seen.error, APIConnectionError)
    cause = seen.error.__cause__
    causes = f"{cause!r} {cause.__cause__!r}" if cause is not None else ""
    assert "CERTIFICATE_VERIFY_FAILED" in causes
    report(
        f"TLS: self-signed certificate, default client ({mode})",
        "refused",
        seen.outcome,
        seen.attempts,
    )


@pytest.mark.parametrize("mode", MODES)
def test_turning_verification_off_is_explicit_and_logged(
    mode: str, https_server: str, caplog: pytest.LogCaptureFixture, report: Any
) -> None:
    with caplog.at_level(logging.WARNING, logger="attention_sdk"):
        options = {"api_key": KEY, "base_url": https_server, "verify": False}
        seen = observe(mode, "update", "c", title="t", client=options)
    assert seen.error is None
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert ["TLS certificate verification is off (verify=False)"] == [
        r.getMessage() for r in warnings
    ]
    report(f"TLS: verify=False ({mode})", "success, warning logged", "success, warning logged", 1)


def test_the_default_transport_requires_certificates() -> None:
    for client in (Attention(api_key=KEY), AsyncAttention(api_key=KEY)):
        context = client._http._transport._pool._ssl_context  # type: ignore[union-attr]
        assert context.verify_mode == ssl.CERT_REQUIRED
        assert context.check_hostname


def test_verify_with_a_user_client_is_refused() -> None:
    with pytest.raises(ValueError, match="verify"):
        Attention(api_key=KEY, http_client=httpx.Client(), verify=False)


@pytest.mark.parametrize("url", ["http://api.attention.tech/v2", "http://192.168.1.10/v2"])
def test_plain_http_is_refused_off_loopback(url: str, report: Any) -> None:
    with pytest.raises(ValueError, match="https") as caught:
        Attention(api_key=KEY, base_url=url)
    report(f"plain http to {url}", "refused", f"refused: {caught.value}")


# --- the key never leaks ------------------------------------------------------------------


def test_the_key_never_leaks_from_a_full_failing_run(
    caplog: pytest.LogCaptureFixture, report: Any
) -> None:
    """A run through successes, retries and failures, with every logger at DEBUG
    (httpx and httpcore included): the key is in no log line, message, repr or cassette."""
    places: dict[str, str] = {}
    errors: list[BaseException] = []
    with caplog.at_level(logging.DEBUG):
        with AttentionStandIn(api_key=KEY) as server:
            server.fail_next(1, 429, retry_after="0")
            server.fail_next(3, 503)
            for mode in ("sync", "async"):
                for options in ({}, {"api_key": KEY + "-wrong"}, {"auth_scheme": "raw"}):
                    client = {"api_key": KEY, "base_url": server.base_url} | options
                    seen = observe(mode, "update", "conv-uuid-123", title="t", client=client)
                    errors += [seen.error] if seen.error else []
            places["stand-in request log"] = repr(server.requests)
        with RawServer(reset()) as raw:
            seen = observe(
                "sync", "update", "c", title="t", client={"api_key": KEY, "base_url": raw.base_url}
            )
            errors.append(seen.error)  # type: ignore[arg-type]
    assert {type(e).__name__ for e in errors} >= {
        "AuthenticationError",
        "APIConnectionError",
        "InternalServerError",
    }
    assert all(isinstance(e, AttentionError) for e in errors)
    places["DEBUG logs"] = caplog.text
    places["exception messages"] = "\n".join(str(e) for e in errors)
    places["exception reprs"] = "\n".join(repr(e) + repr(e.__cause__) for e in errors)
    places["client reprs"] = repr(Attention(api_key=KEY)) + repr(AsyncAttention(api_key=KEY))
    places["cassettes"] = "\n".join(p.read_text() for p in sorted(CASSETTES.glob("*.yaml")))
    leaks = sorted(where for where, text in places.items() if KEY in text)
    report(
        "the key in logs, errors, reprs, cassettes",
        "0 leaks",
        f"{len(leaks)} leaks",
        leaks=len(leaks),
    )
    assert "attempt 1 of 3" in places["DEBUG logs"]
    assert leaks == []
