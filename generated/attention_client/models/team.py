from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.slack_connection import SlackConnection


T = TypeVar("T", bound="Team")

_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "uuid",
        "name",
        "phrases",
        "slackConnection",
        "domain",
        "organizerJoinInternalMeetings",
        "consentEmailEnabled",
        "parentTeamUUID",
        "organizationUUID",
        "children",
    )
)


@_attrs_define
class Team:
    """A team of users. Teams nest: `children` holds sub-teams (the newer docs
    show `children` as an array; the seed shows `[{}]`).

    """

    uuid: None | str | Unset = UNSET
    """ The team's UUID. """
    name: None | str | Unset = UNSET
    """ The team's name. """
    phrases: list[str] | None | Unset = UNSET
    """ Phrases that identify the team's conversations. """
    slack_connection: None | SlackConnection | Unset = UNSET
    """ The Slack workspace connected to the team. """
    domain: None | str | Unset = UNSET
    """ The team's email domain. """
    organizer_join_internal_meetings: bool | None | Unset = UNSET
    """ Whether the bot joins internal meetings organised by the team. """
    consent_email_enabled: bool | None | Unset = UNSET
    """ Whether recording-consent emails are sent. """
    parent_team_uuid: None | str | Unset = UNSET
    """ The UUID of the parent team. """
    organization_uuid: None | str | Unset = UNSET
    """ The UUID of the organisation. """
    children: list[Team] | None | Unset = UNSET
    """ The team's sub-teams. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        uuid = self.uuid
        if uuid is not UNSET:
            field_dict["uuid"] = uuid

        name = self.name
        if name is not UNSET:
            field_dict["name"] = name

        phrases = self.phrases
        if phrases is not UNSET:
            field_dict["phrases"] = phrases

        slack_connection = self.slack_connection
        if slack_connection is not UNSET:
            field_dict["slackConnection"] = (
                slack_connection.to_dict()
                if isinstance(slack_connection, _models.SlackConnection)
                else slack_connection
            )

        domain = self.domain
        if domain is not UNSET:
            field_dict["domain"] = domain

        organizer_join_internal_meetings = self.organizer_join_internal_meetings
        if organizer_join_internal_meetings is not UNSET:
            field_dict["organizerJoinInternalMeetings"] = organizer_join_internal_meetings

        consent_email_enabled = self.consent_email_enabled
        if consent_email_enabled is not UNSET:
            field_dict["consentEmailEnabled"] = consent_email_enabled

        parent_team_uuid = self.parent_team_uuid
        if parent_team_uuid is not UNSET:
            field_dict["parentTeamUUID"] = parent_team_uuid

        organization_uuid = self.organization_uuid
        if organization_uuid is not UNSET:
            field_dict["organizationUUID"] = organization_uuid

        children = self.children
        if children is not UNSET:
            field_dict["children"] = children
            if isinstance(children, list):
                try:
                    field_dict["children"] = [item.to_dict() for item in children]
                except AttributeError:
                    pass  # a list that from_dict kept as it came

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        uuid = src_dict.get("uuid", UNSET)

        name = src_dict.get("name", UNSET)

        phrases = src_dict.get("phrases", UNSET)

        slack_connection = src_dict.get("slackConnection", UNSET)
        if isinstance(slack_connection, dict):
            try:
                slack_connection = _models.SlackConnection.from_dict(slack_connection)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # kept as it came, like upstream's union parsing

        domain = src_dict.get("domain", UNSET)

        organizer_join_internal_meetings = src_dict.get("organizerJoinInternalMeetings", UNSET)

        consent_email_enabled = src_dict.get("consentEmailEnabled", UNSET)

        parent_team_uuid = src_dict.get("parentTeamUUID", UNSET)

        organization_uuid = src_dict.get("organizationUUID", UNSET)

        children = src_dict.get("children", UNSET)
        if isinstance(children, list):
            try:
                children = list(map(_models.Team.from_dict, children))
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # kept as it came, like upstream's union parsing

        _instance = cls.__new__(cls)
        _instance.uuid = uuid
        _instance.name = name
        _instance.phrases = phrases
        _instance.slack_connection = slack_connection
        _instance.domain = domain
        _instance.organizer_join_internal_meetings = organizer_join_internal_meetings
        _instance.consent_email_enabled = consent_email_enabled
        _instance.parent_team_uuid = parent_team_uuid
        _instance.organization_uuid = organization_uuid
        _instance.children = children

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
