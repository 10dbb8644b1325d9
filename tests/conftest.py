"""Shared fixtures: the two documented example responses and the spec."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SPEC_PATH = ROOT / "openapi" / "attention.yaml"

EXAMPLE_NAMES = ("seed_conversation", "docs_new_conversation")


def load_example(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((FIXTURES / f"{name}.json").read_text())
    return data


@pytest.fixture(scope="session")
def spec() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text())
    return loaded


@pytest.fixture(params=EXAMPLE_NAMES)
def example(request: pytest.FixtureRequest) -> dict[str, Any]:
    """Each documented example response, as a fresh copy the test may change."""
    return copy.deepcopy(load_example(request.param))
