from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from .. import models as _models
from ..models.scorecard_interaction_type import ScorecardInteractionType, check_scorecard_interaction_type
from ..types import (
    UNSET,
    Unset,
)

if TYPE_CHECKING:
    from ..models.scorecard_criteria_input import ScorecardCriteriaInput


T = TypeVar("T", bound="CreateScorecardRequest")


@_attrs_define
class CreateScorecardRequest:
    """A scorecard template to create. Only `title` is required. Give `teamUUID` or
    `allTeams: true`, not both; leave both out for an unassigned scorecard.

        Example:
            {'title': 'Sales Discovery Scorecard', 'allTeams': True, 'enabled': True, 'interactionType': 'conversation',
                'detailedInstructions': 'Evaluate discovery quality.', 'expertMode': False}

    """

    title: str
    """ The scorecard's title, 1 to 128 characters. """
    team_uuid: str | Unset = UNSET
    """ The UUID of the team to assign the scorecard to (not with `allTeams`). """
    all_teams: bool | Unset = UNSET
    """ Assign the scorecard to every team; false when left out. """
    enabled: bool | Unset = UNSET
    """ Whether the scorecard is in use once created; true when left out. """
    interaction_type: ScorecardInteractionType | Unset = UNSET
    """ What a scorecard evaluates. """
    detailed_instructions: str | Unset = UNSET
    """ Free-form guidance for the evaluation, at most 2000 characters. """
    scorecard_prompt: str | Unset = UNSET
    """ The prompt to use in expert mode, at most 8000 characters. """
    expert_mode: bool | Unset = UNSET
    """ Use the scorecard's own prompts instead of the default template; false when left out. """
    criteria: ScorecardCriteriaInput | Unset = UNSET
    """ Label conditions that decide when a scorecard applies to an interaction. """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}

        field_dict["title"] = self.title

        team_uuid = self.team_uuid
        if team_uuid is not UNSET:
            field_dict["teamUUID"] = team_uuid

        all_teams = self.all_teams
        if all_teams is not UNSET:
            field_dict["allTeams"] = all_teams

        enabled = self.enabled
        if enabled is not UNSET:
            field_dict["enabled"] = enabled

        interaction_type: str | Unset = UNSET
        if not isinstance(self.interaction_type, Unset):
            interaction_type = self.interaction_type

        if interaction_type is not UNSET:
            field_dict["interactionType"] = interaction_type

        detailed_instructions = self.detailed_instructions
        if detailed_instructions is not UNSET:
            field_dict["detailedInstructions"] = detailed_instructions

        scorecard_prompt = self.scorecard_prompt
        if scorecard_prompt is not UNSET:
            field_dict["scorecardPrompt"] = scorecard_prompt

        expert_mode = self.expert_mode
        if expert_mode is not UNSET:
            field_dict["expertMode"] = expert_mode

        criteria = self.criteria
        if not isinstance(criteria, Unset):
            field_dict["criteria"] = criteria.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        title = src_dict["title"]

        team_uuid = src_dict.get("teamUUID", UNSET)

        all_teams = src_dict.get("allTeams", UNSET)

        enabled = src_dict.get("enabled", UNSET)

        _interaction_type = src_dict.get("interactionType", UNSET)
        interaction_type: ScorecardInteractionType | Unset
        if isinstance(_interaction_type, Unset):
            interaction_type = UNSET
        else:
            interaction_type = check_scorecard_interaction_type(_interaction_type)

        detailed_instructions = src_dict.get("detailedInstructions", UNSET)

        scorecard_prompt = src_dict.get("scorecardPrompt", UNSET)

        expert_mode = src_dict.get("expertMode", UNSET)

        criteria = src_dict.get("criteria", UNSET)
        if criteria is not UNSET:
            criteria = _models.ScorecardCriteriaInput.from_dict(criteria)

        _instance = cls.__new__(cls)
        _instance.title = title
        _instance.team_uuid = team_uuid
        _instance.all_teams = all_teams
        _instance.enabled = enabled
        _instance.interaction_type = interaction_type
        _instance.detailed_instructions = detailed_instructions
        _instance.scorecard_prompt = scorecard_prompt
        _instance.expert_mode = expert_mode
        _instance.criteria = criteria

        return _instance
