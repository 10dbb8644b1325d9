from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset, parse_datetime

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
    """An Attention user."""

    uuid: None | str | Unset = UNSET
    """ The user's UUID. """
    email: None | str | Unset = UNSET
    """ The user's email address. """
    first_name: None | str | Unset = UNSET
    """ The user's first name. """
    last_name: None | str | Unset = UNSET
    """ The user's last name. """
    created_at: datetime.datetime | None | Unset = UNSET
    """ When the user was created (newer docs only). """
    deleted_at: datetime.datetime | None | Unset = UNSET
    """ When the user was deleted; null for active users (newer docs only). """
    transcript_lang: None | str | Unset = UNSET
    """ The user's transcription language, as a language tag such as `en-US`. """
    join_outside_host_meetings: bool | None | Unset = UNSET
    """ Whether the bot joins meetings hosted outside the organisation. """
    real_time_capabilities: bool | None | Unset = UNSET
    """ Whether real-time features are on for the user. """
    settings: None | Unset | UserSettings = UNSET
    """ The user's preferences. """
    bot_name: None | str | Unset = UNSET
    """ The name the user's recording bot joins with. """
    bot_image_url: None | str | Unset = UNSET
    """ The image the user's recording bot shows. """
    primary_team_uuid: None | str | Unset = UNSET
    """ The UUID of the user's primary team. """
    organization_role_uuid: None | str | Unset = UNSET
    """ The UUID of the user's role in the organisation. """
    roles: list[Role] | None | Unset = UNSET
    """ The user's roles. """
    show_referral_screen: bool | None | Unset = UNSET
    """ Whether the app shows the user the referral screen. """
    seat_type: None | str | Unset = UNSET
    """ The user's licence seat; open string (example `admin`). """
    teams: list[Team] | None | Unset = UNSET
    """ The teams the user belongs to. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        uuid = self.uuid
        if uuid is not UNSET:
            field_dict["uuid"] = uuid

        email = self.email
        if email is not UNSET:
            field_dict["email"] = email

        first_name = self.first_name
        if first_name is not UNSET:
            field_dict["firstName"] = first_name

        last_name = self.last_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name

        created_at = self.created_at
        if created_at is not UNSET:
            field_dict["createdAt"] = (
                created_at.isoformat() if isinstance(created_at, datetime.datetime) else created_at
            )

        deleted_at = self.deleted_at
        if deleted_at is not UNSET:
            field_dict["deletedAt"] = (
                deleted_at.isoformat() if isinstance(deleted_at, datetime.datetime) else deleted_at
            )

        transcript_lang = self.transcript_lang
        if transcript_lang is not UNSET:
            field_dict["transcriptLang"] = transcript_lang

        join_outside_host_meetings = self.join_outside_host_meetings
        if join_outside_host_meetings is not UNSET:
            field_dict["joinOutsideHostMeetings"] = join_outside_host_meetings

        real_time_capabilities = self.real_time_capabilities
        if real_time_capabilities is not UNSET:
            field_dict["realTimeCapabilities"] = real_time_capabilities

        settings = self.settings
        if settings is not UNSET:
            field_dict["settings"] = settings.to_dict() if isinstance(settings, _models.UserSettings) else settings

        bot_name = self.bot_name
        if bot_name is not UNSET:
            field_dict["botName"] = bot_name

        bot_image_url = self.bot_image_url
        if bot_image_url is not UNSET:
            field_dict["botImageURL"] = bot_image_url

        primary_team_uuid = self.primary_team_uuid
        if primary_team_uuid is not UNSET:
            field_dict["primaryTeamUUID"] = primary_team_uuid

        organization_role_uuid = self.organization_role_uuid
        if organization_role_uuid is not UNSET:
            field_dict["organizationRoleUUID"] = organization_role_uuid

        roles = self.roles
        if roles is not UNSET:
            field_dict["roles"] = roles
            if isinstance(roles, list):
                try:
                    field_dict["roles"] = [item.to_dict() for item in roles]
                except AttributeError:
                    pass  # a list that from_dict kept as it came

        show_referral_screen = self.show_referral_screen
        if show_referral_screen is not UNSET:
            field_dict["showReferralScreen"] = show_referral_screen

        seat_type = self.seat_type
        if seat_type is not UNSET:
            field_dict["seatType"] = seat_type

        teams = self.teams
        if teams is not UNSET:
            field_dict["teams"] = teams
            if isinstance(teams, list):
                try:
                    field_dict["teams"] = [item.to_dict() for item in teams]
                except AttributeError:
                    pass  # a list that from_dict kept as it came

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        uuid = src_dict.get("uuid", UNSET)

        email = src_dict.get("email", UNSET)

        first_name = src_dict.get("firstName", UNSET)

        last_name = src_dict.get("lastName", UNSET)

        created_at = src_dict.get("createdAt", UNSET)
        if isinstance(created_at, str):
            try:
                created_at = parse_datetime(created_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # kept as it came, like upstream's union parsing

        deleted_at = src_dict.get("deletedAt", UNSET)
        if isinstance(deleted_at, str):
            try:
                deleted_at = parse_datetime(deleted_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # kept as it came, like upstream's union parsing

        transcript_lang = src_dict.get("transcriptLang", UNSET)

        join_outside_host_meetings = src_dict.get("joinOutsideHostMeetings", UNSET)

        real_time_capabilities = src_dict.get("realTimeCapabilities", UNSET)

        settings = src_dict.get("settings", UNSET)
        if isinstance(settings, dict):
            try:
                settings = _models.UserSettings.from_dict(settings)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # kept as it came, like upstream's union parsing

        bot_name = src_dict.get("botName", UNSET)

        bot_image_url = src_dict.get("botImageURL", UNSET)

        primary_team_uuid = src_dict.get("primaryTeamUUID", UNSET)

        organization_role_uuid = src_dict.get("organizationRoleUUID", UNSET)

        roles = src_dict.get("roles", UNSET)
        if isinstance(roles, list):
            try:
                roles = list(map(_models.Role.from_dict, roles))
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # kept as it came, like upstream's union parsing

        show_referral_screen = src_dict.get("showReferralScreen", UNSET)

        seat_type = src_dict.get("seatType", UNSET)

        teams = src_dict.get("teams", UNSET)
        if isinstance(teams, list):
            try:
                teams = list(map(_models.Team.from_dict, teams))
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # kept as it came, like upstream's union parsing

        _instance = cls.__new__(cls)
        _instance.uuid = uuid
        _instance.email = email
        _instance.first_name = first_name
        _instance.last_name = last_name
        _instance.created_at = created_at
        _instance.deleted_at = deleted_at
        _instance.transcript_lang = transcript_lang
        _instance.join_outside_host_meetings = join_outside_host_meetings
        _instance.real_time_capabilities = real_time_capabilities
        _instance.settings = settings
        _instance.bot_name = bot_name
        _instance.bot_image_url = bot_image_url
        _instance.primary_team_uuid = primary_team_uuid
        _instance.organization_role_uuid = organization_role_uuid
        _instance.roles = roles
        _instance.show_referral_screen = show_referral_screen
        _instance.seat_type = seat_type
        _instance.teams = teams

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
