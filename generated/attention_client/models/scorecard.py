from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import (
    Unparsed,
    make_lazy,
    mismatch,
    mismatch_error,
    mismatched_fields,
    parse_datetime,
    short_repr,
)

if TYPE_CHECKING:
    from ..models.scorecard_criteria import ScorecardCriteria


T = TypeVar("T", bound="Scorecard")

_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "id",
        "title",
        "organizationId",
        "teamId",
        "allTeams",
        "enabled",
        "interactionType",
        "detailedInstructions",
        "scorecardPrompt",
        "expertMode",
        "isDefaultTemplate",
        "criteria",
        "createdAt",
    )
)


@_attrs_define
class Scorecard:
    """A scorecard template, used to evaluate a conversation, a chat or an email.

    Example:
        {'id': 'sc-uuid-123', 'title': 'Sales Discovery Scorecard', 'organizationId': 'org-uuid-456', 'teamId': 'team-
            uuid-789', 'allTeams': False, 'enabled': True, 'interactionType': 'conversation', 'detailedInstructions': 'Focus
            on discovery quality and next-step commitments.', 'scorecardPrompt': '', 'expertMode': False,
            'isDefaultTemplate': False, 'criteria': {'operator': 'AND', 'conditions': []}, 'createdAt':
            '2026-04-16T10:15:00Z'}

    """

    id: str
    """ The scorecard's id. """
    title: str | None = None
    """ The scorecard's title. """
    organization_id: str | None = None
    """ The id of the organisation the scorecard belongs to. """
    team_id: str | None = None
    """ The UUID of the team the scorecard is assigned to, if one. """
    all_teams: bool | None = None
    """ Whether the scorecard is assigned to every team. """
    enabled: bool | None = None
    """ Whether the scorecard is in use. """
    interaction_type: str | None = None
    """ What the scorecard evaluates. Open string: known values are `conversation`,
    `chat` and `email`.
     """
    detailed_instructions: str | None = None
    """ Free-form guidance for the evaluation. """
    scorecard_prompt: str | None = None
    """ The prompt used in expert mode. """
    expert_mode: bool | None = None
    """ Whether the scorecard uses its own prompts instead of the default template. """
    is_default_template: bool | None = None
    """ Whether the scorecard is one of Attention's default templates. """
    criteria: ScorecardCriteria | None = None
    """ The label conditions that decide when the scorecard applies. """
    created_at: datetime.datetime | None = None
    """ When the scorecard was created. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received_null: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)
    _mismatched: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    _created_at_text: str | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    _created_at_parsed: datetime.datetime | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        _slots: Any = self
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self._mismatched:
            field_dict.update(self._mismatched)

        field_dict["id"] = self.id

        title = self.title
        if title is not None or "title" in self._received_null:
            field_dict["title"] = title

        organization_id = self.organization_id
        if organization_id is not None or "organizationId" in self._received_null:
            field_dict["organizationId"] = organization_id

        team_id = self.team_id
        if team_id is not None or "teamId" in self._received_null:
            field_dict["teamId"] = team_id

        all_teams = self.all_teams
        if all_teams is not None or "allTeams" in self._received_null:
            field_dict["allTeams"] = all_teams

        enabled = self.enabled
        if enabled is not None or "enabled" in self._received_null:
            field_dict["enabled"] = enabled

        interaction_type = self.interaction_type
        if interaction_type is not None or "interactionType" in self._received_null:
            field_dict["interactionType"] = interaction_type

        detailed_instructions = self.detailed_instructions
        if detailed_instructions is not None or "detailedInstructions" in self._received_null:
            field_dict["detailedInstructions"] = detailed_instructions

        scorecard_prompt = self.scorecard_prompt
        if scorecard_prompt is not None or "scorecardPrompt" in self._received_null:
            field_dict["scorecardPrompt"] = scorecard_prompt

        expert_mode = self.expert_mode
        if expert_mode is not None or "expertMode" in self._received_null:
            field_dict["expertMode"] = expert_mode

        is_default_template = self.is_default_template
        if is_default_template is not None or "isDefaultTemplate" in self._received_null:
            field_dict["isDefaultTemplate"] = is_default_template

        criteria = _slots._criteria_slot
        if type(criteria) is Unparsed:
            field_dict["criteria"] = criteria.json  # never read: as it came
        else:
            if criteria is not None:
                field_dict["criteria"] = criteria.to_dict()
            elif "criteria" in self._received_null:
                field_dict["criteria"] = None

        created_at = self.created_at
        if created_at is not None:
            if created_at is self._created_at_parsed:
                field_dict["createdAt"] = self._created_at_text
            else:
                field_dict["createdAt"] = created_at.isoformat()
        elif "createdAt" in self._received_null:
            field_dict["createdAt"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _nones = 0  # optional fields that are None: left out or null
        _mismatched: dict[str, Any] | None = None  # values of no declared shape
        id = src_dict["id"]
        if id.__class__ is not str:
            raise mismatch_error("Scorecard", "id", id, "a string")

        title = src_dict.get("title")
        if title.__class__ is not str:
            if title is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "title", title)
                title = None

        organization_id = src_dict.get("organizationId")
        if organization_id.__class__ is not str:
            if organization_id is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "organizationId", organization_id)
                organization_id = None

        team_id = src_dict.get("teamId")
        if team_id.__class__ is not str:
            if team_id is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "teamId", team_id)
                team_id = None

        all_teams = src_dict.get("allTeams")
        if all_teams.__class__ is not bool:
            if all_teams is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "allTeams", all_teams)
                all_teams = None

        enabled = src_dict.get("enabled")
        if enabled.__class__ is not bool:
            if enabled is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "enabled", enabled)
                enabled = None

        interaction_type = src_dict.get("interactionType")
        if interaction_type.__class__ is not str:
            if interaction_type is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "interactionType", interaction_type)
                interaction_type = None

        detailed_instructions = src_dict.get("detailedInstructions")
        if detailed_instructions.__class__ is not str:
            if detailed_instructions is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "detailedInstructions", detailed_instructions)
                detailed_instructions = None

        scorecard_prompt = src_dict.get("scorecardPrompt")
        if scorecard_prompt.__class__ is not str:
            if scorecard_prompt is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "scorecardPrompt", scorecard_prompt)
                scorecard_prompt = None

        expert_mode = src_dict.get("expertMode")
        if expert_mode.__class__ is not bool:
            if expert_mode is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "expertMode", expert_mode)
                expert_mode = None

        is_default_template = src_dict.get("isDefaultTemplate")
        if is_default_template.__class__ is not bool:
            if is_default_template is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "isDefaultTemplate", is_default_template)
                is_default_template = None

        criteria: Any = src_dict.get("criteria")
        if criteria.__class__ is dict:
            criteria = Unparsed(criteria)  # parsed on first read
        elif criteria is None:
            _nones += 1
        else:
            _mismatched = mismatch(_mismatched, "criteria", criteria)
            criteria = None

        created_at: Any = src_dict.get("createdAt")
        _created_at_text = None
        if created_at.__class__ is str:
            try:
                _created_at_text, created_at = created_at, parse_datetime(created_at)
            except ValueError:  # a date-time that does not parse (or a leap second, which Python has not)
                _mismatched = mismatch(_mismatched, "createdAt", created_at)
                created_at = None
        elif created_at is None:
            _nones += 1
        else:
            _mismatched = mismatch(_mismatched, "createdAt", created_at)
            created_at = None

        _instance = cls.__new__(cls)
        _slots: Any = _instance
        _instance.id = id
        _instance.title = title
        _instance.organization_id = organization_id
        _instance.team_id = team_id
        _instance.all_teams = all_teams
        _instance.enabled = enabled
        _instance.interaction_type = interaction_type
        _instance.detailed_instructions = detailed_instructions
        _instance.scorecard_prompt = scorecard_prompt
        _instance.expert_mode = expert_mode
        _instance.is_default_template = is_default_template
        _slots._criteria_slot = criteria
        _instance.created_at = created_at
        _instance._created_at_text = _created_at_text
        _instance._created_at_parsed = created_at
        _as_declared = len(src_dict) + _nones == 13
        _instance._received_null = (
            ()
            if _as_declared
            else tuple(key for key, value in src_dict.items() if value is None and key in _KNOWN_KEYS)
        )
        _instance._mismatched = _mismatched

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

    @property
    def mismatched_fields(self) -> Mapping[str, Any]:
        """The fields whose value fit no declared shape, by JSON name, as they came.

        Such a field reads as one left out (None, or an empty map) rather than as
        something it is not, and ``to_dict()`` writes it back as it came, unless a value
        was set since. Nested models keep their own.
        """
        return mismatched_fields(self)

    def __repr__(self) -> str:
        return short_repr(self)


def _parse_criteria(value: Any) -> Any:
    return _models.ScorecardCriteria.from_dict(value)


def _read_criteria(self: Any) -> Any:
    value = self._criteria_slot
    if type(value) is Unparsed:
        unparsed, value = value, _parse_criteria(value.json)
        if self._criteria_slot is unparsed:  # else another thread's read came first
            self._criteria_slot = value
        else:
            value = self._criteria_slot
    return value


make_lazy(Scorecard, "criteria", _read_criteria, _parse_criteria)
