from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.error import Error
from ...models.update_user_request import UpdateUserRequest
from ...models.user_response import UserResponse
from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    user_id: str,
    *,
    body: UpdateUserRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/organizations/users/{user_id}".format(
            user_id=quote(str(user_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | UserResponse | None:
    if response.status_code == 200:
        response_200 = UserResponse.from_dict(response.json())

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
) -> Response[Error | UserResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateUserRequest,
) -> Response[Error | UserResponse]:
    """Change a user's name, password, bot, teams, role or seat

     Changes the fields given and returns the user. Teams are added with `teamsToAdd`
    and removed with `teamUUIDsToRemove`; fields left out are not changed. The email
    address cannot be changed here. Needs a key allowed to manage users.

    Args:
        user_id (str):
        body (UpdateUserRequest): The fields of a user to change, at least one; fields left out
            are not changed.
            The email address cannot be changed.
             Example: {'firstName': 'John', 'lastName': 'Doe', 'password': 'newPassword123',
            'botName': 'JohnBot4', 'dealsEnabled': False, 'teamUUIDsToRemove':
            ['802a13d8-1ad0-4f4a-b880-9ace889fafa61'], 'teamsToAdd': [{'uuid':
            'fe515723-fe2e-4959-a5fa-c4d3937fe7e4', 'primary': True}, {'uuid':
            '802a13d8-1ad0-4f4a-b880-9ace889fafa6', 'primary': False}], 'roleUUID':
            '84e67f54-5157-442b-a2b3-8b9c728b2fef1', 'seat_type': 'recording'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UserResponse]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateUserRequest,
) -> Error | UserResponse | None:
    """Change a user's name, password, bot, teams, role or seat

     Changes the fields given and returns the user. Teams are added with `teamsToAdd`
    and removed with `teamUUIDsToRemove`; fields left out are not changed. The email
    address cannot be changed here. Needs a key allowed to manage users.

    Args:
        user_id (str):
        body (UpdateUserRequest): The fields of a user to change, at least one; fields left out
            are not changed.
            The email address cannot be changed.
             Example: {'firstName': 'John', 'lastName': 'Doe', 'password': 'newPassword123',
            'botName': 'JohnBot4', 'dealsEnabled': False, 'teamUUIDsToRemove':
            ['802a13d8-1ad0-4f4a-b880-9ace889fafa61'], 'teamsToAdd': [{'uuid':
            'fe515723-fe2e-4959-a5fa-c4d3937fe7e4', 'primary': True}, {'uuid':
            '802a13d8-1ad0-4f4a-b880-9ace889fafa6', 'primary': False}], 'roleUUID':
            '84e67f54-5157-442b-a2b3-8b9c728b2fef1', 'seat_type': 'recording'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UserResponse
    """

    return sync_detailed(
        user_id=user_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateUserRequest,
) -> Response[Error | UserResponse]:
    """Change a user's name, password, bot, teams, role or seat

     Changes the fields given and returns the user. Teams are added with `teamsToAdd`
    and removed with `teamUUIDsToRemove`; fields left out are not changed. The email
    address cannot be changed here. Needs a key allowed to manage users.

    Args:
        user_id (str):
        body (UpdateUserRequest): The fields of a user to change, at least one; fields left out
            are not changed.
            The email address cannot be changed.
             Example: {'firstName': 'John', 'lastName': 'Doe', 'password': 'newPassword123',
            'botName': 'JohnBot4', 'dealsEnabled': False, 'teamUUIDsToRemove':
            ['802a13d8-1ad0-4f4a-b880-9ace889fafa61'], 'teamsToAdd': [{'uuid':
            'fe515723-fe2e-4959-a5fa-c4d3937fe7e4', 'primary': True}, {'uuid':
            '802a13d8-1ad0-4f4a-b880-9ace889fafa6', 'primary': False}], 'roleUUID':
            '84e67f54-5157-442b-a2b3-8b9c728b2fef1', 'seat_type': 'recording'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UserResponse]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateUserRequest,
) -> Error | UserResponse | None:
    """Change a user's name, password, bot, teams, role or seat

     Changes the fields given and returns the user. Teams are added with `teamsToAdd`
    and removed with `teamUUIDsToRemove`; fields left out are not changed. The email
    address cannot be changed here. Needs a key allowed to manage users.

    Args:
        user_id (str):
        body (UpdateUserRequest): The fields of a user to change, at least one; fields left out
            are not changed.
            The email address cannot be changed.
             Example: {'firstName': 'John', 'lastName': 'Doe', 'password': 'newPassword123',
            'botName': 'JohnBot4', 'dealsEnabled': False, 'teamUUIDsToRemove':
            ['802a13d8-1ad0-4f4a-b880-9ace889fafa61'], 'teamsToAdd': [{'uuid':
            'fe515723-fe2e-4959-a5fa-c4d3937fe7e4', 'primary': True}, {'uuid':
            '802a13d8-1ad0-4f4a-b880-9ace889fafa6', 'primary': False}], 'roleUUID':
            '84e67f54-5157-442b-a2b3-8b9c728b2fef1', 'seat_type': 'recording'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UserResponse
    """

    return (
        await asyncio_detailed(
            user_id=user_id,
            client=client,
            body=body,
        )
    ).parsed
