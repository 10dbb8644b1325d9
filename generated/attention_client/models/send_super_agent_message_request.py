from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import (
    UNSET,
    Unset,
)

T = TypeVar("T", bound="SendSuperAgentMessageRequest")


@_attrs_define
class SendSuperAgentMessageRequest:
    """The message to send. Without `session_id`, a new session is started.

    Example:
        {'content': '<string>', 'session_id': '<string>', 'timezone': 'America/New_York'}

    """

    content: str
    """ The message's text. """
    session_id: str | Unset = UNSET
    """ The session to send it in; a new session is started without it. """
    timezone: str | Unset = UNSET
    """ Your time zone, for example `America/New_York`. """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}

        field_dict["content"] = self.content

        session_id = self.session_id
        if session_id is not UNSET:
            field_dict["session_id"] = session_id

        timezone = self.timezone
        if timezone is not UNSET:
            field_dict["timezone"] = timezone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        content = src_dict["content"]

        session_id = src_dict.get("session_id", UNSET)

        timezone = src_dict.get("timezone", UNSET)

        _instance = cls.__new__(cls)
        _instance.content = content
        _instance.session_id = session_id
        _instance.timezone = timezone

        return _instance
