from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import (
    UNSET,
    Unset,
)

T = TypeVar("T", bound="UpdateTeamRequest")


@_attrs_define
class UpdateTeamRequest:
    """The fields of a team to change, at least one.

    Example:
        {'name': 'Marketing', 'parentTeamUUID': '2ccf9bde-68e3-4de4-bc4e-51b927336665'}

    """

    name: str | Unset = UNSET
    """ The team's new name. """
    parent_team_uuid: str | Unset = UNSET
    """ The UUID of the team's new parent team, as in `Team.uuid`. """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}

        name = self.name
        if name is not UNSET:
            field_dict["name"] = name

        parent_team_uuid = self.parent_team_uuid
        if parent_team_uuid is not UNSET:
            field_dict["parentTeamUUID"] = parent_team_uuid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        name = src_dict.get("name", UNSET)

        parent_team_uuid = src_dict.get("parentTeamUUID", UNSET)

        _instance = cls.__new__(cls)
        _instance.name = name
        _instance.parent_team_uuid = parent_team_uuid

        return _instance
