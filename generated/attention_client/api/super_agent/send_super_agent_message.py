from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...models.error import Error
from ...models.send_super_agent_message_request import SendSuperAgentMessageRequest
from ...models.super_agent_message_result import SuperAgentMessageResult
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    *,
    body: SendSuperAgentMessageRequest,
    callback_url: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["callback_url"] = callback_url

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/super-agent/messages",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | SuperAgentMessageResult | None:
    if response.status_code == 200:
        response_200 = SuperAgentMessageResult.from_dict(response.json())

        return response_200

    if response.status_code == 202:
        response_202 = SuperAgentMessageResult.from_dict(response.json())

        return response_202

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
) -> Response[Error | SuperAgentMessageResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SendSuperAgentMessageRequest,
    callback_url: str | Unset = UNSET,
) -> Response[Error | SuperAgentMessageResult]:
    """Send a message to the Super Agent

     Sends a message to the Super Agent, in the session given or in a new one, and
    returns the session's id with the message and the agent's answer when the agent
    answers within 15 seconds (200). Otherwise it answers 202 Accepted with the
    session's id only: read the answer later from the session's messages, or have
    it posted to `callback_url`.

    Args:
        callback_url (str | Unset):
        body (SendSuperAgentMessageRequest): The message to send. Without `session_id`, a new
            session is started.
             Example: {'content': '<string>', 'session_id': '<string>', 'timezone':
            'America/New_York'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SuperAgentMessageResult]
    """

    kwargs = _get_kwargs(
        body=body,
        callback_url=callback_url,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: SendSuperAgentMessageRequest,
    callback_url: str | Unset = UNSET,
) -> Error | SuperAgentMessageResult | None:
    """Send a message to the Super Agent

     Sends a message to the Super Agent, in the session given or in a new one, and
    returns the session's id with the message and the agent's answer when the agent
    answers within 15 seconds (200). Otherwise it answers 202 Accepted with the
    session's id only: read the answer later from the session's messages, or have
    it posted to `callback_url`.

    Args:
        callback_url (str | Unset):
        body (SendSuperAgentMessageRequest): The message to send. Without `session_id`, a new
            session is started.
             Example: {'content': '<string>', 'session_id': '<string>', 'timezone':
            'America/New_York'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SuperAgentMessageResult
    """

    return sync_detailed(
        client=client,
        body=body,
        callback_url=callback_url,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SendSuperAgentMessageRequest,
    callback_url: str | Unset = UNSET,
) -> Response[Error | SuperAgentMessageResult]:
    """Send a message to the Super Agent

     Sends a message to the Super Agent, in the session given or in a new one, and
    returns the session's id with the message and the agent's answer when the agent
    answers within 15 seconds (200). Otherwise it answers 202 Accepted with the
    session's id only: read the answer later from the session's messages, or have
    it posted to `callback_url`.

    Args:
        callback_url (str | Unset):
        body (SendSuperAgentMessageRequest): The message to send. Without `session_id`, a new
            session is started.
             Example: {'content': '<string>', 'session_id': '<string>', 'timezone':
            'America/New_York'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SuperAgentMessageResult]
    """

    kwargs = _get_kwargs(
        body=body,
        callback_url=callback_url,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SendSuperAgentMessageRequest,
    callback_url: str | Unset = UNSET,
) -> Error | SuperAgentMessageResult | None:
    """Send a message to the Super Agent

     Sends a message to the Super Agent, in the session given or in a new one, and
    returns the session's id with the message and the agent's answer when the agent
    answers within 15 seconds (200). Otherwise it answers 202 Accepted with the
    session's id only: read the answer later from the session's messages, or have
    it posted to `callback_url`.

    Args:
        callback_url (str | Unset):
        body (SendSuperAgentMessageRequest): The message to send. Without `session_id`, a new
            session is started.
             Example: {'content': '<string>', 'session_id': '<string>', 'timezone':
            'America/New_York'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SuperAgentMessageResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            callback_url=callback_url,
        )
    ).parsed
