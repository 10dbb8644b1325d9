"""Which operation of the spec a request is: its method and concrete path, matched
against the spec's path templates (literal paths before templated ones)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from .strategies import load_spec


def _templates() -> list[tuple[re.Pattern[str], str, Mapping[str, Any]]]:
    """(pattern, path, path item), literal paths before templated ones."""
    found = []
    for path, item in load_spec()["paths"].items():
        pattern = re.sub(r"\\{(\w+)\\}", r"(?P<\1>[^/]+)", re.escape(path))
        found.append((re.compile(f"^{pattern}$"), path, item))
    return sorted(found, key=lambda entry: entry[1].count("{"))


_TEMPLATES = _templates()


def operation_at(method: str, path: str) -> tuple[str, Mapping[str, Any]]:
    """(path template, operation) of a request; fails the test for an undeclared one."""
    for pattern, template, item in _TEMPLATES:
        if pattern.match(path) and method.lower() in item:
            return template, item[method.lower()]
    raise AssertionError(f"{method} {path} is not an operation of the spec")
