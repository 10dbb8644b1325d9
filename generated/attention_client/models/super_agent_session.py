from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    mismatch,
    mismatch_error,
    mismatched_fields,
    parse_datetime,
    short_repr,
)

T = TypeVar("T", bound="SuperAgentSession")

_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "session_id",
        "id",
        "title",
        "status",
        "created_at",
        "updated_at",
    )
)


@_attrs_define
class SuperAgentSession:
    """A Super Agent chat session.

    Example:
        {'id': '<string>', 'session_id': '<string>', 'title': '<string>', 'status': 'ACTIVE', 'created_at':
            '2026-01-01T00:00:00Z', 'updated_at': '2026-01-01T00:00:00Z'}

    """

    session_id: str
    """ The session's id; read its messages with it. """
    id: str | None = None
    """ Another id of the session, beside `session_id`. """
    title: str | None = None
    """ The session's title. """
    status: str | None = None
    """ The session's state. Open string; known values are `ACTIVE` and `COMPLETED`. """
    created_at: datetime.datetime | None = None
    """ When the session started. """
    updated_at: datetime.datetime | None = None
    """ When the session last changed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received_null: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)
    _mismatched: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    _created_at_text: str | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    _created_at_parsed: datetime.datetime | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    _updated_at_text: str | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    _updated_at_parsed: datetime.datetime | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self._mismatched:
            field_dict.update(self._mismatched)

        field_dict["session_id"] = self.session_id

        id = self.id
        if id is not None or "id" in self._received_null:
            field_dict["id"] = id

        title = self.title
        if title is not None or "title" in self._received_null:
            field_dict["title"] = title

        status = self.status
        if status is not None or "status" in self._received_null:
            field_dict["status"] = status

        created_at = self.created_at
        if created_at is not None:
            if created_at is self._created_at_parsed:
                field_dict["created_at"] = self._created_at_text
            else:
                field_dict["created_at"] = created_at.isoformat()
        elif "created_at" in self._received_null:
            field_dict["created_at"] = None

        updated_at = self.updated_at
        if updated_at is not None:
            if updated_at is self._updated_at_parsed:
                field_dict["updated_at"] = self._updated_at_text
            else:
                field_dict["updated_at"] = updated_at.isoformat()
        elif "updated_at" in self._received_null:
            field_dict["updated_at"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _nones = 0  # optional fields that are None: left out or null
        _mismatched: dict[str, Any] | None = None  # values of no declared shape
        session_id = src_dict["session_id"]
        if session_id.__class__ is not str:
            raise mismatch_error("SuperAgentSession", "session_id", session_id, "a string")

        id = src_dict.get("id")
        if id.__class__ is not str:
            if id is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "id", id)
                id = None

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

        created_at: Any = src_dict.get("created_at")
        _created_at_text = None
        if created_at.__class__ is str:
            try:
                _created_at_text, created_at = created_at, parse_datetime(created_at)
            except ValueError:  # a date-time that does not parse (or a leap second, which Python has not)
                _mismatched = mismatch(_mismatched, "created_at", created_at)
                created_at = None
        elif created_at is None:
            _nones += 1
        else:
            _mismatched = mismatch(_mismatched, "created_at", created_at)
            created_at = None

        updated_at: Any = src_dict.get("updated_at")
        _updated_at_text = None
        if updated_at.__class__ is str:
            try:
                _updated_at_text, updated_at = updated_at, parse_datetime(updated_at)
            except ValueError:  # a date-time that does not parse (or a leap second, which Python has not)
                _mismatched = mismatch(_mismatched, "updated_at", updated_at)
                updated_at = None
        elif updated_at is None:
            _nones += 1
        else:
            _mismatched = mismatch(_mismatched, "updated_at", updated_at)
            updated_at = None

        _instance = cls.__new__(cls)
        _instance.session_id = session_id
        _instance.id = id
        _instance.title = title
        _instance.status = status
        _instance.created_at = created_at
        _instance.updated_at = updated_at
        _instance._created_at_text = _created_at_text
        _instance._created_at_parsed = created_at
        _instance._updated_at_text = _updated_at_text
        _instance._updated_at_parsed = updated_at
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
