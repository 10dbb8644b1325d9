"""Compare JSON documents the way a round trip should preserve them."""

from __future__ import annotations

import datetime
from typing import Any

from attention_client.types import parse_datetime


def _as_instant(value: str) -> datetime.datetime | None:
    if "T" not in value.upper() or len(value) < 16:
        return None
    try:
        return parse_datetime(value)
    except ValueError:
        return None


def assert_same_json(expected: Any, actual: Any, path: str = "$") -> None:
    """Assert equal JSON, treating two date-time strings as equal when they name one instant.

    Types are compared strictly (``1`` is not ``1.0``, ``True`` is not ``1``), so a
    coercion by the models shows up as a failure with the JSON path that changed.
    """
    assert type(expected) is type(actual), f"{path}: {expected!r} became {actual!r}"
    if isinstance(expected, dict):
        assert expected.keys() == actual.keys(), (
            f"{path}: keys lost {sorted(expected.keys() - actual.keys())}, "
            f"added {sorted(actual.keys() - expected.keys())}"
        )
        for key in expected:
            assert_same_json(expected[key], actual[key], f"{path}.{key}")
    elif isinstance(expected, list):
        assert len(expected) == len(actual), f"{path}: length {len(expected)} -> {len(actual)}"
        for index, (want, got) in enumerate(zip(expected, actual, strict=True)):
            assert_same_json(want, got, f"{path}[{index}]")
    elif isinstance(expected, str) and expected != actual:
        want_instant, got_instant = _as_instant(expected), _as_instant(actual)
        assert want_instant is not None, f"{path}: {expected!r} became {actual!r}"
        assert want_instant == got_instant, f"{path}: {expected!r} became {actual!r}"
    else:
        assert expected == actual, f"{path}: {expected!r} became {actual!r}"
