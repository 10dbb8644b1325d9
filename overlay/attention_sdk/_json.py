"""The JSON codec: orjson when the `[speedups]` extra is installed, else the standard library.

The behaviour is the standard library's either way. orjson is tried first, and whenever
it refuses an input that the standard library accepts (NaN or Infinity literals, a
byte-order mark, UTF-16 or UTF-32 bodies, lone surrogates), the standard library
decides. Integers beyond 64 bits orjson does not refuse: it reads them as floats,
losing digits. So a body with a run of 19 digits or more (where such an integer could
be) goes to the standard library directly; finding one costs about 1 µs per kB.

Encoding is compact UTF-8 JSON in both: the same values,
though orjson writes some floats differently (``1e16`` for ``1e+16``). One difference
is left: NaN and infinity, which the client never sends (the argument checks refuse
them) and only a server's NaN literal can put into a model, are written as null by
orjson and refused (ValueError) by the standard library.
"""

from __future__ import annotations

import json
import os
from typing import Any

try:  # the [speedups] extra
    import orjson
except ImportError:  # pragma: no cover - depends on the environment
    orjson = None  # type: ignore[assignment]

# ATTENTION_JSON=stdlib keeps the standard library with orjson installed: the test suite
# runs both ways, and a user who suspects the codec can rule it out without uninstalling.
use_orjson = orjson is not None and os.environ.get("ATTENTION_JSON", "").lower() != "stdlib"


# Digits to "0", everything else to " ": a run of 19 digits is then a plain substring.
_DIGITS = bytes(0x30 if 0x30 <= byte <= 0x39 else 0x20 for byte in range(256))
_LONG_NUMBER = b"0" * 19


def loads(data: bytes) -> Any:
    """Decode JSON; raises ValueError (or RecursionError) exactly as json.loads does."""
    if use_orjson and _LONG_NUMBER not in data.translate(_DIGITS):
        try:
            return orjson.loads(data)
        except orjson.JSONDecodeError:
            pass  # maybe valid for the standard library: it decides
    return json.loads(data)


def dumps(value: Any) -> bytes:
    """Encode compact UTF-8 JSON, as httpx's json= does."""
    if use_orjson:
        try:
            return orjson.dumps(value)
        except (orjson.JSONEncodeError, TypeError):
            pass  # an integer beyond 64 bits, say: the standard library decides
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode()


def to_json(model: Any) -> bytes:
    """A generated model (or any JSON value) as compact JSON bytes, with the fastest codec
    installed: ``to_json(conversation)`` is ``json.dumps(conversation.to_dict())``."""
    return dumps(model.to_dict() if hasattr(model, "to_dict") else model)
