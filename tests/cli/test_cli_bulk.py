"""`attention conversations bulk-update` and `bulk-archive`: input checks, dry runs, the
labels modes, reports, the journal and resume, unsure writes and the shared 429 pause."""

from __future__ import annotations

import asyncio
import csv
import hashlib
import json
import os
import pty
import re
import subprocess
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import click
import pytest
from attention_sdk.testing import AttentionStandIn, RecordedRequest
from attention_sdk.testing._messages import Reply

from ..support.cli_run import SCRIPT, Result, invoke
from ..support.keys import KEY


@pytest.fixture(scope="module")
def shared() -> Iterator[AttentionStandIn]:
    with AttentionStandIn(api_key=KEY) as server:
        yield server


@pytest.fixture
def server(shared: AttentionStandIn) -> AttentionStandIn:
    shared.reset()
    return shared


@pytest.fixture
def env(server: AttentionStandIn) -> dict[str, str]:
    return {"ATTENTION_BASE_URL": server.base_url}


def bulk(path: Path, *args: str, env: dict[str, str], command: str = "bulk-update") -> Result:
    option = "--csv" if command == "bulk-update" else "--ids"
    return invoke(["conversations", command, option, str(path), *args], env=env)


def write(tmp_path: Path, text: str, name: str = "rows.csv") -> Path:
    path = tmp_path / name
    path.write_text(text)
    return path


def journal_of(path: Path, command: str = "bulk-update") -> list[dict[str, Any]]:
    journal = path.with_name(f"{path.name}.{command}.journal.jsonl")
    return [json.loads(line) for line in journal.read_text().splitlines()]


def sent(server: AttentionStandIn) -> Counter[tuple[str, str]]:
    """(method, conversation id) of every request the stand-in received."""
    return Counter((r.method, r.path.rsplit("/", 1)[1]) for r in server.requests)


ROWS_WITH_BAD_ONES = (
    "id,title,label.stage,label.region\n"
    "conv-0001,Q4 review,won,\n"  # line 2
    "conv-0002,,lost,emea\n"  # line 3
    "conv-0003,,,\n"  # line 4: nothing to change
    ",Empty id,,\n"  # line 5
    "conv-0001,again,,\n"  # line 6: duplicate
    '"conv-0004","A title,\nover two lines",,\n'  # lines 7-8: one quoted row
    "conv-0005,x,a,b,extra\n"  # line 9: too many cells
    "conv-0006,Short row\n"  # line 10: missing cells are empty
)


def test_a_dry_run_checks_every_row_and_sends_nothing(
    server: AttentionStandIn, env: dict[str, str], tmp_path: Path
) -> None:
    path = write(tmp_path, ROWS_WITH_BAD_ONES)
    result = bulk(path, "--dry-run", env=env)
    assert result.code == 2
    assert [(row["line"], row["id"]) for row in result.lines()] == [
        (2, "conv-0001"),
        (3, "conv-0002"),
        (7, "conv-0004"),
        (10, "conv-0006"),
    ]
    assert result.lines()[0] == {
        "line": 2,
        "id": "conv-0001",
        "action": "update",
        "title": "Q4 review",
        "labels": {"stage": "won"},
        "labels_mode": "merge",
    }
    assert result.lines()[2]["title"] == "A title,\nover two lines"
    assert result.err.splitlines() == [
        "attention: line 4 (conv-0003): nothing to change: every cell but id is empty",
        "attention: line 5: id is empty",
        "attention: line 6 (conv-0001): duplicate id (first on line 2)",
        "attention: line 9: 5 cells; the header has 4",
        "attention: dry run: 4 rows would be sent, 4 bad rows; nothing was sent",
    ]
    assert bulk(path, "--dry-run", "--skip-invalid", env=env).code == 0
    table = bulk(path, "--dry-run", "--skip-invalid", "--labels", "replace", env=env)
    assert table.code == 0
    assert server.requests == []
    assert not list(tmp_path.glob("*.journal.jsonl"))
    # No key and no server are needed to check a file.
    offline = invoke(
        ["--table", "conversations", "bulk-update", "--csv", str(path), "--dry-run"],
        env={"ATTENTION_API_KEY": None, "ATTENTION_BASE_URL": "http://127.0.0.1:9/v2"},
    )
    assert "title → 'Q4 review'; labels + stage=won" in offline.out
    assert offline.code == 2


def test_a_bad_row_stops_the_job_before_anything_is_sent(
    server: AttentionStandIn, env: dict[str, str], tmp_path: Path
) -> None:
    result = bulk(write(tmp_path, ROWS_WITH_BAD_ONES), env=env)
    assert result.code == 2
    assert "attention: line 5: id is empty" in result.err
    assert "4 bad rows: nothing was sent. Fix them, or pass --skip-invalid" in result.err
    assert server.requests == []
    assert not list(tmp_path.glob("*.journal.jsonl"))


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("title\nx\n", "line 1: the header needs an id column"),
        ("id,owner\nconv-1,x\n", "line 1: unknown column 'owner'"),
        ("id,label.\nconv-1,x\n", "unknown column 'label.'"),
        ("\n\nid,title,title\nconv-1,x,y\n", "line 3: column 'title' appears twice"),
        ("", "the header needs an id column"),
    ],
)
def test_a_wrong_header_is_a_usage_error(
    env: dict[str, str], tmp_path: Path, text: str, message: str
) -> None:
    result = bulk(write(tmp_path, text), "--dry-run", env=env)
    assert result.code == 2
    assert message in result.err


def test_input_that_is_not_utf8_or_missing(env: dict[str, str], tmp_path: Path) -> None:
    path = tmp_path / "latin1.csv"
    path.write_bytes("id,title\nconv-1,caf\xe9\n".encode("latin-1"))
    assert "not UTF-8 (line 2" in bulk(path, "--dry-run", env=env).err
    missing = bulk(tmp_path / "nope.csv", env=env)
    assert missing.code == 2
    assert "cannot read" in missing.err


def test_merge_reads_each_conversation_and_keeps_its_other_labels(
    server: AttentionStandIn, env: dict[str, str], tmp_path: Path
) -> None:
    assert server.conversation("conv-0001")["attributes"]["labels"] == {
        "deal_stage": "negotiation",
        "region": "emea",
    }
    path = write(
        tmp_path,
        "id,title,label.deal_stage,label.owner\n"
        "conv-0001,,won,ana\n"  # merged into its labels
        "conv-0002,Renamed,,\n"  # a title alone: no read needed
        "conv-0001x,,,kim\n"  # unknown id: fails
        "conv-0118,,negotiation,\n",  # already so: nothing written
    )
    result = bulk(path, "--concurrency", "2", "--report", str(tmp_path / "report.csv"), env=env)
    assert result.code == 1
    assert server.conversation("conv-0001")["attributes"]["labels"] == {
        "deal_stage": "won",
        "region": "emea",
        "owner": "ana",
    }
    assert server.conversation("conv-0002")["attributes"]["title"] == "Renamed"
    assert sent(server) == Counter(
        {
            ("GET", "conv-0001"): 1,
            ("PUT", "conv-0001"): 1,
            ("PUT", "conv-0002"): 1,
            ("GET", "conv-0001x"): 1,
            ("GET", "conv-0118"): 1,
        }
    )
    assert server.write_counts() == {"conv-0001": 1, "conv-0002": 1}
    summary = result.json()
    assert {k: summary[k] for k in ("rows", "updated", "unchanged", "failed")} == {
        "rows": 4,
        "updated": 2,
        "unchanged": 1,
        "failed": 1,
    }
    assert "attention: line 4 (conv-0001x): 404 Not Found on GET /conversations/conv-0001x" in (
        result.err
    )
    assert "attention: 1 row failed (see" in result.err
    report = list(csv.reader((tmp_path / "report.csv").read_text().splitlines()))
    assert report[0] == ["line", "id", "error"]
    assert report[1][:2] == ["4", "conv-0001x"]
    assert "404 Not Found on GET /conversations/conv-0001x" in report[1][2]
    outcomes = {r["line"]: r.get("result") for r in journal_of(path) if r["event"] == "done"}
    assert outcomes == {2: "updated", 3: "updated", 5: "unchanged"}


def test_failed_rows_are_printed_up_to_twenty_without_a_report(
    server: AttentionStandIn, env: dict[str, str], tmp_path: Path
) -> None:
    rows = "".join(f"gone-{n:02d},T\n" for n in range(25))  # unknown ids: each PUT is a 404
    result = bulk(write(tmp_path, "id,title\n" + rows), "--concurrency", "4", env=env)
    assert result.code == 1
    lines = result.err.splitlines()
    assert lines[:20] == [
        f"attention: line {n + 2} (gone-{n:02d}): 404 Not Found on PUT /conversations/gone-{n:02d}"
        ": Conversation not found (1 attempt)"
        for n in range(20)
    ]  # in input order, though four ran at once
    assert lines[20:] == [
        "attention: ... and 5 more",
        "attention: 25 rows failed (--report FILE writes every one as CSV)",
    ]


def test_replace_writes_the_row_s_labels_alone_in_one_request(
    server: AttentionStandIn, env: dict[str, str], tmp_path: Path
) -> None:
    path = write(tmp_path, "id,label.stage\nconv-0001,won\nconv-0118,lost\n")
    result = bulk(path, "--labels", "replace", env=env)
    assert result.code == 0, result.err
    assert server.conversation("conv-0001")["attributes"]["labels"] == {"stage": "won"}
    assert server.conversation("conv-0118")["attributes"]["labels"] == {"stage": "lost"}
    assert sent(server) == Counter({("PUT", "conv-0001"): 1, ("PUT", "conv-0118"): 1})


def test_skipped_bad_rows_go_to_the_report(
    server: AttentionStandIn, env: dict[str, str], tmp_path: Path
) -> None:
    report = tmp_path / "report.csv"
    path = write(tmp_path, ROWS_WITH_BAD_ONES)
    result = bulk(path, "--skip-invalid", "--report", str(report), env=env)
    assert result.code == 0, result.err
    lines = list(csv.reader(report.read_text().splitlines()))
    assert [row[0] for row in lines[1:]] == ["4", "5", "6", "9"]
    assert lines[2] == ["5", "", "invalid: id is empty"]
    assert server.conversation("conv-0004")["attributes"]["title"] == "A title,\nover two lines"


def test_standard_input_and_the_journal_named_after_it(
    server: AttentionStandIn,
    env: dict[str, str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(tmp_path)
    text = "id,title\nconv-0001,From stdin\n"
    result = invoke(["conversations", "bulk-update", "--csv", "-"], env=env, input=text)
    assert result.code == 0, result.err
    digest = hashlib.sha256(text.encode()).hexdigest()[:12]
    journal = tmp_path / f"attention-stdin-{digest}.bulk-update.journal.jsonl"
    assert journal.exists()
    assert result.json()["journal"] == journal.name
    assert server.conversation("conv-0001")["attributes"]["title"] == "From stdin"


def test_bulk_archive_takes_ids_one_a_line_or_a_csv_column(
    server: AttentionStandIn, env: dict[str, str], tmp_path: Path
) -> None:
    ids = write(tmp_path, "# to archive\nconv-0001\n\n  conv-0002  \n", "ids.txt")
    assert bulk(ids, env=env, command="bulk-archive").code == 0
    table = write(tmp_path, "title,id\nx,conv-0003\ny,conv-0001\n", "export.csv")
    result = bulk(table, "--concurrency", "1", env=env, command="bulk-archive")
    assert result.code == 0, result.err
    for conversation_id in ("conv-0001", "conv-0002", "conv-0003"):
        assert server.conversation(conversation_id)["attributes"]["archived"] is True
    assert result.json()["archived"] == 2
    assert server.write_counts() == {"conv-0001": 2, "conv-0002": 1, "conv-0003": 1}
    assert sorted(r["line"] for r in journal_of(ids, "bulk-archive") if r["event"] == "done") == [
        2,
        4,
    ]
    bad = write(tmp_path, "conv-0001\nconv-0001\n..\n", "bad.txt")
    refused = bulk(bad, env=env, command="bulk-archive")
    assert refused.code == 2
    assert "line 2 (conv-0001): duplicate id (first on line 1)" in refused.err
    assert "line 3 (..): id must not be '..'" in refused.err


def test_a_journal_left_behind_needs_resume(
    server: AttentionStandIn, env: dict[str, str], tmp_path: Path
) -> None:
    path = write(tmp_path, "id,title\nconv-0001,One\nconv-0002,Two\n")
    assert bulk(path, env=env).code == 0
    server.reset()
    again = bulk(path, env=env)
    assert again.code == 2
    assert "exists (2 of 2 rows done): add --resume to go on from it" in again.err
    resumed = bulk(path, "--resume", env=env)
    assert resumed.code == 0
    assert resumed.json()["skipped_done_before"] == 2
    assert server.requests == []
    first_time = write(tmp_path, "id,title\nconv-0003,Three\n", "new.csv")
    started = bulk(first_time, "--resume", env=env)
    assert started.code == 0
    assert "no journal at" in started.err


def test_resume_skips_done_rows_and_reads_started_ones_before_writing(
    server: AttentionStandIn, env: dict[str, str], tmp_path: Path
) -> None:
    text = (
        "id,title\n"
        "conv-0001,Applied before the crash\n"  # line 2: started, and it landed
        "conv-0002,Not applied\n"  # line 3: started, never landed
        "conv-0003,Done\n"  # line 4: done
        "conv-0004,Never started\n"  # line 5
        "conv-0005,Failed before\n"  # line 6: failed (a 503, say): read first too
    )
    path = write(tmp_path, text)
    server.add_conversations(
        [
            {
                "type": "conversations",
                "id": "conv-0001",
                "attributes": {"title": "Applied before the crash"},
            }
        ]
    )
    records = [
        {"event": "job", "version": 1, "command": "bulk-update", "input": str(path),
         "sha256": hashlib.sha256(text.encode()).hexdigest(), "labels": "merge", "rows": 5},
        {"event": "run", "resume": False, "at": "2026-12-01T00:00:00+00:00"},
        {"event": "started", "line": 2, "id": "conv-0001"},
        {"event": "started", "line": 3, "id": "conv-0002"},
        {"event": "started", "line": 4, "id": "conv-0003"},
        {"event": "done", "line": 4, "id": "conv-0003", "result": "updated"},
        {"event": "started", "line": 6, "id": "conv-0005"},
        {"event": "failed", "line": 6, "id": "conv-0005", "error": "503 ..."},
    ]  # fmt: skip
    journal = path.with_name("rows.csv.bulk-update.journal.jsonl")
    lines = "".join(json.dumps(r) + "\n" for r in records)
    journal.write_text(lines + '{"event": "done", "line": 3, "id": "conv-00')  # torn by a kill
    result = bulk(path, "--resume", env=env)
    assert result.code == 0, result.err
    assert sent(server) == Counter(
        {
            ("GET", "conv-0001"): 1,  # found applied: not written again
            ("GET", "conv-0002"): 1,
            ("PUT", "conv-0002"): 1,
            ("PUT", "conv-0004"): 1,  # never started: written at once
            ("GET", "conv-0005"): 1,
            ("PUT", "conv-0005"): 1,
        }
    )
    assert server.write_counts() == {"conv-0002": 1, "conv-0004": 1, "conv-0005": 1}
    summary = result.json()
    assert (summary["skipped_done_before"], summary["already_applied"]) == (1, 1)
    assert summary["updated"] == 3
    after = journal_of(path)  # the torn line was cut off, every line parses
    assert after[: len(records)] == records
    assert after[len(records)]["event"] == "run"
    done = {r["line"]: r["result"] for r in after if r["event"] == "done"}
    assert done == {2: "already applied", 3: "updated", 4: "updated", 5: "updated", 6: "updated"}


def test_resume_refuses_another_input_or_labels_mode(env: dict[str, str], tmp_path: Path) -> None:
    path = write(tmp_path, "id,label.stage\nconv-0001,won\n")
    assert bulk(path, env=env).code == 0
    replace = bulk(path, "--resume", "--labels", "replace", env=env)
    assert replace.code == 2
    assert "was written by --labels merge" in replace.err
    path.write_text("id,label.stage\nconv-0001,lost\n")
    changed = bulk(path, "--resume", env=env)
    assert changed.code == 2
    assert "the input changed since" in changed.err


def test_a_damaged_journal_is_not_guessed_at(
    server: AttentionStandIn, env: dict[str, str], tmp_path: Path
) -> None:
    path = write(tmp_path, "id,title\nconv-0001,One\n")
    assert bulk(path, env=env).code == 0
    journal = path.with_name("rows.csv.bulk-update.journal.jsonl")
    lines = journal.read_text().splitlines(keepends=True)
    journal.write_text(lines[0] + "{not json\n" + "".join(lines[1:]))
    server.reset()
    result = bulk(path, "--resume", env=env)
    assert result.code == 2
    assert "is damaged at line 2" in result.err
    assert server.requests == []


class LosesOneReply(AttentionStandIn):
    """Applies the first PUT, then closes the connection instead of answering it."""

    lost = 0

    def _respond(self, request: RecordedRequest, authorization: str | None) -> Reply | None:
        reply = super()._respond(request, authorization)
        if request.method == "PUT" and not self.lost:
            self.lost += 1
            return None
        return reply


def test_a_write_that_may_have_landed_is_read_before_it_is_sent_again(tmp_path: Path) -> None:
    path = write(tmp_path, "id,title\nconv-0001,Once\n")
    with LosesOneReply(api_key=KEY) as server:
        result = bulk(path, "--labels", "replace", env={"ATTENTION_BASE_URL": server.base_url})
        assert result.code == 0, result.err
        assert [(r.method, r.path) for r in server.requests] == [
            ("PUT", "/v2/conversations/conv-0001"),  # applied; the answer was lost
            ("GET", "/v2/conversations/conv-0001"),  # so read: it landed
        ]
        assert server.writes("conv-0001") == 1
        assert result.json()["updated"] == 1
        assert result.json()["retried"] == 1


def test_a_500_is_read_before_the_write_is_sent_again(
    server: AttentionStandIn, env: dict[str, str], tmp_path: Path
) -> None:
    server.fail_next(1, 500)
    result = bulk(write(tmp_path, "id,title\nconv-0001,Once\n"), env=env)
    assert result.code == 0, result.err
    assert [r.method for r in server.requests] == ["PUT", "GET", "PUT"]
    assert server.writes("conv-0001") == 1


class Timed(AttentionStandIn):
    """Records when each request arrived and the status it got."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.log: list[tuple[float, int, str]] = []

    def _respond(self, request: RecordedRequest, authorization: str | None) -> Reply | None:
        arrived = time.monotonic()
        reply = super()._respond(request, authorization)
        self.log.append((arrived, reply[0] if reply else 0, request.path))
        return reply


def test_a_429_slows_every_worker_and_its_retry_after_holds_its_own_row(
    tmp_path: Path,
) -> None:
    rows = "".join(f"conv-{n:04d},T{n}\n" for n in range(1, 81))
    path = write(tmp_path, "id,title\n" + rows)
    with Timed(api_key=KEY) as server:
        server.fail_next(1, 429, retry_after="1")
        result = bulk(
            path,
            "--concurrency",
            "8",
            "--labels",
            "replace",
            env={"ATTENTION_BASE_URL": server.base_url},
        )
        assert result.code == 0, result.err
        log = sorted(server.log)
    ((limited, _, row),) = [entry for entry in log if entry[1] == 429]
    # The throttled row waited out its Retry-After before it was sent again ...
    (again,) = [arrived - limited for arrived, _, sent in log if sent == row and arrived > limited]
    assert again >= 0.95
    # ... while the other workers went on, at the cut rate, in the meantime.
    meanwhile = [arrived - limited for arrived, _, _ in log if 0 < arrived - limited < 0.9]
    assert len(meanwhile) >= 10
    summary = result.json()
    assert (summary["throttled"], summary["retried"]) == (1, 0)
    assert summary["waited_seconds"] > 0
    assert summary["rate"] is not None  # the 429 gave the adaptive limiter a rate
    assert server.write_counts() == {f"conv-{n:04d}": 1 for n in range(1, 81)}


@pytest.mark.parametrize("retry_after", [1, None], ids=["retry-after", "no-retry-after"])
def test_a_rate_limited_api_never_makes_the_job_lose_or_repeat_a_row(
    retry_after: int | None, tmp_path: Path
) -> None:
    ids = [f"conv-{n:04d}" for n in range(1, 81)]
    path = write(tmp_path, "id,title\n" + "".join(f"{cid},T-{cid}\n" for cid in ids))
    with AttentionStandIn(api_key=KEY) as server:
        # Well under what 16 workers send unlimited: the job meets the limit within its
        # first second (the limiter starts at 10 a second and doubles).
        server.rate_limit(50, burst=5, retry_after=retry_after)
        result = bulk(
            path,
            "--concurrency",
            "16",
            "--labels",
            "replace",
            env={"ATTENTION_BASE_URL": server.base_url},
        )
        assert result.code == 0, result.err
        assert server.write_counts() == dict.fromkeys(ids, 1)
        assert all(server.conversation(cid)["attributes"]["title"] == f"T-{cid}" for cid in ids)
        throttled = server.throttled
    summary = result.json()
    assert (summary["updated"], summary["failed"]) == (80, 0)
    # Every 429 was sent again through the limiter, by the client: none used up a
    # row's retries.
    assert summary["throttled"] == throttled > 0
    assert summary["retried"] == 0
    assert summary["rate"] is not None
    done = [r["line"] for r in journal_of(path) if r["event"] == "done"]
    assert sorted(done) == list(range(2, 82))


def test_rate_fixes_the_limit(tmp_path: Path) -> None:
    rows = "".join(f"conv-{n:04d},T{n}\n" for n in range(1, 21))
    path = write(tmp_path, "id,title\n" + rows)
    with Timed(api_key=KEY) as server:
        result = bulk(
            path,
            "--concurrency",
            "8",
            "--labels",
            "replace",
            "--rate",
            "40",
            env={"ATTENTION_BASE_URL": server.base_url},
        )
        assert result.code == 0, result.err
        arrived = sorted(at for at, _, _ in server.log)
    # One request a 1/40 s: 20 requests span at least 19/40 s (less a little jitter).
    assert len(arrived) == 20
    assert arrived[-1] - arrived[0] >= 0.9 * 19 / 40
    summary = result.json()
    assert (summary["rate"], summary["throttled"], summary["updated"]) == (40.0, 0, 20)


@pytest.mark.parametrize("rate", ["0", "-1", "fast"])
def test_a_bad_rate_is_refused_before_anything_is_sent(
    rate: str, server: AttentionStandIn, env: dict[str, str], tmp_path: Path
) -> None:
    result = bulk(write(tmp_path, "id,title\nconv-0001,T\n"), "--rate", rate, env=env)
    assert result.code == 2
    assert "--rate" in result.err
    assert server.requests == []


def test_a_retry_after_beyond_the_cap_fails_its_row_without_holding_the_others(
    server: AttentionStandIn, env: dict[str, str], tmp_path: Path
) -> None:
    rows = "".join(f"conv-{n:04d},T{n}\n" for n in range(1, 11))
    server.fail_next(1, 429, retry_after="3600")
    result = bulk(write(tmp_path, "id,title\n" + rows), "--labels", "replace", env=env)
    assert result.code == 1
    summary = result.json()
    assert (summary["updated"], summary["failed"]) == (9, 1)
    assert summary["seconds"] < 30  # nothing waited out the hour
    assert summary["waited_seconds"] < 30


def test_a_job_refuses_clients_that_do_not_share_one_limiter(tmp_path: Path) -> None:
    from attention_sdk import AsyncAttention, RateLimit
    from attention_sdk.cli._jobs import Job
    from attention_sdk.cli._journal import Journal

    journal = Journal.open(tmp_path / "j.jsonl", keep_bytes=None)
    try:
        shared = RateLimit.adaptive()
        ok = [AsyncAttention(api_key=KEY, rate_limit=shared) for _ in range(2)]
        assert Job("update", [], ok, journal).limiter is shared
        for clients in (
            [AsyncAttention(api_key=KEY)],
            [ok[0], AsyncAttention(api_key=KEY, rate_limit=RateLimit.adaptive())],
        ):
            with pytest.raises(ValueError, match="share one RateLimit"):
                Job("update", [], clients, journal)
    finally:
        journal.close()


def test_a_refused_key_stops_the_job(env: dict[str, str], tmp_path: Path) -> None:
    rows = "".join(f"conv-{n:04d},T{n}\n" for n in range(1, 41))
    path = write(tmp_path, "id,title\n" + rows)
    result = bulk(path, "--concurrency", "2", env={**env, "ATTENTION_API_KEY": "sk-revoked"})
    assert result.code == 3
    assert "job stopped: 401 Unauthorized" in result.err
    summary = result.json()
    assert summary["failed"] <= 2
    assert summary["not_started"] >= 38


def test_no_row_is_sent_before_its_started_record_is_fsynced(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = "".join(f"conv-{n:04d},T{n}\n" for n in range(1, 41))
    path = write(tmp_path, "id,title\n" + rows)
    journal = path.with_name("rows.csv.bulk-update.journal.jsonl")
    synced: list[tuple[float, set[str]]] = []  # when an fsync ended, and what it covered
    real_fsync = os.fsync

    def slow_fsync(descriptor: int) -> None:
        covered = {
            json.loads(line)["id"]
            for line in journal.read_text().splitlines()
            if '"event":"started"' in line
        }
        time.sleep(0.01)  # a slow disk, so that a request sent too early would show
        real_fsync(descriptor)
        synced.append((time.monotonic(), covered))

    monkeypatch.setattr(os, "fsync", slow_fsync)
    with Timed(api_key=KEY) as server:
        arrivals: list[tuple[float, str]] = []
        respond = server._respond

        def record(request: RecordedRequest, authorization: str | None) -> Reply | None:
            arrivals.append((time.monotonic(), request.path.rsplit("/", 1)[1]))
            return respond(request, authorization)

        monkeypatch.setattr(server, "_respond", record)
        result = bulk(
            path, "--concurrency", "8", "--labels", "replace",
            env={"ATTENTION_BASE_URL": server.base_url},
        )  # fmt: skip
        assert result.code == 0, result.err
    assert len(arrivals) == 40
    for arrived, conversation_id in arrivals:
        assert any(done <= arrived and conversation_id in ids for done, ids in synced), (
            conversation_id
        )


def test_a_terminal_shows_a_progress_bar_with_rate_eta_and_counts(
    server: AttentionStandIn, tmp_path: Path
) -> None:
    rows = "".join(f"conv-{n:04d},T{n}\n" for n in range(1, 21))
    path = write(tmp_path, "id,title\n" + rows)
    server.fail_next(1, 429, retry_after="0")
    environment = {**os.environ, "ATTENTION_API_KEY": KEY, "ATTENTION_BASE_URL": server.base_url}
    controller, terminal = pty.openpty()
    try:
        process = subprocess.run(
            [str(SCRIPT), "conversations", "bulk-update", "--csv", str(path)],
            env={**environment, "COLUMNS": "120"},
            stdout=subprocess.PIPE,
            stderr=terminal,
            timeout=60,
        )
        os.close(terminal)
        received = b""
        while True:
            try:
                chunk = os.read(controller, 65536)
            except OSError:  # the other end is closed: all is read
                break
            if not chunk:
                break
            received += chunk
    finally:
        os.close(controller)
    assert process.returncode == 0
    shown = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", received.decode())
    assert "20/20" in shown
    assert "done 20 retried 0 429s 1 failed 0" in shown
    assert re.search(r"\d+/s ETA", shown)
    assert json.loads(process.stdout)["updated"] == 20  # the summary, on the pipe


def test_without_signal_handlers_the_job_still_runs(
    server: AttentionStandIn, env: dict[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # As on Windows' event loop, which has no add_signal_handler.
    def unsupported(*args: Any) -> None:
        raise NotImplementedError

    monkeypatch.setattr(asyncio.SelectorEventLoop, "add_signal_handler", unsupported)
    monkeypatch.setattr(asyncio.SelectorEventLoop, "remove_signal_handler", unsupported)
    result = bulk(write(tmp_path, "id,title\nconv-0001,No signals\n"), env=env)
    assert result.code == 0, result.err
    assert server.conversation("conv-0001")["attributes"]["title"] == "No signals"


@pytest.mark.parametrize(
    ("choice", "installed", "backend", "clients"),
    [
        ("auto", True, "aiohttp", 1),  # one aiohttp client serves every worker
        ("auto", False, "httpx", 4),  # httpx: a client per worker (see _jobs)
        ("httpx", True, "httpx", 4),
        ("aiohttp", True, "aiohttp", 1),
    ],
)
def test_the_http_backend_is_aiohttp_when_the_extra_is_installed(
    server: AttentionStandIn,
    env: dict[str, str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    choice: str,
    installed: bool,
    backend: str,
    clients: int,
) -> None:
    import importlib.util

    from attention_sdk import AsyncAttention
    from attention_sdk.cli import _bulk

    made: list[str] = []

    class Recording(AsyncAttention):
        def __init__(self, **options: Any) -> None:
            made.append(options["http_backend"])
            super().__init__(**options)

    real = importlib.util.find_spec
    monkeypatch.setattr(_bulk, "AsyncAttention", Recording)
    monkeypatch.setattr(
        importlib.util,
        "find_spec",
        lambda name, *a: (
            (real(name, *a) if installed else None) if name == "aiohttp" else real(name, *a)
        ),
    )
    rows = "".join(f"conv-{n:04d},T{n}\n" for n in range(1, 21))
    path = write(tmp_path, "id,title\n" + rows)
    result = bulk(path, "--concurrency", "4", "--http-backend", choice, env=env)
    assert result.code == 0, result.err
    assert made == [backend] * clients
    assert server.write_counts() == {f"conv-{n:04d}": 1 for n in range(1, 21)}


def test_asking_for_aiohttp_without_the_extra_is_a_usage_error(
    server: AttentionStandIn, env: dict[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util,
        "find_spec",
        lambda name, *a: None if name == "aiohttp" else real(name, *a),
    )
    path = write(tmp_path, "id,title\nconv-0001,T\n")
    result = bulk(path, "--http-backend", "aiohttp", env=env)
    assert result.code == 2
    assert 'pip install "attention-sdk[aiohttp]"' in result.err
    assert server.requests == []


# --- rows from a list filter ---------------------------------------------------------------


def acme(server: AttentionStandIn) -> list[str]:
    """The conversations whose title names Acme, as the stand-in holds them now."""
    return [
        cid
        for cid in server.conversation_ids()
        if "acme" in (server.conversation(cid)["attributes"].get("title") or "").lower()
    ]


def test_a_filter_job_renames_every_match_once_though_renaming_moves_them_out_of_it(
    server: AttentionStandIn,
    env: dict[str, str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from attention_sdk import Attention
    from attention_sdk.cli import _filter

    matches = acme(server)
    assert len(matches) >= 8
    labels = {cid: server.conversation(cid)["attributes"].get("labels") or {} for cid in matches}
    # Why the ids are collected first: a loop that renames as it walks the pages skips
    # conversations, since each rename moves the later matches up under the walk.
    with Attention(api_key=KEY, base_url=server.base_url) as client:
        for conversation in client.conversations.list(filter_title="Acme", size=3):
            client.conversations.update(conversation.id, title="Renamed")
    assert 0 < len(server.write_counts()) < len(matches)

    server.reset()
    monkeypatch.setattr(_filter, "PAGE_SIZE", 3)  # several pages, as the loop above had
    monkeypatch.chdir(tmp_path)
    change = ["--filter-title", "Acme", "--title", "Renamed", "--label", "stage=won"]
    result = invoke(["conversations", "bulk-update", *change, "--concurrency", "4"], env=env)
    assert result.code == 0, result.err
    assert server.write_counts() == dict.fromkeys(matches, 1)  # every one, exactly once
    for cid in matches:
        attributes = server.conversation(cid)["attributes"]
        assert attributes["title"] == "Renamed"
        assert attributes["labels"] == {**labels[cid], "stage": "won"}  # merged: --labels merge
    assert acme(server) == []  # they all left the filter
    lists = [
        i for i, r in enumerate(server.requests) if r.path.startswith("/v2/conversations/list")
    ]
    writes = [i for i, r in enumerate(server.requests) if r.method == "PUT"]
    assert len(lists) == -(-len(matches) // 3)  # every page, each once
    assert max(lists) < min(writes)  # and all of them before the first write
    summary = result.json()
    assert (summary["rows"], summary["updated"]) == (len(matches), len(matches))
    journal = [json.loads(line) for line in Path(summary["journal"]).read_text().splitlines()]
    assert Path(summary["journal"]).name.startswith("attention-filter-")
    assert journal[0]["ids"] == matches
    assert journal[0]["filter"] == {"filter_title": "Acme"}
    assert journal[0]["change"] == {"title": "Renamed", "labels": {"stage": "won"}}


class RefusesSomeWrites(AttentionStandIn):
    """Answers 400 to the first PUT of each id in ``refuse``."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.refuse: set[str] = set()

    def _respond(self, request: RecordedRequest, authorization: str | None) -> Reply | None:
        conversation_id = request.path.rsplit("/", 1)[1]
        if request.method == "PUT" and conversation_id in self.refuse:
            self.refuse.discard(conversation_id)
            with self._lock:
                self._requests.append(request)
            return 400, b'{"message": "try later"}', {}
        return super()._respond(request, authorization)


def test_resume_works_on_the_ids_the_first_run_found_never_on_a_new_query(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    change = ["--filter-title", "Acme", "--title", "Renamed"]
    with RefusesSomeWrites(api_key=KEY) as server:
        env = {"ATTENTION_BASE_URL": server.base_url}
        matches = acme(server)
        server.refuse = set(matches[2:4])
        first = invoke(["conversations", "bulk-update", *change, "--concurrency", "1"], env=env)
        assert first.code == 1
        assert first.json()["failed"] == 2
        # A conversation that the filter selects now: a fresh query would take it in.
        new = {"type": "conversations", "id": "conv-new", "attributes": {"title": "Acme too"}}
        server.add_conversations([new])
        before = len(server.requests)
        resumed = invoke(["conversations", "bulk-update", *change, "--resume"], env=env)
        assert resumed.code == 0, resumed.err
        sent = [(r.method, r.path.rsplit("/", 1)[1]) for r in server.requests[before:]]
        # The two failed rows: read first (a failed write may have landed), then written.
        assert sorted(sent) == sorted(
            [("GET", cid) for cid in matches[2:4]] + [("PUT", cid) for cid in matches[2:4]]
        )
        assert server.write_counts() == dict.fromkeys(matches, 1)
        assert server.conversation("conv-new")["attributes"]["title"] == "Acme too"
        summary = resumed.json()
        assert (summary["skipped_done_before"], summary["updated"]) == (len(matches) - 2, 2)
        journal = ["--resume", "--journal", summary["journal"]]
        other_change = ["--filter-title", "Acme", "--title", "Other"]
        other = invoke(["conversations", "bulk-update", *other_change, *journal], env=env)
    assert other.code == 2
    assert "the input changed since (or the filter, or the change)" in other.err


def test_file_or_filter_one_of_them_and_a_dry_run_of_a_filter(
    server: AttentionStandIn, env: dict[str, str], tmp_path: Path
) -> None:
    rows = write(tmp_path, "id,title\nconv-0001,X\n")
    for args, message in (
        (["bulk-archive"], "which rows? Give --ids FILE (- for standard input), or a filter"),
        (["bulk-update", "--title", "X"], "which rows? Give --csv FILE"),
        (["bulk-archive", "--ids", str(rows), "--filter-title", "Acme"], "not both"),
        (["bulk-update", "--csv", str(rows), "--filter-hide-internal", "--title", "X"], "not both"),
        (["bulk-update", "--filter-title", "Acme"], "with a filter, say what to change"),
        (["bulk-update", "--csv", str(rows), "--label", "a=b"], "--title and --label go with"),
        (["bulk-update", "--filter-title", "Acme", "--label", "ab"], "'ab' is not KEY=VALUE"),
    ):
        result = invoke(["conversations", *args], env=env)
        assert result.code == 2, args
        assert message in result.err, (message, result.err)
    assert server.requests == []
    matches = acme(server)
    dry = invoke(["conversations", "bulk-archive", "--filter-title", "acme", "--dry-run"], env=env)
    assert dry.code == 0, dry.err
    assert dry.lines() == [
        {"line": n, "id": cid, "action": "archive"} for n, cid in enumerate(matches, start=1)
    ]
    assert {r.method for r in server.requests} == {"GET"}  # the list, and nothing else
    assert not list(tmp_path.glob("*.journal.jsonl"))


def test_the_filter_options_are_the_list_s_own_derived_from_its_signature() -> None:
    import inspect

    from attention_sdk import Attention
    from attention_sdk.cli._app import cli

    client = Attention(api_key="unused", base_url="http://127.0.0.1:9/v2")
    signature = inspect.signature(client.conversations.list).parameters
    per_call = {"timeout", "max_retries", "extra_headers", "extra_query", "extra_body"}
    expected = {name for name in signature if name not in per_call | {"page", "size"}}
    assert "filter_title" in expected
    assert isinstance(cli, click.Group)
    group = cli.commands["conversations"]
    assert isinstance(group, click.Group)
    for name in ("bulk-update", "bulk-archive"):
        params = {param.name for param in group.commands[name].params}
        assert expected <= params, name
        assert not params & (per_call | {"page", "size", "limit"}), name
