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
    from ..models.label_option_input import LabelOptionInput


T = TypeVar("T", bound="UpdateLabelRequest")


@_attrs_define
class UpdateLabelRequest:
    """The fields of a label to change, at least one; fields left out are not changed.
    Send an empty `description` to clear it.

        Example:
            {'name': 'Buying Signal (v2)', 'description': 'Updated description of the buying signal label.', 'aiFlow':
                False}

    """

    name: str | Unset = UNSET
    """ The new name, 1 to 128 characters; scorecard and field-configuration criteria follow the rename. """
    description: str | Unset = UNSET
    """ The new description, at most 2000 characters; an empty string clears it. """
    ai_flow: bool | Unset = UNSET
    """ Whether the AI sets the label on conversations. """
    all_teams: bool | Unset = UNSET
    """ Whether the label applies to every team. """
    options: list[LabelOptionInput] | Unset = UNSET
    """ The label's values, replacing all the current ones; `[]` clears them. """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}

        name = self.name
        if name is not UNSET:
            field_dict["name"] = name

        description = self.description
        if description is not UNSET:
            field_dict["description"] = description

        ai_flow = self.ai_flow
        if ai_flow is not UNSET:
            field_dict["aiFlow"] = ai_flow

        all_teams = self.all_teams
        if all_teams is not UNSET:
            field_dict["allTeams"] = all_teams

        options = self.options
        if not isinstance(options, Unset):
            field_dict["options"] = [item.to_dict() for item in options]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        name = src_dict.get("name", UNSET)

        description = src_dict.get("description", UNSET)

        ai_flow = src_dict.get("aiFlow", UNSET)

        all_teams = src_dict.get("allTeams", UNSET)

        options = src_dict.get("options", UNSET)
        if options is not UNSET:
            options = list(map(_models.LabelOptionInput.from_dict, options))

        _instance = cls.__new__(cls)
        _instance.name = name
        _instance.description = description
        _instance.ai_flow = ai_flow
        _instance.all_teams = all_teams
        _instance.options = options

        return _instance
