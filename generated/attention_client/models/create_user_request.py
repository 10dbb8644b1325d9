from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.seat_type import SeatType, check_seat_type
from ..types import (
    UNSET,
    Unset,
)

if TYPE_CHECKING:
    from ..models.team_assignment import TeamAssignment


T = TypeVar("T", bound="CreateUserRequest")

_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "email",
        "first_name",
        "last_name",
        "teams",
        "roleUUID",
        "password",
        "seat_type",
    )
)


@_attrs_define
class CreateUserRequest:
    """A user to create. `email`, `first_name`, `last_name`, `teams` (at least one) and
    `roleUUID` are required. Fields the API accepts beyond these may be sent too.

        Example:
            {'email': '15john.doe@example.com', 'first_name': 'John', 'last_name': 'Doe', 'password': 'SecureP@ssw0rd!',
                'roleUUID': '84e67f54-5157-442b-a2b3-8b9c728b2fef1', 'teams': [{'uuid': 'fe515723-fe2e-4959-a5fa-c4d3937fe7e4',
                'primary': True}, {'uuid': '802a13d8-1ad0-4f4a-b880-9ace889fafa6', 'primary': False}], 'seat_type': 'recording'}

    """

    email: str
    """ The new user's email address. """
    first_name: str
    """ The new user's first name. """
    last_name: str
    """ The new user's last name. """
    teams: list[TeamAssignment]
    """ The teams the user will belong to, at least one; mark one as primary. """
    role_uuid: str
    """ The UUID of the role to give the user, as in `Role.uuid`. """
    password: str | Unset = UNSET
    """ The password of the new user's account. """
    seat_type: SeatType | Unset = UNSET
    """ A user's seat: `recording` (can record calls) or `listener` (can view only).
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        field_dict["email"] = self.email

        field_dict["first_name"] = self.first_name

        field_dict["last_name"] = self.last_name

        field_dict["teams"] = [item.to_dict() for item in self.teams]

        field_dict["roleUUID"] = self.role_uuid

        password = self.password
        if password is not UNSET:
            field_dict["password"] = password

        seat_type: str | Unset = UNSET
        if not isinstance(self.seat_type, Unset):
            seat_type = self.seat_type

        if seat_type is not UNSET:
            field_dict["seat_type"] = seat_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        email = src_dict["email"]

        first_name = src_dict["first_name"]

        last_name = src_dict["last_name"]

        teams = list(map(_models.TeamAssignment.from_dict, src_dict["teams"]))

        role_uuid = src_dict["roleUUID"]

        password = src_dict.get("password", UNSET)

        _seat_type = src_dict.get("seat_type", UNSET)
        seat_type: SeatType | Unset
        if isinstance(_seat_type, Unset):
            seat_type = UNSET
        else:
            seat_type = check_seat_type(_seat_type)

        _instance = cls.__new__(cls)
        _instance.email = email
        _instance.first_name = first_name
        _instance.last_name = last_name
        _instance.teams = teams
        _instance.role_uuid = role_uuid
        _instance.password = password
        _instance.seat_type = seat_type

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
