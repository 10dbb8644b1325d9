from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import (
    UNSET,
    Unset,
)

T = TypeVar("T", bound="ImportParticipant")


@_attrs_define
class ImportParticipant:
    """A person in an imported conversation."""

    email: str | Unset = UNSET
    """ The participant's email address. """
    name: str | Unset = UNSET
    """ The participant's display name. """
    access_type: str | Unset = UNSET
    """ Open string; the docs' example is `Internal`. """
    organizer: bool | Unset = UNSET
    """ Whether the participant organised the meeting. """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}

        email = self.email
        if email is not UNSET:
            field_dict["email"] = email

        name = self.name
        if name is not UNSET:
            field_dict["name"] = name

        access_type = self.access_type
        if access_type is not UNSET:
            field_dict["accessType"] = access_type

        organizer = self.organizer
        if organizer is not UNSET:
            field_dict["organizer"] = organizer

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        email = src_dict.get("email", UNSET)

        name = src_dict.get("name", UNSET)

        access_type = src_dict.get("accessType", UNSET)

        organizer = src_dict.get("organizer", UNSET)

        _instance = cls.__new__(cls)
        _instance.email = email
        _instance.name = name
        _instance.access_type = access_type
        _instance.organizer = organizer

        return _instance
