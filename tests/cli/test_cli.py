"""`attention`, the command line: the commands derived from the operation table, run
against the stand-in as a user would; output, exit codes, and the key kept out of
everything. How the tree follows the table: tests/cli/test_cli_table.py."""

from __future__ import annotations

import http.server
import json
import logging
import os
import pty
import re
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from attention_sdk.cli._app import run
from attention_sdk.testing import AttentionStandIn

from ..conftest import ROOT
from ..support.cli_run import SCRIPT, invoke, script
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


# --- the commands (tests/cli/test_cli_table.py: every operation of the table has one) ------------


def test_a_closed_set_of_values_is_a_choice(server: AttentionStandIn, env: dict[str, str]) -> None:
    # retrieve's `by` is Literal["id", "external_id"]: --by offers exactly those.
    args = ["conversations", "get", "ext-0003", "--filter-include-import-metadata"]
    found = invoke([*args, "--by", "external_id"], env=env).json()
    assert found["id"] == "conv-0003"
    assert found["attributes"]["importMetadata"]["applicationExternalID"] == "ext-0003"
    refused = invoke([*args, "--by", "external-id"], env=env)
    assert refused.code == 2
    assert "'external-id' is not one of 'id', 'external_id'" in refused.err
    assert server.requests[-1].path.endswith(
        "?by=external_id&filter%5Binclude_import_metadata%5D=true"
    )


def test_the_issue_s_names_work_as_aliases(server: AttentionStandIn, env: dict[str, str]) -> None:
    assert invoke(["conversations", "get", "conv-0001"], env=env).json()["id"] == "conv-0001"
    found = invoke(["conversations", "by-external-id", "ext-0002"], env=env).json()
    assert found["conversation_id"] == "conv-0002"
    help_text = invoke(["conversations", "--help"]).out
    assert "Get one conversation. (also: get)" in help_text
    assert re.search(r"\bimport\s+Import a recording", help_text)


# --- every operation, against the stand-in -------------------------------------------------


def test_list_streams_every_page(server: AttentionStandIn, env: dict[str, str]) -> None:
    result = invoke(["conversations", "list", "--size", "50"], env=env)
    assert result.code == 0, result.err
    assert [c["id"] for c in result.lines()] == server.conversation_ids()  # all 122, 3 pages
    assert len(server.requests) == 3


def test_list_limit_stops_asking_for_pages(server: AttentionStandIn, env: dict[str, str]) -> None:
    result = invoke(["conversations", "list", "--size", "10", "--limit", "25"], env=env)
    assert [c["id"] for c in result.lines()] == server.conversation_ids()[:25]
    assert [r.path for r in server.requests] == [  # no fourth page: 25 came in three
        "/v2/conversations/list?size=10",
        "/v2/conversations/list?size=10&page=2",
        "/v2/conversations/list?size=10&page=3",
    ]


def test_list_filters_arrive_as_the_api_names_them(
    server: AttentionStandIn, env: dict[str, str]
) -> None:
    result = invoke(
        [
            "conversations",
            "list",
            "--filter-title",
            "Acme",
            "--filter-hide-internal",
            "--filter-owner-email",
            "ana@seller.example",
            "--filter-owner-email",
            "ben@seller.example",
            "--from-date-time",
            "2024-02-01T00:00:00Z",
        ],
        env=env,
    )
    assert result.code == 0, result.err
    assert result.lines()
    assert all("Acme" in c["attributes"]["title"] for c in result.lines())
    query = server.requests[0].path
    for expected in (
        "filter%5Btitle%5D=Acme",
        "filter%5Bhide_internal%5D=true",
        "filter%5Bowner.email%5D=ana%40seller.example",
        "filter%5Bowner.email%5D=ben%40seller.example",
        "fromDateTime=2024-02-01",
    ):
        assert expected in query, expected


def test_get_update_and_the_other_changes(server: AttentionStandIn, env: dict[str, str]) -> None:
    def ok(*args: str) -> Any:
        result = invoke(["conversations", *args], env=env)
        assert result.code == 0, result.err
        return result.json()

    assert ok("retrieve", "conv-0001")["attributes"]["title"] == "Product demo - Initech"
    changed = ok("update", "conv-0001", "--title", "Q4", "--labels", "stage=won", "--labels", "r=x")
    merged = {"deal_stage": "negotiation", "region": "emea", "stage": "won", "r": "x"}
    assert changed["attributes"]["labels"] == merged  # merged into its labels: see below
    assert server.requests[-1].json == {"title": "Q4", "labels": merged}
    ok("update-title", "conv-0002", "--title", "Renamed")
    ok("update-labels", "conv-0002", "--labels", "a=1", "--skip-analysis", "--replace-labels")
    assert server.requests[-1].json == {"labels": {"a": "1"}, "skip_analysis": True}
    ok("archive", "conv-0003")
    ok("change-privacy", "conv-0004")
    ok(
        "update-linked-crm-records",
        "conv-0005",
        "--linked-crm-records",
        '[{"id": "deal-1", "code": "deals"}]',
    )
    stored = {
        cid: server.conversation(cid)["attributes"]
        for cid in ("conv-0001", "conv-0002", "conv-0003", "conv-0004", "conv-0005")
    }
    assert stored["conv-0001"]["title"] == "Q4"
    assert (stored["conv-0002"]["title"], stored["conv-0002"]["labels"]) == ("Renamed", {"a": "1"})
    assert stored["conv-0003"]["archived"] is True
    assert stored["conv-0004"]["private"] is True
    assert stored["conv-0005"]["linkedCrmRecords"] == [{"id": "deal-1", "code": "deals"}]


def test_update_merges_labels_by_default_and_replaces_them_on_request(
    server: AttentionStandIn, env: dict[str, str]
) -> None:
    # The stand-in replaces a conversation's labels with those it is sent, as an API that
    # replaces would: merging must keep the others all the same.
    def wire() -> list[tuple[str, str, Any]]:
        return [
            (r.method, r.path.removeprefix("/v2/conversations/"), r.json) for r in server.requests
        ]

    def call(*args: str) -> Any:
        return invoke(["conversations", *args], env=env)

    result = call("update", "conv-0001", "--labels", "region=apac", "--labels", "stage=won")
    assert result.code == 0, result.err
    labels = {"deal_stage": "negotiation", "region": "apac", "stage": "won"}
    assert wire() == [("GET", "conv-0001", None), ("PUT", "conv-0001", {"labels": labels})]
    assert server.conversation("conv-0001")["attributes"]["labels"] == labels
    assert result.json()["attributes"]["labels"] == labels

    server.reset()
    headers = ["--extra-headers", "X-Run=r1"]  # the per-call options reach the read too
    result = call(
        "update-labels", "conv-0003", "--labels", "stage=won", "--skip-analysis", *headers
    )
    assert result.code == 0, result.err
    labels = {"deal_stage": "discovery", "stage": "won"}
    assert wire() == [
        ("GET", "conv-0003", None),
        ("PUT", "conv-0003/labels", {"labels": labels, "skip_analysis": True}),
    ]
    assert [r.headers.get("x-run") for r in server.requests] == ["r1", "r1"]
    assert server.conversation("conv-0003")["attributes"]["labels"] == labels

    server.reset()
    result = call("update", "conv-0001", "--labels", "stage=won", "--replace-labels")
    assert result.code == 0, result.err
    assert wire() == [("PUT", "conv-0001", {"labels": {"stage": "won"}})]
    assert server.conversation("conv-0001")["attributes"]["labels"] == {"stage": "won"}

    server.reset()
    assert call("update", "conv-0001", "--title", "No labels").code == 0
    assert wire() == [("PUT", "conv-0001", {"title": "No labels"})]  # nothing to merge: no read

    server.reset()
    refused = call("update", "conv-0001", "--title", "T", "--replace-labels")
    assert refused.code == 2
    assert "--replace-labels needs --labels" in refused.err
    missing = call("update", "no-such-id", "--labels", "a=1")
    assert missing.code == 4
    assert wire() == [("GET", "no-such-id", None)]  # not found on the read: nothing written
    assert server.write_counts() == {}


def test_import_then_find_it_by_external_id(server: AttentionStandIn, env: dict[str, str]) -> None:
    upload = invoke(["conversations", "get-upload-url"], env=env).json()
    assert upload["url"].startswith("https://uploads.stand-in.invalid/")
    imported = invoke(
        [
            "conversations",
            "import",
            "--media-url",
            upload["downloadUrl"],
            "--user-id",
            "user-uuid-0001",
            "--application-external-id",
            "dialer-42",
            "--conversation-title",
            "Imported",
            "--conversation-started-at",
            "2024-03-18T10:00:00Z",
            "--skip-scorecard-calculation",
            "--headers",
            '[{"key": "X-Token", "value": "t"}]',
        ],
        env=env,
    )
    assert imported.code == 0, imported.err
    body = server.requests[-1].json
    assert body["conversationStartedAt"].startswith("2024-03-18T10:00:00")
    assert body["skipScorecardCalculation"] is True
    assert body["headers"] == [{"key": "X-Token", "value": "t"}]
    found = invoke(["conversations", "by-external-id", "dialer-42"], env=env).json()
    assert found["conversation_id"] == imported.json()["uuid"]


def test_the_sdk_s_argument_checks_are_usage_errors(
    server: AttentionStandIn, env: dict[str, str]
) -> None:
    for args, message in (
        (["update", "conv-0001"], "update needs at least one of title and labels"),
        (["list", "--size", "51"], "size"),
        (["get", ".."], "must not be '..'"),
        (
            ["update-linked-crm-records", "conv-1", "--linked-crm-records", '[{"id": 1}]'],
            "linked_crm_records[0]['id'] must be a str",
        ),
    ):
        result = invoke(["conversations", *args], env=env)
        assert result.code == 2, args
        assert message in result.err, (message, result.err)
    assert server.requests == []  # refused before anything was sent


# --- output ----------------------------------------------------------------------------------


def test_table_output(server: AttentionStandIn, env: dict[str, str]) -> None:
    one = invoke(["--table", "conversations", "get", "conv-0001"], env=env, input="")
    assert re.search(r"title\s+Product demo - Initech", one.out)
    assert re.search(r"labels\s+deal_stage=negotiation, region=emea", one.out)
    assert re.search(r"createdAt\s+2024-01-09 11:00Z", one.out)
    many = invoke(["--table", "conversations", "list", "--size", "3", "--limit", "7"], env=env)
    lines = many.out.splitlines()
    assert lines[0].split()[:3] == ["id", "title", "createdAt"]  # one header, then 7 rows
    assert [line.split()[0] for line in lines[1:]] == server.conversation_ids()[:7]


def test_json_when_asked_even_with_table_settings(env: dict[str, str]) -> None:
    result = invoke(["--json", "conversations", "get", "conv-0001"], env=env)
    assert json.loads(result.out)["id"] == "conv-0001"
    assert result.out.count("\n") == 1  # one object, one line


def _is_table(result: Any) -> bool:
    assert result.code == 0, result.err
    return not result.out.lstrip().startswith("{")


def test_output_options_work_before_or_after_the_group_and_the_command(
    server: AttentionStandIn, env: dict[str, str], tmp_path: Path
) -> None:
    get = ["get", "conv-0001"]
    for args in (
        ["--table", "conversations", *get],
        ["conversations", "--table", *get],
        ["conversations", *get, "--table"],
        ["--json", "conversations", *get, "--table"],  # the last one given wins
        ["conversations", "--json", *get, "--json", "--table"],
    ):
        assert _is_table(invoke(args, env=env)), args
    for args in (
        ["--table", "conversations", *get, "--json"],
        ["conversations", "--table", *get, "--json"],
        ["--table", "conversations", "--json", *get],
    ):
        assert not _is_table(invoke(args, env=env)), args
    rows = tmp_path / "rows.csv"
    rows.write_text("id,title\nconv-0001,New\n")
    update = ["bulk-update", "--csv", str(rows), "--dry-run"]
    assert _is_table(invoke(["conversations", *update, "--table"], env=env))
    assert not _is_table(invoke(["conversations", "--table", *update, "--json"], env=env))
    archive = ["bulk-archive", "--ids", str(rows), "--dry-run"]
    assert _is_table(invoke(["conversations", *archive, "--table"], env=env))
    # --debug, after the command: the traceback and the request log.
    debug = invoke(["conversations", "get", "no-such-id", "--debug"], env=env)
    assert debug.code == 4
    assert "Traceback (most recent call last)" in debug.err
    assert "attention: DEBUG GET /v2/conversations/no-such-id -> 404" in debug.err
    # A line that does not parse leaves no log handler behind (for callers that run
    # commands in their own process, as these tests do).
    logger = logging.getLogger("attention_sdk")
    handlers = list(logger.handlers)
    assert invoke(["--debug", "--nope", "conversations", "list"], env=env).code == 2
    assert invoke(["conversations", "list", "--debug", "--nope"], env=env).code == 2
    assert logger.handlers == handlers
    # The line is parsed, not searched: "--debug" as an option's value is that value.
    titled = invoke(["conversations", "update", "conv-0001", "--title", "--debug"], env=env)
    assert titled.json()["attributes"]["title"] == "--debug"
    assert titled.err == ""
    assert server.requests[-1].json == {"title": "--debug"}
    assert all(not r.path.endswith("/list") for r in server.requests)  # dry runs send nothing


def test_a_terminal_gets_a_table_and_a_pipe_gets_json(server: AttentionStandIn) -> None:
    args = [str(SCRIPT), "conversations", "get", "conv-0001"]
    environment = {**os.environ, "ATTENTION_API_KEY": KEY, "ATTENTION_BASE_URL": server.base_url}
    piped = subprocess.run(args, env=environment, capture_output=True, text=True, timeout=30)
    assert json.loads(piped.stdout)["id"] == "conv-0001"
    controller, terminal = pty.openpty()
    try:
        process = subprocess.run(
            args, env=environment, stdout=terminal, stderr=subprocess.PIPE, timeout=30
        )
        os.close(terminal)
        received = b""
        while True:
            try:
                chunk = os.read(controller, 65536)
            except OSError:  # the terminal's other end is closed: all read
                break
            if not chunk:
                break
            received += chunk
    finally:
        os.close(controller)
    assert process.returncode == 0, process.stderr
    text = received.decode()
    assert "field" in text
    assert "Product demo - Initech" in text
    assert not text.lstrip().startswith("{")


def test_a_reader_that_stops_early_ends_the_command_quietly_with_0(
    server: AttentionStandIn,
) -> None:
    # More output than a pipe holds (64 kB), so the command is still writing when head
    # exits: the write fails with EPIPE. JSON goes through click's echo path, the table
    # through rich's console, which each used to exit with status 1.
    server.add_conversations(
        {"type": "conversations", "id": f"conv-x{n:04d}", "attributes": {"title": f"T{n}"}}
        for n in range(1000)
    )
    pipelines = {
        "json": f"{SCRIPT} --stand-in conversations list | head -1",
        "table": f"{SCRIPT} --table conversations list --size 50 | head -1",
    }
    environment = {**os.environ, "ATTENTION_API_KEY": KEY, "ATTENTION_BASE_URL": server.base_url}
    for kind, pipeline in pipelines.items():
        done = subprocess.run(
            ["bash", "-o", "pipefail", "-c", pipeline],
            env=environment,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert (done.returncode, done.stderr) == (0, ""), kind
        assert done.stdout.startswith('{"type": "conversations"' if kind == "json" else "id ")


def test_shell_completion_is_still_served(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # run() drives the command itself rather than through click's main(), which offered
    # completion: it must still answer click's protocol.
    monkeypatch.setenv("_ATTENTION_COMPLETE", "bash_complete")
    monkeypatch.setenv("COMP_WORDS", "attention conversations bulk-")
    monkeypatch.setenv("COMP_CWORD", "2")
    with pytest.raises(SystemExit) as done:
        run([])
    assert done.value.code == 0
    assert capsys.readouterr().out.split() == ["plain,bulk-archive", "plain,bulk-update"]


# --- configuration -------------------------------------------------------------------------


def test_the_stand_in_needs_no_key_and_the_script_is_installed() -> None:
    result = script(["--stand-in", "conversations", "list", "--limit", "3"])
    assert result.code == 0, result.err
    assert [c["id"] for c in result.lines()] == ["conv-0119", "conv-0120", "conv-0118"]
    dry = script(
        ["conversations", "bulk-update", "--csv", "-", "--dry-run"],
        input="id,title\nconv-0001,New\n",
    )
    assert dry.code == 0, dry.err
    assert dry.lines() == [
        {"line": 2, "id": "conv-0001", "action": "update", "title": "New", "labels_mode": "merge"}
    ]


def test_python_m_runs_the_same_command() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "attention_sdk.cli", "--version"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.startswith("attention, version ")


def test_options_reach_the_client(server: AttentionStandIn) -> None:
    server.fail_next(1, 503)
    result = invoke(
        ["--base-url", server.base_url, "--max-retries", "0", "conversations", "get", "conv-0001"],
        env={"ATTENTION_BASE_URL": "http://127.0.0.1:9/v2"},
    )
    assert result.code == 6  # no retry, so the 503 stands; and the option won over the env
    assert len(server.requests) == 1
    # Its own stand-in: requests still sleeping out the latency must not touch other tests.
    with AttentionStandIn(api_key=KEY) as slow_server:
        slow_server.latency = 0.5
        slow = invoke(
            [
                "--base-url",
                slow_server.base_url,
                "--timeout",
                "0.1",
                "--max-retries",
                "0",
                "conversations",
                "get",
                "conv-0001",
            ]
        )
    assert slow.code == 7
    assert "timed out" in slow.err


def test_an_option_the_client_refuses_is_a_usage_error() -> None:
    result = invoke(["--base-url", "http://api.example.com/v2", "conversations", "get", "c-1"])
    assert result.code == 2
    assert result.err.startswith("attention: error: ")
    assert "http://" in result.err


def test_stand_in_and_base_url_exclude_each_other() -> None:
    result = invoke(["--stand-in", "--base-url", "http://127.0.0.1:1/v2", "conversations", "list"])
    assert result.code == 2
    assert "--stand-in and --base-url cannot be used together" in result.err


# --- errors and exit codes -----------------------------------------------------------------


class _NotJSON(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        body = b"<html>maintenance</html>"
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def html_server() -> Iterator[str]:
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _NotJSON)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/v2"
    httpd.shutdown()
    httpd.server_close()


def test_each_class_of_failure_has_its_exit_code(
    server: AttentionStandIn, env: dict[str, str], html_server: str
) -> None:
    get = ["--max-retries", "1", "conversations", "get", "conv-0001"]

    def code(fault: int | None = None, *, times: int = 1, **environment: str | None) -> int:
        if fault is not None:
            server.fail_next(times, fault, retry_after="0")
        result = invoke(get, env={**env, **environment})
        assert result.err.count("\n") == 1, result.err  # one line, no traceback
        assert result.err.startswith("attention: error: ")
        return result.code

    assert code(ATTENTION_API_KEY=None) == 3  # no key
    assert code(ATTENTION_API_KEY="sk-wrong") == 3  # 401
    assert code(403) == 3
    assert invoke(["conversations", "get", "no-such-id"], env=env).code == 4
    assert code(429, times=2) == 5  # still rate limited after the retry
    assert code(503, times=2) == 6
    assert code(400) == 8
    assert code(409, times=2) == 8  # retried, then refused for good
    assert code(ATTENTION_BASE_URL="http://127.0.0.1:9/v2") == 7
    assert code(ATTENTION_BASE_URL=html_server) == 9
    assert invoke(["conversations", "get"]).code == 2  # usage: the id is missing
    assert invoke(["conversations", "frobnicate"]).code == 2
    missing = invoke(get, env={**env, "ATTENTION_API_KEY": None})
    assert "no API key: set ATTENTION_API_KEY (or try --stand-in" in missing.err
    assert len(server.requests) == 1 + 1 + 1 + 2 + 2 + 1 + 2  # every fault was used up


def test_debug_shows_the_traceback(server: AttentionStandIn, env: dict[str, str]) -> None:
    logger = logging.getLogger("attention_sdk")
    before = (logger.level, list(logger.handlers))
    result = invoke(["--debug", "conversations", "get", "no-such-id"], env=env)
    assert (logger.level, logger.handlers) == before  # put back as it was
    assert result.code == 4
    assert "Traceback (most recent call last)" in result.err
    assert "NotFoundError" in result.err
    assert "attention: DEBUG GET /v2/conversations/no-such-id -> 404" in result.err


def test_the_key_never_appears_in_output_or_logs(
    server: AttentionStandIn, env: dict[str, str]
) -> None:
    echoed = json.dumps({"message": f"bad key {KEY}", "detail": {"key": KEY}}).encode()
    server.fail_next(1, 400, body=echoed)
    server.fail_next(1, 500, body=f"upstream said Authorization: Bearer {KEY}".encode())
    server.add_conversations(
        [{"type": "conversations", "id": "conv-echo", "attributes": {"title": f"key={KEY}"}}]
    )
    runs = [
        invoke(["--debug", "conversations", "get", "conv-0001"], env=env),
        invoke(["--debug", "--max-retries", "0", "conversations", "get", "conv-0001"], env=env),
        invoke(["--debug", "conversations", "get", "conv-echo"], env=env),
        invoke(["--table", "conversations", "get", "conv-echo"], env=env),
    ]
    assert [r.code for r in runs] == [8, 6, 0, 0]
    for result in runs:
        assert KEY not in result.out + result.err
    assert "bad key [redacted]" in runs[0].err
    assert "key=[redacted]" in runs[2].out
    assert "key=[redacted]" in runs[3].out


def test_a_short_key_is_redacted_only_where_a_whole_value_equals_it(tmp_path: Path) -> None:
    # "bul" is inside bulk-update, the summary's keys and the journal's name: none of them
    # may change. Where the key is a whole value, or a whole word of an error, it goes.
    with AttentionStandIn(api_key="bul") as server:
        server.add_conversations(
            [
                {
                    "type": "conversations",
                    "id": "conv-short",
                    "attributes": {"title": "bul", "labels": {"owner": "bul", "team": "bulls"}},
                },
                {"type": "conversations", "id": "conv-word", "attributes": {"title": "bulk bul"}},
            ]
        )
        env = {"ATTENTION_API_KEY": "bul", "ATTENTION_BASE_URL": server.base_url}
        short = invoke(["conversations", "get", "conv-short"], env=env).json()
        assert short["attributes"]["title"] == "[redacted]"
        assert short["attributes"]["labels"] == {"owner": "[redacted]", "team": "bulls"}
        word = invoke(["conversations", "get", "conv-word"], env=env)
        assert word.json()["attributes"]["title"] == "bulk bul"  # a value: not all of it
        table = invoke(["--table", "conversations", "get", "conv-short"], env=env)
        assert re.search(r"labels\s+owner=\[redacted\], team=bulls", table.out)
        server.fail_next(1, 400, body=b'{"message": "key bul cannot bulk-update"}')
        refused = invoke(["conversations", "get", "conv-word"], env=env)
        assert refused.code == 8
        assert "key [redacted] cannot bulk-update" in refused.err

        ids = tmp_path / "ids.txt"
        ids.write_text("conv-word\nconv-0001\n")
        server.fail_next(1, 400, body=b'{"message": "key bul cannot bulk-archive"}')
        report = tmp_path / "report.csv"
        archive = ["conversations", "bulk-archive", "--ids", str(ids), "--concurrency", "1"]
        job = invoke([*archive, "--report", str(report)], env=env)
    assert job.code == 1, job.err
    summary = job.json()
    assert (summary["command"], summary["archived"], summary["failed"]) == ("bulk-archive", 1, 1)
    assert summary["journal"] == str(tmp_path / "ids.txt.bulk-archive.journal.jsonl")
    journal = Path(summary["journal"]).read_text()
    assert '"command":"bulk-archive"' in journal
    assert "key [redacted] cannot bulk-archive" in journal
    assert "key [redacted] cannot bulk-archive" in report.read_text()
    failed = "attention: line 1 (conv-word): 400 Bad Request on DELETE /conversations/conv-word"
    assert f"{failed}: key [redacted] cannot bulk-archive" in job.err  # printed, redacted


def test_version_and_help() -> None:
    assert invoke(["--version"]).out.startswith("attention, version ")
    top = invoke(["--help"])
    assert top.code == 0
    assert "conversations" in top.out
    assert "ATTENTION_API_KEY" in top.out


def test_the_cli_guide_shows_the_real_help() -> None:
    readme = (ROOT / "docs" / "guides" / "cli.md").read_text()
    match = re.search(r"```\n\$ attention --help\n(.*?)```", readme, re.S)
    assert match, "the command line guide pastes `attention --help`"
    assert match.group(1) == invoke(["--help"]).out


_BLOCK = (
    "import sys\n"
    "class Block:\n"
    "    def find_spec(self, name, path=None, target=None):\n"
    "        if name.split('.')[0] in ('click', 'rich', 'pygments'):\n"
    "            raise ImportError(f'blocked: {name}', name=name)\n"
    "sys.meta_path.insert(0, Block())\n"
)


def test_the_core_package_works_without_click_and_rich() -> None:
    # httpx imports click and rich itself when they are installed (for its own optional
    # command line), so the test hides them: the SDK must import and work without them.
    code = _BLOCK + (
        "import attention_sdk\n"
        "from attention_sdk.testing import AttentionStandIn\n"
        "with AttentionStandIn(api_key='k-1') as server:\n"
        "    with attention_sdk.Attention(api_key='k-1', base_url=server.base_url) as client:\n"
        "        client.conversations.update('conv-0001', title='x')\n"
        "        print(len(list(client.conversations.list(size=50))))\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('click', 'rich'))\n"
        "print(loaded or 'none')\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["122", "none"]
    # The block is real: the command line cannot start under it, and says why.
    cli_code = _BLOCK + "from attention_sdk.cli import main\nmain(['--help'])\n"
    refused = subprocess.run([sys.executable, "-c", cli_code], capture_output=True, text=True)
    assert refused.returncode == 2
    assert "needs click, which comes with the cli extra" in refused.stderr
