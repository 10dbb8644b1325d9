from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...models.create_label_request import CreateLabelRequest
from ...models.error import Error
from ...models.label_response import LabelResponse
from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    *,
    body: CreateLabelRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/labels",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | LabelResponse | None:
    if response.status_code == 200:
        response_200 = LabelResponse.from_dict(response.json())

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
) -> Response[Error | LabelResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateLabelRequest,
) -> Response[Error | LabelResponse]:
    """Create a label

     Creates a label (a label category) in the organisation and returns it. A label
    with `options` takes one of several values; without options it is a yes/no label.
    The name must be unique in the organisation. The organisation comes from the API
    key.

    Args:
        body (CreateLabelRequest): A label to create. Only `name` is required. Do not send the
            organisation: it comes
            from the API key.
             Example: {'name': 'Buying Signal', 'description': 'Conversations where the prospect
            expresses a buying signal.', 'aiFlow': True, 'allTeams': False, 'options': [{'value':
            'high-intent', 'description': 'Prospect has explicit buying signals'}]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | LabelResponse]
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
    body: CreateLabelRequest,
) -> Error | LabelResponse | None:
    """Create a label

     Creates a label (a label category) in the organisation and returns it. A label
    with `options` takes one of several values; without options it is a yes/no label.
    The name must be unique in the organisation. The organisation comes from the API
    key.

    Args:
        body (CreateLabelRequest): A label to create. Only `name` is required. Do not send the
            organisation: it comes
            from the API key.
             Example: {'name': 'Buying Signal', 'description': 'Conversations where the prospect
            expresses a buying signal.', 'aiFlow': True, 'allTeams': False, 'options': [{'value':
            'high-intent', 'description': 'Prospect has explicit buying signals'}]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | LabelResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateLabelRequest,
) -> Response[Error | LabelResponse]:
    """Create a label

     Creates a label (a label category) in the organisation and returns it. A label
    with `options` takes one of several values; without options it is a yes/no label.
    The name must be unique in the organisation. The organisation comes from the API
    key.

    Args:
        body (CreateLabelRequest): A label to create. Only `name` is required. Do not send the
            organisation: it comes
            from the API key.
             Example: {'name': 'Buying Signal', 'description': 'Conversations where the prospect
            expresses a buying signal.', 'aiFlow': True, 'allTeams': False, 'options': [{'value':
            'high-intent', 'description': 'Prospect has explicit buying signals'}]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | LabelResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateLabelRequest,
) -> Error | LabelResponse | None:
    """Create a label

     Creates a label (a label category) in the organisation and returns it. A label
    with `options` takes one of several values; without options it is a yes/no label.
    The name must be unique in the organisation. The organisation comes from the API
    key.

    Args:
        body (CreateLabelRequest): A label to create. Only `name` is required. Do not send the
            organisation: it comes
            from the API key.
             Example: {'name': 'Buying Signal', 'description': 'Conversations where the prospect
            expresses a buying signal.', 'aiFlow': True, 'allTeams': False, 'options': [{'value':
            'high-intent', 'description': 'Prospect has explicit buying signals'}]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | LabelResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
