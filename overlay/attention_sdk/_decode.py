"""One safe way to read a response body as text or JSON, whatever the server declares.

httpx decodes ``response.text`` with the charset the server names, and some names make
it raise (UTF-16 without a byte-order mark) or worse, name a bytes-to-bytes codec
(``base64``, ``zlib``, ``rot13``) that fails with AssertionError or TypeError. Here only
text encodings are honoured, anything else falls back to UTF-8, and undecodable bytes
become U+FFFD: reading a body never raises.
"""

from __future__ import annotations

import codecs
from typing import Any

import httpx

from ._json import loads

# The text encodings a JSON API can plausibly declare (codec names as codecs.lookup
# normalises them). Anything else is read as UTF-8, the JSON default (RFC 8259).
_TEXT_ENCODINGS = frozenset(
    {
        "utf-8",
        "utf-8-sig",
        "utf-16",
        "utf-16-le",
        "utf-16-be",
        "utf-32",
        "utf-32-le",
        "utf-32-be",
        "ascii",
        "latin-1",
        "iso8859-15",
        "cp1252",
    }
)


def _encoding(response: httpx.Response) -> str:
    declared = response.charset_encoding
    if declared:
        try:
            name = codecs.lookup(declared).name
        except (LookupError, ValueError):  # unknown, or not a name at all (a NUL in it)
            return "utf-8"
        if name in _TEXT_ENCODINGS:
            return name
    return "utf-8"


def text(response: httpx.Response) -> str:
    """The body as text; never raises (bad bytes become U+FFFD; an unread body is "")."""
    try:
        content = response.content
    except httpx.ResponseNotRead:  # one the client refused to read: too large, say
        return ""
    try:
        return content.decode(_encoding(response), errors="replace")
    except (UnicodeError, LookupError):  # UTF-16/32 without a BOM, say
        return content.decode("utf-8", errors="replace")


class NotJSON(ValueError):
    """The body is not JSON this client can read (malformed, or nested too deeply)."""


def json_value(content: bytes) -> Any:
    """The decoded JSON body, or NotJSON: never RecursionError or a UnicodeError."""
    try:
        return loads(content)
    except RecursionError as exc:  # nested deeper than the interpreter's recursion limit
        raise NotJSON("JSON nested too deeply to read") from exc
    except ValueError as exc:  # JSONDecodeError and UnicodeDecodeError among them
        raise NotJSON(str(exc)) from exc
