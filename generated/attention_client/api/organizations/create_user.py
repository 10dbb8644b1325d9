from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...models.create_user_request import CreateUserRequest
from ...models.error import Error
from ...models.user_response import UserResponse
from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    *,
    body: CreateUserRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/organizations/users",
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
    *,
    client: AuthenticatedClient | Client,
    body: CreateUserRequest,
) -> Response[Error | UserResponse]:
    """Create a user in the organisation

     Creates a user with the given name, email address, role and teams (at least one;
    mark one `primary`), and returns the new user with its UUID. The seat type is
    `recording` unless `listener` is asked for. Needs a key allowed to manage users.

    Args:
        body (CreateUserRequest): A user to create. `email`, `first_name`, `last_name`, `teams`
            (at least one) and
            `roleUUID` are required. Fields the API accepts beyond these may be sent too.
             Example: {'email': '15john.doe@example.com', 'first_name': 'John', 'last_name': 'Doe',
            'password': 'SecureP@ssw0rd!', 'roleUUID': '84e67f54-5157-442b-a2b3-8b9c728b2fef1',
            'teams': [{'uuid': 'fe515723-fe2e-4959-a5fa-c4d3937fe7e4', 'primary': True}, {'uuid':
            '802a13d8-1ad0-4f4a-b880-9ace889fafa6', 'primary': False}], 'seat_type': 'recording'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UserResponse]
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
    body: CreateUserRequest,
) -> Error | UserResponse | None:
    """Create a user in the organisation

     Creates a user with the given name, email address, role and teams (at least one;
    mark one `primary`), and returns the new user with its UUID. The seat type is
    `recording` unless `listener` is asked for. Needs a key allowed to manage users.

    Args:
        body (CreateUserRequest): A user to create. `email`, `first_name`, `last_name`, `teams`
            (at least one) and
            `roleUUID` are required. Fields the API accepts beyond these may be sent too.
             Example: {'email': '15john.doe@example.com', 'first_name': 'John', 'last_name': 'Doe',
            'password': 'SecureP@ssw0rd!', 'roleUUID': '84e67f54-5157-442b-a2b3-8b9c728b2fef1',
            'teams': [{'uuid': 'fe515723-fe2e-4959-a5fa-c4d3937fe7e4', 'primary': True}, {'uuid':
            '802a13d8-1ad0-4f4a-b880-9ace889fafa6', 'primary': False}], 'seat_type': 'recording'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UserResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateUserRequest,
) -> Response[Error | UserResponse]:
    """Create a user in the organisation

     Creates a user with the given name, email address, role and teams (at least one;
    mark one `primary`), and returns the new user with its UUID. The seat type is
    `recording` unless `listener` is asked for. Needs a key allowed to manage users.

    Args:
        body (CreateUserRequest): A user to create. `email`, `first_name`, `last_name`, `teams`
            (at least one) and
            `roleUUID` are required. Fields the API accepts beyond these may be sent too.
             Example: {'email': '15john.doe@example.com', 'first_name': 'John', 'last_name': 'Doe',
            'password': 'SecureP@ssw0rd!', 'roleUUID': '84e67f54-5157-442b-a2b3-8b9c728b2fef1',
            'teams': [{'uuid': 'fe515723-fe2e-4959-a5fa-c4d3937fe7e4', 'primary': True}, {'uuid':
            '802a13d8-1ad0-4f4a-b880-9ace889fafa6', 'primary': False}], 'seat_type': 'recording'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UserResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateUserRequest,
) -> Error | UserResponse | None:
    """Create a user in the organisation

     Creates a user with the given name, email address, role and teams (at least one;
    mark one `primary`), and returns the new user with its UUID. The seat type is
    `recording` unless `listener` is asked for. Needs a key allowed to manage users.

    Args:
        body (CreateUserRequest): A user to create. `email`, `first_name`, `last_name`, `teams`
            (at least one) and
            `roleUUID` are required. Fields the API accepts beyond these may be sent too.
             Example: {'email': '15john.doe@example.com', 'first_name': 'John', 'last_name': 'Doe',
            'password': 'SecureP@ssw0rd!', 'roleUUID': '84e67f54-5157-442b-a2b3-8b9c728b2fef1',
            'teams': [{'uuid': 'fe515723-fe2e-4959-a5fa-c4d3937fe7e4', 'primary': True}, {'uuid':
            '802a13d8-1ad0-4f4a-b880-9ace889fafa6', 'primary': False}], 'seat_type': 'recording'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UserResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
