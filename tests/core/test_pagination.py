"""Auto-pagination of `conversations.list`, sync and async, over httpx.MockTransport.

A small fake of the list endpoint serves pages of a known list, so each stop rule (an
empty page, a short page, meta.totalRecords reached, links.related null or absent) and
the loop guard can be driven on its own; the stand-in's own paging is tested over real
sockets in tests/core/test_client_standin.py and pinned by a cassette.
"""

from __future__ import annotations

import asyncio
import math
from typing import Any
from urllib.parse import parse_qs

import httpx
import pytest
from attention_sdk import InternalServerError, PaginationError
from attention_sdk._pagination import AsyncPage, AsyncPaginator, SyncPage

from ..support.harness import mock_client

MODES = ("sync", "async")


def _conversation(n: int) -> dict[str, Any]:
    return {"type": "conversations", "id": f"conv-{n:04d}", "attributes": {"title": f"Call {n}"}}


class FakeList:
    """GET /conversations/list over ``count`` conversations, with knobs for each rule."""

    def __init__(self, count: int, *, default_size: int = 20) -> None:
        self.items = [_conversation(n) for n in range(1, count + 1)]
        self.default_size = default_size
        self.queries: list[dict[str, list[str]]] = []
        self.send_total = True
        self.send_links = True
        self.null_last_link = True  # False: links.related never says "no more"
        self.send_page_size = False
        self.fail: dict[int, int] = {}  # request number -> status
        self.repeat_from: int | None = None  # pages from here repeat the one before

    def __call__(self, request: httpx.Request) -> httpx.Response:
        assert request.url.path == "/v2/conversations/list"
        query = parse_qs(request.url.query.decode(), keep_blank_values=True)
        self.queries.append(query)
        if status := self.fail.get(len(self.queries)):
            return httpx.Response(status)
        page = int(query.get("page", ["1"])[0])
        size = int(query.get("size", [str(self.default_size)])[0])
        shown = page - 1 if self.repeat_from is not None and page >= self.repeat_from else page
        data = self.items[(shown - 1) * size : shown * size]
        more = page * size < len(self.items)
        body: dict[str, Any] = {"data": data}
        if self.send_links:
            last = not more and self.null_last_link
            related = None if last else f"/v2/conversations?page={page + 1}"
            body["links"] = {"self": f"/v2/conversations?page={page}", "related": related}
        meta: dict[str, Any] = {}
        if self.send_total:
            meta["totalRecords"] = len(self.items)
            meta["pageCount"] = math.ceil(len(self.items) / size)
        if self.send_page_size:
            meta["pageSize"] = size
        if meta:
            body["meta"] = meta
        return httpx.Response(200, json=body)

    def pages_asked(self) -> list[int]:
        return [int(q.get("page", ["1"])[0]) for q in self.queries]


def walk(mode: str, fake: FakeList, **kwargs: Any) -> list[str]:
    """The ids of every conversation the list yields, iterating the first result."""
    client = mock_client(mode, fake)
    if mode == "sync":
        return [c.id for c in client.conversations.list(**kwargs)]

    async def go() -> list[str]:
        return [c.id async for c in client.conversations.list(**kwargs)]

    return asyncio.run(go())


def ids(start: int, stop: int) -> list[str]:
    return [f"conv-{n:04d}" for n in range(start, stop + 1)]


@pytest.mark.parametrize("mode", MODES)
def test_iterating_yields_every_conversation_across_pages(mode: str) -> None:
    fake = FakeList(120)
    assert walk(mode, fake, size=50) == ids(1, 120)
    assert fake.pages_asked() == [1, 2, 3]  # the third page is short: no fourth request


@pytest.mark.parametrize("mode", MODES)
def test_every_filter_and_the_size_are_kept_on_every_page(mode: str) -> None:
    fake = FakeList(45)
    walk(mode, fake, size=20, filter_title="Acme", filter_owner_email=["a@x.com", "b@x.com"])
    filters = {
        "size": ["20"],
        "filter[title]": ["Acme"],
        "filter[owner.email]": ["a@x.com", "b@x.com"],
    }
    # The first request sends only what was given; the next ones add the page number.
    assert fake.queries == [filters, {**filters, "page": ["2"]}, {**filters, "page": ["3"]}]


@pytest.mark.parametrize("mode", MODES)
def test_a_failed_page_is_retried_like_any_call(mode: str) -> None:
    fake = FakeList(60)
    fake.fail = {2: 503, 3: 429}  # page 2 fails twice, then succeeds
    assert walk(mode, fake, size=25) == ids(1, 60)
    assert fake.pages_asked() == [1, 2, 2, 2, 3]


@pytest.mark.parametrize("mode", MODES)
def test_a_page_failing_past_the_retries_raises_the_typed_error(mode: str) -> None:
    fake = FakeList(60)
    fake.fail = {2: 503, 3: 503, 4: 503}
    with pytest.raises(InternalServerError):
        walk(mode, fake, size=25)


@pytest.mark.parametrize("mode", MODES)
def test_page_n_starts_the_walk_there(mode: str) -> None:
    fake = FakeList(120)
    assert walk(mode, fake, size=50, page=2) == ids(51, 120)
    assert fake.pages_asked() == [2, 3]


@pytest.mark.parametrize("mode", MODES)
def test_the_walk_stops_at_the_total_without_an_empty_page(mode: str) -> None:
    fake = FakeList(100)  # two full pages, and a link to a third: only the total ends it
    fake.null_last_link = False
    assert walk(mode, fake, size=50) == ids(1, 100)
    assert fake.pages_asked() == [1, 2]


@pytest.mark.parametrize("mode", MODES)
def test_the_walk_stops_when_the_next_link_is_null(mode: str) -> None:
    fake = FakeList(100)
    fake.send_total = False
    assert walk(mode, fake, size=50) == ids(1, 100)
    assert fake.pages_asked() == [1, 2]


@pytest.mark.parametrize("mode", MODES)
def test_the_walk_stops_when_links_are_absent(mode: str) -> None:
    fake = FakeList(100)
    fake.send_total = fake.send_links = False
    assert walk(mode, fake, size=50) == ids(1, 50)  # no sign of more: one page only
    assert fake.pages_asked() == [1]


@pytest.mark.parametrize("mode", MODES)
def test_the_walk_stops_at_an_empty_page(mode: str) -> None:
    # Without a size asked for or sent, nor a total, nor a null link, only the empty
    # page after the last one can end the walk.
    fake = FakeList(40, default_size=20)
    fake.send_total = False
    fake.null_last_link = False
    assert walk(mode, fake) == ids(1, 40)
    assert fake.pages_asked() == [1, 2, 3]


@pytest.mark.parametrize("mode", MODES)
def test_the_page_size_the_api_sends_is_used_when_none_was_asked_for(mode: str) -> None:
    fake = FakeList(45, default_size=20)
    fake.send_total = False
    fake.null_last_link = False
    fake.send_page_size = True
    assert walk(mode, fake) == ids(1, 45)
    assert fake.pages_asked() == [1, 2, 3]  # the short third page (5 of 20) ends it


@pytest.mark.parametrize("mode", MODES)
def test_a_page_that_repeats_the_previous_one_raises_instead_of_looping(mode: str) -> None:
    fake = FakeList(200)
    fake.send_total = False
    fake.repeat_from = 3  # page 3 comes back with page 2's items, and so on
    with pytest.raises(PaginationError, match="Page 3 repeats the items of page 2"):
        walk(mode, fake, size=50)
    assert fake.pages_asked() == [1, 2, 3]


def test_a_sync_page_has_its_items_number_total_and_the_next_page() -> None:
    fake = FakeList(120)
    client = mock_client("sync", fake)
    page = client.conversations.list(size=50, filter_title="x")
    assert isinstance(page, SyncPage)
    assert [c.id for c in page.items] == ids(1, 50)
    assert (page.number, page.size, page.total) == (1, 50, 120)
    assert page.has_next_page()
    second = page.get_next_page()
    assert [c.id for c in second.items] == ids(51, 100)
    assert second.number == 2
    assert [p.number for p in page.iter_pages()] == [1, 2, 3]
    last = second.get_next_page()
    assert not last.has_next_page()
    with pytest.raises(RuntimeError, match="no next page"):
        last.get_next_page()
    assert repr(page) == "SyncPage(number=1, items=50, total=120)"
    # The list model of the page is there too, with what the API sent.
    assert page.body.links
    assert page.body.links.related == "/v2/conversations?page=2"


def test_the_raw_list_returns_the_first_page_with_its_response() -> None:
    fake = FakeList(30)
    client = mock_client("sync", fake)
    raw = client.conversations.with_raw_response.list(size=10)
    assert raw.status_code == 200
    assert raw.attempts == 1
    assert [c.id for c in raw.parsed.items] == ids(1, 10)
    assert [c.id for c in raw.parsed] == ids(1, 30)


def test_async_list_awaited_is_the_first_page() -> None:
    fake = FakeList(120)
    client = mock_client("async", fake)

    async def go() -> None:
        paginator = client.conversations.list(size=50)
        assert isinstance(paginator, AsyncPaginator)
        assert fake.queries == []  # nothing is sent before it is awaited or iterated
        page = await paginator
        assert isinstance(page, AsyncPage)
        assert [c.id for c in page.items] == ids(1, 50)
        assert (page.number, page.total, page.has_next_page()) == (1, 120, True)
        second = await page.get_next_page()
        assert second.number == 2
        assert [p.number async for p in page.iter_pages()] == [1, 2, 3]
        assert [c.id async for c in second] == ids(51, 120)
        raw = await client.conversations.with_raw_response.list(size=50, page=3)
        assert [c.id for c in raw.parsed.items] == ids(101, 120)
        assert raw.status_code == 200

    asyncio.run(go())


@pytest.mark.parametrize("mode", MODES)
def test_bad_arguments_fail_at_the_call_before_anything_is_sent(mode: str) -> None:
    fake = FakeList(10)
    client = mock_client(mode, fake)
    with pytest.raises(ValueError, match="size must be at most 50"):
        client.conversations.list(size=51)  # raised by the call itself, even when async
    with pytest.raises(ValueError, match="page must be at least 1"):
        client.conversations.list(page=0)
    assert fake.queries == []
