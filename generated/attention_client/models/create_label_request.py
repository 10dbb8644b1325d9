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


T = TypeVar("T", bound="CreateLabelRequest")


@_attrs_define
class CreateLabelRequest:
    """A label to create. Only `name` is required. Do not send the organisation: it comes
    from the API key.

        Example:
            {'name': 'Buying Signal', 'description': 'Conversations where the prospect expresses a buying signal.',
                'aiFlow': True, 'allTeams': False, 'options': [{'value': 'high-intent', 'description': 'Prospect has explicit
                buying signals'}]}

    """

    name: str
    """ The label's name, 1 to 128 characters, unique in the organisation. """
    description: str | Unset = UNSET
    """ What the label means, at most 2000 characters. """
    ai_flow: bool | Unset = UNSET
    """ Whether the AI sets the label on conversations after they are processed; false when left out. """
    all_teams: bool | Unset = UNSET
    """ Whether the label applies to every team; false when left out. """
    options: list[LabelOptionInput] | Unset = UNSET
    """ The values the label can take; leave it out or send `[]` for a yes/no label. """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}

        field_dict["name"] = self.name

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
        name = src_dict["name"]

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
