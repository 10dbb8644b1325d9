from __future__ import annotations

import datetime
from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...models.error import Error
from ...models.workflow_log_list_response import WorkflowLogListResponse
from ...types import UNSET, Response, Unset, format_datetime

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    *,
    from_date_time: datetime.datetime | Unset = UNSET,
    to_date_time: datetime.datetime | Unset = UNSET,
    conversation_uui_ds: list[str] | Unset = UNSET,
    success: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_from_date_time: str | Unset = UNSET
    if not isinstance(from_date_time, Unset):
        json_from_date_time = format_datetime(from_date_time)
    params["fromDateTime"] = json_from_date_time

    json_to_date_time: str | Unset = UNSET
    if not isinstance(to_date_time, Unset):
        json_to_date_time = format_datetime(to_date_time)
    params["toDateTime"] = json_to_date_time

    json_conversation_uui_ds: list[str] | Unset = UNSET
    if not isinstance(conversation_uui_ds, Unset):
        json_conversation_uui_ds = conversation_uui_ds

    params["conversationUUIDs"] = json_conversation_uui_ds

    params["success"] = success

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/conversations/workflow-logs",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | WorkflowLogListResponse | None:
    if response.status_code == 200:
        response_200 = WorkflowLogListResponse.from_dict(response.json())

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
) -> Response[Error | WorkflowLogListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    from_date_time: datetime.datetime | Unset = UNSET,
    to_date_time: datetime.datetime | Unset = UNSET,
    conversation_uui_ds: list[str] | Unset = UNSET,
    success: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> Response[Error | WorkflowLogListResponse]:
    """List the log of workflows run on conversations, a page at a time

     Returns the log of the automated workflows run on conversations (such as the
    CRM export or the scorecard calculation): for each run, the conversation, the
    workflow, whether it succeeded, its error and when it ran. Filter by time window,
    by conversation and by outcome; `total` is the number of matching entries.
    Iterating the page walks every page by offset.

    Args:
        from_date_time (datetime.datetime | Unset):
        to_date_time (datetime.datetime | Unset):
        conversation_uui_ds (list[str] | Unset):
        success (bool | Unset):
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | WorkflowLogListResponse]
    """

    kwargs = _get_kwargs(
        from_date_time=from_date_time,
        to_date_time=to_date_time,
        conversation_uui_ds=conversation_uui_ds,
        success=success,
        limit=limit,
        offset=offset,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    from_date_time: datetime.datetime | Unset = UNSET,
    to_date_time: datetime.datetime | Unset = UNSET,
    conversation_uui_ds: list[str] | Unset = UNSET,
    success: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> Error | WorkflowLogListResponse | None:
    """List the log of workflows run on conversations, a page at a time

     Returns the log of the automated workflows run on conversations (such as the
    CRM export or the scorecard calculation): for each run, the conversation, the
    workflow, whether it succeeded, its error and when it ran. Filter by time window,
    by conversation and by outcome; `total` is the number of matching entries.
    Iterating the page walks every page by offset.

    Args:
        from_date_time (datetime.datetime | Unset):
        to_date_time (datetime.datetime | Unset):
        conversation_uui_ds (list[str] | Unset):
        success (bool | Unset):
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | WorkflowLogListResponse
    """

    return sync_detailed(
        client=client,
        from_date_time=from_date_time,
        to_date_time=to_date_time,
        conversation_uui_ds=conversation_uui_ds,
        success=success,
        limit=limit,
        offset=offset,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    from_date_time: datetime.datetime | Unset = UNSET,
    to_date_time: datetime.datetime | Unset = UNSET,
    conversation_uui_ds: list[str] | Unset = UNSET,
    success: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> Response[Error | WorkflowLogListResponse]:
    """List the log of workflows run on conversations, a page at a time

     Returns the log of the automated workflows run on conversations (such as the
    CRM export or the scorecard calculation): for each run, the conversation, the
    workflow, whether it succeeded, its error and when it ran. Filter by time window,
    by conversation and by outcome; `total` is the number of matching entries.
    Iterating the page walks every page by offset.

    Args:
        from_date_time (datetime.datetime | Unset):
        to_date_time (datetime.datetime | Unset):
        conversation_uui_ds (list[str] | Unset):
        success (bool | Unset):
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | WorkflowLogListResponse]
    """

    kwargs = _get_kwargs(
        from_date_time=from_date_time,
        to_date_time=to_date_time,
        conversation_uui_ds=conversation_uui_ds,
        success=success,
        limit=limit,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    from_date_time: datetime.datetime | Unset = UNSET,
    to_date_time: datetime.datetime | Unset = UNSET,
    conversation_uui_ds: list[str] | Unset = UNSET,
    success: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> Error | WorkflowLogListResponse | None:
    """List the log of workflows run on conversations, a page at a time

     Returns the log of the automated workflows run on conversations (such as the
    CRM export or the scorecard calculation): for each run, the conversation, the
    workflow, whether it succeeded, its error and when it ran. Filter by time window,
    by conversation and by outcome; `total` is the number of matching entries.
    Iterating the page walks every page by offset.

    Args:
        from_date_time (datetime.datetime | Unset):
        to_date_time (datetime.datetime | Unset):
        conversation_uui_ds (list[str] | Unset):
        success (bool | Unset):
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | WorkflowLogListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            from_date_time=from_date_time,
            to_date_time=to_date_time,
            conversation_uui_ds=conversation_uui_ds,
            success=success,
            limit=limit,
            offset=offset,
        )
    ).parsed
