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


T = TypeVar("T", bound="SuperAgentSessionHistory")

_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "session_id",
        "title",
        "status",
        "messages",
    )
)


@_attrs_define
class SuperAgentSessionHistory:
    """A Super Agent session with its messages.

    Example:
        {'session_id': '<string>', 'title': '<string>', 'status': 'ACTIVE', 'messages': [{'id': '<string>',
            'session_id': '<string>', 'content': '<string>', 'role': 'user', 'timestamp': '2026-01-01T00:00:00Z',
            'metadata': {}}]}

    """

    session_id: str
    """ The session's id. """
    title: str | None = None
    """ The session's title. """
    status: str | None = None
    """ The session's state. Open string; known values are `ACTIVE` and `COMPLETED`. """
    messages: list[SuperAgentMessage] | None = None
    """ The session's messages. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received_null: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)
    _mismatched: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self._mismatched:
            field_dict.update(self._mismatched)

        field_dict["session_id"] = self.session_id

        title = self.title
        if title is not None or "title" in self._received_null:
            field_dict["title"] = title

        status = self.status
        if status is not None or "status" in self._received_null:
            field_dict["status"] = status

        messages = self.messages
        if messages is not None:
            field_dict["messages"] = [item.to_dict() for item in messages]
        elif "messages" in self._received_null:
            field_dict["messages"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _nones = 0  # optional fields that are None: left out or null
        _mismatched: dict[str, Any] | None = None  # values of no declared shape
        session_id = src_dict["session_id"]
        if session_id.__class__ is not str:
            raise mismatch_error("SuperAgentSessionHistory", "session_id", session_id, "a string")

        title = src_dict.get("title")
        if title.__class__ is not str:
            if title is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "title", title)
                title = None

        status = src_dict.get("status")
        if status.__class__ is not str:
            if status is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "status", status)
                status = None

        messages: Any = src_dict.get("messages")
        if messages.__class__ is list:
            try:
                messages = list(map(_models.SuperAgentMessage.from_dict, messages))
            except PARSE_ERRORS:  # an item that is not an object, or a required field below
                _mismatched = mismatch(_mismatched, "messages", messages)
                messages = None
        elif messages is None:
            _nones += 1
        else:
            _mismatched = mismatch(_mismatched, "messages", messages)
            messages = None

        _instance = cls.__new__(cls)
        _instance.session_id = session_id
        _instance.title = title
        _instance.status = status
        _instance.messages = messages
        _as_declared = len(src_dict) + _nones == 4
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
