"""The crash tests of issue 13: a bulk job of 1,000 rows against a stand-in that is rate
limited (a token bucket, 429 without Retry-After: the job's adaptive limiter has to find
the limit) and answers 10% of the requests it lets through with 503 (and a little
latency), killed at a random (seeded) point, then resumed. Every row must be applied
exactly once: none lost, none written twice (the stand-in counts the changes it applies
per conversation), and the final state must be the CSV's.

The stand-in runs in this process and the CLI in a subprocess, the installed
`attention` script, so that it can be killed. The signal is sent by the stand-in itself
while it applies the N-th write (N seeded, at random), so the kill always hits requests
in flight: that write, at least, lands without its answer ever reaching the CLI, and is
recorded as started but not done, which is the case resume must handle.
"""

from __future__ import annotations

import itertools
import json
import random
import signal
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from attention_sdk.testing import AttentionStandIn, RecordedRequest
from attention_sdk.testing._messages import Reply

from ..support.cli_run import SCRIPT
from ..support.keys import KEY

ROWS = 1000
FAULT_RATE = 0.10
LATENCY = 0.003
CONCURRENCY = 16
# Requests a second: well under what the job sends unlimited, even on a busy machine (at
# 500, a loaded two-core machine once resumed the job without meeting the limit).
RATE, BURST = 300, 10


def conversations() -> list[dict[str, Any]]:
    return [
        {
            "type": "conversations",
            "id": f"bulk-{n:04d}",
            "attributes": {"title": "Old", "labels": {"stage": "old", "region": "emea"}},
        }
        for n in range(1, ROWS + 1)
    ]


def wanted(n: int) -> tuple[str, str]:
    return f"Renewal {n}", ("won", "lost", "open")[n % 3]


class Signalling(AttentionStandIn):
    """Sends ``signal`` to ``process`` while it applies the ``at``-th successful write,
    before that write is answered."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.process: subprocess.Popen[str] | None = None
        self.signal = signal.SIGKILL
        self.at = 0
        self._count = itertools.count(1)

    def _respond(self, request: RecordedRequest, authorization: str | None) -> Reply | None:
        reply = super()._respond(request, authorization)
        writing = request.method in ("PUT", "DELETE") and reply is not None and reply[0] == 200
        if writing and next(self._count) == self.at and self.process is not None:
            self.process.send_signal(self.signal)
        return reply


@pytest.fixture
def server() -> Iterator[Signalling]:
    with Signalling(api_key=KEY, conversations=conversations()) as standin:
        standin.latency = LATENCY
        standin.rate_limit(RATE, burst=BURST, retry_after=None)
        # Faults come with a short Retry-After, so the shared pause is exercised without
        # making the test wait out the default backoff.
        standin.fail_randomly(FAULT_RATE, [503], headers={"retry-after-ms": "20"}, seed=13)
        yield standin


def write_csv(tmp_path: Path) -> Path:
    path = tmp_path / "renewals.csv"
    lines = ["id,title,label.stage"]
    lines += [f"bulk-{n:04d},{','.join(wanted(n))}" for n in range(1, ROWS + 1)]
    path.write_text("\n".join(lines) + "\n")
    return path


def start(server: AttentionStandIn, path: Path, *extra: str) -> subprocess.Popen[str]:
    command = [str(SCRIPT), "conversations", "bulk-update", "--csv", str(path)]
    command += ["--concurrency", str(CONCURRENCY), *extra]
    return subprocess.Popen(
        command,
        env={"ATTENTION_API_KEY": KEY, "ATTENTION_BASE_URL": server.base_url, "PATH": "/usr/bin"},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def journal(path: Path) -> list[dict[str, Any]]:
    text = path.with_name(path.name + ".bulk-update.journal.jsonl").read_text()
    return [json.loads(line) for line in text.splitlines()]


def last_events(records: list[dict[str, Any]]) -> dict[str, str]:
    last: dict[str, str] = {}
    for record in records:
        if record["event"] in ("started", "done", "failed"):
            last[record["id"]] = record["event"]
    return last


def settle(server: AttentionStandIn) -> None:
    """Let the requests the CLI left in flight finish on the stand-in's side."""
    time.sleep(LATENCY * 10 + 0.1)


def resume_and_check(server: AttentionStandIn, path: Path, *extra: str) -> dict[str, Any]:
    """Resume the job; check that every row was applied exactly once, and the end state."""
    resumed = start(server, path, "--resume", *extra)
    out, err = resumed.communicate(timeout=120)
    assert resumed.returncode == 0, err
    summary: dict[str, Any] = json.loads(out)
    # Exactly once: every conversation written one time, in the two runs together.
    assert server.write_counts() == {f"bulk-{n:04d}": 1 for n in range(1, ROWS + 1)}
    replace = "replace" in extra
    for n in range(1, ROWS + 1):
        title, stage = wanted(n)
        attributes = server.conversation(f"bulk-{n:04d}")["attributes"]
        assert attributes["title"] == title
        labels = {"stage": stage} if replace else {"stage": stage, "region": "emea"}
        assert attributes["labels"] == labels
    last = last_events(journal(path))
    assert len(last) == ROWS
    assert set(last.values()) == {"done"}
    return summary


def test_killed_with_sigkill_mid_job_then_resumed_writes_every_row_exactly_once(
    server: Signalling, tmp_path: Path
) -> None:
    # --labels replace: a row is one blind PUT, so only the journal tells a resumed run
    # which rows to read first.
    path = write_csv(tmp_path)
    server.at = random.Random(1301).randint(ROWS // 10, ROWS * 8 // 10)
    server.signal = signal.SIGKILL
    server.process = process = start(server, path, "--labels", "replace")
    process.communicate(timeout=120)
    assert process.returncode == -signal.SIGKILL
    settle(server)

    at_kill = last_events(journal(path))
    writes = server.write_counts()
    done = [cid for cid, event in at_kill.items() if event == "done"]
    unfinished = [cid for cid, event in at_kill.items() if event != "done"]
    landed_unrecorded = [cid for cid in unfinished if writes.get(cid)]
    assert 0 < len(done) < ROWS
    assert all(writes[cid] == 1 for cid in done)
    assert sum(writes.values()) >= server.at
    # The kill hit requests in flight: the stand-in applied them, the journal says started.
    assert landed_unrecorded

    summary = resume_and_check(server, path, "--labels", "replace")
    assert summary["already_applied"] == len(landed_unrecorded)
    assert summary["skipped_done_before"] == len(done)
    assert summary["retried"] > 0  # the faults were met, and ridden out
    assert summary["throttled"] > 0  # and the limit


def test_ctrl_c_stops_cleanly_then_resume_finishes_exactly_once(
    server: Signalling, tmp_path: Path
) -> None:
    path = write_csv(tmp_path)  # --labels merge (the default): read, merge, write
    server.at = random.Random(1302).randint(ROWS // 10, ROWS * 6 // 10)
    server.signal = signal.SIGINT
    server.process = process = start(server, path)
    out, err = process.communicate(timeout=120)
    assert process.returncode == 130, err
    assert "stopped:" in err
    assert "run the same command with --resume" in err
    settle(server)

    # Consistent: what was applied is exactly what the journal says is done (the rows in
    # flight finished and were recorded), and nothing was written twice.
    at_stop = last_events(journal(path))
    done = {cid for cid, event in at_stop.items() if event == "done"}
    assert len(done) >= server.at
    assert done == set(server.write_counts())
    assert set(server.write_counts().values()) == {1}
    summary = json.loads(out)
    assert summary["updated"] == len(done)
    assert summary["not_started"] + summary["interrupted"] == ROWS - len(done)
    assert summary["not_started"] > 0

    resumed = resume_and_check(server, path)
    assert resumed["skipped_done_before"] == len(done)
