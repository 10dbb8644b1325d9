"""The JSON codec: orjson (the [speedups] extra) decides nothing the standard library
would decide differently. Every input is decoded both ways and the results compared;
make test also runs the client's tests with ATTENTION_JSON=stdlib.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator
from typing import Any

import pytest
from attention_sdk import _json, to_json
from attention_sdk._decode import NotJSON, json_value
from attention_sdk.types import Conversation
from hypothesis import given, settings
from hypothesis import strategies as st

from ..conftest import load_example

SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),  # beyond 64 bits too: orjson refuses those
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(),  # lone surrogates too: orjson refuses those
)
VALUES = st.recursive(
    SCALARS,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.text(), inner, max_size=4)
    ),
    max_leaves=20,
)


@pytest.fixture(params=["orjson", "stdlib"])
def codec(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    if request.param == "orjson":
        pytest.importorskip("orjson")
    monkeypatch.setattr(_json, "use_orjson", request.param == "orjson")
    return str(request.param)


def _same(a: Any, b: Any) -> bool:
    """Equal as JSON values, NaN equal to NaN."""
    if isinstance(a, float) and isinstance(b, float) and math.isnan(a) and math.isnan(b):
        return True
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_same(a[k], b[k]) for k in a)
    return type(a) is type(b) and a == b


def _decoded(data: bytes, use_orjson: bool) -> tuple[str, Any]:
    previous, _json.use_orjson = _json.use_orjson, use_orjson
    try:
        return "value", json_value(data)
    except NotJSON:
        return "refused", None
    finally:
        _json.use_orjson = previous


def _encodings(text: str) -> Iterator[bytes]:
    yield text.encode("utf-8", "surrogatepass")
    yield b"\xef\xbb\xbf" + text.encode("utf-8", "surrogatepass")  # a byte-order mark
    for codec in ("utf-16", "utf-16-le", "utf-32-be"):
        yield text.encode(codec, "surrogatepass")


HOSTILE = [
    "NaN",
    "[Infinity, -Infinity]",
    str(2**64),
    str(-(2**70)),
    '"\\ud800"',
    '{"a": 1, "a": 2}',
    "[" * 2000 + "]" * 2000,
    "1e400",
    "-0",
    '"\\u0000"',
    " {} ",
    "",
    "{",
    "01",
    "[12345678901234567890123, 1.5]",
    '{"id": "1234567890123456789012"}',  # a long digit run in a string: stdlib decides
]


@pytest.mark.parametrize("text", HOSTILE)
def test_both_codecs_decide_alike_on_hostile_inputs(text: str) -> None:
    for data in _encodings(text):
        pytest.importorskip("orjson")
        fast, slow = _decoded(data, True), _decoded(data, False)
        assert fast[0] == slow[0], data[:40]
        assert _same(fast[1], slow[1]), data[:40]


@given(value=VALUES, nan=st.booleans())
@settings(max_examples=300, deadline=None, database=None, derandomize=True)
def test_both_codecs_decode_any_json_alike(value: Any, nan: bool) -> None:
    pytest.importorskip("orjson")
    text = json.dumps([value, float("nan")] if nan else value)  # NaN literals too
    for data in _encodings(text):
        fast, slow = _decoded(data, True), _decoded(data, False)
        assert fast[0] == slow[0]
        assert _same(fast[1], slow[1])


@pytest.mark.parametrize("use_orjson", [True, False])
def test_encoding_writes_the_same_values(use_orjson: bool) -> None:
    if use_orjson:
        pytest.importorskip("orjson")

    @given(value=VALUES)
    @settings(max_examples=300, deadline=None, database=None, derandomize=True)
    def check(value: Any) -> None:
        previous, _json.use_orjson = _json.use_orjson, use_orjson
        try:
            encoded = _json.dumps(value)
        finally:
            _json.use_orjson = previous
        assert _same(json.loads(encoded), json.loads(json.dumps(value)))

    check()


def test_encoding_refuses_what_json_cannot_hold(codec: str) -> None:
    with pytest.raises(TypeError):
        _json.dumps({"when": object()})
    if codec == "stdlib":  # orjson writes NaN as null (the module docstring says why)
        with pytest.raises(ValueError, match="JSON compliant"):
            _json.dumps(float("nan"))


def test_to_json_is_the_models_json(codec: str) -> None:
    example = load_example("docs_new_conversation")
    conv = Conversation.from_dict(example)
    assert json.loads(to_json(conv)) == json.loads(json.dumps(conv.to_dict()))


def test_the_codec_in_use_follows_the_environment() -> None:
    orjson = pytest.importorskip("orjson")
    assert orjson is not None
    import os
    import subprocess
    import sys

    code = "from attention_sdk import _json; print(_json.use_orjson)"
    for setting, expected in (("", "True"), ("stdlib", "False"), ("STDLIB", "False")):
        env = {**os.environ, "ATTENTION_JSON": setting}
        out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
        assert out.stdout.strip() == expected, (setting, out.stderr)
