"""Shared fixtures: the two documented example responses and the spec."""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from .support import retrylog, yamlfile

# pytester runs a user's suite of its own in tests/standin/test_testing_kit.py; the package's
# own plugin gives the attention_* fixtures, as it gives them to users.
pytest_plugins = ["pytester", "attention_sdk.testing.pytest_plugin"]

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SPEC_PATH = ROOT / "openapi" / "attention.yaml"

EXAMPLE_NAMES = ("seed_conversation", "docs_new_conversation")


def _model_names() -> list[str]:
    import attention_client.models

    # The models package also exports the Literal types of enums (GetConversationBy),
    # which are values, not models.
    return sorted(
        name
        for name in attention_client.models.__all__
        if isinstance(getattr(attention_client.models, name), type)
    )


MODEL_NAMES = _model_names()
"""Every generated model class (the spec's component schemas), by name."""


def load_example(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((FIXTURES / f"{name}.json").read_text())
    return data


@pytest.fixture(scope="session")
def spec() -> dict[str, Any]:
    loaded: dict[str, Any] = yamlfile.load(SPEC_PATH)
    return loaded


@pytest.fixture(params=EXAMPLE_NAMES)
def example(request: pytest.FixtureRequest) -> dict[str, Any]:
    """Each documented example response, as a fresh copy the test may change."""
    return copy.deepcopy(load_example(request.param))


@pytest.fixture
def report(record_property: Any) -> Any:
    """Record one row of the reliability table (make reliability) for this test.

    The row is stored as pytest user properties; tests/support/reliability_report.py collects
    them. Recording changes nothing else, so the tests run the same under make test.
    """

    def row(
        scenario: str, expected: str, observed: str, attempts: int | str = "", **extra: Any
    ) -> None:
        record_property("scenario", scenario)
        record_property("expected", expected)
        record_property("observed", observed)
        record_property("attempts", attempts)
        for name, value in extra.items():
            record_property(name, value)

    return row


@pytest.fixture(autouse=True)
def _detach_retry_logs() -> Iterator[None]:
    # A Harness attaches a RetryLog to the attention_sdk logger; it goes with its test.
    yield
    retrylog.detach_all()
