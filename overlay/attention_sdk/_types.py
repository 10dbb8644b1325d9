"""Type aliases shared by the clients, the resources and the call path."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Protocol, Self, TypeVar

import httpx

TimeoutTypes = float | httpx.Timeout
"""Seconds (for every phase) or an httpx.Timeout; never unlimited."""

AuthScheme = Literal["bearer", "raw"]
"""How the key is sent: ``Authorization: Bearer <key>`` or the bare key."""

HttpBackend = Literal["httpx", "aiohttp"]
"""What the SDK's own HTTP client runs on: httpx's transport, or aiohttp's ([aiohttp])."""


class Model(Protocol):
    """What every generated model has: conversion from and to its JSON form."""

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self: ...

    def to_dict(self) -> dict[str, Any]: ...


M = TypeVar("M", bound=Model)
