from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import (
    PARSE_ERRORS,
    mismatch,
    mismatch_error,
    mismatched_fields,
    short_repr,
)

if TYPE_CHECKING:
    from ..models.super_agent_message import SuperAgentMessage


T = TypeVar("T", bound="SuperAgentMessageResult")

_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "session_id",
        "user_message",
        "assistant_message",
    )
)


@_attrs_define
class SuperAgentMessageResult:
    """The session a message was sent in and, when the agent answered in time (200),
    the message and the agent's answer. A 202 carries only `session_id`.

        Example:
            {'session_id': '<string>', 'user_message': {'id': '<string>', 'session_id': '<string>', 'content': '<string>',
                'role': 'user', 'timestamp': '2026-01-01T00:00:00Z', 'metadata': {}}, 'assistant_message': {'id': '<string>',
                'session_id': '<string>', 'content': '<string>', 'role': 'assistant', 'timestamp': '2026-01-01T00:00:00Z',
                'metadata': {}}}

    """

    session_id: str
    """ The session's id; read its messages with it. """
    user_message: SuperAgentMessage | None = None
    """ The message that was sent. """
    assistant_message: SuperAgentMessage | None = None
    """ The agent's answer. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received_null: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)
    _mismatched: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self._mismatched:
            field_dict.update(self._mismatched)

        field_dict["session_id"] = self.session_id

        user_message = self.user_message
        if user_message is not None:
            field_dict["user_message"] = user_message.to_dict()
        elif "user_message" in self._received_null:
            field_dict["user_message"] = None

        assistant_message = self.assistant_message
        if assistant_message is not None:
            field_dict["assistant_message"] = assistant_message.to_dict()
        elif "assistant_message" in self._received_null:
            field_dict["assistant_message"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _nones = 0  # optional fields that are None: left out or null
        _mismatched: dict[str, Any] | None = None  # values of no declared shape
        session_id = src_dict["session_id"]
        if session_id.__class__ is not str:
            raise mismatch_error("SuperAgentMessageResult", "session_id", session_id, "a string")

        user_message: Any = src_dict.get("user_message")
        if user_message.__class__ is dict:
            try:
                user_message = _models.SuperAgentMessage.from_dict(user_message)
            except PARSE_ERRORS:  # an item that is not an object, or a required field below
                _mismatched = mismatch(_mismatched, "user_message", user_message)
                user_message = None
        elif user_message is None:
            _nones += 1
        else:
            _mismatched = mismatch(_mismatched, "user_message", user_message)
            user_message = None

        assistant_message: Any = src_dict.get("assistant_message")
        if assistant_message.__class__ is dict:
            try:
                assistant_message = _models.SuperAgentMessage.from_dict(assistant_message)
            except PARSE_ERRORS:  # an item that is not an object, or a required field below
                _mismatched = mismatch(_mismatched, "assistant_message", assistant_message)
                assistant_message = None
        elif assistant_message is None:
            _nones += 1
        else:
            _mismatched = mismatch(_mismatched, "assistant_message", assistant_message)
            assistant_message = None

        _instance = cls.__new__(cls)
        _instance.session_id = session_id
        _instance.user_message = user_message
        _instance.assistant_message = assistant_message
        _as_declared = len(src_dict) + _nones == 3
        _instance._received_null = (
            ()
            if _as_declared
            else tuple(key for key, value in src_dict.items() if value is None and key in _KNOWN_KEYS)
        )
        _instance._mismatched = _mismatched

        if _as_declared:
            _instance.additional_properties = {}
        else:
            _instance.additional_properties = {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}
        return _instance

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

    @property
    def mismatched_fields(self) -> Mapping[str, Any]:
        """The fields whose value fit no declared shape, by JSON name, as they came.

        Such a field reads as one left out (None, or an empty map) rather than as
        something it is not, and ``to_dict()`` writes it back as it came, unless a value
        was set since. Nested models keep their own.
        """
        return mismatched_fields(self)

    def __repr__(self) -> str:
        return short_repr(self)
