"""Replay the recorded cassettes offline: the HTTP of every call is pinned.

Record mode "none": a request the cassette does not hold fails the test, and no
socket is opened. Re-record with `make cassettes`.
"""

from __future__ import annotations

import re

import pytest
from attention_sdk import APIStatusError
from vcr.errors import CannotOverwriteExistingCassetteException

from ..support.cassettes import (
    CASSETTES,
    MODES,
    PRODUCTION,
    RECORDING_KEY,
    SCENARIOS,
    WRONG_KEY,
    Scenario,
    make_vcr,
    run,
)

# Not the recording key: a replay matches method, path, query and body, never the key.
REPLAY_KEY = "sk-replay-key"


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: s.name)
def test_replay(scenario: Scenario, mode: str) -> None:
    replay = make_vcr("none", secrets=[])
    with replay.use_cassette(scenario.cassette(mode)) as cassette:
        seen = run(scenario, mode, PRODUCTION, REPLAY_KEY)
        assert cassette.all_played
    assert cassette.play_count == scenario.expect_requests
    assert seen.attempts == scenario.expect_requests
    assert len(seen.sleeps) == scenario.retries
    if scenario.expect_sleeps:  # a Retry-After fixes the waits exactly
        assert tuple(seen.sleeps) == scenario.expect_sleeps
    result = seen.result if seen.error is None else seen.error
    if scenario.expect_error is not None:
        assert type(result) is scenario.expect_error, result
        assert isinstance(result, APIStatusError)
        assert result.status_code == cassette.responses[-1]["status"]["code"]
        return
    assert seen.error is None, repr(seen.error)
    assert scenario.expect is not None, "a success scenario says what must come back"
    scenario.expect(result)


def test_a_request_not_in_the_cassette_fails_instead_of_reaching_the_network() -> None:
    scenario = next(s for s in SCENARIOS if s.name == "update-title")
    other = Scenario("update-title", lambda c: c.update("conv-uuid-123", title="Something else"))
    replay = make_vcr("none", secrets=[])
    with replay.use_cassette(scenario.cassette("sync")):
        seen = run(other, "sync", PRODUCTION, REPLAY_KEY)
    assert isinstance(seen.error, CannotOverwriteExistingCassetteException)


def test_every_scenario_has_both_cassettes() -> None:
    expected = {s.cassette(mode) for s in SCENARIOS for mode in MODES}
    assert {p.name for p in CASSETTES.glob("*.yaml")} == expected


@pytest.mark.parametrize("path", sorted(CASSETTES.glob("*.yaml")), ids=lambda p: p.name)
def test_no_cassette_carries_a_key(path: object) -> None:
    text = path.read_text()  # type: ignore[attr-defined]
    for key in (RECORDING_KEY, WRONG_KEY):
        assert key not in text
    assert not re.search(r"eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.", text)
    assert not re.search(r"(?i)authorization", text)
    assert "Bearer sk" not in text
    # Production URIs only: stand-in and live recordings are interchangeable.
    for uri in re.findall(r"uri: (\S+)", text):
        assert uri.startswith(PRODUCTION + "/"), uri
