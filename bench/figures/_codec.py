"""The SDK's own JSON codec (attention_sdk/_json.py), for the [speedups] figures."""

from __future__ import annotations

from importlib.metadata import version

from attention_sdk import _json as codec


def speedups() -> str:
    """The codec in use, as a fact for the results; refuses to run without orjson, since a
    [speedups] figure measured on the standard library would be a different figure."""
    if not codec.use_orjson:
        raise RuntimeError(
            "the [speedups] figures need orjson in use: install attention-sdk[speedups] "
            "and leave ATTENTION_JSON unset"
        )
    return f"orjson {version('orjson')}"
