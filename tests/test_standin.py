"""The Attention API stand-in (attention_sdk.testing), driven over real loopback sockets.

The tests talk HTTP with http.client and httpx, never with attention_sdk's own client, so
that the stand-in is checked independently of the code it is meant to test.
"""

from __future__ import annotations

import dataclasses
import http.client
import json
import os
import re
import select
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import attention_sdk.testing
import httpx
import pytest
from attention_sdk.testing import AttentionStandIn, RecordedRequest
from attention_sdk.testing.__main__ import main

from .conftest import EXAMPLE_NAMES, load_example

KEY = "sk-standin-7Hq2xZ"
NEW_ID = "conv-uuid-123"
SEED_ID = "<string>"
UNAUTHORIZED = {
    "message": "Authentication failed: a valid API key is required",
    "code": "unauthorized",
}


def conversation_path(conversation_id: str) -> str:
    return "/v2/conversations/" + quote(conversation_id, safe="")


NEW_PATH = conversation_path(NEW_ID)


@dataclasses.dataclass
class Reply:
    status: int
    reason: str
    headers: http.client.HTTPMessage
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


def call(
    server: AttentionStandIn,
    method: str = "GET",
    path: str = NEW_PATH,
    *,
    authorization: str | None = f"Bearer {KEY}",
    body: bytes | None = None,
    headers: dict[str, str] | None = None,
) -> Reply:
    """One request on a new connection, closed afterwards."""
    all_headers = dict(headers or {})
    if authorization is not None:
        all_headers["Authorization"] = authorization
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=5)
    try:
        connection.request(method, path, body=body, headers=all_headers)
        response = connection.getresponse()
        return Reply(response.status, response.reason, response.headers, response.read())
    finally:
        connection.close()


def put(server: AttentionStandIn, update: Any, path: str = NEW_PATH) -> Reply:
    return call(server, "PUT", path, body=json.dumps(update).encode())


def wait_until(condition: Callable[[], bool], timeout: float = 3.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "the server did not get there in time"
        time.sleep(0.005)


@pytest.fixture(scope="module")
def shared() -> Iterator[AttentionStandIn]:
    with AttentionStandIn(api_key=KEY) as server:
        yield server


@pytest.fixture
def server(shared: AttentionStandIn) -> AttentionStandIn:
    """The module's stand-in, reset: tests that count connections use `fresh` instead."""
    shared.reset()
    return shared


@pytest.fixture
def fresh() -> Iterator[AttentionStandIn]:
    with AttentionStandIn(api_key=KEY) as server:
        yield server


# Serving the seeds


def test_base_url_and_port(server: AttentionStandIn) -> None:
    assert server.port > 0
    assert server.base_url == f"http://127.0.0.1:{server.port}/v2"


@pytest.mark.parametrize("name", EXAMPLE_NAMES)
def test_both_seeds_are_served_as_documented(server: AttentionStandIn, name: str) -> None:
    expected = load_example(name)
    reply = call(server, path=conversation_path(expected["id"]))
    assert reply.status == 200
    assert reply.headers["Content-Type"] == "application/json"
    assert reply.headers["Content-Length"] == str(len(reply.body))
    assert reply.json() == expected
    assert server.conversation(expected["id"]) == expected


def test_httpx_with_base_url(server: AttentionStandIn) -> None:
    with httpx.Client(base_url=server.base_url, headers={"Authorization": KEY}) as client:
        response = client.get(f"/conversations/{NEW_ID}")
    assert response.status_code == 200
    assert response.json() == load_example("docs_new_conversation")


def test_conversation_returns_a_copy_and_raises_for_unknown_ids(server: AttentionStandIn) -> None:
    server.conversation(NEW_ID)["attributes"]["title"] = "changed"
    assert server.conversation(NEW_ID) == load_example("docs_new_conversation")
    with pytest.raises(KeyError):
        server.conversation("nope")


def test_custom_conversations_replace_the_seeds() -> None:
    conversation = {"type": "conversations", "id": "../x", "attributes": {"title": "T"}}
    with AttentionStandIn(api_key=KEY, conversations=[conversation]) as server:
        # One segment, percent-decoded: ..%2Fx names the id "../x".
        assert call(server, path="/v2/conversations/..%2Fx").json() == conversation
        assert call(server, path=conversation_path(NEW_ID)).status == 404


def test_constructor_refuses_non_loopback_hosts_and_ids_that_are_not_strings() -> None:
    with pytest.raises(ValueError, match="loopback"):
        AttentionStandIn(host="0.0.0.0")
    with pytest.raises(ValueError, match="id"):
        AttentionStandIn(conversations=[{"type": "conversations", "attributes": {}}])


# Authentication


@pytest.mark.parametrize("authorization", [f"Bearer {KEY}", KEY])
def test_bearer_and_raw_keys_are_accepted(server: AttentionStandIn, authorization: str) -> None:
    assert call(server, authorization=authorization).status == 200


@pytest.mark.parametrize(
    "authorization",
    [None, "Bearer wrong-key-913", "wrong-key-913", f"Basic {KEY}", f"Bearer {KEY}x", ""],
)
def test_missing_or_wrong_keys_get_401(server: AttentionStandIn, authorization: str | None) -> None:
    reply = call(server, authorization=authorization)
    assert reply.status == 401
    assert reply.json() == UNAUTHORIZED
    assert reply.headers["Content-Type"] == "application/json"
    echoed = reply.body.decode() + str(reply.headers)
    assert KEY not in echoed
    assert "wrong-key-913" not in echoed


# Routing


def test_unknown_conversation_is_404(server: AttentionStandIn) -> None:
    reply = call(server, path=conversation_path("no-such-id"))
    assert reply.status == 404
    assert reply.json() == {"message": "Conversation not found", "code": "not_found"}


@pytest.mark.parametrize(
    "path",
    [
        "/v2/conversations",
        "/v2/conversations/",
        "/v2/conversations/a/b",
        f"/v2/conversations/{NEW_ID}/participants",
        f"/conversations/{NEW_ID}",
        "/v2/other",
        "/",
    ],
)
def test_unknown_paths_are_404(server: AttentionStandIn, path: str) -> None:
    reply = call(server, path=path)
    assert reply.status == 404
    assert reply.json() == {"message": "Not found", "code": "not_found"}


def test_the_id_is_percent_decoded_and_the_query_ignored(server: AttentionStandIn) -> None:
    assert call(server, path="/v2/conversations/%3Cstring%3E").json()["id"] == SEED_ID
    assert call(server, path=f"{NEW_PATH}?detailedTranscript=true").json()["id"] == NEW_ID
    reply = call(server, path="/v2/conversations/..%2Fx")
    assert reply.json() == {"message": "Conversation not found", "code": "not_found"}


@pytest.mark.parametrize("method", ["POST", "DELETE", "PATCH", "HEAD"])
def test_other_methods_are_405(server: AttentionStandIn, method: str) -> None:
    reply = call(server, method, body=b"{}" if method != "HEAD" else None)
    assert reply.status == 405
    assert reply.headers["Allow"] == "GET, PUT"
    if method != "HEAD":
        assert reply.json()["code"] == "method_not_allowed"


# PUT


@pytest.mark.parametrize(
    ("update", "expected_title", "expected_labels"),
    [
        ({"title": "New title"}, "New title", None),
        ({"labels": {"deal_stage": "negotiation"}}, "Q1 Deal Review - Acme Corp", "same"),
        ({"title": "Both", "labels": {"a": "1", "b": "2"}}, "Both", "same"),
    ],
)
def test_put_updates_title_and_labels(
    server: AttentionStandIn, update: dict[str, Any], expected_title: str, expected_labels: Any
) -> None:
    expected = load_example("docs_new_conversation")
    expected["attributes"]["title"] = expected_title
    if expected_labels == "same":
        expected["attributes"]["labels"] = update["labels"]
    else:
        assert "labels" not in expected["attributes"]

    reply = put(server, update)

    assert reply.status == 200
    assert reply.json() == expected
    assert call(server).json() == expected
    assert server.conversation(NEW_ID) == expected
    # The other conversation is untouched.
    assert server.conversation(SEED_ID) == load_example("seed_conversation")


def test_put_replaces_labels_rather_than_merging(server: AttentionStandIn) -> None:
    path = conversation_path(SEED_ID)
    assert put(server, {"labels": {"a": "1", "b": "2"}}, path).status == 200
    reply = put(server, {"labels": {"c": "3"}}, path)
    assert reply.json()["attributes"]["labels"] == {"c": "3"}
    assert server.conversation(SEED_ID)["attributes"]["labels"] == {"c": "3"}


@pytest.mark.parametrize(
    "body",
    [
        b"not json",
        b"\xff\xfe",
        b"[]",
        b'"title"',
        b"null",
        b"{}",
        b'{"title": "x", "archived": true}',
        b'{"name": "x"}',
        b'{"title": 5}',
        b'{"title": null}',
        b'{"labels": ["a"]}',
        b'{"labels": {"a": 1}}',
        b'{"title": "x", "labels": {"a": null}}',
    ],
)
def test_put_refuses_bad_bodies_with_400(server: AttentionStandIn, body: bytes) -> None:
    reply = call(server, "PUT", body=body)
    assert reply.status == 400
    assert reply.json()["code"] == "bad_request"
    assert reply.json()["message"]
    assert server.conversation(NEW_ID) == load_example("docs_new_conversation")


def test_put_without_content_length_has_an_empty_body(server: AttentionStandIn) -> None:
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=5)
    try:
        connection.putrequest("PUT", NEW_PATH)
        connection.putheader("Authorization", KEY)
        connection.endheaders()
        response = connection.getresponse()
        assert response.status == 400
        assert json.loads(response.read())["code"] == "bad_request"
    finally:
        connection.close()
    assert server.requests[-1].body == b""
    assert "content-length" not in server.requests[-1].headers


def test_put_to_an_unknown_id_is_404_before_the_body_is_checked(server: AttentionStandIn) -> None:
    assert put(server, {"title": "x"}, conversation_path("nope")).status == 404
    assert call(server, "PUT", conversation_path("nope"), body=b"[]").status == 404


def test_concurrent_puts_each_see_their_own_update(server: AttentionStandIn) -> None:
    titles: dict[str, str] = {}

    def update(title: str) -> None:
        titles[title] = put(server, {"title": title}).json()["attributes"]["title"]

    threads = [threading.Thread(target=update, args=(f"title {n}",)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert titles == {title: title for title in titles}
    assert len(titles) == 8
    assert server.conversation(NEW_ID)["attributes"]["title"] in titles


# Faults


def test_fail_next_with_retry_after_comes_before_authentication(server: AttentionStandIn) -> None:
    server.fail_next(2, 503, retry_after="1")
    for authorization in (None, f"Bearer {KEY}"):
        reply = call(server, authorization=authorization)
        assert reply.status == 503
        assert reply.reason == "Service Unavailable"
        assert reply.headers["Retry-After"] == "1"
        assert reply.headers["Content-Type"] == "application/json"
        assert reply.json() == {"message": "Service Unavailable", "code": 503}
    reply = call(server)
    assert reply.status == 200
    assert "Retry-After" not in reply.headers


def test_fail_next_with_custom_headers_and_body(server: AttentionStandIn) -> None:
    server.fail_next(1, 429, headers={"retry-after-ms": "20"}, body=b"<html>busy</html>")
    server.fail_next(1, 502, headers={"Content-Type": "text/html"}, body=b"<p>bad gateway</p>")
    reply = call(server)
    assert (reply.status, reply.body) == (429, b"<html>busy</html>")
    assert reply.headers["retry-after-ms"] == "20"
    assert reply.headers["Content-Length"] == str(len(b"<html>busy</html>"))
    reply = call(server)
    assert (reply.status, reply.body) == (502, b"<p>bad gateway</p>")
    assert reply.headers.get_all("Content-Type") == ["text/html"]
    assert call(server).status == 200


def test_fail_next_with_a_non_standard_status(server: AttentionStandIn) -> None:
    server.fail_next(1, 520)
    reply = call(server)
    assert (reply.status, reply.reason) == (520, "Unknown")
    assert reply.json() == {"message": "stand-in fault", "code": 520}


def test_fail_next_refuses_bad_arguments(server: AttentionStandIn) -> None:
    with pytest.raises(ValueError, match="status"):
        server.fail_next(1, 200)
    with pytest.raises(ValueError, match="count"):
        server.fail_next(-1, 500)
    with pytest.raises(ValueError, match="count"):
        server.drop_next(-1)


def test_drop_next_closes_without_a_response(server: AttentionStandIn) -> None:
    server.drop_next(1)
    server.fail_next(1, 500)
    with pytest.raises(http.client.RemoteDisconnected):
        call(server, "PUT", body=b'{"title": "dropped"}')
    with httpx.Client(base_url=server.base_url) as client:
        server.drop_next(1)
        with pytest.raises(httpx.RemoteProtocolError):
            client.get(f"/conversations/{NEW_ID}", headers={"Authorization": KEY})
    # The drop came before the queued 500, which is still there, then normal service.
    assert call(server).status == 500
    assert call(server).status == 200
    # The dropped requests were read and recorded, and the PUT changed nothing.
    assert [r.method for r in server.requests] == ["PUT", "GET", "GET", "GET"]
    assert server.requests[0].json == {"title": "dropped"}
    assert server.conversation(NEW_ID) == load_example("docs_new_conversation")


def test_latency_delays_every_answer(server: AttentionStandIn) -> None:
    server.latency = 0.05
    for authorization in (f"Bearer {KEY}", None):
        started = time.perf_counter()
        call(server, authorization=authorization)
        assert time.perf_counter() - started >= 0.05


def test_close_connections(fresh: AttentionStandIn) -> None:
    connection = http.client.HTTPConnection("127.0.0.1", fresh.port, timeout=5)
    try:
        for _ in range(2):
            connection.request("GET", NEW_PATH, headers={"Authorization": KEY})
            response = connection.getresponse()
            response.read()
            assert response.headers["Connection"] is None
        assert fresh.connections_opened == 1

        fresh.close_connections = True
        for _ in range(2):  # http.client opens a new connection after a "close"
            connection.request("GET", NEW_PATH, headers={"Authorization": KEY})
            response = connection.getresponse()
            assert response.status == 200
            assert response.headers["Connection"] == "close"
            response.read()
            wait_until(lambda: fresh.open_connections == 0)
    finally:
        connection.close()
    assert fresh.connections_opened == 2  # the first one, closed by the server, then one more


# Bookkeeping


def test_requests_are_recorded_with_the_key_redacted(server: AttentionStandIn) -> None:
    call(server, path=f"{NEW_PATH}?x=1", headers={"X-Trace": "abc"})
    call(server, "PUT", body=b'{"title": "T"}', authorization=KEY)
    call(server, "PUT", body=b"not json", authorization=None)

    get, put_raw, put_anonymous = server.requests
    assert get.method == "GET"
    assert get.path == "/v2/conversations/conv-uuid-123?x=1"
    assert get.headers["authorization"] == "Bearer <redacted>"
    assert get.headers["x-trace"] == "abc"
    assert (get.body, get.json) == (b"", None)
    assert put_raw.headers["authorization"] == "<redacted>"
    assert (put_raw.body, put_raw.json) == (b'{"title": "T"}', {"title": "T"})
    assert put_raw.headers["content-length"] == "14"
    assert "authorization" not in put_anonymous.headers
    assert (put_anonymous.body, put_anonymous.json) == (b"not json", None)
    assert all(name == name.lower() for r in server.requests for name in r.headers)
    assert KEY not in repr(server.requests)
    with pytest.raises(dataclasses.FrozenInstanceError):
        get.method = "PUT"  # type: ignore[misc]
    assert isinstance(get, RecordedRequest)


def test_connection_counts(fresh: AttentionStandIn) -> None:
    assert (fresh.connections_opened, fresh.open_connections) == (0, 0)
    with httpx.Client(base_url=fresh.base_url, headers={"Authorization": KEY}) as client:
        for _ in range(3):
            assert client.get(f"/conversations/{NEW_ID}").status_code == 200
        assert (fresh.connections_opened, fresh.open_connections) == (1, 1)
        with socket.create_connection(("127.0.0.1", fresh.port)):
            wait_until(lambda: fresh.open_connections == 2)
            assert fresh.connections_opened == 2
        wait_until(lambda: fresh.open_connections == 1)
    wait_until(lambda: fresh.open_connections == 0)
    assert fresh.connections_opened == 2


def test_reset_restores_everything(server: AttentionStandIn) -> None:
    assert put(server, {"title": "changed"}).status == 200
    server.fail_next(3, 500)
    server.drop_next(2)
    server.latency = 5.0
    server.close_connections = True

    server.reset()

    assert server.requests == []
    assert server.conversation(NEW_ID) == load_example("docs_new_conversation")
    assert (server.latency, server.close_connections) == (0.0, False)
    started = time.perf_counter()
    reply = call(server)
    assert time.perf_counter() - started < 4.0  # the 5 s latency is gone
    assert reply.status == 200
    assert reply.headers["Connection"] is None
    assert len(server.requests) == 1


def test_repr_shows_the_url_and_never_the_key() -> None:
    server = AttentionStandIn(api_key=KEY)
    assert repr(server) == "AttentionStandIn(stopped)"
    with server:
        assert repr(server) == f"AttentionStandIn(base_url={server.base_url!r})"
        assert KEY not in repr(server)
    assert KEY not in repr(server)


def test_stop_closes_the_listener_and_every_connection() -> None:
    threads_before = set(threading.enumerate())
    server = AttentionStandIn(api_key=KEY).start()
    port = server.port
    server.latency = 30.0  # a request in its latency sleep must not hold stop() up
    with (
        httpx.Client(base_url=server.base_url, headers={"Authorization": KEY}) as idle,
        socket.create_connection(("127.0.0.1", port), timeout=5) as sleeper,
    ):
        server.latency = 0.0
        assert idle.get(f"/conversations/{NEW_ID}").status_code == 200  # stays open, idle
        server.latency = 30.0
        sleeper.sendall(f"GET {NEW_PATH} HTTP/1.1\r\nHost: x\r\n\r\n".encode())
        wait_until(lambda: len(server.requests) == 2)
        assert server.open_connections == 2

        started = time.perf_counter()
        server.stop()
        assert time.perf_counter() - started < 4.0  # not the 30 s latency, nor a join timeout

        assert server.open_connections == 0
        assert sleeper.recv(1024) == b""  # closed without an answer
    with pytest.raises(ConnectionRefusedError):
        socket.create_connection(("127.0.0.1", port)).close()
    assert set(threading.enumerate()) <= threads_before
    with pytest.raises(RuntimeError, match="not running"):
        _ = server.base_url
    server.stop()  # a second stop() is harmless


def test_bad_clients_do_not_break_the_server(
    fresh: AttentionStandIn, capsys: pytest.CaptureFixture[str]
) -> None:
    def exchange(data: bytes) -> bytes:
        """Everything the server sends back until it closes the connection."""
        with socket.create_connection(("127.0.0.1", fresh.port), timeout=5) as sock:
            sock.sendall(data)
            received = b""
            while chunk := sock.recv(65536):
                received += chunk
            return received

    # A malformed request line gets a JSON 400 and a closed connection.
    head, _, body = exchange(b"GET / x HTTP/1.1\r\n\r\n").partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 400 Bad Request\r\n")
    assert b"Content-Type: application/json" in head
    assert b"Connection: close" in head
    assert json.loads(body)["code"] == 400
    exchange(b"NONSENSE\r\n\r\n")  # too broken for even a status line
    # A client that promises a body and hangs up.
    with socket.create_connection(("127.0.0.1", fresh.port)) as sock:
        sock.sendall(f"PUT {NEW_PATH} HTTP/1.1\r\nContent-Length: 100\r\n\r\n{{".encode())
    # A client that hangs up while the server waits out its latency.
    fresh.latency = 0.05
    with socket.create_connection(("127.0.0.1", fresh.port)) as sock:
        sock.sendall(f"GET {NEW_PATH} HTTP/1.1\r\nAuthorization: {KEY}\r\n\r\n".encode())
    wait_until(lambda: fresh.open_connections == 0)
    time.sleep(0.1)  # let the latency run out and the write to the closed socket fail
    fresh.latency = 0
    # A body that cannot be framed: answered, then the connection is closed.
    request = f"GET {NEW_PATH} HTTP/1.1\r\nContent-Length: x\r\nAuthorization: {KEY}\r\n\r\n"
    assert exchange(request.encode()).startswith(b"HTTP/1.1 200 OK\r\n")

    assert call(fresh).status == 200
    assert "Traceback" not in capsys.readouterr().err


# The command line


def cli_env(**overrides: str | None) -> dict[str, str]:
    overlay = Path(attention_sdk.testing.__file__ or "").resolve().parents[2]
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(overlay), os.environ.get("PYTHONPATH", "")]),
    }
    for name, value in overrides.items():
        env.pop(name, None)
        if value is not None:
            env[name] = value
    return env


@pytest.mark.parametrize(
    ("args", "env_key", "accepted"),
    [
        (["--api-key", "from-flag"], "from-env", "from-flag"),
        ([], "from-env", "from-env"),
        ([], None, "stand-in-key"),
    ],
)
def test_cli_serves_until_terminated(args: list[str], env_key: str | None, accepted: str) -> None:
    command = [sys.executable, "-m", "attention_sdk.testing", "--port", "0", *args]
    env = cli_env(ATTENTION_API_KEY=env_key)
    with subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
    ) as process:
        assert process.stdout is not None
        try:
            readable, _, _ = select.select([process.stdout], [], [], 20)
            assert readable, "the stand-in printed nothing"
            line = process.stdout.readline()
            match = re.fullmatch(
                r"Attention stand-in listening on (http://127\.0\.0\.1:(\d+)/v2)\n", line
            )
            assert match, line
            with httpx.Client(base_url=match[1]) as client:
                ok = client.get(f"/conversations/{NEW_ID}", headers={"Authorization": accepted})
                assert ok.status_code == 200
                assert ok.json()["id"] == NEW_ID
                refused = client.get(f"/conversations/{NEW_ID}", headers={"Authorization": "other"})
                assert refused.status_code == 401
        finally:
            process.terminate()
        assert process.wait(timeout=10) == 0
        assert process.stderr is not None
        assert process.stderr.read() == ""


@pytest.mark.parametrize("host", ["0.0.0.0", "::", "192.168.1.10", "example.com", ""])
def test_cli_refuses_non_loopback_hosts(host: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--host", host, "--port", "0"])
    assert exit_info.value.code == 2
    assert "not a loopback address" in capsys.readouterr().err


def test_localhost_is_allowed() -> None:
    with AttentionStandIn(api_key=KEY, host="localhost") as server:
        assert server.base_url == f"http://127.0.0.1:{server.port}/v2"
        assert call(server).status == 200


# Random faults (for load tests)


def test_fail_randomly_faults_about_the_given_share_repeatably(fresh: AttentionStandIn) -> None:
    def statuses() -> list[int]:
        fresh.reset()
        fresh.fail_randomly(0.25, [429, 503], headers={"retry-after-ms": "5"}, seed=7)
        return [call(fresh).status for _ in range(200)]

    first = statuses()
    assert first == statuses()  # seeded: the same order of requests gets the same faults
    faulted = [status for status in first if status != 200]
    assert set(faulted) == {429, 503}
    assert 25 <= len(faulted) <= 75  # 25 % of 200, loosely: it is random, not a quota


def test_fail_randomly_carries_the_retry_headers_and_can_be_turned_off(
    server: AttentionStandIn,
) -> None:
    server.fail_randomly(1.0, [503], retry_after="1", headers={"retry-after-ms": "20"})
    reply = call(server)
    assert (reply.status, reply.headers["Retry-After"], reply.headers["retry-after-ms"]) == (
        503,
        "1",
        "20",
    )
    server.fail_randomly(0, [])
    assert call(server).status == 200
    server.fail_randomly(1.0, [503])
    server.reset()
    assert call(server).status == 200


def test_fail_randomly_refuses_bad_arguments(server: AttentionStandIn) -> None:
    with pytest.raises(ValueError, match="rate"):
        server.fail_randomly(1.5, [503])
    with pytest.raises(ValueError, match="status"):
        server.fail_randomly(0.5, [200])
    with pytest.raises(ValueError, match="statuses"):
        server.fail_randomly(0.5, [])
