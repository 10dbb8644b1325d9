"""The stand-in's HTTP side: a threading server that tracks its connections, and a handler
that reads each request, hands it to the stand-in, and writes the reply (or drops it).
"""

from __future__ import annotations

import socket
import sys
import threading
from collections.abc import Mapping
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from socketserver import TCPServer
from typing import Any, Protocol

from ._messages import RecordedRequest, Reply, error, parse_json, phrase

_Request = socket.socket | tuple[bytes, socket.socket]


class Host(Protocol):
    """What the HTTP side needs from the stand-in (AttentionStandIn), so that imports run
    one way: _server -> _http."""

    close_connections: bool

    def _connection_opened(self, sock: socket.socket) -> None: ...

    def _connection_closed(self, sock: socket.socket) -> None: ...

    def _respond(self, request: RecordedRequest, authorization: str | None) -> Reply | None: ...


class Server(ThreadingHTTPServer):
    """A ThreadingHTTPServer that tells its stand-in about each connection it opens and closes."""

    daemon_threads = True
    # socketserver's default backlog of 5 makes simultaneous connects fail under a bulk
    # load that any real server would absorb.
    request_queue_size = 128

    def __init__(self, standin: Host, host: str, port: int) -> None:
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
        self.standin._connection_opened(request)
        self.handler_threads = [t for t in self.handler_threads if t.is_alive()]
        thread = threading.Thread(
            target=self.process_request_thread, args=(request, client_address), daemon=True
        )
        self.handler_threads.append(thread)
        thread.start()

    def shutdown_request(self, request: _Request) -> None:
        assert isinstance(request, socket.socket)
        self.standin._connection_closed(request)
        super().shutdown_request(request)

    def handle_error(self, request: _Request, client_address: Any) -> None:
        # Clients hanging up mid-request are routine here; anything else is a bug to show.
        if not isinstance(sys.exc_info()[1], OSError):
            super().handle_error(request, client_address)


class _Handler(BaseHTTPRequestHandler):
    """The HTTP side: read the request, let the stand-in decide, write the reply."""

    protocol_version = "HTTP/1.1"
    server_version = "AttentionStandIn"
    # A reply goes out in two writes (the header block, then the body). With Nagle's
    # algorithm on, the body waited for the client's delayed ACK of the headers: about
    # 40 ms per request on a kept-alive connection, on Linux.
    disable_nagle_algorithm = True
    server: Server

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
        request = RecordedRequest(self.command, self.path, headers, body, parse_json(body))
        reply = self.server.standin._respond(request, self.headers.get("Authorization"))
        if reply is None:
            self.close_connection = True
        else:
            self._send(*reply)

    # Every method takes the same path, so that each is recorded and may be faulted.
    do_GET = do_HEAD = do_POST = do_PUT = do_PATCH = do_DELETE = do_OPTIONS = _handle

    def __getattr__(self, name: str) -> Any:
        # Any other method (TRACE, CONNECT, a made-up one) is routed too, so that a known
        # path answers 405 with an Allow header, as an API does, instead of http.server's
        # 501; it is recorded and may be faulted like the rest.
        if name.startswith("do_"):
            return self._handle
        raise AttributeError(name)

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """Answer what http.server itself refuses (a malformed request line...) in JSON too."""
        self.close_connection = True
        self._send(*error(code, message or phrase(code) or "Error", code, {"Connection": "close"}))

    def log_message(self, format: str, *args: Any) -> None:
        """Log nothing: a line per request on stderr would drown test output."""

    def _send(self, status: int, body: bytes, headers: Mapping[str, str]) -> None:
        self.send_response(status, phrase(status) or "Unknown")
        # A success without content (_messages.empty) has no type; a 204 has no length
        # either (RFC 9110, 8.6).
        typed = bool(body) or not 200 <= status < 300
        if typed and not any(name.lower() == "content-type" for name in headers):
            self.send_header("Content-Type", "application/json")
        for name, value in headers.items():
            if name.lower() != "content-length":
                self.send_header(name, value)
        if status != 204:
            self.send_header("Content-Length", str(len(body)))
        if self.server.standin.close_connections:
            self.send_header("Connection", "close")  # send_header() sets close_connection too
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)
