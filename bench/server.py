"""A minimal loopback HTTP/1.1 server for the benchmarks: keep-alive, pre-encoded replies.

It runs in its own process (so it never competes with the client for the GIL), one
thread per connection with blocking sockets. Each request is read up to the end of its
body (``Content-Length``) and answered with the same pre-encoded 200 response, after an
optional fixed latency. Nothing is parsed beyond the header block's length fields.

    python bench/server.py --payload docs_new --latency 0.02
    (prints the port on stdout, then serves until stdin closes)
"""

from __future__ import annotations

import argparse
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path
from types import TracebackType

HERE = Path(__file__).resolve().parent


def response_bytes(body: bytes) -> bytes:
    head = (
        "HTTP/1.1 200 OK\r\n"
        "Content-Type: application/json\r\n"
        f"Content-Length: {len(body)}\r\n"
        "x-request-id: bench\r\n"
        "\r\n"
    )
    return head.encode() + body


def _content_length(head: bytes) -> int:
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            return int(value)
    return 0


def _serve_connection(conn: socket.socket, reply: bytes, latency: float) -> None:
    conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    buffer = b""
    with conn:
        while True:
            end = buffer.find(b"\r\n\r\n")
            while end < 0:
                chunk = conn.recv(65536)
                if not chunk:
                    return
                buffer += chunk
                end = buffer.find(b"\r\n\r\n")
            needed = end + 4 + _content_length(buffer[:end])
            while len(buffer) < needed:
                chunk = conn.recv(65536)
                if not chunk:
                    return
                buffer += chunk
            buffer = buffer[needed:]
            if latency:
                time.sleep(latency)
            conn.sendall(reply)


def serve(reply: bytes, latency: float) -> None:
    listener = socket.create_server(("127.0.0.1", 0), backlog=256)
    print(listener.getsockname()[1], flush=True)

    def accept_forever() -> None:
        while True:
            conn, _ = listener.accept()
            threading.Thread(
                target=_serve_connection, args=(conn, reply, latency), daemon=True
            ).start()

    threading.Thread(target=accept_forever, daemon=True).start()
    sys.stdin.read()  # serve until the parent closes our stdin (or exits)


class ServerProcess:
    """The server in a child process: ``with ServerProcess(body, latency) as port: ...``."""

    def __init__(self, body: bytes, latency: float = 0.0) -> None:
        self.body = body
        self.latency = latency
        self._process: subprocess.Popen[bytes] | None = None

    def __enter__(self) -> int:
        self._process = subprocess.Popen(
            [sys.executable, str(HERE / "server.py"), "--latency", str(self.latency)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
        )
        assert self._process.stdin
        assert self._process.stdout
        # The body goes over stdin's first line (hex), so the child needs no payload code.
        self._process.stdin.write(self.body.hex().encode() + b"\n")
        self._process.stdin.flush()
        return int(self._process.stdout.readline())

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        assert self._process
        assert self._process.stdin
        self._process.stdin.close()
        try:
            self._process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--latency", type=float, default=0.0, help="seconds before each reply")
    args = parser.parse_args()
    body = bytes.fromhex(sys.stdin.readline().strip())
    serve(response_bytes(body), args.latency)


if __name__ == "__main__":
    main()
