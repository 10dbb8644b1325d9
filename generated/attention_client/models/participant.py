from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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

    id: None | str | Unset = UNSET
    """ The participant's identifier. """
    email: None | str | Unset = UNSET
    """ The participant's email address. """
    organizer: bool | None | Unset = UNSET
    """ Whether the participant organised the meeting. """
    name: None | str | Unset = UNSET
    """ The participant's display name. """
    status: None | str | Unset = UNSET
    """ The participant's invitation status. Open string: the newer docs show
    `accepted`; the full set is not documented.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        id = self.id
        if id is not UNSET:
            field_dict["id"] = id

        email = self.email
        if email is not UNSET:
            field_dict["email"] = email

        organizer = self.organizer
        if organizer is not UNSET:
            field_dict["organizer"] = organizer

        name = self.name
        if name is not UNSET:
            field_dict["name"] = name

        status = self.status
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id = src_dict.get("id", UNSET)

        email = src_dict.get("email", UNSET)

        organizer = src_dict.get("organizer", UNSET)

        name = src_dict.get("name", UNSET)

        status = src_dict.get("status", UNSET)

        _instance = cls.__new__(cls)
        _instance.id = id
        _instance.email = email
        _instance.organizer = organizer
        _instance.name = name
        _instance.status = status

        if src_dict.keys() <= _KNOWN_KEYS:
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
