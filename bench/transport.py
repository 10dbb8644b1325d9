"""A candidate async transport, for the bulk benchmark only: NOT adopted, NOT shipped.

It shows how much of the bulk-async figure is httpcore's connection pool rather than the
SDK: plain asyncio streams, one keep-alive pool per origin, HTTP/1.1 with Content-Length
or chunked bodies. It lacks what a shipped transport needs (proxies, HTTP/2, trailers,
full error mapping, connection limits, tests), so it is a measurement aid, nothing more.
"""

from __future__ import annotations

import asyncio
import ssl
from collections import defaultdict

import httpx

Origin = tuple[str, str, int]
Connection = tuple[asyncio.StreamReader, asyncio.StreamWriter]


class StreamsTransport(httpx.AsyncBaseTransport):
    def __init__(self) -> None:
        self._idle: defaultdict[Origin, list[Connection]] = defaultdict(list)
        self._ssl = ssl.create_default_context()

    async def _connect(self, origin: Origin) -> Connection:
        scheme, host, port = origin
        try:
            return await asyncio.open_connection(
                host, port, ssl=self._ssl if scheme == "https" else None
            )
        except OSError as exc:
            raise httpx.ConnectError(str(exc)) from exc

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        url = request.url
        origin = (url.scheme, url.host, url.port or (443 if url.scheme == "https" else 80))
        body = await request.aread()
        target = url.raw_path.decode("ascii")
        lines = [f"{request.method} {target} HTTP/1.1", f"Host: {url.netloc.decode('ascii')}"]
        lines += [
            f"{name}: {value}"
            for name, value in request.headers.items()
            if name.lower() not in ("host", "content-length", "transfer-encoding")
        ]
        lines.append(f"Content-Length: {len(body)}")
        head = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")
        timeout = request.extensions.get("timeout", {}).get("read") or None
        idle = self._idle[origin]
        reused = bool(idle)
        reader, writer = idle.pop() if idle else await self._connect(origin)
        try:
            async with asyncio.timeout(timeout):
                writer.write(head + body)
                status, headers, content, keep_alive = await self._read_response(reader)
        except (asyncio.IncompleteReadError, ConnectionError) as exc:
            writer.close()
            if reused:  # the server closed an idle keep-alive connection: retry once, fresh
                idle.clear()
                return await self.handle_async_request(request)
            raise httpx.RemoteProtocolError(str(exc) or type(exc).__name__) from exc
        except TimeoutError as exc:
            writer.close()
            raise httpx.ReadTimeout("read timed out") from exc
        if keep_alive:
            idle.append((reader, writer))
        else:
            writer.close()
        return httpx.Response(
            status, headers=headers, content=content, extensions={"http_version": b"HTTP/1.1"}
        )

    @staticmethod
    async def _read_response(
        reader: asyncio.StreamReader,
    ) -> tuple[int, list[tuple[str, str]], bytes, bool]:
        head = (await reader.readuntil(b"\r\n\r\n")).decode("latin-1").split("\r\n")
        status = int(head[0].split(" ", 2)[1])
        headers = [
            (name.strip(), value.strip())
            for name, _, value in (line.partition(":") for line in head[1:] if line)
        ]
        fields = {name.lower(): value for name, value in headers}
        if fields.get("transfer-encoding", "").lower() == "chunked":
            chunks = []
            while True:
                size = int((await reader.readuntil(b"\r\n")).split(b";")[0], 16)
                chunk = await reader.readexactly(size + 2)
                if size == 0:
                    break
                chunks.append(chunk[:-2])
            content = b"".join(chunks)
        else:
            content = await reader.readexactly(int(fields.get("content-length", "0")))
        return status, headers, content, fields.get("connection", "").lower() != "close"

    async def aclose(self) -> None:
        for connections in self._idle.values():
            for _, writer in connections:
                writer.close()
        self._idle.clear()
