from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...models.create_snippet_request import CreateSnippetRequest
from ...models.error import Error
from ...models.snippet import Snippet
from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    *,
    body: CreateSnippetRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/snippets",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | Snippet | None:
    if response.status_code == 200:
        response_200 = Snippet.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | Snippet]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateSnippetRequest,
) -> Response[Error | Snippet]:
    """Create a shareable snippet of a conversation

     Cuts a snippet out of one conversation's recording (a video span, and optionally
    the matching transcript range) and returns its id and its share URL. It can also
    be added to the library.

    Args:
        body (CreateSnippetRequest): The snippet to create: the conversation, the video span, who
            it is for and
            whether view notifications are sent, and optionally the transcript range, notes,
            a title and a place in the library.
             Example: {'user_uuid': '<string>', 'conversation_id': '<string>', 'video': {'start_time':
            123, 'end_time': 123, 'duration': 123}, 'internal': True, 'notify_views': True,
            'reference': {'characters': {'start_idx': '<string>', 'end_idx': '<string>'}, 'speakers':
            {'start_idx': '<string>', 'end_idx': '<string>'}, 'transcript_version': 'V1'}, 'notes':
            '<string>', 'title': '<string>', 'in_library': True, 'library_item_info': {'my_library':
            True, 'folder_path': '<string>'}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Snippet]
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
    body: CreateSnippetRequest,
) -> Error | Snippet | None:
    """Create a shareable snippet of a conversation

     Cuts a snippet out of one conversation's recording (a video span, and optionally
    the matching transcript range) and returns its id and its share URL. It can also
    be added to the library.

    Args:
        body (CreateSnippetRequest): The snippet to create: the conversation, the video span, who
            it is for and
            whether view notifications are sent, and optionally the transcript range, notes,
            a title and a place in the library.
             Example: {'user_uuid': '<string>', 'conversation_id': '<string>', 'video': {'start_time':
            123, 'end_time': 123, 'duration': 123}, 'internal': True, 'notify_views': True,
            'reference': {'characters': {'start_idx': '<string>', 'end_idx': '<string>'}, 'speakers':
            {'start_idx': '<string>', 'end_idx': '<string>'}, 'transcript_version': 'V1'}, 'notes':
            '<string>', 'title': '<string>', 'in_library': True, 'library_item_info': {'my_library':
            True, 'folder_path': '<string>'}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Snippet
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateSnippetRequest,
) -> Response[Error | Snippet]:
    """Create a shareable snippet of a conversation

     Cuts a snippet out of one conversation's recording (a video span, and optionally
    the matching transcript range) and returns its id and its share URL. It can also
    be added to the library.

    Args:
        body (CreateSnippetRequest): The snippet to create: the conversation, the video span, who
            it is for and
            whether view notifications are sent, and optionally the transcript range, notes,
            a title and a place in the library.
             Example: {'user_uuid': '<string>', 'conversation_id': '<string>', 'video': {'start_time':
            123, 'end_time': 123, 'duration': 123}, 'internal': True, 'notify_views': True,
            'reference': {'characters': {'start_idx': '<string>', 'end_idx': '<string>'}, 'speakers':
            {'start_idx': '<string>', 'end_idx': '<string>'}, 'transcript_version': 'V1'}, 'notes':
            '<string>', 'title': '<string>', 'in_library': True, 'library_item_info': {'my_library':
            True, 'folder_path': '<string>'}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Snippet]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateSnippetRequest,
) -> Error | Snippet | None:
    """Create a shareable snippet of a conversation

     Cuts a snippet out of one conversation's recording (a video span, and optionally
    the matching transcript range) and returns its id and its share URL. It can also
    be added to the library.

    Args:
        body (CreateSnippetRequest): The snippet to create: the conversation, the video span, who
            it is for and
            whether view notifications are sent, and optionally the transcript range, notes,
            a title and a place in the library.
             Example: {'user_uuid': '<string>', 'conversation_id': '<string>', 'video': {'start_time':
            123, 'end_time': 123, 'duration': 123}, 'internal': True, 'notify_views': True,
            'reference': {'characters': {'start_idx': '<string>', 'end_idx': '<string>'}, 'speakers':
            {'start_idx': '<string>', 'end_idx': '<string>'}, 'transcript_version': 'V1'}, 'notes':
            '<string>', 'title': '<string>', 'in_library': True, 'library_item_info': {'my_library':
            True, 'folder_path': '<string>'}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Snippet
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
