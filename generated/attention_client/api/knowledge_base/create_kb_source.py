from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...models.create_kb_source_request import CreateKbSourceRequest
from ...models.error import Error
from ...models.kb_source_response import KbSourceResponse
from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    *,
    body: CreateKbSourceRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/knowledge-base/sources",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | KbSourceResponse | None:
    if response.status_code == 200:
        response_200 = KbSourceResponse.from_dict(response.json())

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
) -> Response[Error | KbSourceResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateKbSourceRequest,
) -> Response[Error | KbSourceResponse]:
    """Add a text source to the knowledge base

     Creates a knowledge-base source from text (Markdown by default, or HTML or plain
    text) and returns it. For PDF files, use `request_upload_url` instead.

    Args:
        body (CreateKbSourceRequest): A new text source. `title` (at most 500 characters) is
            required; `content` (at
            most 524288 characters) is needed for manual entries. For PDF files, request an
            upload URL instead.
             Example: {'title': '<string>', 'content': '<string>', 'format': 'text/markdown'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | KbSourceResponse]
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
    body: CreateKbSourceRequest,
) -> Error | KbSourceResponse | None:
    """Add a text source to the knowledge base

     Creates a knowledge-base source from text (Markdown by default, or HTML or plain
    text) and returns it. For PDF files, use `request_upload_url` instead.

    Args:
        body (CreateKbSourceRequest): A new text source. `title` (at most 500 characters) is
            required; `content` (at
            most 524288 characters) is needed for manual entries. For PDF files, request an
            upload URL instead.
             Example: {'title': '<string>', 'content': '<string>', 'format': 'text/markdown'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | KbSourceResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateKbSourceRequest,
) -> Response[Error | KbSourceResponse]:
    """Add a text source to the knowledge base

     Creates a knowledge-base source from text (Markdown by default, or HTML or plain
    text) and returns it. For PDF files, use `request_upload_url` instead.

    Args:
        body (CreateKbSourceRequest): A new text source. `title` (at most 500 characters) is
            required; `content` (at
            most 524288 characters) is needed for manual entries. For PDF files, request an
            upload URL instead.
             Example: {'title': '<string>', 'content': '<string>', 'format': 'text/markdown'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | KbSourceResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateKbSourceRequest,
) -> Error | KbSourceResponse | None:
    """Add a text source to the knowledge base

     Creates a knowledge-base source from text (Markdown by default, or HTML or plain
    text) and returns it. For PDF files, use `request_upload_url` instead.

    Args:
        body (CreateKbSourceRequest): A new text source. `title` (at most 500 characters) is
            required; `content` (at
            most 524288 characters) is needed for manual entries. For PDF files, request an
            upload URL instead.
             Example: {'title': '<string>', 'content': '<string>', 'format': 'text/markdown'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | KbSourceResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
