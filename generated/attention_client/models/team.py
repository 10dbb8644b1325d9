from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.slack_connection import SlackConnection


T = TypeVar("T", bound="Team")


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
        from ..models.slack_connection import SlackConnection  # noqa: PLC0415

        uuid: None | str | Unset
        if isinstance(self.uuid, Unset):
            uuid = UNSET
        else:
            uuid = self.uuid

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        phrases: list[str] | None | Unset
        if isinstance(self.phrases, Unset):
            phrases = UNSET
        elif isinstance(self.phrases, list):
            phrases = self.phrases

        else:
            phrases = self.phrases

        slack_connection: dict[str, Any] | None | Unset
        if isinstance(self.slack_connection, Unset):
            slack_connection = UNSET
        elif isinstance(self.slack_connection, SlackConnection):
            slack_connection = self.slack_connection.to_dict()
        else:
            slack_connection = self.slack_connection

        domain: None | str | Unset
        if isinstance(self.domain, Unset):
            domain = UNSET
        else:
            domain = self.domain

        organizer_join_internal_meetings: bool | None | Unset
        if isinstance(self.organizer_join_internal_meetings, Unset):
            organizer_join_internal_meetings = UNSET
        else:
            organizer_join_internal_meetings = self.organizer_join_internal_meetings

        consent_email_enabled: bool | None | Unset
        if isinstance(self.consent_email_enabled, Unset):
            consent_email_enabled = UNSET
        else:
            consent_email_enabled = self.consent_email_enabled

        parent_team_uuid: None | str | Unset
        if isinstance(self.parent_team_uuid, Unset):
            parent_team_uuid = UNSET
        else:
            parent_team_uuid = self.parent_team_uuid

        organization_uuid: None | str | Unset
        if isinstance(self.organization_uuid, Unset):
            organization_uuid = UNSET
        else:
            organization_uuid = self.organization_uuid

        children: list[dict[str, Any]] | None | Unset
        if isinstance(self.children, Unset):
            children = UNSET
        elif isinstance(self.children, list):
            children = []
            for children_type_0_item_data in self.children:
                children_type_0_item = children_type_0_item_data.to_dict()
                children.append(children_type_0_item)

        else:
            children = self.children

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if name is not UNSET:
            field_dict["name"] = name
        if phrases is not UNSET:
            field_dict["phrases"] = phrases
        if slack_connection is not UNSET:
            field_dict["slackConnection"] = slack_connection
        if domain is not UNSET:
            field_dict["domain"] = domain
        if organizer_join_internal_meetings is not UNSET:
            field_dict["organizerJoinInternalMeetings"] = organizer_join_internal_meetings
        if consent_email_enabled is not UNSET:
            field_dict["consentEmailEnabled"] = consent_email_enabled
        if parent_team_uuid is not UNSET:
            field_dict["parentTeamUUID"] = parent_team_uuid
        if organization_uuid is not UNSET:
            field_dict["organizationUUID"] = organization_uuid
        if children is not UNSET:
            field_dict["children"] = children

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.slack_connection import SlackConnection  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_uuid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        uuid = _parse_uuid(d.pop("uuid", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_phrases(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                phrases_type_0 = cast(list[str], data)

                return phrases_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        phrases = _parse_phrases(d.pop("phrases", UNSET))

        def _parse_slack_connection(data: object) -> None | SlackConnection | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                slack_connection_type_0 = SlackConnection.from_dict(data)

                return slack_connection_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SlackConnection | Unset, data)

        slack_connection = _parse_slack_connection(d.pop("slackConnection", UNSET))

        def _parse_domain(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        domain = _parse_domain(d.pop("domain", UNSET))

        def _parse_organizer_join_internal_meetings(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        organizer_join_internal_meetings = _parse_organizer_join_internal_meetings(
            d.pop("organizerJoinInternalMeetings", UNSET)
        )

        def _parse_consent_email_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        consent_email_enabled = _parse_consent_email_enabled(d.pop("consentEmailEnabled", UNSET))

        def _parse_parent_team_uuid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        parent_team_uuid = _parse_parent_team_uuid(d.pop("parentTeamUUID", UNSET))

        def _parse_organization_uuid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        organization_uuid = _parse_organization_uuid(d.pop("organizationUUID", UNSET))

        def _parse_children(data: object) -> list[Team] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                children_type_0 = []
                _children_type_0 = data
                for children_type_0_item_data in _children_type_0:
                    children_type_0_item = Team.from_dict(children_type_0_item_data)

                    children_type_0.append(children_type_0_item)

                return children_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Team] | None | Unset, data)

        children = _parse_children(d.pop("children", UNSET))

        team = cls(
            uuid=uuid,
            name=name,
            phrases=phrases,
            slack_connection=slack_connection,
            domain=domain,
            organizer_join_internal_meetings=organizer_join_internal_meetings,
            consent_email_enabled=consent_email_enabled,
            parent_team_uuid=parent_team_uuid,
            organization_uuid=organization_uuid,
            children=children,
        )

        team.additional_properties = d
        return team

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
