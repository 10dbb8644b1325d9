from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.conversation import Conversation
from ...models.error import Error
from ...models.get_conversation_by import GetConversationBy
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    id: str,
    *,
    by: GetConversationBy | Unset = UNSET,
    detailed_transcript: bool | Unset = UNSET,
    filterinclude_internal_participants: bool | Unset = UNSET,
    filterinclude_zoom_metadata: bool | Unset = UNSET,
    filterinclude_import_metadata: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_by: str | Unset = UNSET
    if not isinstance(by, Unset):
        json_by = by

    params["by"] = json_by

    params["detailedTranscript"] = detailed_transcript

    params["filter[include_internal_participants]"] = filterinclude_internal_participants

    params["filter[include_zoom_metadata]"] = filterinclude_zoom_metadata

    params["filter[include_import_metadata]"] = filterinclude_import_metadata

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/conversations/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Conversation | Error | None:
    if response.status_code == 200:
        response_200 = Conversation.from_dict(response.json())

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
) -> Response[Conversation | Error]:
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
    by: GetConversationBy | Unset = UNSET,
    detailed_transcript: bool | Unset = UNSET,
    filterinclude_internal_participants: bool | Unset = UNSET,
    filterinclude_zoom_metadata: bool | Unset = UNSET,
    filterinclude_import_metadata: bool | Unset = UNSET,
) -> Response[Conversation | Error]:
    """Get one conversation

     Returns one conversation by its id, or by the external id it was imported with
    (`by="external_id"`). The `filter_include_*` flags add details that are left
    out by default.

    Args:
        id (str):
        by (GetConversationBy | Unset):
        detailed_transcript (bool | Unset):
        filterinclude_internal_participants (bool | Unset):
        filterinclude_zoom_metadata (bool | Unset):
        filterinclude_import_metadata (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Conversation | Error]
    """

    kwargs = _get_kwargs(
        id=id,
        by=by,
        detailed_transcript=detailed_transcript,
        filterinclude_internal_participants=filterinclude_internal_participants,
        filterinclude_zoom_metadata=filterinclude_zoom_metadata,
        filterinclude_import_metadata=filterinclude_import_metadata,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    by: GetConversationBy | Unset = UNSET,
    detailed_transcript: bool | Unset = UNSET,
    filterinclude_internal_participants: bool | Unset = UNSET,
    filterinclude_zoom_metadata: bool | Unset = UNSET,
    filterinclude_import_metadata: bool | Unset = UNSET,
) -> Conversation | Error | None:
    """Get one conversation

     Returns one conversation by its id, or by the external id it was imported with
    (`by="external_id"`). The `filter_include_*` flags add details that are left
    out by default.

    Args:
        id (str):
        by (GetConversationBy | Unset):
        detailed_transcript (bool | Unset):
        filterinclude_internal_participants (bool | Unset):
        filterinclude_zoom_metadata (bool | Unset):
        filterinclude_import_metadata (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Conversation | Error
    """

    return sync_detailed(
        id=id,
        client=client,
        by=by,
        detailed_transcript=detailed_transcript,
        filterinclude_internal_participants=filterinclude_internal_participants,
        filterinclude_zoom_metadata=filterinclude_zoom_metadata,
        filterinclude_import_metadata=filterinclude_import_metadata,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    by: GetConversationBy | Unset = UNSET,
    detailed_transcript: bool | Unset = UNSET,
    filterinclude_internal_participants: bool | Unset = UNSET,
    filterinclude_zoom_metadata: bool | Unset = UNSET,
    filterinclude_import_metadata: bool | Unset = UNSET,
) -> Response[Conversation | Error]:
    """Get one conversation

     Returns one conversation by its id, or by the external id it was imported with
    (`by="external_id"`). The `filter_include_*` flags add details that are left
    out by default.

    Args:
        id (str):
        by (GetConversationBy | Unset):
        detailed_transcript (bool | Unset):
        filterinclude_internal_participants (bool | Unset):
        filterinclude_zoom_metadata (bool | Unset):
        filterinclude_import_metadata (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Conversation | Error]
    """

    kwargs = _get_kwargs(
        id=id,
        by=by,
        detailed_transcript=detailed_transcript,
        filterinclude_internal_participants=filterinclude_internal_participants,
        filterinclude_zoom_metadata=filterinclude_zoom_metadata,
        filterinclude_import_metadata=filterinclude_import_metadata,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    by: GetConversationBy | Unset = UNSET,
    detailed_transcript: bool | Unset = UNSET,
    filterinclude_internal_participants: bool | Unset = UNSET,
    filterinclude_zoom_metadata: bool | Unset = UNSET,
    filterinclude_import_metadata: bool | Unset = UNSET,
) -> Conversation | Error | None:
    """Get one conversation

     Returns one conversation by its id, or by the external id it was imported with
    (`by="external_id"`). The `filter_include_*` flags add details that are left
    out by default.

    Args:
        id (str):
        by (GetConversationBy | Unset):
        detailed_transcript (bool | Unset):
        filterinclude_internal_participants (bool | Unset):
        filterinclude_zoom_metadata (bool | Unset):
        filterinclude_import_metadata (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Conversation | Error
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            by=by,
            detailed_transcript=detailed_transcript,
            filterinclude_internal_participants=filterinclude_internal_participants,
            filterinclude_zoom_metadata=filterinclude_zoom_metadata,
            filterinclude_import_metadata=filterinclude_import_metadata,
        )
    ).parsed
