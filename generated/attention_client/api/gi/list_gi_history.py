from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...models.error import Error
from ...models.gi_history_list_response import GiHistoryListResponse
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    *,
    user_uuid: str,
    without_enhancing_results: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["user_uuid"] = user_uuid

    params["withoutEnhancingResults"] = without_enhancing_results

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/gi/history",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | GiHistoryListResponse | None:
    if response.status_code == 200:
        response_200 = GiHistoryListResponse.from_dict(response.json())

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
) -> Response[Error | GiHistoryListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    user_uuid: str,
    without_enhancing_results: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> Response[Error | GiHistoryListResponse]:
    """List a user's generalized-insights history, a page at a time

     Returns one user's generalized insights, each with the results it had over time
    (the synthesis, the prompt, its status and the conversations and emails it used),
    so that changes in an insight can be followed. `without_enhancing_results` asks
    for the raw insight data, without post-processing. Iterating the page walks every
    page by offset.

    Args:
        user_uuid (str):
        without_enhancing_results (bool | Unset):
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | GiHistoryListResponse]
    """

    kwargs = _get_kwargs(
        user_uuid=user_uuid,
        without_enhancing_results=without_enhancing_results,
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
    user_uuid: str,
    without_enhancing_results: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> Error | GiHistoryListResponse | None:
    """List a user's generalized-insights history, a page at a time

     Returns one user's generalized insights, each with the results it had over time
    (the synthesis, the prompt, its status and the conversations and emails it used),
    so that changes in an insight can be followed. `without_enhancing_results` asks
    for the raw insight data, without post-processing. Iterating the page walks every
    page by offset.

    Args:
        user_uuid (str):
        without_enhancing_results (bool | Unset):
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | GiHistoryListResponse
    """

    return sync_detailed(
        client=client,
        user_uuid=user_uuid,
        without_enhancing_results=without_enhancing_results,
        limit=limit,
        offset=offset,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    user_uuid: str,
    without_enhancing_results: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> Response[Error | GiHistoryListResponse]:
    """List a user's generalized-insights history, a page at a time

     Returns one user's generalized insights, each with the results it had over time
    (the synthesis, the prompt, its status and the conversations and emails it used),
    so that changes in an insight can be followed. `without_enhancing_results` asks
    for the raw insight data, without post-processing. Iterating the page walks every
    page by offset.

    Args:
        user_uuid (str):
        without_enhancing_results (bool | Unset):
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | GiHistoryListResponse]
    """

    kwargs = _get_kwargs(
        user_uuid=user_uuid,
        without_enhancing_results=without_enhancing_results,
        limit=limit,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    user_uuid: str,
    without_enhancing_results: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> Error | GiHistoryListResponse | None:
    """List a user's generalized-insights history, a page at a time

     Returns one user's generalized insights, each with the results it had over time
    (the synthesis, the prompt, its status and the conversations and emails it used),
    so that changes in an insight can be followed. `without_enhancing_results` asks
    for the raw insight data, without post-processing. Iterating the page walks every
    page by offset.

    Args:
        user_uuid (str):
        without_enhancing_results (bool | Unset):
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | GiHistoryListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            user_uuid=user_uuid,
            without_enhancing_results=without_enhancing_results,
            limit=limit,
            offset=offset,
        )
    ).parsed
