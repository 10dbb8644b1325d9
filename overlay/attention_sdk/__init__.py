"""attention_sdk: the Python client for the Attention REST API v2."""

from typing import TYPE_CHECKING, Any

from attention_client.types import UNSET, Unset

from ._client import AsyncAttention, Attention
from ._config import (
    DEFAULT_MAX_RESPONSE_BYTES,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    RetryPolicy,
)
from ._exceptions import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AttentionError,
    AuthenticationError,
    BadRequestError,
    ClientClosedError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PaginationError,
    PermissionDeniedError,
    RateLimitError,
    ResponseDecodingError,
    ResponseTooLargeError,
    UnprocessableEntityError,
)
from ._json import to_json
from ._ratelimit import RateLimit
from ._response import APIResponse
from ._version import __version__

if TYPE_CHECKING:
    from attention_client.models import Conversation

__all__ = [
    "DEFAULT_MAX_RESPONSE_BYTES",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "UNSET",
    "APIConnectionError",
    "APIError",
    "APIResponse",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncAttention",
    "Attention",
    "AttentionError",
    "AuthenticationError",
    "BadRequestError",
    "ClientClosedError",
    "ConflictError",
    "Conversation",
    "InternalServerError",
    "NotFoundError",
    "PaginationError",
    "PermissionDeniedError",
    "RateLimit",
    "RateLimitError",
    "ResponseDecodingError",
    "ResponseTooLargeError",
    "RetryPolicy",
    "UnprocessableEntityError",
    "Unset",
    "__version__",
    "to_json",
]


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


def __getattr__(name: str) -> Any:
    # The models (and attrs) load with the first response, not with the package.
    if name == "Conversation":
        from attention_client.models import Conversation

        return Conversation
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
