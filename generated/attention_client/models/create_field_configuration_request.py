from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from .. import models as _models
from ..types import (
    UNSET,
    Unset,
)

if TYPE_CHECKING:
    from ..models.field_configuration_criteria import FieldConfigurationCriteria


T = TypeVar("T", bound="CreateFieldConfigurationRequest")


@_attrs_define
class CreateFieldConfigurationRequest:
    """A new field configuration. `name` (1 to 128 characters, trimmed) is required;
    `teamsUUID` is ignored when `allTeams` is true.

        Example:
            {'name': '<string>', 'teamsUUID': ['<string>'], 'allTeams': False, 'criteria': {'conditions': [{'field':
                'account.industry', 'value': '<string>'}], 'operator': 'AND'}}

    """

    name: str
    """ The name, 1 to 128 characters (trimmed). """
    teams_uuid: list[str] | Unset = UNSET
    """ The UUIDs of the teams to assign it to; ignored when `allTeams` is true. """
    all_teams: bool | Unset = UNSET
    """ Assign it to every team. """
    criteria: FieldConfigurationCriteria | Unset = UNSET
    """ Conditions on record fields (such as `account.industry`), combined with
    `operator` (such as `AND`).
     """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}

        field_dict["name"] = self.name

        teams_uuid = self.teams_uuid
        if teams_uuid is not UNSET:
            field_dict["teamsUUID"] = teams_uuid

        all_teams = self.all_teams
        if all_teams is not UNSET:
            field_dict["allTeams"] = all_teams

        criteria = self.criteria
        if not isinstance(criteria, Unset):
            field_dict["criteria"] = criteria.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        name = src_dict["name"]

        teams_uuid = src_dict.get("teamsUUID", UNSET)

        all_teams = src_dict.get("allTeams", UNSET)

        criteria = src_dict.get("criteria", UNSET)
        if criteria is not UNSET:
            criteria = _models.FieldConfigurationCriteria.from_dict(criteria)

        _instance = cls.__new__(cls)
        _instance.name = name
        _instance.teams_uuid = teams_uuid
        _instance.all_teams = all_teams
        _instance.criteria = criteria

        return _instance
