from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.error import Error
from ...models.team_response import TeamResponse
from ...models.update_team_request import UpdateTeamRequest
from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    team_id: str,
    *,
    body: UpdateTeamRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/organizations/teams/{team_id}".format(
            team_id=quote(str(team_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | TeamResponse | None:
    if response.status_code == 200:
        response_200 = TeamResponse.from_dict(response.json())

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
) -> Response[Error | TeamResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    team_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateTeamRequest,
) -> Response[Error | TeamResponse]:
    """Rename a team or move it under another parent

     Changes the team's name and/or its parent team (to restructure the hierarchy),
    and returns the team. Fields left out are not changed.

    Args:
        team_id (str):
        body (UpdateTeamRequest): The fields of a team to change, at least one. Example: {'name':
            'Marketing', 'parentTeamUUID': '2ccf9bde-68e3-4de4-bc4e-51b927336665'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | TeamResponse]
    """

    kwargs = _get_kwargs(
        team_id=team_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    team_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateTeamRequest,
) -> Error | TeamResponse | None:
    """Rename a team or move it under another parent

     Changes the team's name and/or its parent team (to restructure the hierarchy),
    and returns the team. Fields left out are not changed.

    Args:
        team_id (str):
        body (UpdateTeamRequest): The fields of a team to change, at least one. Example: {'name':
            'Marketing', 'parentTeamUUID': '2ccf9bde-68e3-4de4-bc4e-51b927336665'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | TeamResponse
    """

    return sync_detailed(
        team_id=team_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    team_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateTeamRequest,
) -> Response[Error | TeamResponse]:
    """Rename a team or move it under another parent

     Changes the team's name and/or its parent team (to restructure the hierarchy),
    and returns the team. Fields left out are not changed.

    Args:
        team_id (str):
        body (UpdateTeamRequest): The fields of a team to change, at least one. Example: {'name':
            'Marketing', 'parentTeamUUID': '2ccf9bde-68e3-4de4-bc4e-51b927336665'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | TeamResponse]
    """

    kwargs = _get_kwargs(
        team_id=team_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    team_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateTeamRequest,
) -> Error | TeamResponse | None:
    """Rename a team or move it under another parent

     Changes the team's name and/or its parent team (to restructure the hierarchy),
    and returns the team. Fields left out are not changed.

    Args:
        team_id (str):
        body (UpdateTeamRequest): The fields of a team to change, at least one. Example: {'name':
            'Marketing', 'parentTeamUUID': '2ccf9bde-68e3-4de4-bc4e-51b927336665'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | TeamResponse
    """

    return (
        await asyncio_detailed(
            team_id=team_id,
            client=client,
            body=body,
        )
    ).parsed
