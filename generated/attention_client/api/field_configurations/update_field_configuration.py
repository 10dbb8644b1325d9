from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.error import Error
from ...models.field_configuration_response import FieldConfigurationResponse
from ...models.update_field_configuration_request import UpdateFieldConfigurationRequest
from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    id: str,
    *,
    body: UpdateFieldConfigurationRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/field-configurations/{id}".format(
            id=quote(str(id), safe=""),
        ),
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

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

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
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateFieldConfigurationRequest,
) -> Response[Error | FieldConfigurationResponse]:
    """Update a field configuration

     Changes a field configuration's name, team assignment or criteria, and returns
    it. Fields left out stay as they are; `teamsUUID`, when given, replaces the list
    of teams.

    Args:
        id (str):
        body (UpdateFieldConfigurationRequest): The changes to a field configuration. Fields left
            out stay as they are;
            `teamsUUID`, when given, replaces the list of teams.
             Example: {'name': '<string>', 'teamsUUID': ['<string>'], 'allTeams': False, 'criteria':
            {'conditions': [{'field': 'account.industry', 'value': '<string>'}], 'operator': 'AND'}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | FieldConfigurationResponse]
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
    body: UpdateFieldConfigurationRequest,
) -> Error | FieldConfigurationResponse | None:
    """Update a field configuration

     Changes a field configuration's name, team assignment or criteria, and returns
    it. Fields left out stay as they are; `teamsUUID`, when given, replaces the list
    of teams.

    Args:
        id (str):
        body (UpdateFieldConfigurationRequest): The changes to a field configuration. Fields left
            out stay as they are;
            `teamsUUID`, when given, replaces the list of teams.
             Example: {'name': '<string>', 'teamsUUID': ['<string>'], 'allTeams': False, 'criteria':
            {'conditions': [{'field': 'account.industry', 'value': '<string>'}], 'operator': 'AND'}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | FieldConfigurationResponse
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
    body: UpdateFieldConfigurationRequest,
) -> Response[Error | FieldConfigurationResponse]:
    """Update a field configuration

     Changes a field configuration's name, team assignment or criteria, and returns
    it. Fields left out stay as they are; `teamsUUID`, when given, replaces the list
    of teams.

    Args:
        id (str):
        body (UpdateFieldConfigurationRequest): The changes to a field configuration. Fields left
            out stay as they are;
            `teamsUUID`, when given, replaces the list of teams.
             Example: {'name': '<string>', 'teamsUUID': ['<string>'], 'allTeams': False, 'criteria':
            {'conditions': [{'field': 'account.industry', 'value': '<string>'}], 'operator': 'AND'}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | FieldConfigurationResponse]
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
    body: UpdateFieldConfigurationRequest,
) -> Error | FieldConfigurationResponse | None:
    """Update a field configuration

     Changes a field configuration's name, team assignment or criteria, and returns
    it. Fields left out stay as they are; `teamsUUID`, when given, replaces the list
    of teams.

    Args:
        id (str):
        body (UpdateFieldConfigurationRequest): The changes to a field configuration. Fields left
            out stay as they are;
            `teamsUUID`, when given, replaces the list of teams.
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
            id=id,
            client=client,
            body=body,
        )
    ).parsed
