from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...models.error import Error
from ...models.scorecard_usage_summary_list_response import ScorecardUsageSummaryListResponse
from ...models.summarize_scorecards_request import SummarizeScorecardsRequest
from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    *,
    body: SummarizeScorecardsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/scorecards/summary",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ScorecardUsageSummaryListResponse | None:
    if response.status_code == 200:
        response_200 = ScorecardUsageSummaryListResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 422:
        response_422 = Error.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = Error.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = Error.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = Error.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | ScorecardUsageSummaryListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SummarizeScorecardsRequest,
) -> Response[Error | ScorecardUsageSummaryListResponse]:
    """Summarise a scorecard's scores per user and team over a period

     Returns a scorecard's usage statistics between two instants: one row per user
    and team, with the overall score, the number of scored calls, the lowest and
    highest score and each item's average. The filters are sent in the body; pass an
    empty list for a filter you do not use. Nothing is changed, so the call is
    retried like a read.

    Args:
        body (SummarizeScorecardsRequest): Which scorecard, between which instants, and for which
            teams, users and items.
            Every field is required: send an empty list for a filter you do not use.
             Example: {'scorecardUUID': 'sc-uuid-123', 'fromDateTime': '2026-04-16T00:00:00Z',
            'toDateTime': '2026-04-16T23:59:59Z', 'teamUUIDs': [], 'userUUIDs': [],
            'scorecardsItemsUUIDs': []}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ScorecardUsageSummaryListResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: SummarizeScorecardsRequest,
) -> Error | ScorecardUsageSummaryListResponse | None:
    """Summarise a scorecard's scores per user and team over a period

     Returns a scorecard's usage statistics between two instants: one row per user
    and team, with the overall score, the number of scored calls, the lowest and
    highest score and each item's average. The filters are sent in the body; pass an
    empty list for a filter you do not use. Nothing is changed, so the call is
    retried like a read.

    Args:
        body (SummarizeScorecardsRequest): Which scorecard, between which instants, and for which
            teams, users and items.
            Every field is required: send an empty list for a filter you do not use.
             Example: {'scorecardUUID': 'sc-uuid-123', 'fromDateTime': '2026-04-16T00:00:00Z',
            'toDateTime': '2026-04-16T23:59:59Z', 'teamUUIDs': [], 'userUUIDs': [],
            'scorecardsItemsUUIDs': []}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ScorecardUsageSummaryListResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SummarizeScorecardsRequest,
) -> Response[Error | ScorecardUsageSummaryListResponse]:
    """Summarise a scorecard's scores per user and team over a period

     Returns a scorecard's usage statistics between two instants: one row per user
    and team, with the overall score, the number of scored calls, the lowest and
    highest score and each item's average. The filters are sent in the body; pass an
    empty list for a filter you do not use. Nothing is changed, so the call is
    retried like a read.

    Args:
        body (SummarizeScorecardsRequest): Which scorecard, between which instants, and for which
            teams, users and items.
            Every field is required: send an empty list for a filter you do not use.
             Example: {'scorecardUUID': 'sc-uuid-123', 'fromDateTime': '2026-04-16T00:00:00Z',
            'toDateTime': '2026-04-16T23:59:59Z', 'teamUUIDs': [], 'userUUIDs': [],
            'scorecardsItemsUUIDs': []}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ScorecardUsageSummaryListResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SummarizeScorecardsRequest,
) -> Error | ScorecardUsageSummaryListResponse | None:
    """Summarise a scorecard's scores per user and team over a period

     Returns a scorecard's usage statistics between two instants: one row per user
    and team, with the overall score, the number of scored calls, the lowest and
    highest score and each item's average. The filters are sent in the body; pass an
    empty list for a filter you do not use. Nothing is changed, so the call is
    retried like a read.

    Args:
        body (SummarizeScorecardsRequest): Which scorecard, between which instants, and for which
            teams, users and items.
            Every field is required: send an empty list for a filter you do not use.
             Example: {'scorecardUUID': 'sc-uuid-123', 'fromDateTime': '2026-04-16T00:00:00Z',
            'toDateTime': '2026-04-16T23:59:59Z', 'teamUUIDs': [], 'userUUIDs': [],
            'scorecardsItemsUUIDs': []}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ScorecardUsageSummaryListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
