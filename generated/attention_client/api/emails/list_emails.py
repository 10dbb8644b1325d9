from __future__ import annotations

import datetime
from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...models.email_list_response import EmailListResponse
from ...models.error import Error
from ...types import UNSET, Response, Unset, format_datetime

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    *,
    subject: str | Unset = UNSET,
    crm_account_id: list[str] | Unset = UNSET,
    deal_uuid: list[str] | Unset = UNSET,
    from_date_time: datetime.datetime | Unset = UNSET,
    to_date_time: datetime.datetime | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["subject"] = subject

    json_crm_account_id: list[str] | Unset = UNSET
    if not isinstance(crm_account_id, Unset):
        json_crm_account_id = crm_account_id

    params["crm_account_id"] = json_crm_account_id

    json_deal_uuid: list[str] | Unset = UNSET
    if not isinstance(deal_uuid, Unset):
        json_deal_uuid = deal_uuid

    params["deal_uuid"] = json_deal_uuid

    json_from_date_time: str | Unset = UNSET
    if not isinstance(from_date_time, Unset):
        json_from_date_time = format_datetime(from_date_time)
    params["from_date_time"] = json_from_date_time

    json_to_date_time: str | Unset = UNSET
    if not isinstance(to_date_time, Unset):
        json_to_date_time = format_datetime(to_date_time)
    params["to_date_time"] = json_to_date_time

    params["page"] = page

    params["size"] = size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/emails",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EmailListResponse | Error | None:
    if response.status_code == 200:
        response_200 = EmailListResponse.from_dict(response.json())

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
) -> Response[EmailListResponse | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    subject: str | Unset = UNSET,
    crm_account_id: list[str] | Unset = UNSET,
    deal_uuid: list[str] | Unset = UNSET,
    from_date_time: datetime.datetime | Unset = UNSET,
    to_date_time: datetime.datetime | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
) -> Response[EmailListResponse | Error]:
    """List emails, a page at a time

     Returns one page of emails (sender, recipients, subject, a snippet and a link to
    the body), filtered by subject (a case-insensitive partial match), CRM account,
    deal and send date. `meta.totalRecords` is the number of matches. Iterating the
    page walks every page by number, keeping the filters and the size.

    Args:
        subject (str | Unset):
        crm_account_id (list[str] | Unset):
        deal_uuid (list[str] | Unset):
        from_date_time (datetime.datetime | Unset):
        to_date_time (datetime.datetime | Unset):
        page (int | Unset):
        size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmailListResponse | Error]
    """

    kwargs = _get_kwargs(
        subject=subject,
        crm_account_id=crm_account_id,
        deal_uuid=deal_uuid,
        from_date_time=from_date_time,
        to_date_time=to_date_time,
        page=page,
        size=size,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    subject: str | Unset = UNSET,
    crm_account_id: list[str] | Unset = UNSET,
    deal_uuid: list[str] | Unset = UNSET,
    from_date_time: datetime.datetime | Unset = UNSET,
    to_date_time: datetime.datetime | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
) -> EmailListResponse | Error | None:
    """List emails, a page at a time

     Returns one page of emails (sender, recipients, subject, a snippet and a link to
    the body), filtered by subject (a case-insensitive partial match), CRM account,
    deal and send date. `meta.totalRecords` is the number of matches. Iterating the
    page walks every page by number, keeping the filters and the size.

    Args:
        subject (str | Unset):
        crm_account_id (list[str] | Unset):
        deal_uuid (list[str] | Unset):
        from_date_time (datetime.datetime | Unset):
        to_date_time (datetime.datetime | Unset):
        page (int | Unset):
        size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmailListResponse | Error
    """

    return sync_detailed(
        client=client,
        subject=subject,
        crm_account_id=crm_account_id,
        deal_uuid=deal_uuid,
        from_date_time=from_date_time,
        to_date_time=to_date_time,
        page=page,
        size=size,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    subject: str | Unset = UNSET,
    crm_account_id: list[str] | Unset = UNSET,
    deal_uuid: list[str] | Unset = UNSET,
    from_date_time: datetime.datetime | Unset = UNSET,
    to_date_time: datetime.datetime | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
) -> Response[EmailListResponse | Error]:
    """List emails, a page at a time

     Returns one page of emails (sender, recipients, subject, a snippet and a link to
    the body), filtered by subject (a case-insensitive partial match), CRM account,
    deal and send date. `meta.totalRecords` is the number of matches. Iterating the
    page walks every page by number, keeping the filters and the size.

    Args:
        subject (str | Unset):
        crm_account_id (list[str] | Unset):
        deal_uuid (list[str] | Unset):
        from_date_time (datetime.datetime | Unset):
        to_date_time (datetime.datetime | Unset):
        page (int | Unset):
        size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmailListResponse | Error]
    """

    kwargs = _get_kwargs(
        subject=subject,
        crm_account_id=crm_account_id,
        deal_uuid=deal_uuid,
        from_date_time=from_date_time,
        to_date_time=to_date_time,
        page=page,
        size=size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    subject: str | Unset = UNSET,
    crm_account_id: list[str] | Unset = UNSET,
    deal_uuid: list[str] | Unset = UNSET,
    from_date_time: datetime.datetime | Unset = UNSET,
    to_date_time: datetime.datetime | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
) -> EmailListResponse | Error | None:
    """List emails, a page at a time

     Returns one page of emails (sender, recipients, subject, a snippet and a link to
    the body), filtered by subject (a case-insensitive partial match), CRM account,
    deal and send date. `meta.totalRecords` is the number of matches. Iterating the
    page walks every page by number, keeping the filters and the size.

    Args:
        subject (str | Unset):
        crm_account_id (list[str] | Unset):
        deal_uuid (list[str] | Unset):
        from_date_time (datetime.datetime | Unset):
        to_date_time (datetime.datetime | Unset):
        page (int | Unset):
        size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmailListResponse | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            subject=subject,
            crm_account_id=crm_account_id,
            deal_uuid=deal_uuid,
            from_date_time=from_date_time,
            to_date_time=to_date_time,
            page=page,
            size=size,
        )
    ).parsed
