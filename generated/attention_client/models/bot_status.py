from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    mismatch,
    mismatched_fields,
    parse_datetime,
    short_repr,
)

T = TypeVar("T", bound="BotStatus")

_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "code",
        "message",
        "createdAt",
    )
)


@_attrs_define
class BotStatus:
    """The bot's latest status."""

    code: str | None = None
    """ The status code. Open string: known values are `BOT_READY` and `completed`.
     """
    message: str | None = None
    """ A human-readable explanation of the status. """
    created_at: datetime.datetime | None = None
    """ When the bot reached this status. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received_null: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)
    _mismatched: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    _created_at_text: str | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    _created_at_parsed: datetime.datetime | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self._mismatched:
            field_dict.update(self._mismatched)

        code = self.code
        if code is not None or "code" in self._received_null:
            field_dict["code"] = code

        message = self.message
        if message is not None or "message" in self._received_null:
            field_dict["message"] = message

        created_at = self.created_at
        if created_at is not None:
            if created_at is self._created_at_parsed:
                field_dict["createdAt"] = self._created_at_text
            else:
                field_dict["createdAt"] = created_at.isoformat()
        elif "createdAt" in self._received_null:
            field_dict["createdAt"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _nones = 0  # optional fields that are None: left out or null
        _mismatched: dict[str, Any] | None = None  # values of no declared shape
        code = src_dict.get("code")
        if code.__class__ is not str:
            if code is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "code", code)
                code = None

        message = src_dict.get("message")
        if message.__class__ is not str:
            if message is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "message", message)
                message = None

        created_at: Any = src_dict.get("createdAt")
        _created_at_text = None
        if created_at.__class__ is str:
            try:
                _created_at_text, created_at = created_at, parse_datetime(created_at)
            except ValueError:  # a date-time that does not parse (or a leap second, which Python has not)
                _mismatched = mismatch(_mismatched, "createdAt", created_at)
                created_at = None
        elif created_at is None:
            _nones += 1
        else:
            _mismatched = mismatch(_mismatched, "createdAt", created_at)
            created_at = None

        _instance = cls.__new__(cls)
        _instance.code = code
        _instance.message = message
        _instance.created_at = created_at
        _instance._created_at_text = _created_at_text
        _instance._created_at_parsed = created_at
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
