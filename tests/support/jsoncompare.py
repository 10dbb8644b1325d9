"""Compare JSON documents the way a round trip should preserve them: exactly."""

from __future__ import annotations

from typing import Any


def assert_same_json(expected: Any, actual: Any, path: str = "$") -> None:
    """Assert equal JSON, reporting the JSON path of the first difference.

    Types are compared strictly (``1`` is not ``1.0``, ``True`` is not ``1``), and strings
    exactly: a date-time must come back as the very text that came (``Z`` is not
    ``+00:00``), so a coercion by the models shows up as a failure with the path that
    changed.
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
    else:
        assert expected == actual, f"{path}: {expected!r} became {actual!r}"
