from __future__ import annotations

import datetime
from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...models.conversation_list import ConversationList
from ...models.error import Error
from ...types import UNSET, Response, Unset, format_datetime

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    *,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    from_date_time: datetime.datetime | Unset = UNSET,
    to_date_time: datetime.datetime | Unset = UNSET,
    filterowner_id: list[str] | Unset = UNSET,
    filterowner_email: list[str] | Unset = UNSET,
    filtertitle: str | Unset = UNSET,
    filterparticipants_email: list[str] | Unset = UNSET,
    filterexternal_opportunity_id: list[str] | Unset = UNSET,
    filtercrm_field_entity_code: str | Unset = UNSET,
    filtercrm_field_field_name: str | Unset = UNSET,
    filtercrm_field_values: list[str] | Unset = UNSET,
    filterteam_id: list[str] | Unset = UNSET,
    filterhide_internal: bool | Unset = UNSET,
    filterhide_non_analyzed: bool | Unset = UNSET,
    filterhide_pending: bool | Unset = UNSET,
    filterhide_failed: bool | Unset = UNSET,
    filterhide_transcript: bool | Unset = UNSET,
    detailed_transcript: bool | Unset = UNSET,
    with_intelligence_items: bool | Unset = UNSET,
    with_crm_records: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["size"] = size

    json_from_date_time: str | Unset = UNSET
    if not isinstance(from_date_time, Unset):
        json_from_date_time = format_datetime(from_date_time)
    params["fromDateTime"] = json_from_date_time

    json_to_date_time: str | Unset = UNSET
    if not isinstance(to_date_time, Unset):
        json_to_date_time = format_datetime(to_date_time)
    params["toDateTime"] = json_to_date_time

    json_filterowner_id: list[str] | Unset = UNSET
    if not isinstance(filterowner_id, Unset):
        json_filterowner_id = filterowner_id

    params["filter[owner.id]"] = json_filterowner_id

    json_filterowner_email: list[str] | Unset = UNSET
    if not isinstance(filterowner_email, Unset):
        json_filterowner_email = filterowner_email

    params["filter[owner.email]"] = json_filterowner_email

    params["filter[title]"] = filtertitle

    json_filterparticipants_email: list[str] | Unset = UNSET
    if not isinstance(filterparticipants_email, Unset):
        json_filterparticipants_email = filterparticipants_email

    params["filter[participants.email]"] = json_filterparticipants_email

    json_filterexternal_opportunity_id: list[str] | Unset = UNSET
    if not isinstance(filterexternal_opportunity_id, Unset):
        json_filterexternal_opportunity_id = filterexternal_opportunity_id

    params["filter[external_opportunity.id]"] = json_filterexternal_opportunity_id

    params["filter[crm_field.entity_code]"] = filtercrm_field_entity_code

    params["filter[crm_field.field_name]"] = filtercrm_field_field_name

    json_filtercrm_field_values: list[str] | Unset = UNSET
    if not isinstance(filtercrm_field_values, Unset):
        json_filtercrm_field_values = filtercrm_field_values

    params["filter[crm_field.values]"] = json_filtercrm_field_values

    json_filterteam_id: list[str] | Unset = UNSET
    if not isinstance(filterteam_id, Unset):
        json_filterteam_id = filterteam_id

    params["filter[team.id]"] = json_filterteam_id

    params["filter[hide_internal]"] = filterhide_internal

    params["filter[hide_non_analyzed]"] = filterhide_non_analyzed

    params["filter[hide_pending]"] = filterhide_pending

    params["filter[hide_failed]"] = filterhide_failed

    params["filter[hide_transcript]"] = filterhide_transcript

    params["detailedTranscript"] = detailed_transcript

    params["withIntelligenceItems"] = with_intelligence_items

    params["withCrmRecords"] = with_crm_records

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/conversations",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ConversationList | Error | None:
    if response.status_code == 200:
        response_200 = ConversationList.from_dict(response.json())

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
) -> Response[ConversationList | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    from_date_time: datetime.datetime | Unset = UNSET,
    to_date_time: datetime.datetime | Unset = UNSET,
    filterowner_id: list[str] | Unset = UNSET,
    filterowner_email: list[str] | Unset = UNSET,
    filtertitle: str | Unset = UNSET,
    filterparticipants_email: list[str] | Unset = UNSET,
    filterexternal_opportunity_id: list[str] | Unset = UNSET,
    filtercrm_field_entity_code: str | Unset = UNSET,
    filtercrm_field_field_name: str | Unset = UNSET,
    filtercrm_field_values: list[str] | Unset = UNSET,
    filterteam_id: list[str] | Unset = UNSET,
    filterhide_internal: bool | Unset = UNSET,
    filterhide_non_analyzed: bool | Unset = UNSET,
    filterhide_pending: bool | Unset = UNSET,
    filterhide_failed: bool | Unset = UNSET,
    filterhide_transcript: bool | Unset = UNSET,
    detailed_transcript: bool | Unset = UNSET,
    with_intelligence_items: bool | Unset = UNSET,
    with_crm_records: bool | Unset = UNSET,
) -> Response[ConversationList | Error]:
    """List whole conversations, a page at a time (the original list)

     Returns one page of conversations as the original list endpoint gives them:
    whole, with their transcripts and extracted intelligence. It takes the same
    filters as `list`, and its page size has no documented maximum. Prefer `list`
    for ids, titles and filtering, and this one when you need each conversation
    whole in one call.

    Args:
        page (int | Unset):
        size (int | Unset):
        from_date_time (datetime.datetime | Unset):
        to_date_time (datetime.datetime | Unset):
        filterowner_id (list[str] | Unset):
        filterowner_email (list[str] | Unset):
        filtertitle (str | Unset):
        filterparticipants_email (list[str] | Unset):
        filterexternal_opportunity_id (list[str] | Unset):
        filtercrm_field_entity_code (str | Unset):
        filtercrm_field_field_name (str | Unset):
        filtercrm_field_values (list[str] | Unset):
        filterteam_id (list[str] | Unset):
        filterhide_internal (bool | Unset):
        filterhide_non_analyzed (bool | Unset):
        filterhide_pending (bool | Unset):
        filterhide_failed (bool | Unset):
        filterhide_transcript (bool | Unset):
        detailed_transcript (bool | Unset):
        with_intelligence_items (bool | Unset):
        with_crm_records (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConversationList | Error]
    """

    kwargs = _get_kwargs(
        page=page,
        size=size,
        from_date_time=from_date_time,
        to_date_time=to_date_time,
        filterowner_id=filterowner_id,
        filterowner_email=filterowner_email,
        filtertitle=filtertitle,
        filterparticipants_email=filterparticipants_email,
        filterexternal_opportunity_id=filterexternal_opportunity_id,
        filtercrm_field_entity_code=filtercrm_field_entity_code,
        filtercrm_field_field_name=filtercrm_field_field_name,
        filtercrm_field_values=filtercrm_field_values,
        filterteam_id=filterteam_id,
        filterhide_internal=filterhide_internal,
        filterhide_non_analyzed=filterhide_non_analyzed,
        filterhide_pending=filterhide_pending,
        filterhide_failed=filterhide_failed,
        filterhide_transcript=filterhide_transcript,
        detailed_transcript=detailed_transcript,
        with_intelligence_items=with_intelligence_items,
        with_crm_records=with_crm_records,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    from_date_time: datetime.datetime | Unset = UNSET,
    to_date_time: datetime.datetime | Unset = UNSET,
    filterowner_id: list[str] | Unset = UNSET,
    filterowner_email: list[str] | Unset = UNSET,
    filtertitle: str | Unset = UNSET,
    filterparticipants_email: list[str] | Unset = UNSET,
    filterexternal_opportunity_id: list[str] | Unset = UNSET,
    filtercrm_field_entity_code: str | Unset = UNSET,
    filtercrm_field_field_name: str | Unset = UNSET,
    filtercrm_field_values: list[str] | Unset = UNSET,
    filterteam_id: list[str] | Unset = UNSET,
    filterhide_internal: bool | Unset = UNSET,
    filterhide_non_analyzed: bool | Unset = UNSET,
    filterhide_pending: bool | Unset = UNSET,
    filterhide_failed: bool | Unset = UNSET,
    filterhide_transcript: bool | Unset = UNSET,
    detailed_transcript: bool | Unset = UNSET,
    with_intelligence_items: bool | Unset = UNSET,
    with_crm_records: bool | Unset = UNSET,
) -> ConversationList | Error | None:
    """List whole conversations, a page at a time (the original list)

     Returns one page of conversations as the original list endpoint gives them:
    whole, with their transcripts and extracted intelligence. It takes the same
    filters as `list`, and its page size has no documented maximum. Prefer `list`
    for ids, titles and filtering, and this one when you need each conversation
    whole in one call.

    Args:
        page (int | Unset):
        size (int | Unset):
        from_date_time (datetime.datetime | Unset):
        to_date_time (datetime.datetime | Unset):
        filterowner_id (list[str] | Unset):
        filterowner_email (list[str] | Unset):
        filtertitle (str | Unset):
        filterparticipants_email (list[str] | Unset):
        filterexternal_opportunity_id (list[str] | Unset):
        filtercrm_field_entity_code (str | Unset):
        filtercrm_field_field_name (str | Unset):
        filtercrm_field_values (list[str] | Unset):
        filterteam_id (list[str] | Unset):
        filterhide_internal (bool | Unset):
        filterhide_non_analyzed (bool | Unset):
        filterhide_pending (bool | Unset):
        filterhide_failed (bool | Unset):
        filterhide_transcript (bool | Unset):
        detailed_transcript (bool | Unset):
        with_intelligence_items (bool | Unset):
        with_crm_records (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConversationList | Error
    """

    return sync_detailed(
        client=client,
        page=page,
        size=size,
        from_date_time=from_date_time,
        to_date_time=to_date_time,
        filterowner_id=filterowner_id,
        filterowner_email=filterowner_email,
        filtertitle=filtertitle,
        filterparticipants_email=filterparticipants_email,
        filterexternal_opportunity_id=filterexternal_opportunity_id,
        filtercrm_field_entity_code=filtercrm_field_entity_code,
        filtercrm_field_field_name=filtercrm_field_field_name,
        filtercrm_field_values=filtercrm_field_values,
        filterteam_id=filterteam_id,
        filterhide_internal=filterhide_internal,
        filterhide_non_analyzed=filterhide_non_analyzed,
        filterhide_pending=filterhide_pending,
        filterhide_failed=filterhide_failed,
        filterhide_transcript=filterhide_transcript,
        detailed_transcript=detailed_transcript,
        with_intelligence_items=with_intelligence_items,
        with_crm_records=with_crm_records,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    from_date_time: datetime.datetime | Unset = UNSET,
    to_date_time: datetime.datetime | Unset = UNSET,
    filterowner_id: list[str] | Unset = UNSET,
    filterowner_email: list[str] | Unset = UNSET,
    filtertitle: str | Unset = UNSET,
    filterparticipants_email: list[str] | Unset = UNSET,
    filterexternal_opportunity_id: list[str] | Unset = UNSET,
    filtercrm_field_entity_code: str | Unset = UNSET,
    filtercrm_field_field_name: str | Unset = UNSET,
    filtercrm_field_values: list[str] | Unset = UNSET,
    filterteam_id: list[str] | Unset = UNSET,
    filterhide_internal: bool | Unset = UNSET,
    filterhide_non_analyzed: bool | Unset = UNSET,
    filterhide_pending: bool | Unset = UNSET,
    filterhide_failed: bool | Unset = UNSET,
    filterhide_transcript: bool | Unset = UNSET,
    detailed_transcript: bool | Unset = UNSET,
    with_intelligence_items: bool | Unset = UNSET,
    with_crm_records: bool | Unset = UNSET,
) -> Response[ConversationList | Error]:
    """List whole conversations, a page at a time (the original list)

     Returns one page of conversations as the original list endpoint gives them:
    whole, with their transcripts and extracted intelligence. It takes the same
    filters as `list`, and its page size has no documented maximum. Prefer `list`
    for ids, titles and filtering, and this one when you need each conversation
    whole in one call.

    Args:
        page (int | Unset):
        size (int | Unset):
        from_date_time (datetime.datetime | Unset):
        to_date_time (datetime.datetime | Unset):
        filterowner_id (list[str] | Unset):
        filterowner_email (list[str] | Unset):
        filtertitle (str | Unset):
        filterparticipants_email (list[str] | Unset):
        filterexternal_opportunity_id (list[str] | Unset):
        filtercrm_field_entity_code (str | Unset):
        filtercrm_field_field_name (str | Unset):
        filtercrm_field_values (list[str] | Unset):
        filterteam_id (list[str] | Unset):
        filterhide_internal (bool | Unset):
        filterhide_non_analyzed (bool | Unset):
        filterhide_pending (bool | Unset):
        filterhide_failed (bool | Unset):
        filterhide_transcript (bool | Unset):
        detailed_transcript (bool | Unset):
        with_intelligence_items (bool | Unset):
        with_crm_records (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConversationList | Error]
    """

    kwargs = _get_kwargs(
        page=page,
        size=size,
        from_date_time=from_date_time,
        to_date_time=to_date_time,
        filterowner_id=filterowner_id,
        filterowner_email=filterowner_email,
        filtertitle=filtertitle,
        filterparticipants_email=filterparticipants_email,
        filterexternal_opportunity_id=filterexternal_opportunity_id,
        filtercrm_field_entity_code=filtercrm_field_entity_code,
        filtercrm_field_field_name=filtercrm_field_field_name,
        filtercrm_field_values=filtercrm_field_values,
        filterteam_id=filterteam_id,
        filterhide_internal=filterhide_internal,
        filterhide_non_analyzed=filterhide_non_analyzed,
        filterhide_pending=filterhide_pending,
        filterhide_failed=filterhide_failed,
        filterhide_transcript=filterhide_transcript,
        detailed_transcript=detailed_transcript,
        with_intelligence_items=with_intelligence_items,
        with_crm_records=with_crm_records,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    from_date_time: datetime.datetime | Unset = UNSET,
    to_date_time: datetime.datetime | Unset = UNSET,
    filterowner_id: list[str] | Unset = UNSET,
    filterowner_email: list[str] | Unset = UNSET,
    filtertitle: str | Unset = UNSET,
    filterparticipants_email: list[str] | Unset = UNSET,
    filterexternal_opportunity_id: list[str] | Unset = UNSET,
    filtercrm_field_entity_code: str | Unset = UNSET,
    filtercrm_field_field_name: str | Unset = UNSET,
    filtercrm_field_values: list[str] | Unset = UNSET,
    filterteam_id: list[str] | Unset = UNSET,
    filterhide_internal: bool | Unset = UNSET,
    filterhide_non_analyzed: bool | Unset = UNSET,
    filterhide_pending: bool | Unset = UNSET,
    filterhide_failed: bool | Unset = UNSET,
    filterhide_transcript: bool | Unset = UNSET,
    detailed_transcript: bool | Unset = UNSET,
    with_intelligence_items: bool | Unset = UNSET,
    with_crm_records: bool | Unset = UNSET,
) -> ConversationList | Error | None:
    """List whole conversations, a page at a time (the original list)

     Returns one page of conversations as the original list endpoint gives them:
    whole, with their transcripts and extracted intelligence. It takes the same
    filters as `list`, and its page size has no documented maximum. Prefer `list`
    for ids, titles and filtering, and this one when you need each conversation
    whole in one call.

    Args:
        page (int | Unset):
        size (int | Unset):
        from_date_time (datetime.datetime | Unset):
        to_date_time (datetime.datetime | Unset):
        filterowner_id (list[str] | Unset):
        filterowner_email (list[str] | Unset):
        filtertitle (str | Unset):
        filterparticipants_email (list[str] | Unset):
        filterexternal_opportunity_id (list[str] | Unset):
        filtercrm_field_entity_code (str | Unset):
        filtercrm_field_field_name (str | Unset):
        filtercrm_field_values (list[str] | Unset):
        filterteam_id (list[str] | Unset):
        filterhide_internal (bool | Unset):
        filterhide_non_analyzed (bool | Unset):
        filterhide_pending (bool | Unset):
        filterhide_failed (bool | Unset):
        filterhide_transcript (bool | Unset):
        detailed_transcript (bool | Unset):
        with_intelligence_items (bool | Unset):
        with_crm_records (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConversationList | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            size=size,
            from_date_time=from_date_time,
            to_date_time=to_date_time,
            filterowner_id=filterowner_id,
            filterowner_email=filterowner_email,
            filtertitle=filtertitle,
            filterparticipants_email=filterparticipants_email,
            filterexternal_opportunity_id=filterexternal_opportunity_id,
            filtercrm_field_entity_code=filtercrm_field_entity_code,
            filtercrm_field_field_name=filtercrm_field_field_name,
            filtercrm_field_values=filtercrm_field_values,
            filterteam_id=filterteam_id,
            filterhide_internal=filterhide_internal,
            filterhide_non_analyzed=filterhide_non_analyzed,
            filterhide_pending=filterhide_pending,
            filterhide_failed=filterhide_failed,
            filterhide_transcript=filterhide_transcript,
            detailed_transcript=detailed_transcript,
            with_intelligence_items=with_intelligence_items,
            with_crm_records=with_crm_records,
        )
    ).parsed
