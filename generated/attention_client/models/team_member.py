from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import (
    Unparsed,
    make_lazy,
    mismatch,
    mismatched_fields,
    short_repr,
)

if TYPE_CHECKING:
    from ..models.team import Team
    from ..models.user import User


T = TypeVar("T", bound="TeamMember")

_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "userUUID",
        "teamUUID",
        "user",
        "team",
    )
)


@_attrs_define
class TeamMember:
    """One member of a team, with the user and the team.

    Example:
        {'userUUID': 'c74eb7bc-7b0e-45e2-843a-67305bfc4dce', 'teamUUID': 'fe515723-fe2e-4959-a5fa-c4d3937fe7e4', 'user':
            {'uuid': '123e4567-e89b-12d3-a456-426614174000', 'email': 'user@example.com', 'firstName': 'John', 'lastName':
            'Doe', 'transcriptLang': 'en-US', 'joinOutsideHostMeetings': True, 'realTimeCapabilities': False, 'settings':
            {'realTimeCapabilitiesOFF': True, 'autoCalculateCRMFields': True, 'joinWhenIAmHostAndAlone': True,
            'joinWhenIAmHostWithPeers': True, 'joinWhenPeerIsHost': True, 'joinWhenUnlicensedPeerIsHost': True,
            'dealsEnabled': True}, 'botName': 'MyBot', 'botImageURL': 'https://example.com/bot.png', 'primaryTeamUUID':
            'primary-team-uuid-12345', 'organizationRoleUUID': 'org-role-uuid-56789', 'roles': [{'uuid':
            '84e67f54-5157-442b-a2b3-8b9c728b2fef', 'name': 'Admin', 'type': 'ADMIN'}], 'showReferralScreen': False,
            'seatType': 'admin', 'teams': [{'uuid': 'fe515723-fe2e-4959-a5fa-c4d3937fe7e4', 'name': 'Engineering',
            'phrases': ['engineering', 'tech', 'development'], 'slackConnection': {'id': 'T1234567890', 'info': {'id':
            'T1234567890', 'name': 'Attention Tech'}}, 'domain': 'attention.tech', 'organizerJoinInternalMeetings': True,
            'consentEmailEnabled': True, 'parentTeamUUID': '2ccf9bde-68e3-4de4-bc4e-51b927336665', 'organizationUUID':
            '16b78cec-82ef-46d2-8213-5d3bb7d2571c', 'children': [{}]}]}, 'team': {'uuid':
            'fe515723-fe2e-4959-a5fa-c4d3937fe7e4', 'name': 'Engineering', 'phrases': ['engineering', 'tech',
            'development'], 'slackConnection': {'id': 'T1234567890', 'info': {'id': 'T1234567890', 'name': 'Attention
            Tech'}}, 'domain': 'attention.tech', 'organizerJoinInternalMeetings': True, 'consentEmailEnabled': True,
            'parentTeamUUID': '2ccf9bde-68e3-4de4-bc4e-51b927336665', 'organizationUUID':
            '16b78cec-82ef-46d2-8213-5d3bb7d2571c', 'children': [{}]}}

    """

    user_uuid: str | None = None
    """ The member's UUID, as in `User.uuid`. """
    team_uuid: str | None = None
    """ The team's UUID, as in `Team.uuid`. """
    user: User | None = None
    """ The member. """
    team: Team | None = None
    """ The team. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received_null: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)
    _mismatched: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        _slots: Any = self
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self._mismatched:
            field_dict.update(self._mismatched)

        user_uuid = self.user_uuid
        if user_uuid is not None or "userUUID" in self._received_null:
            field_dict["userUUID"] = user_uuid

        team_uuid = self.team_uuid
        if team_uuid is not None or "teamUUID" in self._received_null:
            field_dict["teamUUID"] = team_uuid

        user = _slots._user_slot
        if type(user) is Unparsed:
            field_dict["user"] = user.json  # never read: as it came
        else:
            if user is not None:
                field_dict["user"] = user.to_dict()
            elif "user" in self._received_null:
                field_dict["user"] = None

        team = _slots._team_slot
        if type(team) is Unparsed:
            field_dict["team"] = team.json  # never read: as it came
        else:
            if team is not None:
                field_dict["team"] = team.to_dict()
            elif "team" in self._received_null:
                field_dict["team"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _nones = 0  # optional fields that are None: left out or null
        _mismatched: dict[str, Any] | None = None  # values of no declared shape
        user_uuid = src_dict.get("userUUID")
        if user_uuid.__class__ is not str:
            if user_uuid is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "userUUID", user_uuid)
                user_uuid = None

        team_uuid = src_dict.get("teamUUID")
        if team_uuid.__class__ is not str:
            if team_uuid is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "teamUUID", team_uuid)
                team_uuid = None

        user: Any = src_dict.get("user")
        if user.__class__ is dict:
            user = Unparsed(user)  # parsed on first read
        elif user is None:
            _nones += 1
        else:
            _mismatched = mismatch(_mismatched, "user", user)
            user = None

        team: Any = src_dict.get("team")
        if team.__class__ is dict:
            team = Unparsed(team)  # parsed on first read
        elif team is None:
            _nones += 1
        else:
            _mismatched = mismatch(_mismatched, "team", team)
            team = None

        _instance = cls.__new__(cls)
        _slots: Any = _instance
        _instance.user_uuid = user_uuid
        _instance.team_uuid = team_uuid
        _slots._user_slot = user
        _slots._team_slot = team
        _as_declared = len(src_dict) + _nones == 4
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


def _parse_user(value: Any) -> Any:
    return _models.User.from_dict(value)


def _read_user(self: Any) -> Any:
    value = self._user_slot
    if type(value) is Unparsed:
        unparsed, value = value, _parse_user(value.json)
        if self._user_slot is unparsed:  # else another thread's read came first
            self._user_slot = value
        else:
            value = self._user_slot
    return value


make_lazy(TeamMember, "user", _read_user, _parse_user)


def _parse_team(value: Any) -> Any:
    return _models.Team.from_dict(value)


def _read_team(self: Any) -> Any:
    value = self._team_slot
    if type(value) is Unparsed:
        unparsed, value = value, _parse_team(value.json)
        if self._team_slot is unparsed:  # else another thread's read came first
            self._team_slot = value
        else:
            value = self._team_slot
    return value


make_lazy(TeamMember, "team", _read_team, _parse_team)
