from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import (
    Unparsed,
    is_object_list,
    is_str_list,
    make_lazy,
    mismatch,
    mismatched_fields,
    short_repr,
)

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
    """A team of users. Teams nest: `children` holds sub-teams.

    Example:
        {'uuid': 'fe515723-fe2e-4959-a5fa-c4d3937fe7e4', 'name': 'Engineering', 'phrases': ['engineering', 'tech',
            'development'], 'slackConnection': {'id': 'T1234567890', 'info': {'id': 'T1234567890', 'name': 'Attention
            Tech'}}, 'domain': 'attention.tech', 'organizerJoinInternalMeetings': True, 'consentEmailEnabled': True,
            'parentTeamUUID': '2ccf9bde-68e3-4de4-bc4e-51b927336665', 'organizationUUID':
            '16b78cec-82ef-46d2-8213-5d3bb7d2571c', 'children': [{}]}

    """

    uuid: str | None = None
    """ The team's UUID. """
    name: str | None = None
    """ The team's name. """
    phrases: list[str] | None = None
    """ Phrases that identify the team's conversations. """
    slack_connection: SlackConnection | None = None
    """ The Slack workspace connected to the team. """
    domain: str | None = None
    """ The team's email domain. """
    organizer_join_internal_meetings: bool | None = None
    """ Whether the bot joins internal meetings organised by the team. """
    consent_email_enabled: bool | None = None
    """ Whether recording-consent emails are sent. """
    parent_team_uuid: str | None = None
    """ The UUID of the parent team. """
    organization_uuid: str | None = None
    """ The UUID of the organisation. """
    children: list[Team] | None = None
    """ The team's sub-teams. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received_null: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)
    _mismatched: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        _slots: Any = self
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self._mismatched:
            field_dict.update(self._mismatched)

        uuid = self.uuid
        if uuid is not None or "uuid" in self._received_null:
            field_dict["uuid"] = uuid

        name = self.name
        if name is not None or "name" in self._received_null:
            field_dict["name"] = name

        phrases = self.phrases
        if phrases is not None or "phrases" in self._received_null:
            field_dict["phrases"] = phrases

        slack_connection = _slots._slack_connection_slot
        if type(slack_connection) is Unparsed:
            field_dict["slackConnection"] = slack_connection.json  # never read: as it came
        else:
            if slack_connection is not None:
                field_dict["slackConnection"] = slack_connection.to_dict()
            elif "slackConnection" in self._received_null:
                field_dict["slackConnection"] = None

        domain = self.domain
        if domain is not None or "domain" in self._received_null:
            field_dict["domain"] = domain

        organizer_join_internal_meetings = self.organizer_join_internal_meetings
        if organizer_join_internal_meetings is not None or "organizerJoinInternalMeetings" in self._received_null:
            field_dict["organizerJoinInternalMeetings"] = organizer_join_internal_meetings

        consent_email_enabled = self.consent_email_enabled
        if consent_email_enabled is not None or "consentEmailEnabled" in self._received_null:
            field_dict["consentEmailEnabled"] = consent_email_enabled

        parent_team_uuid = self.parent_team_uuid
        if parent_team_uuid is not None or "parentTeamUUID" in self._received_null:
            field_dict["parentTeamUUID"] = parent_team_uuid

        organization_uuid = self.organization_uuid
        if organization_uuid is not None or "organizationUUID" in self._received_null:
            field_dict["organizationUUID"] = organization_uuid

        children = _slots._children_slot
        if type(children) is Unparsed:
            field_dict["children"] = children.json  # never read: as it came
        else:
            if children is not None:
                field_dict["children"] = [item.to_dict() for item in children]
            elif "children" in self._received_null:
                field_dict["children"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _nones = 0  # optional fields that are None: left out or null
        _mismatched: dict[str, Any] | None = None  # values of no declared shape
        uuid = src_dict.get("uuid")
        if uuid.__class__ is not str:
            if uuid is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "uuid", uuid)
                uuid = None

        name = src_dict.get("name")
        if name.__class__ is not str:
            if name is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "name", name)
                name = None

        phrases = src_dict.get("phrases")
        if phrases.__class__ is not list or not is_str_list(phrases):
            if phrases is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "phrases", phrases)
                phrases = None

        slack_connection: Any = src_dict.get("slackConnection")
        if slack_connection.__class__ is dict:
            slack_connection = Unparsed(slack_connection)  # parsed on first read
        elif slack_connection is None:
            _nones += 1
        else:
            _mismatched = mismatch(_mismatched, "slackConnection", slack_connection)
            slack_connection = None

        domain = src_dict.get("domain")
        if domain.__class__ is not str:
            if domain is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "domain", domain)
                domain = None

        organizer_join_internal_meetings = src_dict.get("organizerJoinInternalMeetings")
        if organizer_join_internal_meetings.__class__ is not bool:
            if organizer_join_internal_meetings is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "organizerJoinInternalMeetings", organizer_join_internal_meetings)
                organizer_join_internal_meetings = None

        consent_email_enabled = src_dict.get("consentEmailEnabled")
        if consent_email_enabled.__class__ is not bool:
            if consent_email_enabled is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "consentEmailEnabled", consent_email_enabled)
                consent_email_enabled = None

        parent_team_uuid = src_dict.get("parentTeamUUID")
        if parent_team_uuid.__class__ is not str:
            if parent_team_uuid is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "parentTeamUUID", parent_team_uuid)
                parent_team_uuid = None

        organization_uuid = src_dict.get("organizationUUID")
        if organization_uuid.__class__ is not str:
            if organization_uuid is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "organizationUUID", organization_uuid)
                organization_uuid = None

        children: Any = src_dict.get("children")
        if is_object_list(children):
            children = Unparsed(children)  # parsed on first read
        elif children is None:
            _nones += 1
        else:
            _mismatched = mismatch(_mismatched, "children", children)
            children = None

        _instance = cls.__new__(cls)
        _slots: Any = _instance
        _instance.uuid = uuid
        _instance.name = name
        _instance.phrases = phrases
        _slots._slack_connection_slot = slack_connection
        _instance.domain = domain
        _instance.organizer_join_internal_meetings = organizer_join_internal_meetings
        _instance.consent_email_enabled = consent_email_enabled
        _instance.parent_team_uuid = parent_team_uuid
        _instance.organization_uuid = organization_uuid
        _slots._children_slot = children
        _as_declared = len(src_dict) + _nones == 10
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


def _parse_slack_connection(value: Any) -> Any:
    return _models.SlackConnection.from_dict(value)


def _read_slack_connection(self: Any) -> Any:
    value = self._slack_connection_slot
    if type(value) is Unparsed:
        unparsed, value = value, _parse_slack_connection(value.json)
        if self._slack_connection_slot is unparsed:  # else another thread's read came first
            self._slack_connection_slot = value
        else:
            value = self._slack_connection_slot
    return value


make_lazy(Team, "slack_connection", _read_slack_connection, _parse_slack_connection)


def _parse_children(value: Any) -> Any:
    return list(map(_models.Team.from_dict, value))


def _read_children(self: Any) -> Any:
    value = self._children_slot
    if type(value) is Unparsed:
        unparsed, value = value, _parse_children(value.json)
        if self._children_slot is unparsed:  # else another thread's read came first
            self._children_slot = value
        else:
            value = self._children_slot
    return value


make_lazy(Team, "children", _read_children, _parse_children)
