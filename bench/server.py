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
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

from child import serving


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


@contextmanager
def server_process(body: bytes, latency: float = 0.0) -> Iterator[int]:
    """The server in a child process: ``with server_process(body, latency) as port: ...``.

    The body goes over stdin's first line (hex), so the child needs no payload code."""
    with serving("server.py", "--latency", str(latency), first_line=body.hex().encode()) as port:
        yield int(port)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--latency", type=float, default=0.0, help="seconds before each reply")
    args = parser.parse_args()
    body = bytes.fromhex(sys.stdin.readline().strip())
    serve(response_bytes(body), args.latency)


if __name__ == "__main__":
    main()
