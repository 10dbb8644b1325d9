"""Reading a response body within a size cap, counted after decompression.

httpx decodes gzip and deflate a whole network chunk at a time, so a few hundred
kilobytes of gzip can become gigabytes in one call before anything could count them.
Here the raw bytes are decompressed with zlib's ``max_length``, a piece at a time, and
the read stops (the response is closed, ResponseTooLarge raised) as soon as the decoded
body would pass the cap. A Content-Length above the cap is refused before reading.

The clients ask for ``gzip, deflate`` only, the encodings decoded here; a body in any
other encoding is refused rather than read unbounded. A body that does not decode
(corrupt, cut short, bytes after its end) raises CorruptBody instead of zlib.error; the
retry loop decides what that means for the response's status (_loop.py).
"""

from __future__ import annotations

import zlib
from collections.abc import AsyncIterator, Iterator

import httpx

from . import _deadline

ACCEPT_ENCODING = "gzip, deflate"


class Unreadable(Exception):
    """A body the client did not read into its response; ``response`` is left unread."""

    response: httpx.Response


class ResponseTooLarge(Unreadable):
    """The decoded body would pass the cap; ``size`` is how far it got (or was declared)."""

    def __init__(self, response: httpx.Response, size: int, limit: int, declared: bool) -> None:
        super().__init__(size, limit, declared)
        self.response, self.size, self.limit, self.declared = response, size, limit, declared


class UnsupportedEncoding(Unreadable):
    """A Content-Encoding the client did not ask for and cannot decode within the cap."""

    def __init__(self, response: httpx.Response, encoding: str) -> None:
        super().__init__(encoding)
        self.response = response


class CorruptBody(Unreadable):
    """The body does not decode in the encodings its Content-Encoding names: corrupt, cut
    short, or with bytes after its end. ``problem`` says which, worded to follow "the body
    is" ("cut short: its gzip stream stops before its end")."""

    def __init__(self, response: httpx.Response, problem: str) -> None:
        super().__init__(problem)
        self.response, self.problem = response, problem


class _Broken(Exception):
    """What an _Inflater raises for a stream that does not decode; _Reader adds the response."""


class _Inflater:
    """One decompression step: raw bytes in, decoded pieces out, at most ``room`` at a time.

    A stream must end where the body ends: bytes after its end (other than a further
    gzip member, RFC 1952 2.2), or a body that stops before it, are refused like corrupt
    data. What came may decode to valid JSON all the same, but only the end of the stream
    (gzip's CRC and length, zlib's Adler-32) says it is the body the server sent.
    """

    def __init__(self, encoding: str, label: str) -> None:
        # gzip; or deflate, which servers send either zlib-wrapped (RFC 9110) or raw.
        self._gzip = encoding in ("gzip", "x-gzip")
        self._label = label  # "gzip", or "gzip (encoding 1 of 2 in Content-Encoding)"
        self._engine = self._start()
        self._first = not self._gzip
        self._fed = False

    def _start(self) -> zlib._Decompress:
        return zlib.decompressobj(zlib.MAX_WBITS | 16 if self._gzip else zlib.MAX_WBITS)

    def pieces(self, data: bytes, room: int) -> Iterator[bytes]:
        while data:
            self._fed = True
            try:
                piece = self._engine.decompress(data, max(room, 1))
            except zlib.error as exc:
                if not self._first:
                    raise _Broken(f"not valid {self._label}: {exc}") from None
                self._engine = zlib.decompressobj(-zlib.MAX_WBITS)  # raw deflate
                self._first = False
                continue
            self._first = False
            if self._engine.eof:
                # Past the end, read unused_data: CPython may leave the same bytes in
                # unconsumed_tail too, and feeding those again would loop for ever.
                data = self._after_end(self._engine.unused_data)
            else:
                data = self._engine.unconsumed_tail
            if piece:
                yield piece

    def _after_end(self, rest: bytes) -> bytes:
        """What to decode next once a stream has ended: another gzip member, or nothing."""
        if not rest:
            return rest
        if not self._gzip:
            raise _Broken(f"not valid {self._label}: bytes follow the end of its stream")
        self._engine = self._start()  # concatenated members are one gzip body
        return rest

    def flush(self) -> bytes:
        try:
            tail = self._engine.flush()
        except zlib.error as exc:
            raise _Broken(f"not valid {self._label}: {exc}") from None
        # An empty body decodes to an empty one; a stream that started must also end.
        if self._fed and not self._engine.eof:
            raise _Broken(f"cut short: its {self._label} stream stops before its end")
        return tail


class _Reader:
    """Accumulates a body, decoding it and holding it to the cap."""

    def __init__(self, response: httpx.Response, limit: int) -> None:
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            raise ResponseTooLarge(response, int(declared), limit, declared=True)
        header = response.headers.get("content-encoding")
        names = (name.strip().lower() for name in header.split(",")) if header else ()
        encodings = [name for name in names if name and name != "identity"]
        if any(name not in ("gzip", "x-gzip", "deflate") for name in encodings):
            raise UnsupportedEncoding(response, ", ".join(encodings))
        # Encodings apply in the order listed, so they are undone in reverse.
        self._inflaters = [
            _Inflater(name, _label(name, len(encodings) - level, len(encodings)))
            for level, name in enumerate(reversed(encodings))
        ]
        self._response, self._limit, self._size = response, limit, 0
        self._parts: list[bytes] = []

    def feed(self, raw: bytes) -> None:
        _deadline.check()
        if not self._inflaters:  # the usual case: nothing to decode, no generator per chunk
            self._keep(raw)
            return
        try:
            for piece in self._decode(raw, 0):
                self._keep(piece)
        except _Broken as broken:
            raise CorruptBody(self._response, str(broken)) from None

    def _keep(self, piece: bytes) -> None:
        self._size += len(piece)
        if self._size > self._limit:
            raise ResponseTooLarge(self._response, self._size, self._limit, declared=False)
        self._parts.append(piece)

    def _decode(self, data: bytes, level: int) -> Iterator[bytes]:
        if level == len(self._inflaters):
            yield data
            return
        room = self._limit - self._size + 1  # one byte more than fits: enough to know
        for piece in self._inflaters[level].pieces(data, room):
            yield from self._decode(piece, level + 1)

    def finish(self) -> bytes:
        try:
            for level, inflater in enumerate(self._inflaters):
                tail = inflater.flush()
                if tail:
                    for piece in self._decode(tail, level + 1):
                        self._keep(piece)
        except _Broken as broken:
            raise CorruptBody(self._response, str(broken)) from None
        return b"".join(self._parts)


def _label(encoding: str, position: int, count: int) -> str:
    """The encoding as an error names it; which one, when Content-Encoding lists several."""
    if count == 1:
        return encoding
    return f"{encoding} (encoding {position} of {count} in Content-Encoding)"


def _already_read(response: httpx.Response, limit: int) -> bool:
    # A response made with its content (httpx.MockTransport's, say) has nothing to stream.
    if not response.is_stream_consumed:
        return False
    if len(response.content) > limit:
        raise ResponseTooLarge(response, len(response.content), limit, declared=False)
    return True


def read(response: httpx.Response, limit: int) -> None:
    """Read a streamed response's body into it, within ``limit`` decoded bytes."""
    if _already_read(response, limit):
        return
    try:
        reader = _Reader(response, limit)
        for raw in response.iter_raw():
            reader.feed(raw)
        # httpx's own read() sets the same private attribute: .content and .text work
        # as on any read response, and the headers stay as the server sent them.
        response._content = reader.finish()
    finally:
        response.close()


async def aread(response: httpx.Response, limit: int) -> None:
    """The async twin of read()."""
    if _already_read(response, limit):
        return
    try:
        reader = _Reader(response, limit)
        chunks: AsyncIterator[bytes] = response.aiter_raw()
        async for raw in chunks:
            reader.feed(raw)
        response._content = reader.finish()
    finally:
        await response.aclose()
