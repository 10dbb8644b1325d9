"""The testing kit, as a user meets it: a suite of their own, run by pytest (pytester).

The suite opts into attention_sdk.testing.pytest_plugin, injects a 503 and asserts the
retry, seeds a conversation, uses the async client from asyncio.run, and records a
cassette against the stand-in on one run that replays on the next (a new session, so a
new stand-in port), with the key nowhere in the file.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from ..conftest import ROOT
from ..support.docblocks import blocks

GUIDE = ROOT / "docs" / "guides" / "testing.md"  # Testing your code


def user_suite() -> dict[str, str]:
    """The files of the testing guide's example: each ```python block that starts with a
    comment naming its file (``# conftest.py``)."""
    return {b.file: b.code for b in blocks(GUIDE) if b.lang == "python" and b.file}


def test_the_testing_guide_shows_a_whole_suite() -> None:
    files = user_suite()
    assert "conftest.py" in files
    assert 'pytest_plugins = ["attention_sdk.testing.pytest_plugin"]' in files["conftest.py"]
    assert any(name.startswith("test_") for name in files)


def test_a_users_suite_from_the_readme_runs_offline_and_replays_its_cassette(
    pytester: pytest.Pytester,
) -> None:
    pytester.makepyfile(**{name.removesuffix(".py"): text for name, text in user_suite().items()})
    first = pytester.runpytest_inprocess("-p", "no:cacheprovider", "-W", "error", "-q")
    tests = re.findall(r"^def test_", "\n".join(user_suite().values()), re.M)
    first.assert_outcomes(passed=len(tests))
    cassettes = list(Path(pytester.path).rglob("*.yaml"))
    assert cassettes, "the suite records a cassette"
    for cassette in cassettes:
        text = cassette.read_text()
        assert "attention-test-key" not in text
        assert not re.search(r"(?i)authorization", text)
    # The next run is a new session: a new stand-in on a new port. The cassette exists,
    # so record mode "once" replays it and fails any request it does not hold.
    before = {path: path.read_bytes() for path in cassettes}
    second = pytester.runpytest_inprocess("-p", "no:cacheprovider", "-W", "error", "-q")
    second.assert_outcomes(passed=first.parseoutcomes()["passed"])
    assert {path: path.read_bytes() for path in cassettes} == before
