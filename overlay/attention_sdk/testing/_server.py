"""An in-memory stand-in of the Attention REST API v2, served over HTTP on loopback.

It lets users and the SDK's own tests exercise a client offline through real sockets, so
keep-alive, retries, timeouts and error handling meet real HTTP, and faults (error statuses,
dropped or closed connections, latency) can be injected on demand.

Where each rule comes from (openapi/attention.yaml, written from the public docs):
- Paths live under /v2 and only GET and PUT /conversations/{id} exist: the documented
  operations. A conversation is returned at the top level, not wrapped in "data".
- Authorization is "Bearer <key>" (the authentication guide) or the raw key (the example on
  each endpoint's page), so both are accepted.
- An unknown id gives 404 (seen by third-party code; the docs list no error statuses).
- PUT takes {"title": str, "labels": {str: str}}, at least one of them and nothing else
  (UpdateConversationRequest), and returns the conversation after the change.
- 429 and 5xx answers may carry Retry-After (TooManyRequests); fail_next() can send it.
The docs show no error bodies: every error body here ({"message": ..., "code": ...}) is
the stand-in's own choice, shaped to fit the spec's tolerant Error schema.
"""

from __future__ import annotations

import contextlib
import copy
import json
import random
import socket
import sys
import threading
from collections import deque
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from socketserver import TCPServer
from typing import Any, Self
from urllib.parse import unquote

from .._hosts import is_loopback

DEFAULT_API_KEY = "stand-in-key"
_SEED_FILES = ("seed_conversation.json", "docs_new_conversation.json")
_CONVERSATIONS = "/v2/conversations/"
_POLL_INTERVAL = 0.05  # the longest stop() waits for serve_forever() to notice
_Request = socket.socket | tuple[bytes, socket.socket]
_Reply = tuple[int, bytes, Mapping[str, str]]  # status, body, extra headers


@dataclass(frozen=True)
class RecordedRequest:
    """One request as the stand-in received it; the Authorization value is redacted."""

    method: str
    path: str  # raw, query string included
    headers: dict[str, str]  # lower-cased names
    body: bytes
    json: Any  # the parsed body, or None when it is empty or not JSON


def _error(
    status: int, message: str, code: str | int, headers: Mapping[str, str] | None = None
) -> _Reply:
    return status, json.dumps({"message": message, "code": code}).encode(), headers or {}


def _phrase(status: int) -> str | None:
    try:
        return HTTPStatus(status).phrase
    except ValueError:  # a status http.HTTPStatus does not know, such as 520
        return None


def _fault(
    status: int,
    retry_after: str | int | None,
    headers: Mapping[str, str] | None,
    body: bytes | None,
) -> _Reply:
    if not 400 <= status <= 599:
        raise ValueError("status must be an error status (400-599)")
    if body is None:
        body = _error(status, _phrase(status) or "stand-in fault", status)[1]
    fault_headers = dict(headers or {})
    if retry_after is not None:
        fault_headers["Retry-After"] = str(retry_after)
    return status, body, fault_headers


def _parse_json(body: bytes) -> Any:
    try:
        return json.loads(body) if body else None
    except ValueError:
        return None


def _parse_update(body: bytes) -> dict[str, Any]:
    """The PUT body, validated; ValueError says what is wrong with it."""
    update = _parse_json(body)
    if not isinstance(update, dict):
        raise ValueError("The body must be a JSON object")
    if unknown := sorted(set(update) - {"title", "labels"}):
        raise ValueError(f"Unknown fields {unknown}: only title and labels can be updated")
    if not update:
        raise ValueError("The body must contain title, labels or both")
    if not isinstance(update.get("title", ""), str):
        raise ValueError("title must be a string")
    labels = update.get("labels", {})
    if not isinstance(labels, dict) or not all(isinstance(v, str) for v in labels.values()):
        raise ValueError("labels must be an object mapping label names to string values")
    return update


class AttentionStandIn:
    """The Attention API's conversation endpoints, in memory, on a loopback HTTP server.

    latency (seconds to wait before each answer) and close_connections (answer with
    "Connection: close", then close) are plain attributes: a single assignment is atomic,
    so they may be set at any time from any thread.
    """

    def __init__(
        self,
        api_key: str = DEFAULT_API_KEY,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        conversations: Iterable[dict[str, Any]] | None = None,
    ) -> None:
        if not api_key:
            raise ValueError("api_key must not be empty")
        if not is_loopback(host):  # a well-known key and no TLS: never face a network
            raise ValueError(f"host must be a loopback address, not {host!r}")
        if conversations is None:
            data = resources.files("attention_sdk.testing") / "data"
            conversations = [json.loads((data / name).read_text("utf-8")) for name in _SEED_FILES]
        self._seeds = {c.get("id"): copy.deepcopy(c) for c in conversations}
        if not all(isinstance(key, str) for key in self._seeds):
            raise ValueError("every conversation needs a string 'id'")
        self._api_key, self._address = api_key, (host, port)
        self._lock = threading.Lock()
        self._stopping = threading.Event()  # cuts latency sleeps short on stop()
        self._httpd: _Server | None = None
        self._thread: threading.Thread | None = None
        self._connections: set[socket.socket] = set()
        self._connections_opened = 0
        self.reset()

    def reset(self) -> None:
        """Restore the seeded conversations; clear faults, latency, close_connections, the log."""
        with self._lock:
            self._conversations = copy.deepcopy(self._seeds)
            self._faults: deque[_Reply] = deque()
            self._random_faults: tuple[float, list[_Reply], random.Random] | None = None
            self._drops = 0
            self._requests: list[RecordedRequest] = []
            self.latency = 0.0
            self.close_connections = False

    def start(self) -> Self:
        """Start serving on a background thread."""
        if self._httpd is not None:
            raise RuntimeError("the stand-in is already running")
        self._stopping.clear()
        self._httpd = httpd = _Server(self, *self._address)
        self._thread = threading.Thread(
            target=httpd.serve_forever,
            args=(_POLL_INTERVAL,),
            name="attention-standin",
            daemon=True,
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Close the listening socket and every open connection; join the threads."""
        if self._httpd is None or self._thread is None:
            return
        self._stopping.set()
        self._httpd.shutdown()
        self._thread.join()
        with self._lock:
            open_sockets = list(self._connections)
        for sock in open_sockets:  # wakes handlers waiting for a next keep-alive request
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
        for handler in self._httpd.handler_threads:
            handler.join(timeout=5)
        self._httpd.server_close()
        self._httpd = self._thread = None

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def __repr__(self) -> str:
        return f"AttentionStandIn({f'base_url={self.base_url!r}' if self._httpd else 'stopped'})"

    @property
    def port(self) -> int:
        """The port it listens on."""
        return int(self._running().server_address[1])

    @property
    def base_url(self) -> str:
        """The API root, like https://api.attention.tech/v2."""
        host = str(self._running().server_address[0])
        return f"http://{f'[{host}]' if ':' in host else host}:{self.port}/v2"

    @property
    def requests(self) -> list[RecordedRequest]:
        """Every request received since the start or the last reset(), in order."""
        with self._lock:
            return list(self._requests)

    @property
    def connections_opened(self) -> int:
        """TCP connections accepted so far."""
        with self._lock:
            return self._connections_opened

    @property
    def open_connections(self) -> int:
        """Connections open right now, on the server side."""
        with self._lock:
            return len(self._connections)

    def conversation(self, conversation_id: str) -> dict[str, Any]:
        """A copy of the stored conversation; KeyError if there is none with this id."""
        with self._lock:
            return copy.deepcopy(self._conversations[conversation_id])

    def fail_next(
        self,
        count: int,
        status: int,
        *,
        retry_after: str | int | None = None,
        headers: Mapping[str, str] | None = None,
        body: bytes | None = None,
    ) -> None:
        """Answer the next count requests with this error status, before checking the key."""
        if count < 0:
            raise ValueError("count must be >= 0")
        reply = _fault(status, retry_after, headers, body)
        with self._lock:
            self._faults.extend([reply] * count)

    def fail_randomly(
        self,
        rate: float,
        statuses: Iterable[int],
        *,
        retry_after: str | int | None = None,
        headers: Mapping[str, str] | None = None,
        seed: int = 0,
    ) -> None:
        """From now on, answer each request with one of statuses with probability rate.

        The choice is seeded, so a run is repeatable for one order of requests. A rate of
        0 turns it off. Queued fail_next faults and drops still come first.
        """
        if not 0 <= rate <= 1:
            raise ValueError("rate must be between 0 and 1")
        replies = [_fault(status, retry_after, headers, None) for status in statuses]
        if rate and not replies:
            raise ValueError("statuses must name at least one status")
        with self._lock:
            self._random_faults = (rate, replies, random.Random(seed))

    def drop_next(self, count: int = 1) -> None:
        """Read the next count requests, then close their connection without answering."""
        if count < 0:
            raise ValueError("count must be >= 0")
        with self._lock:
            self._drops += count

    def _running(self) -> _Server:
        if self._httpd is None:
            raise RuntimeError("the stand-in is not running: call start() or use `with`")
        return self._httpd

    def _respond(self, request: RecordedRequest, authorization: str | None) -> _Reply | None:
        """The reply to a request, or None to drop the connection without one."""
        with self._lock:
            self._requests.append(request)
        if (latency := self.latency) and self._stopping.wait(latency):
            return None  # stop() came first: close instead of answering
        with self._lock:
            if self._drops:
                self._drops -= 1
                return None
            if self._faults:
                return self._faults.popleft()
            if self._random_faults is not None:
                rate, replies, rng = self._random_faults
                if rng.random() < rate:
                    return rng.choice(replies)
        if authorization not in (self._api_key, f"Bearer {self._api_key}"):
            return _error(401, "Authentication failed: a valid API key is required", "unauthorized")
        route = request.path.partition("?")[0]  # the query string is ignored
        raw_id = route.removeprefix(_CONVERSATIONS) if route.startswith(_CONVERSATIONS) else ""
        if not raw_id or "/" in raw_id:
            return _error(404, "Not found", "not_found")
        if request.method not in ("GET", "PUT"):
            return _error(405, "Method not allowed", "method_not_allowed", {"Allow": "GET, PUT"})
        with self._lock:
            conversation = self._conversations.get(unquote(raw_id))
            if conversation is None:
                return _error(404, "Conversation not found", "not_found")
            if request.method == "PUT":
                try:
                    update = _parse_update(request.body)
                except ValueError as error:
                    return _error(400, str(error), "bad_request")
                attributes = conversation.setdefault("attributes", {})
                if "title" in update:
                    attributes["title"] = update["title"]
                if "labels" in update:
                    # The docs do not say whether labels replace or merge the existing ones;
                    # the stand-in replaces them, so that no client comes to rely on a merge.
                    attributes["labels"] = dict(update["labels"])
            return 200, json.dumps(conversation).encode(), {}


class _Server(ThreadingHTTPServer):
    """A ThreadingHTTPServer that tells its stand-in about each connection it opens and closes."""

    daemon_threads = True
    # socketserver's default backlog of 5 makes simultaneous connects fail under a bulk
    # load that any real server would absorb.
    request_queue_size = 128

    def __init__(self, standin: AttentionStandIn, host: str, port: int) -> None:
        self.standin = standin
        self.handler_threads: list[threading.Thread] = []
        self.address_family = socket.AF_INET6 if ":" in host else socket.AF_INET
        super().__init__((host, port), _Handler)

    def server_bind(self) -> None:
        # HTTPServer.server_bind() calls socket.getfqdn(), a DNS lookup that can stall.
        TCPServer.server_bind(self)
        self.server_name, self.server_port = str(self.server_address[0]), self.server_address[1]

    def process_request(self, request: _Request, client_address: Any) -> None:
        # Like ThreadingMixIn's, but keeps the daemon threads so that stop() can join them.
        assert isinstance(request, socket.socket)
        with self.standin._lock:
            self.standin._connections_opened += 1
            self.standin._connections.add(request)
        self.handler_threads = [t for t in self.handler_threads if t.is_alive()]
        thread = threading.Thread(
            target=self.process_request_thread, args=(request, client_address), daemon=True
        )
        self.handler_threads.append(thread)
        thread.start()

    def shutdown_request(self, request: _Request) -> None:
        assert isinstance(request, socket.socket)
        with self.standin._lock:
            self.standin._connections.discard(request)
        super().shutdown_request(request)

    def handle_error(self, request: _Request, client_address: Any) -> None:
        # Clients hanging up mid-request are routine here; anything else is a bug to show.
        if not isinstance(sys.exc_info()[1], OSError):
            super().handle_error(request, client_address)


class _Handler(BaseHTTPRequestHandler):
    """The HTTP side: read the request, let the stand-in decide, write the reply."""

    protocol_version = "HTTP/1.1"
    server_version = "AttentionStandIn"
    server: _Server

    def _handle(self) -> None:
        length = self.headers.get("Content-Length", "0").strip()
        if length.isascii() and length.isdigit() and "Transfer-Encoding" not in self.headers:
            body = self.rfile.read(int(length))
        else:  # the body cannot be framed, so neither can a next request: close after this
            body, self.close_connection = b"", True
        headers = {name.lower(): value for name, value in self.headers.items()}
        if "authorization" in headers:
            bearer = headers["authorization"].startswith("Bearer ")
            headers["authorization"] = "Bearer <redacted>" if bearer else "<redacted>"
        request = RecordedRequest(self.command, self.path, headers, body, _parse_json(body))
        reply = self.server.standin._respond(request, self.headers.get("Authorization"))
        if reply is None:
            self.close_connection = True
        else:
            self._send(*reply)

    # Every method takes the same path, so that each is recorded and may be faulted.
    do_GET = do_HEAD = do_POST = do_PUT = do_PATCH = do_DELETE = do_OPTIONS = _handle

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """Answer what http.server itself refuses (a malformed request line...) in JSON too."""
        self.close_connection = True
        self._send(
            *_error(code, message or _phrase(code) or "Error", code, {"Connection": "close"})
        )

    def log_message(self, format: str, *args: Any) -> None:
        """Log nothing: a line per request on stderr would drown test output."""

    def _send(self, status: int, body: bytes, headers: Mapping[str, str]) -> None:
        self.send_response(status, _phrase(status) or "Unknown")
        if not any(name.lower() == "content-type" for name in headers):
            self.send_header("Content-Type", "application/json")
        for name, value in headers.items():
            if name.lower() != "content-length":
                self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        if self.server.standin.close_connections:
            self.send_header("Connection", "close")  # send_header() sets close_connection too
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)
