"""A client library for accessing Attention API"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .client import AuthenticatedClient, Client
else:

    def __getattr__(name: str) -> Any:
        if name in __all__:
            from . import client

            return getattr(client, name)
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = (
    "AuthenticatedClient",
    "Client",
)
