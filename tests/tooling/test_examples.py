"""The jobs in examples/, run against the stand-in as a user would run them.

crm_sync.py and import_recordings.py are modelled on public scripts that call the live
API (stephenolivas/attention-close-data-sync); these tests hold them to what their
docstrings promise: a window that never narrows and a note per conversation once, and
an import per recording once, however often the job runs and whatever fails midway.
"""

from __future__ import annotations

import csv
import importlib.util
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from attention_sdk import Attention, RetryPolicy
from attention_sdk.testing import AttentionStandIn

from ..conftest import ROOT
from ..support.keys import KEY


def _example(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, ROOT / "examples" / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


crm_sync = _example("crm_sync")
import_recordings = _example("import_recordings")


@pytest.fixture(scope="module")
def server() -> Iterator[AttentionStandIn]:
    with AttentionStandIn(api_key=KEY) as standin:
        yield standin


@pytest.fixture
def env(server: AttentionStandIn, monkeypatch: pytest.MonkeyPatch) -> AttentionStandIn:
    server.reset()
    monkeypatch.setenv("ATTENTION_API_KEY", KEY)
    monkeypatch.setenv("ATTENTION_BASE_URL", server.base_url)
    return server


# --- the CRM sync over a time window -----------------------------------------------------


def _window(server: AttentionStandIn) -> list[tuple[str, str]]:
    """The fromDateTime and toDateTime of every list request, as sent."""
    found = []
    for request in server.requests:
        query = parse_qs(urlsplit(request.path).query)
        if urlsplit(request.path).path == "/v2/conversations":
            found.append((query["fromDateTime"][0], query["toDateTime"][0]))
    return found


def test_the_sync_writes_each_analysed_conversation_of_the_window_once(
    env: AttentionStandIn, tmp_path: Path
) -> None:
    state, out = tmp_path / "state.json", tmp_path / "notes.jsonl"
    args = ["--state", str(state), "--out", str(out), "--hours", "240"]
    # conv-0020 and conv-0021 were created 2024-03-05 05:00 and 2024-03-06 07:00 UTC.
    assert crm_sync.main([*args, "--now", "2024-03-06T08:00:00.250+01:00"]) == 0
    assert _window(env) == [("2024-02-25T07:00:00Z", "2024-03-06T07:00:01Z")]
    first = [json.loads(line) for line in out.read_text().splitlines()]
    in_window = [
        cid
        for cid in env.conversation_ids()
        if "2024-02-25T07:00:00Z"
        <= env.conversation(cid)["attributes"]["createdAt"]
        <= "2024-03-06T07:00:01Z"
        and env.conversation(cid)["attributes"]["transcriptStatus"].lower() == "completed"
    ]
    assert sorted(n["conversation"] for n in first) == sorted(in_window)
    assert len(in_window) >= 5
    customer = next(n for n in first if not n["title"].startswith("Internal"))
    assert customer["intelligence"]["next_steps"].startswith("Send ")
    assert customer["contacts"]
    assert not any(c.endswith("@seller.example") for c in customer["contacts"])
    # The next run starts where this one ended: a conversation on the boundary is seen
    # again (the bound rounds down) but not written again.
    env.reset()
    assert crm_sync.main([*args, "--now", "2024-03-12T00:00:00Z"]) == 0
    assert _window(env) == [("2024-03-06T07:00:00Z", "2024-03-12T00:00:00Z")]
    notes = [json.loads(line)["conversation"] for line in out.read_text().splitlines()]
    assert len(notes) == len(set(notes)) > len(first)


def test_a_failed_sync_records_nothing(env: AttentionStandIn, tmp_path: Path) -> None:
    state, out = tmp_path / "state.json", tmp_path / "notes.jsonl"
    env.fail_next(10, 503)
    code = crm_sync.main(["--state", str(state), "--out", str(out), "--now", "2024-03-06T00:00Z"])
    assert code == 1
    assert not state.exists()
    assert not out.exists()


# --- the importer, idempotent by external id --------------------------------------------


def _recordings(path: Path, count: int) -> Path:
    with path.open("w", newline="", encoding="utf-8") as file:
        writer = csv.writer(file)
        writer.writerow(["call_id", "media_url", "user_id", "started_at", "title"])
        for n in range(1, count + 1):
            writer.writerow(
                [
                    f"dialer-{n}",
                    f"https://media.example/{n}.mp3",
                    "user-uuid-0002",
                    "2026-11-30T15:00:00.5+01:00",
                    f"Call {n}",
                ]
            )
    return path


def _imported(server: AttentionStandIn) -> dict[str, int]:
    """Writes per conversation created by an import (not the seeded ones)."""
    return {cid: n for cid, n in server.write_counts().items() if not cid.startswith("conv-")}


def test_the_importer_imports_each_recording_once_across_runs(
    env: AttentionStandIn, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = _recordings(tmp_path / "calls.csv", 3)
    assert import_recordings.main([str(rows)]) == 0
    assert capsys.readouterr().out.strip() == "imported: 3, skipped: 0, failed: 0"
    assert import_recordings.main([str(rows)]) == 0
    assert capsys.readouterr().out.strip() == "imported: 0, skipped: 3, failed: 0"
    imported = _imported(env)
    assert sorted(imported.values()) == [1, 1, 1]
    titles = {env.conversation(cid)["attributes"]["title"] for cid in imported}
    assert titles == {"Call 1", "Call 2", "Call 3"}


class _AnswerLost(httpx.BaseTransport):
    """Sends every request, but loses the answer to the first import: a 503 instead."""

    def __init__(self) -> None:
        self.inner = httpx.HTTPTransport()
        self.lost = False

    def close(self) -> None:
        self.inner.close()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        if request.method == "POST" and not self.lost:
            self.lost = True
            response.read()
            response.close()
            return httpx.Response(503, json={"message": "gateway timeout"}, request=request)
        return response


def test_an_import_whose_answer_was_lost_is_not_imported_twice(env: AttentionStandIn) -> None:
    rows = list(csv.DictReader(_recordings_text(2)))
    transport = _AnswerLost()
    with (
        httpx.Client(transport=transport) as http,  # the caller's client: closed by the caller
        Attention(
            api_key=KEY, base_url=env.base_url, http_client=http, retry_policy=RetryPolicy.instant()
        ) as client,
    ):
        counts = import_recordings.run(client, rows)
    assert transport.lost
    assert counts == {"imported": 2}
    assert sorted(_imported(env).values()) == [1, 1]  # the lost one landed, once
    posts = [r for r in env.requests if r.method == "POST"]
    assert len(posts) == 2


def _recordings_text(count: int) -> list[str]:
    lines = ["call_id,media_url,user_id,started_at,title"]
    lines += [
        f"lost-{n},https://media.example/{n}.mp3,user-uuid-0001,2026-11-30T15:00:00Z,Call {n}"
        for n in range(1, count + 1)
    ]
    return lines
