from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.create_scorecard_item_request import CreateScorecardItemRequest
from ...models.error import Error
from ...models.scorecard_template_item_response import ScorecardTemplateItemResponse
from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    id: str,
    *,
    body: CreateScorecardItemRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/scorecards/{id}/items".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ScorecardTemplateItemResponse | None:
    if response.status_code == 200:
        response_200 = ScorecardTemplateItemResponse.from_dict(response.json())

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

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

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
) -> Response[Error | ScorecardTemplateItemResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateScorecardItemRequest,
) -> Response[Error | ScorecardTemplateItemResponse]:
    """Add an item to a scorecard template

     Adds one item (a scoring criterion) to the scorecard and returns it. It goes at
    the end unless `position` is given. Only `numeric` items exist; describe their
    scale in `metadata.numericMetadata`. Needs an organisation-level API key.

    Args:
        id (str):
        body (CreateScorecardItemRequest): An item to add to a scorecard template. `title`, `type`
            and `weight` are
            required; the item goes at the end unless `position` is given.
             Example: {'title': 'Discovery Quality', 'type': 'numeric', 'weight': 25, 'metadata':
            {'numericMetadata': {'min': 0, 'middle': 50, 'max': 100, 'minCriteria': 'No discovery
            questions asked.', 'middleCriteria': 'Some discovery questions asked.', 'maxCriteria':
            'Thorough discovery performed.'}}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ScorecardTemplateItemResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateScorecardItemRequest,
) -> Error | ScorecardTemplateItemResponse | None:
    """Add an item to a scorecard template

     Adds one item (a scoring criterion) to the scorecard and returns it. It goes at
    the end unless `position` is given. Only `numeric` items exist; describe their
    scale in `metadata.numericMetadata`. Needs an organisation-level API key.

    Args:
        id (str):
        body (CreateScorecardItemRequest): An item to add to a scorecard template. `title`, `type`
            and `weight` are
            required; the item goes at the end unless `position` is given.
             Example: {'title': 'Discovery Quality', 'type': 'numeric', 'weight': 25, 'metadata':
            {'numericMetadata': {'min': 0, 'middle': 50, 'max': 100, 'minCriteria': 'No discovery
            questions asked.', 'middleCriteria': 'Some discovery questions asked.', 'maxCriteria':
            'Thorough discovery performed.'}}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ScorecardTemplateItemResponse
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateScorecardItemRequest,
) -> Response[Error | ScorecardTemplateItemResponse]:
    """Add an item to a scorecard template

     Adds one item (a scoring criterion) to the scorecard and returns it. It goes at
    the end unless `position` is given. Only `numeric` items exist; describe their
    scale in `metadata.numericMetadata`. Needs an organisation-level API key.

    Args:
        id (str):
        body (CreateScorecardItemRequest): An item to add to a scorecard template. `title`, `type`
            and `weight` are
            required; the item goes at the end unless `position` is given.
             Example: {'title': 'Discovery Quality', 'type': 'numeric', 'weight': 25, 'metadata':
            {'numericMetadata': {'min': 0, 'middle': 50, 'max': 100, 'minCriteria': 'No discovery
            questions asked.', 'middleCriteria': 'Some discovery questions asked.', 'maxCriteria':
            'Thorough discovery performed.'}}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ScorecardTemplateItemResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateScorecardItemRequest,
) -> Error | ScorecardTemplateItemResponse | None:
    """Add an item to a scorecard template

     Adds one item (a scoring criterion) to the scorecard and returns it. It goes at
    the end unless `position` is given. Only `numeric` items exist; describe their
    scale in `metadata.numericMetadata`. Needs an organisation-level API key.

    Args:
        id (str):
        body (CreateScorecardItemRequest): An item to add to a scorecard template. `title`, `type`
            and `weight` are
            required; the item goes at the end unless `position` is given.
             Example: {'title': 'Discovery Quality', 'type': 'numeric', 'weight': 25, 'metadata':
            {'numericMetadata': {'min': 0, 'middle': 50, 'max': 100, 'minCriteria': 'No discovery
            questions asked.', 'middleCriteria': 'Some discovery questions asked.', 'maxCriteria':
            'Thorough discovery performed.'}}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ScorecardTemplateItemResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
