"""Pages of a list, one small class per paging style the spec declares (x-sdk-pagination).

- ``page_number`` (``SyncPage``, ``AsyncPage``): the list takes ``page`` and ``size``; the
  next page is the same call with ``page + 1`` (docs: list-conversations-optimized).
- ``offset`` (``SyncOffsetPage``, ``AsyncOffsetPage``): the list takes ``limit`` and
  ``offset``; the next page is the same call with ``offset`` moved past the items seen
  (docs: list-conversation-workflow-logs, list-gi-history).

Either way the items are in ``data`` and the number of matches, when the API sends it,
in ``meta.totalRecords`` or ``total``. Every filter and the size are kept, and each page
request has the normal retries. ``links.related``, where a list sends ``links``, is only
read as a "there is more" signal: the documented links point at ``/v2/conversations``,
not the list path, and may drop filters.

A walk stops at an empty page, a short page, the total, or a null link; a page that
repeats the previous page's items is an error, not an endless loop. The stop rules are
per style; fetching is per flavour (``_SyncWalk``, ``_AsyncWalk``), shared by the styles.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Generator, Iterator, Sequence
from typing import Any, Generic, Protocol, Self, TypeVar

from attention_client.types import Unset

from ._call import Call, RequestOptions
from ._exceptions import PaginationError
from ._resource import AsyncExecutor, SyncExecutor
from ._response import APIResponse

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)

PAGE_PARAM = "page"
SIZE_PARAM = "size"
LIMIT_PARAM = "limit"
OFFSET_PARAM = "offset"
FIRST_PAGE = 1  # the docs: "page number, starts at 1"


class ListBody(Protocol[T_co]):
    """A generated list model: the items in ``data``; ``links``, ``meta`` or ``total`` as sent."""

    @property
    def data(self) -> Sequence[T_co]: ...


def _sent(obj: object, name: str) -> Any:
    """A field of a generated response model: None when it was absent or null, and when
    ``obj`` is not a model (a malformed value the model kept as it came)."""
    value = getattr(obj, name, None)
    return None if isinstance(value, Unset) else value


def _int_param(call: Call[Any], name: str) -> int | None:
    value = (call.params or {}).get(name)
    return value if isinstance(value, int) else None


def _identity(item: object) -> object:
    return _sent(item, "id") or _sent(item, "uuid")


class BasePage(Generic[T]):
    """One page: its items, the total when sent, and the rules every style shares."""

    def __init__(self, call: Call[ListBody[T]], options: RequestOptions, body: ListBody[T]) -> None:
        self._call, self._options = call, options
        # Typed Any: the page is generic in its items only, and the list model differs per
        # operation (ConversationList for conversations.list).
        self.body: Any = body
        """The generated list model of this page, with ``links`` and ``meta`` as sent."""
        self.items: list[T] = list(body.data)
        """The items of this page only; iterate the page itself for every item."""
        total = _sent(body, "total")
        if not isinstance(total, int):
            total = _sent(_sent(body, "meta"), "total_records")
        self.total: int | None = total if isinstance(total, int) else None
        """How many items match over all pages (``meta.totalRecords`` or ``total``), when
        the API says."""

    def _exhausted(self) -> bool:
        """The style's own stop rules: a short page, or the total reached."""
        raise NotImplementedError

    def _next_params(self) -> dict[str, int]:
        raise NotImplementedError

    @property
    def _where(self) -> str:
        """Which page this is, for messages: "page 3", "the page at offset 40"."""
        raise NotImplementedError

    def has_next_page(self) -> bool:
        """Whether another page may hold items; False ends every walk."""
        if not self.items or self._exhausted():
            return False
        if not hasattr(type(self.body), "links"):
            return True  # a list that never sends links: only the other rules can stop it
        # Declared but absent or null: no sign of more.
        return _sent(_sent(self.body, "links"), "related") is not None

    def _next_call(self) -> Call[ListBody[T]]:
        if not self.has_next_page():
            raise RuntimeError("There is no next page; check has_next_page() first")
        return self._call._replace(params={**(self._call.params or {}), **self._next_params()})

    def _check_progress(self, following: BasePage[T], response: APIResponse[Any]) -> None:
        """A page that repeats this one would make the walk loop forever: refuse it."""
        ids = [_identity(item) for item in self.items]
        if any(ids) and ids == [_identity(item) for item in following.items]:
            raise PaginationError(
                f"{following._where.capitalize()} repeats the items of {self._where}; "
                "stopping instead of looping",
                response=response.http_response,
            )


class PageNumberPage(BasePage[T]):
    """The stop rules of ``page``/``size`` lists."""

    def __init__(self, call: Call[ListBody[T]], options: RequestOptions, body: ListBody[T]) -> None:
        super().__init__(call, options, body)
        self.number: int = _int_param(call, PAGE_PARAM) or FIRST_PAGE
        """The page's number, from 1."""
        page_size = _sent(_sent(body, "meta"), "page_size")
        # The server's own count wins: a list whose largest size is undocumented may
        # answer a larger request with fewer per page, and a page that holds all the
        # server allows must not read as the last one.
        sent_size = page_size if isinstance(page_size, int) and page_size > 0 else None
        self.size: int | None = sent_size or _int_param(call, SIZE_PARAM)
        """``meta.pageSize`` when sent, else the page size asked for; None when neither is
        known."""

    def _exhausted(self) -> bool:
        if self.size is not None and len(self.items) < self.size:
            return True
        return (
            self.total is not None
            and self.size is not None
            and self.number * self.size >= self.total
        )

    def _next_params(self) -> dict[str, int]:
        return {PAGE_PARAM: self.number + 1}

    @property
    def _where(self) -> str:
        return f"page {self.number}"

    def __repr__(self) -> str:
        total = "" if self.total is None else f", total={self.total}"
        return f"{type(self).__name__}(number={self.number}, items={len(self.items)}{total})"


class OffsetPage(BasePage[T]):
    """The stop rules of ``limit``/``offset`` lists."""

    def __init__(self, call: Call[ListBody[T]], options: RequestOptions, body: ListBody[T]) -> None:
        super().__init__(call, options, body)
        self.offset: int = _int_param(call, OFFSET_PARAM) or 0
        """How many items come before this page's first."""
        self.limit: int | None = _int_param(call, LIMIT_PARAM)
        """The page size asked for; None when the API's default was left to apply."""

    def _exhausted(self) -> bool:
        if self.limit is not None and len(self.items) < self.limit:
            return True
        return self.total is not None and self.offset + len(self.items) >= self.total

    def _next_params(self) -> dict[str, int]:
        return {OFFSET_PARAM: self.offset + len(self.items)}

    @property
    def _where(self) -> str:
        return f"the page at offset {self.offset}"

    def __repr__(self) -> str:
        total = "" if self.total is None else f", total={self.total}"
        return f"{type(self).__name__}(offset={self.offset}, items={len(self.items)}{total})"


class _SyncWalk(BasePage[T]):
    """Fetching and iterating, for the synchronous client."""

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
    ) -> APIResponse[Self]:
        """Request the page ``call`` asks for."""
        response = client._execute(call, options)
        page = cls(client, call, options, response.parsed)
        return APIResponse(page, response.http_response, response.attempts)

    def get_next_page(self) -> Self:
        """The next page (RuntimeError when has_next_page() is False)."""
        response = self.fetch(self._client, self._next_call(), self._options)
        self._check_progress(response.parsed, response)
        return response.parsed

    def iter_pages(self) -> Iterator[Self]:
        """This page, then each next one until a stop rule holds."""
        page = self
        yield page
        while page.has_next_page():
            page = page.get_next_page()
            yield page

    def __iter__(self) -> Iterator[T]:
        for page in self.iter_pages():
            yield from page.items


class _AsyncWalk(BasePage[T]):
    """Fetching and iterating, for the asynchronous client."""

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
    ) -> APIResponse[Self]:
        """Request the page ``call`` asks for."""
        response = await client._execute(call, options)
        page = cls(client, call, options, response.parsed)
        return APIResponse(page, response.http_response, response.attempts)

    async def get_next_page(self) -> Self:
        """The next page (RuntimeError when has_next_page() is False)."""
        response = await self.fetch(self._client, self._next_call(), self._options)
        self._check_progress(response.parsed, response)
        return response.parsed

    async def iter_pages(self) -> AsyncIterator[Self]:
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


class SyncPage(_SyncWalk[T], PageNumberPage[T]):
    """A page of a ``page``/``size`` list; iterating it yields every item of every page
    from here on."""


class AsyncPage(_AsyncWalk[T], PageNumberPage[T]):
    """A page of a ``page``/``size`` list; ``async for`` over it yields every item from
    here on."""


class SyncOffsetPage(_SyncWalk[T], OffsetPage[T]):
    """A page of a ``limit``/``offset`` list; iterating it yields every item of every page
    from here on."""


class AsyncOffsetPage(_AsyncWalk[T], OffsetPage[T]):
    """A page of a ``limit``/``offset`` list; ``async for`` over it yields every item from
    here on."""


class _Paginator(Generic[T]):
    def __init__(
        self, client: AsyncExecutor, call: Call[ListBody[T]], options: RequestOptions
    ) -> None:
        self._client, self._call, self._options = client, call, options


class AsyncPaginator(_Paginator[T]):
    """What an async ``page``/``size`` list method returns: ``await`` it for the first
    page, or ``async for`` over it for every item of every page."""

    async def _first_page(self) -> AsyncPage[T]:
        return (await AsyncPage.fetch(self._client, self._call, self._options)).parsed

    def __await__(self) -> Generator[Any, None, AsyncPage[T]]:
        return self._first_page().__await__()

    async def __aiter__(self) -> AsyncIterator[T]:
        async for item in await self._first_page():
            yield item


class AsyncOffsetPaginator(_Paginator[T]):
    """What an async ``limit``/``offset`` list method returns: ``await`` it for the first
    page, or ``async for`` over it for every item of every page."""

    async def _first_page(self) -> AsyncOffsetPage[T]:
        return (await AsyncOffsetPage.fetch(self._client, self._call, self._options)).parsed

    def __await__(self) -> Generator[Any, None, AsyncOffsetPage[T]]:
        return self._first_page().__await__()

    async def __aiter__(self) -> AsyncIterator[T]:
        async for item in await self._first_page():
            yield item
