from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.error import Error
from ...models.native_integration_trigger_result import NativeIntegrationTriggerResult
from ...models.trigger_native_integration_request import TriggerNativeIntegrationRequest
from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    id: str,
    *,
    body: TriggerNativeIntegrationRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/conversations/{id}/trigger-native-integration".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | NativeIntegrationTriggerResult | None:
    if response.status_code == 200:
        response_200 = NativeIntegrationTriggerResult.from_dict(response.json())

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
) -> Response[Error | NativeIntegrationTriggerResult]:
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
    body: TriggerNativeIntegrationRequest,
) -> Response[Error | NativeIntegrationTriggerResult]:
    """Trigger the native integration workflows for a conversation

     Runs the organisation's native integration workflows for one conversation and
    returns the run started for each workflow. By default every enabled workflow runs
    and every confirmed field is pushed; `workflowIds` and `fieldKeys` narrow that
    down. `autoExecution` chooses aggressive retries (true) or conservative ones
    (false).

    Args:
        id (str):
        body (TriggerNativeIntegrationRequest): Which native integration workflows to run and
            which fields to push. Every field
            is optional: an empty body runs every enabled workflow with every confirmed
            field.
             Example: {'workflowIds': ['<string>'], 'fieldKeys': ['<string>'], 'autoExecution': True}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | NativeIntegrationTriggerResult]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: TriggerNativeIntegrationRequest,
) -> Error | NativeIntegrationTriggerResult | None:
    """Trigger the native integration workflows for a conversation

     Runs the organisation's native integration workflows for one conversation and
    returns the run started for each workflow. By default every enabled workflow runs
    and every confirmed field is pushed; `workflowIds` and `fieldKeys` narrow that
    down. `autoExecution` chooses aggressive retries (true) or conservative ones
    (false).

    Args:
        id (str):
        body (TriggerNativeIntegrationRequest): Which native integration workflows to run and
            which fields to push. Every field
            is optional: an empty body runs every enabled workflow with every confirmed
            field.
             Example: {'workflowIds': ['<string>'], 'fieldKeys': ['<string>'], 'autoExecution': True}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | NativeIntegrationTriggerResult
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: TriggerNativeIntegrationRequest,
) -> Response[Error | NativeIntegrationTriggerResult]:
    """Trigger the native integration workflows for a conversation

     Runs the organisation's native integration workflows for one conversation and
    returns the run started for each workflow. By default every enabled workflow runs
    and every confirmed field is pushed; `workflowIds` and `fieldKeys` narrow that
    down. `autoExecution` chooses aggressive retries (true) or conservative ones
    (false).

    Args:
        id (str):
        body (TriggerNativeIntegrationRequest): Which native integration workflows to run and
            which fields to push. Every field
            is optional: an empty body runs every enabled workflow with every confirmed
            field.
             Example: {'workflowIds': ['<string>'], 'fieldKeys': ['<string>'], 'autoExecution': True}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | NativeIntegrationTriggerResult]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: TriggerNativeIntegrationRequest,
) -> Error | NativeIntegrationTriggerResult | None:
    """Trigger the native integration workflows for a conversation

     Runs the organisation's native integration workflows for one conversation and
    returns the run started for each workflow. By default every enabled workflow runs
    and every confirmed field is pushed; `workflowIds` and `fieldKeys` narrow that
    down. `autoExecution` chooses aggressive retries (true) or conservative ones
    (false).

    Args:
        id (str):
        body (TriggerNativeIntegrationRequest): Which native integration workflows to run and
            which fields to push. Every field
            is optional: an empty body runs every enabled workflow with every confirmed
            field.
             Example: {'workflowIds': ['<string>'], 'fieldKeys': ['<string>'], 'autoExecution': True}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | NativeIntegrationTriggerResult
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
