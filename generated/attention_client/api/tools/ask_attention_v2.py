from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...models.ask_attention_answer import AskAttentionAnswer
from ...models.ask_attention_request import AskAttentionRequest
from ...models.error import Error
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    *,
    body: AskAttentionRequest,
    include_timestamps: bool | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["include_timestamps"] = include_timestamps

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/ask_attention/v2",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[AskAttentionAnswer] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = AskAttentionAnswer.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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
) -> Response[Error | list[AskAttentionAnswer]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AskAttentionRequest,
    include_timestamps: bool | Unset = UNSET,
) -> Response[Error | list[AskAttentionAnswer]]:
    """Ask a question about some conversations, or about a deal

     Runs a prompt against either specific conversations or one deal, never both, and
    returns a list of answers, each with its conversation, its output, its error (an
    answer may fail on its own: check `error`) and the transcript segments it refers
    to. To ask about conversations, give `conversations_ids` and send `deal_id` as an
    empty string; to ask about a deal, give `deal_id` and leave `conversations_ids`
    out or empty. Giving both is refused with a 400; giving neither is an error too.

    Args:
        include_timestamps (bool | Unset):
        body (AskAttentionRequest): A prompt, and what it is about: either `conversations_ids`
            (with `deal_id` an
            empty string) or `deal_id` (with `conversations_ids` left out or empty), never
            both.
             Example: {'conversations_ids': ['<string>'], 'deal_id': '', 'prompt': '<string>'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[AskAttentionAnswer]]
    """

    kwargs = _get_kwargs(
        body=body,
        include_timestamps=include_timestamps,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: AskAttentionRequest,
    include_timestamps: bool | Unset = UNSET,
) -> Error | list[AskAttentionAnswer] | None:
    """Ask a question about some conversations, or about a deal

     Runs a prompt against either specific conversations or one deal, never both, and
    returns a list of answers, each with its conversation, its output, its error (an
    answer may fail on its own: check `error`) and the transcript segments it refers
    to. To ask about conversations, give `conversations_ids` and send `deal_id` as an
    empty string; to ask about a deal, give `deal_id` and leave `conversations_ids`
    out or empty. Giving both is refused with a 400; giving neither is an error too.

    Args:
        include_timestamps (bool | Unset):
        body (AskAttentionRequest): A prompt, and what it is about: either `conversations_ids`
            (with `deal_id` an
            empty string) or `deal_id` (with `conversations_ids` left out or empty), never
            both.
             Example: {'conversations_ids': ['<string>'], 'deal_id': '', 'prompt': '<string>'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[AskAttentionAnswer]
    """

    return sync_detailed(
        client=client,
        body=body,
        include_timestamps=include_timestamps,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AskAttentionRequest,
    include_timestamps: bool | Unset = UNSET,
) -> Response[Error | list[AskAttentionAnswer]]:
    """Ask a question about some conversations, or about a deal

     Runs a prompt against either specific conversations or one deal, never both, and
    returns a list of answers, each with its conversation, its output, its error (an
    answer may fail on its own: check `error`) and the transcript segments it refers
    to. To ask about conversations, give `conversations_ids` and send `deal_id` as an
    empty string; to ask about a deal, give `deal_id` and leave `conversations_ids`
    out or empty. Giving both is refused with a 400; giving neither is an error too.

    Args:
        include_timestamps (bool | Unset):
        body (AskAttentionRequest): A prompt, and what it is about: either `conversations_ids`
            (with `deal_id` an
            empty string) or `deal_id` (with `conversations_ids` left out or empty), never
            both.
             Example: {'conversations_ids': ['<string>'], 'deal_id': '', 'prompt': '<string>'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[AskAttentionAnswer]]
    """

    kwargs = _get_kwargs(
        body=body,
        include_timestamps=include_timestamps,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AskAttentionRequest,
    include_timestamps: bool | Unset = UNSET,
) -> Error | list[AskAttentionAnswer] | None:
    """Ask a question about some conversations, or about a deal

     Runs a prompt against either specific conversations or one deal, never both, and
    returns a list of answers, each with its conversation, its output, its error (an
    answer may fail on its own: check `error`) and the transcript segments it refers
    to. To ask about conversations, give `conversations_ids` and send `deal_id` as an
    empty string; to ask about a deal, give `deal_id` and leave `conversations_ids`
    out or empty. Giving both is refused with a 400; giving neither is an error too.

    Args:
        include_timestamps (bool | Unset):
        body (AskAttentionRequest): A prompt, and what it is about: either `conversations_ids`
            (with `deal_id` an
            empty string) or `deal_id` (with `conversations_ids` left out or empty), never
            both.
             Example: {'conversations_ids': ['<string>'], 'deal_id': '', 'prompt': '<string>'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[AskAttentionAnswer]
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            include_timestamps=include_timestamps,
        )
    ).parsed
