from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import (
    Unparsed,
    is_object_list,
    make_lazy,
    mismatch,
    mismatched_fields,
    parse_datetime,
    short_repr,
)

if TYPE_CHECKING:
    from ..models.role import Role
    from ..models.team import Team
    from ..models.user_settings import UserSettings


T = TypeVar("T", bound="User")

_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "uuid",
        "email",
        "firstName",
        "lastName",
        "createdAt",
        "deletedAt",
        "transcriptLang",
        "joinOutsideHostMeetings",
        "realTimeCapabilities",
        "settings",
        "botName",
        "botImageURL",
        "primaryTeamUUID",
        "organizationRoleUUID",
        "roles",
        "showReferralScreen",
        "seatType",
        "teams",
    )
)


@_attrs_define
class User:
    """An Attention user.

    Example:
        {'botName': "Karen's Notetaker", 'email': 'karen@attention.tech', 'firstName': 'Karen', 'lastName': 'Doe',
            'primaryTeamUUID': '4b56088c-110d-486b-b4f9-f1d6eb1927cf', 'roles': [{'name': 'Admin', 'type': 'ADMIN', 'uuid':
            '84e67f54-5157-442b-a2b3-8b9c728b2fef'}, {'name': 'Sales Representative', 'type': 'SALES_REP', 'uuid':
            'e28b72c8-a4f4-446c-92d9-2483acab3c71'}], 'settings': {'joinWhenIAmHostAndAlone': True,
            'joinWhenIAmHostWithPeers': True, 'realTimeCapabilitiesOFF': True}, 'teams': [{'children': [], 'domain':
            'attention.tech', 'name': 'teamA5', 'organizationUUID': '16b78cec-82ef-46d2-8213-5d3bb7d2571c',
            'parentTeamUUID': '38dd31c6-8fc3-45ed-acc0-86567f13d296', 'uuid': '4b56088c-110d-486b-b4f9-f1d6eb1927cf'},
            {'children': [], 'domain': 'attention.tech', 'name': 'A3', 'organizationUUID':
            '16b78cec-82ef-46d2-8213-5d3bb7d2571c', 'parentTeamUUID': '2ccf9bde-68e3-4de4-bc4e-51b927336665', 'uuid':
            'd350b24c-70bc-424e-9ae6-06afdba616fc'}, {'children': [], 'domain': 'Wrapbook.com', 'name': 'de wrapbook',
            'organizationUUID': '43c2c551-279c-4a2a-a84f-b43f06328e8b', 'uuid': '24c426ca-9a14-4c84-8225-5a02e253f505'}],
            'transcriptLang': 'en', 'uuid': 'ccef8743-8f86-416b-9c62-a7eaa026f31d'}

    """

    uuid: str | None = None
    """ The user's UUID. """
    email: str | None = None
    """ The user's email address. """
    first_name: str | None = None
    """ The user's first name. """
    last_name: str | None = None
    """ The user's last name. """
    created_at: datetime.datetime | None = None
    """ When the user was created.
     """
    deleted_at: datetime.datetime | None = None
    """ When the user was deleted; null for active users.
     """
    transcript_lang: str | None = None
    """ The user's transcription language, as a language tag such as `en-US`. """
    join_outside_host_meetings: bool | None = None
    """ Whether the bot joins meetings hosted outside the organisation. """
    real_time_capabilities: bool | None = None
    """ Whether real-time features are on for the user. """
    settings: UserSettings | None = None
    """ The user's preferences. """
    bot_name: str | None = None
    """ The name the user's recording bot joins with. """
    bot_image_url: str | None = None
    """ The image the user's recording bot shows. """
    primary_team_uuid: str | None = None
    """ The UUID of the user's primary team. """
    organization_role_uuid: str | None = None
    """ The UUID of the user's role in the organisation. """
    roles: list[Role] | None = None
    """ The user's roles. """
    show_referral_screen: bool | None = None
    """ Whether the app shows the user the referral screen. """
    seat_type: str | None = None
    """ The user's licence seat; open string (example `admin`). """
    teams: list[Team] | None = None
    """ The teams the user belongs to. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received_null: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)
    _mismatched: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    _created_at_text: str | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    _created_at_parsed: datetime.datetime | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    _deleted_at_text: str | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    _deleted_at_parsed: datetime.datetime | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        _slots: Any = self
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self._mismatched:
            field_dict.update(self._mismatched)

        uuid = self.uuid
        if uuid is not None or "uuid" in self._received_null:
            field_dict["uuid"] = uuid

        email = self.email
        if email is not None or "email" in self._received_null:
            field_dict["email"] = email

        first_name = self.first_name
        if first_name is not None or "firstName" in self._received_null:
            field_dict["firstName"] = first_name

        last_name = self.last_name
        if last_name is not None or "lastName" in self._received_null:
            field_dict["lastName"] = last_name

        created_at = self.created_at
        if created_at is not None:
            if created_at is self._created_at_parsed:
                field_dict["createdAt"] = self._created_at_text
            else:
                field_dict["createdAt"] = created_at.isoformat()
        elif "createdAt" in self._received_null:
            field_dict["createdAt"] = None

        deleted_at = self.deleted_at
        if deleted_at is not None:
            if deleted_at is self._deleted_at_parsed:
                field_dict["deletedAt"] = self._deleted_at_text
            else:
                field_dict["deletedAt"] = deleted_at.isoformat()
        elif "deletedAt" in self._received_null:
            field_dict["deletedAt"] = None

        transcript_lang = self.transcript_lang
        if transcript_lang is not None or "transcriptLang" in self._received_null:
            field_dict["transcriptLang"] = transcript_lang

        join_outside_host_meetings = self.join_outside_host_meetings
        if join_outside_host_meetings is not None or "joinOutsideHostMeetings" in self._received_null:
            field_dict["joinOutsideHostMeetings"] = join_outside_host_meetings

        real_time_capabilities = self.real_time_capabilities
        if real_time_capabilities is not None or "realTimeCapabilities" in self._received_null:
            field_dict["realTimeCapabilities"] = real_time_capabilities

        settings = _slots._settings_slot
        if type(settings) is Unparsed:
            field_dict["settings"] = settings.json  # never read: as it came
        else:
            if settings is not None:
                field_dict["settings"] = settings.to_dict()
            elif "settings" in self._received_null:
                field_dict["settings"] = None

        bot_name = self.bot_name
        if bot_name is not None or "botName" in self._received_null:
            field_dict["botName"] = bot_name

        bot_image_url = self.bot_image_url
        if bot_image_url is not None or "botImageURL" in self._received_null:
            field_dict["botImageURL"] = bot_image_url

        primary_team_uuid = self.primary_team_uuid
        if primary_team_uuid is not None or "primaryTeamUUID" in self._received_null:
            field_dict["primaryTeamUUID"] = primary_team_uuid

        organization_role_uuid = self.organization_role_uuid
        if organization_role_uuid is not None or "organizationRoleUUID" in self._received_null:
            field_dict["organizationRoleUUID"] = organization_role_uuid

        roles = _slots._roles_slot
        if type(roles) is Unparsed:
            field_dict["roles"] = roles.json  # never read: as it came
        else:
            if roles is not None:
                field_dict["roles"] = [item.to_dict() for item in roles]
            elif "roles" in self._received_null:
                field_dict["roles"] = None

        show_referral_screen = self.show_referral_screen
        if show_referral_screen is not None or "showReferralScreen" in self._received_null:
            field_dict["showReferralScreen"] = show_referral_screen

        seat_type = self.seat_type
        if seat_type is not None or "seatType" in self._received_null:
            field_dict["seatType"] = seat_type

        teams = _slots._teams_slot
        if type(teams) is Unparsed:
            field_dict["teams"] = teams.json  # never read: as it came
        else:
            if teams is not None:
                field_dict["teams"] = [item.to_dict() for item in teams]
            elif "teams" in self._received_null:
                field_dict["teams"] = None

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

        email = src_dict.get("email")
        if email.__class__ is not str:
            if email is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "email", email)
                email = None

        first_name = src_dict.get("firstName")
        if first_name.__class__ is not str:
            if first_name is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "firstName", first_name)
                first_name = None

        last_name = src_dict.get("lastName")
        if last_name.__class__ is not str:
            if last_name is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "lastName", last_name)
                last_name = None

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

        deleted_at: Any = src_dict.get("deletedAt")
        _deleted_at_text = None
        if deleted_at.__class__ is str:
            try:
                _deleted_at_text, deleted_at = deleted_at, parse_datetime(deleted_at)
            except ValueError:  # a date-time that does not parse (or a leap second, which Python has not)
                _mismatched = mismatch(_mismatched, "deletedAt", deleted_at)
                deleted_at = None
        elif deleted_at is None:
            _nones += 1
        else:
            _mismatched = mismatch(_mismatched, "deletedAt", deleted_at)
            deleted_at = None

        transcript_lang = src_dict.get("transcriptLang")
        if transcript_lang.__class__ is not str:
            if transcript_lang is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "transcriptLang", transcript_lang)
                transcript_lang = None

        join_outside_host_meetings = src_dict.get("joinOutsideHostMeetings")
        if join_outside_host_meetings.__class__ is not bool:
            if join_outside_host_meetings is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "joinOutsideHostMeetings", join_outside_host_meetings)
                join_outside_host_meetings = None

        real_time_capabilities = src_dict.get("realTimeCapabilities")
        if real_time_capabilities.__class__ is not bool:
            if real_time_capabilities is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "realTimeCapabilities", real_time_capabilities)
                real_time_capabilities = None

        settings: Any = src_dict.get("settings")
        if settings.__class__ is dict:
            settings = Unparsed(settings)  # parsed on first read
        elif settings is None:
            _nones += 1
        else:
            _mismatched = mismatch(_mismatched, "settings", settings)
            settings = None

        bot_name = src_dict.get("botName")
        if bot_name.__class__ is not str:
            if bot_name is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "botName", bot_name)
                bot_name = None

        bot_image_url = src_dict.get("botImageURL")
        if bot_image_url.__class__ is not str:
            if bot_image_url is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "botImageURL", bot_image_url)
                bot_image_url = None

        primary_team_uuid = src_dict.get("primaryTeamUUID")
        if primary_team_uuid.__class__ is not str:
            if primary_team_uuid is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "primaryTeamUUID", primary_team_uuid)
                primary_team_uuid = None

        organization_role_uuid = src_dict.get("organizationRoleUUID")
        if organization_role_uuid.__class__ is not str:
            if organization_role_uuid is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "organizationRoleUUID", organization_role_uuid)
                organization_role_uuid = None

        roles: Any = src_dict.get("roles")
        if is_object_list(roles):
            roles = Unparsed(roles)  # parsed on first read
        elif roles is None:
            _nones += 1
        else:
            _mismatched = mismatch(_mismatched, "roles", roles)
            roles = None

        show_referral_screen = src_dict.get("showReferralScreen")
        if show_referral_screen.__class__ is not bool:
            if show_referral_screen is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "showReferralScreen", show_referral_screen)
                show_referral_screen = None

        seat_type = src_dict.get("seatType")
        if seat_type.__class__ is not str:
            if seat_type is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "seatType", seat_type)
                seat_type = None

        teams: Any = src_dict.get("teams")
        if is_object_list(teams):
            teams = Unparsed(teams)  # parsed on first read
        elif teams is None:
            _nones += 1
        else:
            _mismatched = mismatch(_mismatched, "teams", teams)
            teams = None

        _instance = cls.__new__(cls)
        _slots: Any = _instance
        _instance.uuid = uuid
        _instance.email = email
        _instance.first_name = first_name
        _instance.last_name = last_name
        _instance.created_at = created_at
        _instance.deleted_at = deleted_at
        _instance.transcript_lang = transcript_lang
        _instance.join_outside_host_meetings = join_outside_host_meetings
        _instance.real_time_capabilities = real_time_capabilities
        _slots._settings_slot = settings
        _instance.bot_name = bot_name
        _instance.bot_image_url = bot_image_url
        _instance.primary_team_uuid = primary_team_uuid
        _instance.organization_role_uuid = organization_role_uuid
        _slots._roles_slot = roles
        _instance.show_referral_screen = show_referral_screen
        _instance.seat_type = seat_type
        _slots._teams_slot = teams
        _instance._created_at_text = _created_at_text
        _instance._created_at_parsed = created_at
        _instance._deleted_at_text = _deleted_at_text
        _instance._deleted_at_parsed = deleted_at
        _as_declared = len(src_dict) + _nones == 18
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


def _parse_settings(value: Any) -> Any:
    return _models.UserSettings.from_dict(value)


def _read_settings(self: Any) -> Any:
    value = self._settings_slot
    if type(value) is Unparsed:
        unparsed, value = value, _parse_settings(value.json)
        if self._settings_slot is unparsed:  # else another thread's read came first
            self._settings_slot = value
        else:
            value = self._settings_slot
    return value


make_lazy(User, "settings", _read_settings, _parse_settings)


def _parse_roles(value: Any) -> Any:
    return list(map(_models.Role.from_dict, value))


def _read_roles(self: Any) -> Any:
    value = self._roles_slot
    if type(value) is Unparsed:
        unparsed, value = value, _parse_roles(value.json)
        if self._roles_slot is unparsed:  # else another thread's read came first
            self._roles_slot = value
        else:
            value = self._roles_slot
    return value


make_lazy(User, "roles", _read_roles, _parse_roles)


def _parse_teams(value: Any) -> Any:
    return list(map(_models.Team.from_dict, value))


def _read_teams(self: Any) -> Any:
    value = self._teams_slot
    if type(value) is Unparsed:
        unparsed, value = value, _parse_teams(value.json)
        if self._teams_slot is unparsed:  # else another thread's read came first
            self._teams_slot = value
        else:
            value = self._teams_slot
    return value


make_lazy(User, "teams", _read_teams, _parse_teams)
