from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from .. import models as _models
from ..models.seat_type import SeatType, check_seat_type
from ..types import (
    UNSET,
    Unset,
)

if TYPE_CHECKING:
    from ..models.team_assignment import TeamAssignment


T = TypeVar("T", bound="UpdateUserRequest")


@_attrs_define
class UpdateUserRequest:
    """The fields of a user to change, at least one; fields left out are not changed.
    The email address cannot be changed.

        Example:
            {'firstName': 'John', 'lastName': 'Doe', 'password': 'newPassword123', 'botName': 'JohnBot4', 'dealsEnabled':
                False, 'teamUUIDsToRemove': ['802a13d8-1ad0-4f4a-b880-9ace889fafa61'], 'teamsToAdd': [{'uuid':
                'fe515723-fe2e-4959-a5fa-c4d3937fe7e4', 'primary': True}, {'uuid': '802a13d8-1ad0-4f4a-b880-9ace889fafa6',
                'primary': False}], 'roleUUID': '84e67f54-5157-442b-a2b3-8b9c728b2fef1', 'seat_type': 'recording'}

    """

    first_name: str | Unset = UNSET
    """ The user's new first name. """
    last_name: str | Unset = UNSET
    """ The user's new last name. """
    password: str | Unset = UNSET
    """ The user's new password. """
    bot_name: str | Unset = UNSET
    """ The name the user's recording bot joins meetings with. """
    deals_enabled: bool | Unset = UNSET
    """ Whether deals are on for the user. """
    team_uui_ds_to_remove: list[str] | Unset = UNSET
    """ The UUIDs of teams to take the user out of. """
    teams_to_add: list[TeamAssignment] | Unset = UNSET
    """ Teams to add the user to. """
    role_uuid: str | Unset = UNSET
    """ The UUID of the role to give the user, as in `Role.uuid`. """
    seat_type: SeatType | Unset = UNSET
    """ A user's seat: `recording` (can record calls) or `listener` (can view only).
     """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}

        first_name = self.first_name
        if first_name is not UNSET:
            field_dict["firstName"] = first_name

        last_name = self.last_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name

        password = self.password
        if password is not UNSET:
            field_dict["password"] = password

        bot_name = self.bot_name
        if bot_name is not UNSET:
            field_dict["botName"] = bot_name

        deals_enabled = self.deals_enabled
        if deals_enabled is not UNSET:
            field_dict["dealsEnabled"] = deals_enabled

        team_uui_ds_to_remove = self.team_uui_ds_to_remove
        if team_uui_ds_to_remove is not UNSET:
            field_dict["teamUUIDsToRemove"] = team_uui_ds_to_remove

        teams_to_add = self.teams_to_add
        if not isinstance(teams_to_add, Unset):
            field_dict["teamsToAdd"] = [item.to_dict() for item in teams_to_add]

        role_uuid = self.role_uuid
        if role_uuid is not UNSET:
            field_dict["roleUUID"] = role_uuid

        seat_type: str | Unset = UNSET
        if not isinstance(self.seat_type, Unset):
            seat_type = self.seat_type

        if seat_type is not UNSET:
            field_dict["seat_type"] = seat_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        first_name = src_dict.get("firstName", UNSET)

        last_name = src_dict.get("lastName", UNSET)

        password = src_dict.get("password", UNSET)

        bot_name = src_dict.get("botName", UNSET)

        deals_enabled = src_dict.get("dealsEnabled", UNSET)

        team_uui_ds_to_remove = src_dict.get("teamUUIDsToRemove", UNSET)

        teams_to_add = src_dict.get("teamsToAdd", UNSET)
        if teams_to_add is not UNSET:
            teams_to_add = list(map(_models.TeamAssignment.from_dict, teams_to_add))

        role_uuid = src_dict.get("roleUUID", UNSET)

        _seat_type = src_dict.get("seat_type", UNSET)
        seat_type: SeatType | Unset
        if isinstance(_seat_type, Unset):
            seat_type = UNSET
        else:
            seat_type = check_seat_type(_seat_type)

        _instance = cls.__new__(cls)
        _instance.first_name = first_name
        _instance.last_name = last_name
        _instance.password = password
        _instance.bot_name = bot_name
        _instance.deals_enabled = deals_enabled
        _instance.team_uui_ds_to_remove = team_uui_ds_to_remove
        _instance.teams_to_add = teams_to_add
        _instance.role_uuid = role_uuid
        _instance.seat_type = seat_type

        return _instance
