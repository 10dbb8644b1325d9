from __future__ import annotations

import datetime
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
    parse_datetime,
    short_repr,
)

if TYPE_CHECKING:
    from ..models.super_agent_message_metadata import SuperAgentMessageMetadata


T = TypeVar("T", bound="SuperAgentMessage")

_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "id",
        "session_id",
        "content",
        "role",
        "timestamp",
        "metadata",
    )
)


@_attrs_define
class SuperAgentMessage:
    """One message of a Super Agent session.

    Example:
        {'id': '<string>', 'session_id': '<string>', 'content': '<string>', 'role': 'assistant', 'timestamp':
            '2026-01-01T00:00:00Z', 'metadata': {}}

    """

    id: str
    """ The message's id. """
    session_id: str | None = None
    """ The id of the session it belongs to. """
    content: str | None = None
    """ The message's text. """
    role: str | None = None
    """ Who wrote it. Open string; known values are `user` and `assistant`. """
    timestamp: datetime.datetime | None = None
    """ When it was written. """
    metadata: SuperAgentMessageMetadata = _attrs_field(
        factory=lambda: _models.SuperAgentMessageMetadata._new_placeholder()
    )
    """ Further data about the message, kept as it comes. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received_null: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)
    _mismatched: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    _timestamp_text: str | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    _timestamp_parsed: datetime.datetime | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self._mismatched:
            field_dict.update(self._mismatched)

        field_dict["id"] = self.id

        session_id = self.session_id
        if session_id is not None or "session_id" in self._received_null:
            field_dict["session_id"] = session_id

        content = self.content
        if content is not None or "content" in self._received_null:
            field_dict["content"] = content

        role = self.role
        if role is not None or "role" in self._received_null:
            field_dict["role"] = role

        timestamp = self.timestamp
        if timestamp is not None:
            if timestamp is self._timestamp_parsed:
                field_dict["timestamp"] = self._timestamp_text
            else:
                field_dict["timestamp"] = timestamp.isoformat()
        elif "timestamp" in self._received_null:
            field_dict["timestamp"] = None

        metadata = self.metadata
        if isinstance(metadata, _models.SuperAgentMessageMetadata):
            if not metadata._placeholder or metadata.additional_properties:
                field_dict["metadata"] = metadata.to_dict()
            elif "metadata" in self._received_null:
                field_dict["metadata"] = None
        elif metadata is not None or "metadata" in self._received_null:
            field_dict["metadata"] = metadata  # set since, as something else than the map

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _nones = 0  # optional fields that are None: left out or null
        _mismatched: dict[str, Any] | None = None  # values of no declared shape
        id = src_dict["id"]
        if id.__class__ is not str:
            raise mismatch_error("SuperAgentMessage", "id", id, "a string")

        session_id = src_dict.get("session_id")
        if session_id.__class__ is not str:
            if session_id is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "session_id", session_id)
                session_id = None

        content = src_dict.get("content")
        if content.__class__ is not str:
            if content is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "content", content)
                content = None

        role = src_dict.get("role")
        if role.__class__ is not str:
            if role is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "role", role)
                role = None

        timestamp: Any = src_dict.get("timestamp")
        _timestamp_text = None
        if timestamp.__class__ is str:
            try:
                _timestamp_text, timestamp = timestamp, parse_datetime(timestamp)
            except ValueError:  # a date-time that does not parse (or a leap second, which Python has not)
                _mismatched = mismatch(_mismatched, "timestamp", timestamp)
                timestamp = None
        elif timestamp is None:
            _nones += 1
        else:
            _mismatched = mismatch(_mismatched, "timestamp", timestamp)
            timestamp = None

        metadata: Any = src_dict.get("metadata")
        if metadata.__class__ is dict:
            try:
                metadata = _models.SuperAgentMessageMetadata.from_dict(metadata)
            except PARSE_ERRORS:  # an item that is not an object, or a required field below
                _mismatched = mismatch(_mismatched, "metadata", metadata)
                metadata = _models.SuperAgentMessageMetadata._new_placeholder()
        elif metadata is None:
            _nones += 1
            metadata = _models.SuperAgentMessageMetadata._new_placeholder()
        else:
            _mismatched = mismatch(_mismatched, "metadata", metadata)
            metadata = _models.SuperAgentMessageMetadata._new_placeholder()

        _instance = cls.__new__(cls)
        _instance.id = id
        _instance.session_id = session_id
        _instance.content = content
        _instance.role = role
        _instance.timestamp = timestamp
        _instance.metadata = metadata
        _instance._timestamp_text = _timestamp_text
        _instance._timestamp_parsed = timestamp
        _as_declared = len(src_dict) + _nones == 6
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
