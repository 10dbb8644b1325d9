from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...models.create_scorecard_result_request import CreateScorecardResultRequest
from ...models.create_scorecard_result_response import CreateScorecardResultResponse
from ...models.error import Error
from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    *,
    body: CreateScorecardResultRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/createScorecardResult",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateScorecardResultResponse | Error | None:
    if response.status_code == 200:
        response_200 = CreateScorecardResultResponse.from_dict(response.json())

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
) -> Response[CreateScorecardResultResponse | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateScorecardResultRequest,
) -> Response[CreateScorecardResultResponse | Error]:
    """Record a scorecard result for a conversation

     Scores a conversation against a scorecard by hand: a written summary and, per
    item, notes and an optional numeric score. The answer only says whether it
    worked (`success`).

    Args:
        body (CreateScorecardResultRequest): A scorecard result to record: the scorecard, the
            conversation, a written summary
            and one entry per scored item.
             Example: {'scorecard_uuid': 'sc-uuid-123', 'conversation_uuid': 'conv-uuid-123',
            'summary': 'Thorough discovery performed.', 'items': [{'scorecard_item_uuid': 'si-
            uuid-123', 'description': 'Thorough discovery performed.', 'numeric_result': 100}]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateScorecardResultResponse | Error]
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
    body: CreateScorecardResultRequest,
) -> CreateScorecardResultResponse | Error | None:
    """Record a scorecard result for a conversation

     Scores a conversation against a scorecard by hand: a written summary and, per
    item, notes and an optional numeric score. The answer only says whether it
    worked (`success`).

    Args:
        body (CreateScorecardResultRequest): A scorecard result to record: the scorecard, the
            conversation, a written summary
            and one entry per scored item.
             Example: {'scorecard_uuid': 'sc-uuid-123', 'conversation_uuid': 'conv-uuid-123',
            'summary': 'Thorough discovery performed.', 'items': [{'scorecard_item_uuid': 'si-
            uuid-123', 'description': 'Thorough discovery performed.', 'numeric_result': 100}]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateScorecardResultResponse | Error
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateScorecardResultRequest,
) -> Response[CreateScorecardResultResponse | Error]:
    """Record a scorecard result for a conversation

     Scores a conversation against a scorecard by hand: a written summary and, per
    item, notes and an optional numeric score. The answer only says whether it
    worked (`success`).

    Args:
        body (CreateScorecardResultRequest): A scorecard result to record: the scorecard, the
            conversation, a written summary
            and one entry per scored item.
             Example: {'scorecard_uuid': 'sc-uuid-123', 'conversation_uuid': 'conv-uuid-123',
            'summary': 'Thorough discovery performed.', 'items': [{'scorecard_item_uuid': 'si-
            uuid-123', 'description': 'Thorough discovery performed.', 'numeric_result': 100}]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateScorecardResultResponse | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateScorecardResultRequest,
) -> CreateScorecardResultResponse | Error | None:
    """Record a scorecard result for a conversation

     Scores a conversation against a scorecard by hand: a written summary and, per
    item, notes and an optional numeric score. The answer only says whether it
    worked (`success`).

    Args:
        body (CreateScorecardResultRequest): A scorecard result to record: the scorecard, the
            conversation, a written summary
            and one entry per scored item.
             Example: {'scorecard_uuid': 'sc-uuid-123', 'conversation_uuid': 'conv-uuid-123',
            'summary': 'Thorough discovery performed.', 'items': [{'scorecard_item_uuid': 'si-
            uuid-123', 'description': 'Thorough discovery performed.', 'numeric_result': 100}]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateScorecardResultResponse | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
