"""The clients against the stand-in, over real loopback sockets: what mocks cannot show."""

from __future__ import annotations

import logging
import os
import pty
import re
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from attention_sdk import (
    APIConnectionError,
    APITimeoutError,
    Attention,
    AuthenticationError,
    Conversation,
    InternalServerError,
    NotFoundError,
)
from attention_sdk.testing import AttentionStandIn

from ..conftest import ROOT
from ..support.cassettes import walk_ids
from ..support.keys import KEY
from ..support.sockets import observe_call, run_call


@pytest.fixture
def server() -> Iterator[AttentionStandIn]:
    # One per test: a request still sleeping out a latency must not touch the next test.
    with AttentionStandIn(api_key=KEY) as standin:
        yield standin


Call = Callable[..., Any]


@pytest.fixture(params=["sync", "async"])
def call(request: pytest.FixtureRequest, server: AttentionStandIn) -> Call:
    """call(method, *args, client_options=..., **kwargs) on a fresh client of either twin."""

    def run(
        method: str, *args: Any, client_options: dict[str, Any] | None = None, **kw: Any
    ) -> Any:
        options = {"api_key": KEY, "base_url": server.base_url, **(client_options or {})}
        return run_call(request.param, method, *args, client=options, **kw)

    return run


def test_update_is_applied_and_returned(call: Call, server: AttentionStandIn) -> None:
    conv = call("update", "conv-uuid-123", title="Renamed", labels={"stage": "won"})
    assert isinstance(conv, Conversation)
    assert conv.attributes.title == "Renamed"
    stored = server.conversation("conv-uuid-123")["attributes"]
    assert (stored["title"], stored["labels"]) == ("Renamed", {"stage": "won"})
    assert call("retrieve", "conv-uuid-123").attributes.title == "Renamed"
    assert server.requests[0].json == {"title": "Renamed", "labels": {"stage": "won"}}


def test_raw_auth_scheme_is_accepted(call: Call, server: AttentionStandIn) -> None:
    call("update", "conv-uuid-123", title="t", client_options={"auth_scheme": "raw"})
    assert server.requests[-1].headers["authorization"] == "<redacted>"


def test_wrong_key_and_unknown_id(call: Call, server: AttentionStandIn) -> None:
    with pytest.raises(AuthenticationError):
        call("update", "conv-uuid-123", title="t", client_options={"api_key": "sk-wrong"})
    with pytest.raises(NotFoundError, match="Conversation not found"):
        call("update", "no-such-id", title="t")


def test_hostile_ids_stay_inside_conversations(call: Call, server: AttentionStandIn) -> None:
    for hostile in ("../x", "a/b", "x?y", "%2e%2e"):
        with pytest.raises(NotFoundError):
            call("update", hostile, title="t")
    paths = [r.path for r in server.requests]
    assert paths == [
        "/v2/conversations/..%2Fx",
        "/v2/conversations/a%2Fb",
        "/v2/conversations/x%3Fy",
        "/v2/conversations/%252e%252e",
    ]


def test_retries_over_real_sockets(call: Call, server: AttentionStandIn) -> None:
    server.fail_next(2, 503)
    assert call("update", "conv-uuid-123", title="t").attributes.title == "t"
    assert len(server.requests) == 3
    server.reset()
    server.fail_next(3, 502)
    with pytest.raises(InternalServerError):
        call("update", "conv-uuid-123", title="t")
    assert len(server.requests) == 3


def test_a_dropped_connection_is_retried(call: Call, server: AttentionStandIn) -> None:
    server.drop_next(1)
    assert call("update", "conv-uuid-123", title="t").attributes.title == "t"
    assert len(server.requests) == 2


def test_every_attempt_dropped_is_a_connection_error(call: Call, server: AttentionStandIn) -> None:
    server.drop_next(3)
    with pytest.raises(APIConnectionError):
        call("update", "conv-uuid-123", title="t")
    assert len(server.requests) == 3


def test_a_slow_server_times_out(call: Call, server: AttentionStandIn) -> None:
    server.latency = 0.5
    with pytest.raises(APITimeoutError):
        call("update", "conv-uuid-123", title="t", timeout=0.1, max_retries=1)
    assert len(server.requests) == 2


def test_close_releases_every_connection() -> None:
    with AttentionStandIn(api_key=KEY) as server:
        with Attention(api_key=KEY, base_url=server.base_url) as client:
            for _ in range(3):
                client.conversations.retrieve("conv-uuid-123")
            assert server.connections_opened == 1  # keep-alive: one connection, reused
            assert server.open_connections == 1
        deadline = time.monotonic() + 5
        while server.open_connections and time.monotonic() < deadline:
            time.sleep(0.01)
        assert server.open_connections == 0


def test_debug_logs_of_a_failing_run_never_hold_the_key(
    call: Call, server: AttentionStandIn, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.DEBUG):  # every logger, httpx and httpcore included
        server.fail_next(1, 429, retry_after="0")
        call("update", "conv-uuid-123", title="t")
        server.drop_next(3)
        with pytest.raises(APIConnectionError) as caught:
            call("update", "conv-uuid-123", title="t")
        with pytest.raises(AuthenticationError) as denied:
            call("update", "conv-uuid-123", title="t", client_options={"api_key": KEY + "x"})
    assert "attempt 1 of 3" in caplog.text
    assert KEY not in caplog.text
    for error in (caught.value, denied.value):
        assert KEY not in str(error)
        assert KEY not in repr(error)


# --- make demo: scripts/demo with this venv's Python (make demo builds .venv-demo) ------


def demo_env(**environ: str) -> dict[str, str]:
    """This environment with only the given ATTENTION_* variables, and this venv's Python."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("ATTENTION_")}
    return env | {"PYTHON_BIN": sys.executable, **environ}


def run_demo(*args: str, stdin: str = "", **environ: str) -> subprocess.CompletedProcess[str]:
    """scripts/demo with stdin a pipe (no terminal), as in CI."""
    return subprocess.run(
        ["scripts/demo", *args],
        cwd=ROOT,
        env=demo_env(**environ),
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_make_demo_relabels_conversations_across_pages_on_the_stand_in() -> None:
    done = run_demo()
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert out.startswith("Running on the built-in stand-in")
    listed, before, after = re.split(r"^(?:Before|After):$", out.split(" page 1\n")[1], flags=re.M)
    assert " page 2\n" in listed  # the walk went on to the second page
    assert "conv-0011      Product demo - Acme Corp" in listed
    assert "conv-0088      Renewal check-in - Acme Corp           deal_stage=negotiation" in before
    assert "(synced)" not in before
    rows = after.strip().splitlines()
    assert len(rows) == 3
    assert all("(synced)" in row and "synced_by=attention-sdk" in row for row in rows)
    assert "deal_stage=negotiation, region=emea, synced_by=attention-sdk" in after  # kept


def test_make_demo_ignores_an_exported_key_without_live(server: AttentionStandIn) -> None:
    # The "live API" here is a stand-in of the test's own; make demo must not touch it.
    done = run_demo(ATTENTION_API_KEY=KEY, ATTENTION_BASE_URL=server.base_url)
    assert done.returncode == 0, done.stderr
    assert "your ATTENTION_API_KEY is not used: make demo LIVE=1" in done.stdout
    assert "After:" in done.stdout
    assert server.requests == []


def test_make_demo_live_needs_a_key() -> None:
    done = run_demo("--live")
    assert done.returncode == 2
    assert "export ATTENTION_API_KEY" in done.stderr


def test_make_demo_passes_live_only_when_asked() -> None:
    # Nothing of an outer make (make test LIVE=1, say) or the shell may leak in.
    outer = ("LIVE", "MAKEFLAGS", "MFLAGS", "MAKELEVEL")
    env = {k: v for k, v in os.environ.items() if k not in outer}
    for make_args, command in (([], "scripts/demo"), (["LIVE=1"], "scripts/demo --live")):
        dry = subprocess.run(
            ["make", "--dry-run", "--no-print-directory", "demo", *make_args],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
        )
        assert dry.returncode == 0, dry.stderr
        assert dry.stdout.splitlines()[-1].rstrip().endswith(f"/python {command}")


def test_make_demo_live_with_no_terminal_only_reads(server: AttentionStandIn) -> None:
    titles = {
        cid: server.conversation(cid)["attributes"]["title"] for cid in server.conversation_ids()
    }
    done = run_demo(
        "--live", stdin="y\n", ATTENTION_API_KEY=KEY, ATTENTION_BASE_URL=server.base_url
    )
    assert done.returncode == 0, done.stderr
    assert "Before:" in done.stdout
    assert "No terminal to ask on, so nothing was changed." in done.stdout
    assert "After:" not in done.stdout
    assert [r.method for r in server.requests] == ["GET", "GET"]  # two pages of the list
    assert titles == {cid: server.conversation(cid)["attributes"]["title"] for cid in titles}


@pytest.mark.parametrize(("answer", "writes"), [("", 0), ("n", 0), ("yes please", 0), ("y", 3)])
def test_make_demo_live_on_a_terminal_writes_only_after_a_yes(
    server: AttentionStandIn, answer: str, writes: int
) -> None:
    leader, follower = pty.openpty()  # a terminal to answer the prompt on
    with subprocess.Popen(
        ["scripts/demo", "--live"],
        cwd=ROOT,
        env=demo_env(ATTENTION_API_KEY=KEY, ATTENTION_BASE_URL=server.base_url),
        stdin=follower,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    ) as demo:
        os.close(follower)
        os.write(leader, answer.encode() + b"\n")
        out, err = demo.communicate(timeout=60)
    os.close(leader)
    assert demo.returncode == 0, err
    assert "Change these 3 conversations? [y/N]" in out
    assert [r.method for r in server.requests].count("PUT") == writes
    assert ("After:" in out) == bool(writes)


def test_the_sdk_owned_client_sends_every_header(call: Call, server: AttentionStandIn) -> None:
    call(
        "update",
        "conv-uuid-123",
        title="t",
        client_options={"default_headers": {"X-Team": "crm-sync"}},
        extra_headers={"X-Request-Id": "r-7"},
    )
    call("retrieve", "conv-uuid-123")
    put, get = (request.headers for request in server.requests)
    for headers in (put, get):
        assert headers["authorization"] == "Bearer <redacted>"
        assert headers["user-agent"].startswith("attention-sdk/")
        assert headers["accept"] == "application/json"
    assert put["x-team"] == "crm-sync"
    assert put["x-request-id"] == "r-7"
    assert put["content-type"] == "application/json"
    assert "x-request-id" not in get  # extra_headers belong to one call only


# --- every operation, and the list walk, over real sockets ---------------------------------


def test_every_operation_works_against_the_stand_in(call: Call, server: AttentionStandIn) -> None:
    conv_id = "conv-0005"
    assert call("retrieve", conv_id).id == conv_id
    assert call("update_title", conv_id, title="Renewal").attributes.title == "Renewal"
    labelled = call("update_labels", conv_id, labels={"stage": "won"}, skip_analysis=True)
    assert labelled.attributes.labels.to_dict() == {"stage": "won"}
    was_private = bool(server.conversation(conv_id)["attributes"].get("private"))
    assert call("change_privacy", conv_id).attributes.private is (not was_private)
    linked = call(
        "update_linked_crm_records", conv_id, linked_crm_records=[{"id": "d", "code": "deals"}]
    )
    assert [(r.id, r.code) for r in linked.attributes.linked_crm_records] == [("d", "deals")]
    assert call("archive", conv_id).attributes.archived is True
    assert server.conversation(conv_id)["attributes"]["archived"] is True
    upload = call("get_upload_url")
    imported = call(
        "import_", media_url=upload.download_url, user_id="u-1", application_external_id="x-77"
    )
    assert call("retrieve_by_external_id", "x-77").conversation_id == imported.uuid
    assert call("retrieve", imported.uuid).id == imported.uuid
    page = call("list", size=3)
    assert [c.id for c in page.items] == server.conversation_ids()[:3]
    assert page.total == len(server.conversation_ids())


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_the_list_walk_keeps_filters_retries_a_page_and_resumes(
    mode: str, server: AttentionStandIn
) -> None:
    internal = {
        cid
        for cid in server.conversation_ids()
        if server.conversation(cid)["attributes"].get("isInternal")
    }
    expected = [cid for cid in server.conversation_ids() if cid not in internal]
    assert 20 < len(expected) < len(server.conversation_ids())
    options = {"api_key": KEY, "base_url": server.base_url}

    def walk_with_a_fault(conversations: Any) -> Any:
        # The first page, then a fault on the next request: page 2 must be retried.
        first = conversations.list(size=7, filter_hide_internal=True)

        def rest(page: Any) -> list[str]:
            server.fail_next(1, 503)
            return [c.id for p in page.iter_pages() for c in p.items]

        if mode == "sync":
            return rest(first)

        async def collect() -> list[str]:
            page = await first
            server.fail_next(1, 503)
            return [c.id async for p in page.iter_pages() for c in p.items]

        return collect()

    seen = observe_call(mode, walk_with_a_fault, client=options)
    assert seen.error is None, seen.error
    assert seen.result == expected
    pages = -(-len(expected) // 7)
    assert seen.attempts == pages + 1  # one page was asked for twice
    for request in server.requests:
        assert "size=7" in request.path
        assert "filter%5Bhide_internal%5D=true" in request.path
    server.reset()
    resumed = observe_call(
        mode, walk_ids(size=7, page=3, filter_hide_internal=True), client=options
    )
    assert resumed.result == expected[14:]
    assert "page=3" in server.requests[0].path
