from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...models.create_field_configuration_request import CreateFieldConfigurationRequest
from ...models.error import Error
from ...models.field_configuration_response import FieldConfigurationResponse
from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    *,
    body: CreateFieldConfigurationRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/field-configurations",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | FieldConfigurationResponse | None:
    if response.status_code == 200:
        response_200 = FieldConfigurationResponse.from_dict(response.json())

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

    if response.status_code == 409:
        response_409 = Error.from_dict(response.json())

        return response_409

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
) -> Response[Error | FieldConfigurationResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateFieldConfigurationRequest,
) -> Response[Error | FieldConfigurationResponse]:
    """Create a field configuration

     Creates a field configuration (a set of fields Attention fills in from
    conversations), assigned to the teams in `teamsUUID` or to all teams, and
    optionally gated by criteria. The organisation is the API key's; an organisation
    UUID in the body is ignored.

    Args:
        body (CreateFieldConfigurationRequest): A new field configuration. `name` (1 to 128
            characters, trimmed) is required;
            `teamsUUID` is ignored when `allTeams` is true.
             Example: {'name': '<string>', 'teamsUUID': ['<string>'], 'allTeams': False, 'criteria':
            {'conditions': [{'field': 'account.industry', 'value': '<string>'}], 'operator': 'AND'}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | FieldConfigurationResponse]
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
    body: CreateFieldConfigurationRequest,
) -> Error | FieldConfigurationResponse | None:
    """Create a field configuration

     Creates a field configuration (a set of fields Attention fills in from
    conversations), assigned to the teams in `teamsUUID` or to all teams, and
    optionally gated by criteria. The organisation is the API key's; an organisation
    UUID in the body is ignored.

    Args:
        body (CreateFieldConfigurationRequest): A new field configuration. `name` (1 to 128
            characters, trimmed) is required;
            `teamsUUID` is ignored when `allTeams` is true.
             Example: {'name': '<string>', 'teamsUUID': ['<string>'], 'allTeams': False, 'criteria':
            {'conditions': [{'field': 'account.industry', 'value': '<string>'}], 'operator': 'AND'}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | FieldConfigurationResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateFieldConfigurationRequest,
) -> Response[Error | FieldConfigurationResponse]:
    """Create a field configuration

     Creates a field configuration (a set of fields Attention fills in from
    conversations), assigned to the teams in `teamsUUID` or to all teams, and
    optionally gated by criteria. The organisation is the API key's; an organisation
    UUID in the body is ignored.

    Args:
        body (CreateFieldConfigurationRequest): A new field configuration. `name` (1 to 128
            characters, trimmed) is required;
            `teamsUUID` is ignored when `allTeams` is true.
             Example: {'name': '<string>', 'teamsUUID': ['<string>'], 'allTeams': False, 'criteria':
            {'conditions': [{'field': 'account.industry', 'value': '<string>'}], 'operator': 'AND'}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | FieldConfigurationResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateFieldConfigurationRequest,
) -> Error | FieldConfigurationResponse | None:
    """Create a field configuration

     Creates a field configuration (a set of fields Attention fills in from
    conversations), assigned to the teams in `teamsUUID` or to all teams, and
    optionally gated by criteria. The organisation is the API key's; an organisation
    UUID in the body is ignored.

    Args:
        body (CreateFieldConfigurationRequest): A new field configuration. `name` (1 to 128
            characters, trimmed) is required;
            `teamsUUID` is ignored when `allTeams` is true.
             Example: {'name': '<string>', 'teamsUUID': ['<string>'], 'allTeams': False, 'criteria':
            {'conditions': [{'field': 'account.industry', 'value': '<string>'}], 'operator': 'AND'}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | FieldConfigurationResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
