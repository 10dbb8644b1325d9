"""The contract against the spec: requests generated from openapi/attention.yaml by
schemathesis (valid ones, and invalid ones the API must refuse), sent to the stand-in,
and every response checked against the spec: status, content type, headers and body
schema, refusals of invalid data, auth, and methods the spec does not list (405).

Deterministic (derandomized, no example database), so CI runs the same cases each time.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis
from attention_sdk.testing import AttentionStandIn
from hypothesis import HealthCheck, settings
from schemathesis.config import SchemathesisConfig
from schemathesis.generation.case import Case

from ..conftest import SPEC_PATH
from ..support.keys import KEY

# The key goes through schemathesis's own auth, not a header forced onto every call, so
# that its negative cases without Authorization are sent without it (and must get 401).
AUTH = {"auth": {"openapi": {"APIKeyHeader": {"api_key": f"Bearer {KEY}"}}}}
SCHEMA = schemathesis.openapi.from_path(SPEC_PATH, config=SchemathesisConfig.from_dict(AUTH))


@pytest.fixture(scope="module")
def standin() -> Iterator[AttentionStandIn]:
    with AttentionStandIn(api_key=KEY) as server:
        yield server


# Per operation: 20 in `make test` (59 operations, within its time), 200 in `make fuzz`.
EXAMPLES = 200 if os.environ.get("ATTENTION_HYPOTHESIS_PROFILE") == "fuzz" else 20


@SCHEMA.parametrize()
@settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=True,
    database=None,
    # A stand-in on loopback is fast, but generation of the larger bodies is not.
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
def test_the_stand_in_keeps_the_contract(case: Case[Any], standin: AttentionStandIn) -> None:
    case.validate_response(case.call(base_url=standin.base_url))
