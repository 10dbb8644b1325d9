"""What a generated resource needs from a client, and the resources' base classes.

The generated ``resources`` package depends on this module, never on ``_client``: the
clients implement ``_execute``, and a resource only calls it. Imports run one way:
``_client -> resources -> _resource``.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from typing import TypeVar

from ._call import Call, RequestOptions
from ._response import APIResponse

T = TypeVar("T")


class SyncExecutor(ABC):
    """A client that can run a Call: Attention."""

    @abstractmethod
    def _execute(self, call: Call[T], options: RequestOptions) -> APIResponse[T]:
        """Send the call through the retry loop; its result or a typed error."""


class AsyncExecutor(ABC):
    """A client that can run a Call asynchronously: AsyncAttention."""

    @abstractmethod
    async def _execute(self, call: Call[T], options: RequestOptions) -> APIResponse[T]:
        """Send the call through the retry loop; its result or a typed error."""


class SyncResource:
    """Base of the generated synchronous resources and their raw-response views."""

    def __init__(self, client: SyncExecutor) -> None:
        self._client = client


class AsyncResource:
    """Base of the generated asynchronous resources and their raw-response views."""

    def __init__(self, client: AsyncExecutor) -> None:
        self._client = client
