from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import short_repr

T = TypeVar("T", bound="Participant")

_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "id",
        "email",
        "organizer",
        "name",
        "status",
    )
)


@_attrs_define
class Participant:
    """A person in (or invited to) the conversation."""

    id: str | None = None
    """ The participant's identifier. """
    email: str | None = None
    """ The participant's email address. """
    organizer: bool | None = None
    """ Whether the participant organised the meeting. """
    name: str | None = None
    """ The participant's display name. """
    status: str | None = None
    """ The participant's invitation status. Open string: a known value is
    `accepted`; the full set is not documented.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received_null: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        id = self.id
        if id is not None or "id" in self._received_null:
            field_dict["id"] = id

        email = self.email
        if email is not None or "email" in self._received_null:
            field_dict["email"] = email

        organizer = self.organizer
        if organizer is not None or "organizer" in self._received_null:
            field_dict["organizer"] = organizer

        name = self.name
        if name is not None or "name" in self._received_null:
            field_dict["name"] = name

        status = self.status
        if status is not None or "status" in self._received_null:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _nones = 0  # optional fields that are None: left out or null
        id = src_dict.get("id")
        if id is None:
            _nones += 1

        email = src_dict.get("email")
        if email is None:
            _nones += 1

        organizer = src_dict.get("organizer")
        if organizer is None:
            _nones += 1

        name = src_dict.get("name")
        if name is None:
            _nones += 1

        status = src_dict.get("status")
        if status is None:
            _nones += 1

        _instance = cls.__new__(cls)
        _instance.id = id
        _instance.email = email
        _instance.organizer = organizer
        _instance.name = name
        _instance.status = status
        _as_declared = len(src_dict) + _nones == 5
        _instance._received_null = (
            ()
            if _as_declared
            else tuple(key for key, value in src_dict.items() if value is None and key in _KNOWN_KEYS)
        )

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

    def __repr__(self) -> str:
        return short_repr(self)
