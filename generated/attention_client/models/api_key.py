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

T = TypeVar("T", bound="ApiKey")

_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "id",
        "name",
        "organizationUUID",
        "userUUID",
        "value",
        "lastSeenAt",
    )
)


@_attrs_define
class ApiKey:
    """An API key of the organisation or of one user.

    Example:
        {'id': 'e5323e40-xxxx-4f6f-84f6-85eba56091ed', 'name': 'Admin API Key', 'organizationUUID': '16b78cec-
            xxxx-46d2-8213-5d3bb7d2571c', 'value': 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI
            6IkpvaG4gRG9lIiwiYWRtaW4iOnRydWUsImlhdCI6MTUxNjIzOTAyMn0.KMUFsIDTnFmyG3nMiGM6H9FNFUROf3wh7SmqJp-QV30',
            'lastSeenAt': '2024-03-20T10:00:00Z'}

    """

    id: str
    """ The key's identifier. """
    name: str | None = None
    """ The key's name. """
    organization_uuid: str | None = None
    """ The UUID of the organisation the key belongs to, for an organisation-level key. """
    user_uuid: str | None = None
    """ The UUID of the user the key belongs to, for a user-level key. """
    value: str | None = None
    """ The key itself, to send in the `Authorization` header. """
    last_seen_at: datetime.datetime | None = None
    """ When the key was last used. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received_null: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)
    _mismatched: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    _last_seen_at_text: str | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    _last_seen_at_parsed: datetime.datetime | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self._mismatched:
            field_dict.update(self._mismatched)

        field_dict["id"] = self.id

        name = self.name
        if name is not None or "name" in self._received_null:
            field_dict["name"] = name

        organization_uuid = self.organization_uuid
        if organization_uuid is not None or "organizationUUID" in self._received_null:
            field_dict["organizationUUID"] = organization_uuid

        user_uuid = self.user_uuid
        if user_uuid is not None or "userUUID" in self._received_null:
            field_dict["userUUID"] = user_uuid

        value = self.value
        if value is not None or "value" in self._received_null:
            field_dict["value"] = value

        last_seen_at = self.last_seen_at
        if last_seen_at is not None:
            if last_seen_at is self._last_seen_at_parsed:
                field_dict["lastSeenAt"] = self._last_seen_at_text
            else:
                field_dict["lastSeenAt"] = last_seen_at.isoformat()
        elif "lastSeenAt" in self._received_null:
            field_dict["lastSeenAt"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _nones = 0  # optional fields that are None: left out or null
        _mismatched: dict[str, Any] | None = None  # values of no declared shape
        id = src_dict["id"]
        if id.__class__ is not str:
            raise mismatch_error("ApiKey", "id", id, "a string")

        name = src_dict.get("name")
        if name.__class__ is not str:
            if name is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "name", name)
                name = None

        organization_uuid = src_dict.get("organizationUUID")
        if organization_uuid.__class__ is not str:
            if organization_uuid is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "organizationUUID", organization_uuid)
                organization_uuid = None

        user_uuid = src_dict.get("userUUID")
        if user_uuid.__class__ is not str:
            if user_uuid is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "userUUID", user_uuid)
                user_uuid = None

        value = src_dict.get("value")
        if value.__class__ is not str:
            if value is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "value", value)
                value = None

        last_seen_at: Any = src_dict.get("lastSeenAt")
        _last_seen_at_text = None
        if last_seen_at.__class__ is str:
            try:
                _last_seen_at_text, last_seen_at = last_seen_at, parse_datetime(last_seen_at)
            except ValueError:  # a date-time that does not parse (or a leap second, which Python has not)
                _mismatched = mismatch(_mismatched, "lastSeenAt", last_seen_at)
                last_seen_at = None
        elif last_seen_at is None:
            _nones += 1
        else:
            _mismatched = mismatch(_mismatched, "lastSeenAt", last_seen_at)
            last_seen_at = None

        _instance = cls.__new__(cls)
        _instance.id = id
        _instance.name = name
        _instance.organization_uuid = organization_uuid
        _instance.user_uuid = user_uuid
        _instance.value = value
        _instance.last_seen_at = last_seen_at
        _instance._last_seen_at_text = _last_seen_at_text
        _instance._last_seen_at_parsed = last_seen_at
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
