"""The conversations resource: GET and PUT /conversations/{id}.

Arguments are checked here, before anything is sent. Requests are built by the
generated `_get_kwargs` of each operation: its `sync_detailed` would parse error
bodies itself and crash on a non-JSON body or a status such as 520, while the
overlay needs the raw response to raise a typed error.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import httpx
from attention_client.api.conversations import get_conversation, update_conversation
from attention_client.models import Conversation, LabelsUpdate, UpdateConversationRequest
from attention_client.types import UNSET, Unset

from .._config import MAX_ID_LENGTH
from .._exceptions import APIResponseValidationError
from .._loop import APIResponse

if TYPE_CHECKING:
    from .._client import AsyncAttention, Attention, TimeoutTypes


def _check_id(conversation_id: object) -> str:
    if not isinstance(conversation_id, str):
        raise TypeError(f"id must be a str, got {type(conversation_id).__name__}")
    if not conversation_id.strip():
        raise ValueError("id must be a non-empty str")
    if conversation_id in (".", ".."):
        # Percent-encoding leaves dots alone, and URL normalisation would resolve them.
        raise ValueError(f"id must not be {conversation_id!r}")
    if len(conversation_id) > MAX_ID_LENGTH:
        raise ValueError(
            f"id must be at most {MAX_ID_LENGTH} characters, got {len(conversation_id)}"
        )
    return conversation_id


def _check_labels(labels: object) -> LabelsUpdate:
    if not isinstance(labels, Mapping):
        raise TypeError(f"labels must be a mapping of str to str, got {type(labels).__name__}")
    checked = LabelsUpdate()
    for name, value in labels.items():
        if not isinstance(name, str):
            raise TypeError(f"labels keys must be str, got {name!r}")
        if not isinstance(value, str):
            raise TypeError(f"labels[{name!r}] must be a str, got {type(value).__name__}")
        checked[name] = value
    return checked


def update_kwargs(conversation_id: object, title: object, labels: object) -> dict[str, Any]:
    """Request arguments for PUT /conversations/{id}, sending only the fields given."""
    checked_id = _check_id(conversation_id)
    if isinstance(title, Unset) and isinstance(labels, Unset):
        raise ValueError("update needs at least one of title and labels")
    body = UpdateConversationRequest()
    if not isinstance(title, Unset):
        if not isinstance(title, str):
            raise TypeError(f"title must be a str, got {type(title).__name__}")
        body.title = title
    if not isinstance(labels, Unset):
        body.labels = _check_labels(labels)
    return update_conversation._get_kwargs(checked_id, body=body)


def retrieve_kwargs(conversation_id: object) -> dict[str, Any]:
    """Request arguments for GET /conversations/{id}."""
    return get_conversation._get_kwargs(_check_id(conversation_id))


def parse_conversation(response: httpx.Response) -> Conversation:
    """The Conversation in a 2xx body, or APIResponseValidationError (never a raw parse error)."""
    try:
        data = json.loads(response.content)
    except ValueError as exc:
        kind = response.headers.get("content-type", "no content type")
        raise APIResponseValidationError(
            f"Response body is not JSON ({kind})", response=response
        ) from exc
    if not isinstance(data, dict):
        raise APIResponseValidationError(
            f"Expected a conversation object, got a JSON {type(data).__name__}", response=response
        )
    for field, expected in (("type", str), ("id", str), ("attributes", dict)):
        if not isinstance(data.get(field), expected):
            raise APIResponseValidationError(
                f"Conversation {field!r} is missing or not a {expected.__name__}", response=response
            )
    try:
        return Conversation.from_dict(data)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise APIResponseValidationError(
            f"Conversation does not match the documented shape: {exc!r}", response=response
        ) from exc


class ConversationsWithRawResponse:
    """Like `Conversations`, but each method returns an APIResponse (status, headers, parsed)."""

    def __init__(self, client: Attention) -> None:
        self._client = client

    def retrieve(
        self,
        id: str,
        *,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[Conversation]:
        """GET /conversations/{id}; see `Conversations.retrieve`."""
        kwargs = retrieve_kwargs(id)
        return self._client._call(
            kwargs,
            parse_conversation,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def update(
        self,
        id: str,
        *,
        title: str | Unset = UNSET,
        labels: Mapping[str, str] | Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[Conversation]:
        """PUT /conversations/{id}; see `Conversations.update`."""
        kwargs = update_kwargs(id, title, labels)
        return self._client._call(
            kwargs,
            parse_conversation,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )


class Conversations:
    """Recorded conversations: `client.conversations`."""

    def __init__(self, client: Attention) -> None:
        self.with_raw_response = ConversationsWithRawResponse(client)

    def retrieve(
        self,
        id: str,
        *,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Conversation:
        """Get one conversation.

        GET /conversations/{id}

        Args:
            id: The conversation's id (its UUID).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's max_retries for this call.
            extra_headers: Headers to add to this call (checked like default_headers).

        Raises:
            TypeError, ValueError: A bad argument; nothing was sent.
            NotFoundError: No conversation has this id.
            APIStatusError: Any other error status (see attention_sdk's error tree).
            APIConnectionError: No response, after the retries.

        Returns:
            Conversation
        """
        return self.with_raw_response.retrieve(
            id, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
        ).parsed

    def update(
        self,
        id: str,
        *,
        title: str | Unset = UNSET,
        labels: Mapping[str, str] | Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Conversation:
        """Change a conversation's title and/or labels. Only the fields given are sent.

        PUT /conversations/{id}

        Args:
            id: The conversation's id (its UUID).
            title: The new title.
            labels: Labels to set, label name to value. The docs do not say whether
                these replace or merge with the existing labels.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's max_retries for this call.
            extra_headers: Headers to add to this call (checked like default_headers).

        Raises:
            TypeError, ValueError: A bad argument, or neither title nor labels; nothing was sent.
            NotFoundError: No conversation has this id.
            APIStatusError: Any other error status (see attention_sdk's error tree).
            APIConnectionError: No response, after the retries.

        Returns:
            Conversation: the conversation after the update.
        """
        return self.with_raw_response.update(
            id,
            title=title,
            labels=labels,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        ).parsed


class AsyncConversationsWithRawResponse:
    """Like `AsyncConversations`, but each method returns an APIResponse."""

    def __init__(self, client: AsyncAttention) -> None:
        self._client = client

    async def retrieve(
        self,
        id: str,
        *,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[Conversation]:
        """GET /conversations/{id}; see `Conversations.retrieve`."""
        kwargs = retrieve_kwargs(id)
        return await self._client._call(
            kwargs,
            parse_conversation,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def update(
        self,
        id: str,
        *,
        title: str | Unset = UNSET,
        labels: Mapping[str, str] | Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[Conversation]:
        """PUT /conversations/{id}; see `Conversations.update`."""
        kwargs = update_kwargs(id, title, labels)
        return await self._client._call(
            kwargs,
            parse_conversation,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )


class AsyncConversations:
    """Recorded conversations: `client.conversations` on AsyncAttention."""

    def __init__(self, client: AsyncAttention) -> None:
        self.with_raw_response = AsyncConversationsWithRawResponse(client)

    async def retrieve(
        self,
        id: str,
        *,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Conversation:
        """Get one conversation. GET /conversations/{id}; see `Conversations.retrieve`."""
        response = await self.with_raw_response.retrieve(
            id, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
        )
        return response.parsed

    async def update(
        self,
        id: str,
        *,
        title: str | Unset = UNSET,
        labels: Mapping[str, str] | Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Conversation:
        """Change a conversation's title and/or labels. PUT /conversations/{id}; see
        `Conversations.update`."""
        response = await self.with_raw_response.update(
            id,
            title=title,
            labels=labels,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )
        return response.parsed
