"""Page-number pagination (``x-sdk-pagination: page_number`` in the spec).

A list operation takes ``page`` and ``size`` and answers with the page's items in
``data``, the next page's link in ``links.related`` and the number of matches in
``meta.totalRecords`` (docs: list-conversations-optimized). The next page is the same
call with ``page + 1``, so every filter and the size are kept and each page request has
the normal retries. ``links.related`` is only read as a "there is more" signal: the
documented links point at ``/v2/conversations``, not the list path, and may drop
filters.

The stop rules and the loop guard are shared; only fetching differs between
``SyncPage`` and ``AsyncPage``.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Generator, Iterator, Sequence
from typing import Any, Generic, Protocol, TypeVar

from ._call import Call, RequestOptions
from ._exceptions import PaginationError
from ._resource import AsyncExecutor, SyncExecutor
from ._response import APIResponse

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)

PAGE_PARAM = "page"
SIZE_PARAM = "size"
FIRST_PAGE = 1  # the docs: "page number, starts at 1"


class ListBody(Protocol[T_co]):
    """A generated list model: the items in ``data``; ``links`` and ``meta`` as sent."""

    @property
    def data(self) -> Sequence[T_co]: ...


def _sent(obj: object, name: str) -> Any:
    """A field of a generated response model: None when it was absent or null, and when
    ``obj`` is not a model (a malformed value the model kept as it came)."""
    return getattr(obj, name, None)


def _int_param(call: Call[Any], name: str) -> int | None:
    value = (call.params or {}).get(name)
    return value if isinstance(value, int) else None


class BasePage(Generic[T]):
    """One page: its items, its number and size, the total when sent, and the stop rules."""

    def __init__(self, call: Call[ListBody[T]], options: RequestOptions, body: ListBody[T]) -> None:
        self._call, self._options = call, options
        # Typed Any: the page is generic in its items only, and the list model differs per
        # operation (ConversationList for conversations.list).
        self.body: Any = body
        """The generated list model of this page, with ``links`` and ``meta`` as sent."""
        self.items: list[T] = list(body.data)
        """The items of this page only; iterate the page itself for every item."""
        self.number: int = _int_param(call, PAGE_PARAM) or FIRST_PAGE
        meta = _sent(body, "meta")
        total, page_size = _sent(meta, "total_records"), _sent(meta, "page_size")
        self.total: int | None = total if isinstance(total, int) else None
        """``meta.totalRecords``: how many items match over all pages, when the API says."""
        # The server's own count wins: a list whose largest size is undocumented may
        # answer a larger request with fewer per page, and a page that holds all the
        # server allows must not read as the last one.
        sent_size = page_size if isinstance(page_size, int) and page_size > 0 else None
        self.size: int | None = sent_size or _int_param(call, SIZE_PARAM)
        """``meta.pageSize`` when sent, else the page size asked for; None when neither is
        known."""

    def has_next_page(self) -> bool:
        """Whether another page may hold items; False ends every walk."""
        if not self.items:
            return False
        if self.size is not None and len(self.items) < self.size:
            return False
        if (
            self.total is not None
            and self.size is not None
            and self.number * self.size >= self.total
        ):
            return False
        return _sent(_sent(self.body, "links"), "related") is not None

    def _next_call(self) -> Call[ListBody[T]]:
        if not self.has_next_page():
            raise RuntimeError("There is no next page; check has_next_page() first")
        return self._call._replace(
            params={**(self._call.params or {}), PAGE_PARAM: self.number + 1}
        )

    def _check_progress(self, following: BasePage[T], response: APIResponse[Any]) -> None:
        """A page that repeats this one would make the walk loop forever: refuse it."""
        ids = [_sent(item, "id") for item in self.items]
        if ids and ids == [_sent(item, "id") for item in following.items]:
            raise PaginationError(
                f"Page {following.number} repeats the items of page {self.number}; "
                "stopping instead of looping",
                response=response.http_response,
            )

    def __repr__(self) -> str:
        total = "" if self.total is None else f", total={self.total}"
        return f"{type(self).__name__}(number={self.number}, items={len(self.items)}{total})"


class SyncPage(BasePage[T]):
    """A page of a list; iterating it yields every item of every page from here on."""

    def __init__(
        self,
        client: SyncExecutor,
        call: Call[ListBody[T]],
        options: RequestOptions,
        body: ListBody[T],
    ) -> None:
        super().__init__(call, options, body)
        self._client = client

    @classmethod
    def fetch(
        cls, client: SyncExecutor, call: Call[ListBody[T]], options: RequestOptions
    ) -> APIResponse[SyncPage[T]]:
        """Request the page ``call`` asks for."""
        response = client._execute(call, options)
        page = cls(client, call, options, response.parsed)
        return APIResponse(page, response.http_response, response.attempts)

    def get_next_page(self) -> SyncPage[T]:
        """The next page (RuntimeError when has_next_page() is False)."""
        response = self.fetch(self._client, self._next_call(), self._options)
        self._check_progress(response.parsed, response)
        return response.parsed

    def iter_pages(self) -> Iterator[SyncPage[T]]:
        """This page, then each next one until a stop rule holds."""
        page = self
        yield page
        while page.has_next_page():
            page = page.get_next_page()
            yield page

    def __iter__(self) -> Iterator[T]:
        for page in self.iter_pages():
            yield from page.items


class AsyncPage(BasePage[T]):
    """A page of a list; ``async for`` over it yields every item from here on."""

    def __init__(
        self,
        client: AsyncExecutor,
        call: Call[ListBody[T]],
        options: RequestOptions,
        body: ListBody[T],
    ) -> None:
        super().__init__(call, options, body)
        self._client = client

    @classmethod
    async def fetch(
        cls, client: AsyncExecutor, call: Call[ListBody[T]], options: RequestOptions
    ) -> APIResponse[AsyncPage[T]]:
        """Request the page ``call`` asks for."""
        response = await client._execute(call, options)
        page = cls(client, call, options, response.parsed)
        return APIResponse(page, response.http_response, response.attempts)

    async def get_next_page(self) -> AsyncPage[T]:
        """The next page (RuntimeError when has_next_page() is False)."""
        response = await self.fetch(self._client, self._next_call(), self._options)
        self._check_progress(response.parsed, response)
        return response.parsed

    async def iter_pages(self) -> AsyncIterator[AsyncPage[T]]:
        """This page, then each next one until a stop rule holds."""
        page = self
        yield page
        while page.has_next_page():
            page = await page.get_next_page()
            yield page

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.iter_pages():
            for item in page.items:
                yield item


class AsyncPaginator(Generic[T]):
    """What an async list method returns: ``await`` it for the first page, or
    ``async for`` over it for every item of every page."""

    def __init__(
        self, client: AsyncExecutor, call: Call[ListBody[T]], options: RequestOptions
    ) -> None:
        self._client, self._call, self._options = client, call, options

    async def _first_page(self) -> AsyncPage[T]:
        return (await AsyncPage.fetch(self._client, self._call, self._options)).parsed

    def __await__(self) -> Generator[Any, None, AsyncPage[T]]:
        return self._first_page().__await__()

    async def __aiter__(self) -> AsyncIterator[T]:
        async for item in await self._first_page():
            yield item
