from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_datetime

if TYPE_CHECKING:
    from ..models.role import Role
    from ..models.team import Team
    from ..models.user_settings import UserSettings


T = TypeVar("T", bound="User")


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
        from ..models.user_settings import UserSettings  # noqa: PLC0415

        uuid: None | str | Unset
        if isinstance(self.uuid, Unset):
            uuid = UNSET
        else:
            uuid = self.uuid

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        first_name: None | str | Unset
        if isinstance(self.first_name, Unset):
            first_name = UNSET
        else:
            first_name = self.first_name

        last_name: None | str | Unset
        if isinstance(self.last_name, Unset):
            last_name = UNSET
        else:
            last_name = self.last_name

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        deleted_at: None | str | Unset
        if isinstance(self.deleted_at, Unset):
            deleted_at = UNSET
        elif isinstance(self.deleted_at, datetime.datetime):
            deleted_at = self.deleted_at.isoformat()
        else:
            deleted_at = self.deleted_at

        transcript_lang: None | str | Unset
        if isinstance(self.transcript_lang, Unset):
            transcript_lang = UNSET
        else:
            transcript_lang = self.transcript_lang

        join_outside_host_meetings: bool | None | Unset
        if isinstance(self.join_outside_host_meetings, Unset):
            join_outside_host_meetings = UNSET
        else:
            join_outside_host_meetings = self.join_outside_host_meetings

        real_time_capabilities: bool | None | Unset
        if isinstance(self.real_time_capabilities, Unset):
            real_time_capabilities = UNSET
        else:
            real_time_capabilities = self.real_time_capabilities

        settings: dict[str, Any] | None | Unset
        if isinstance(self.settings, Unset):
            settings = UNSET
        elif isinstance(self.settings, UserSettings):
            settings = self.settings.to_dict()
        else:
            settings = self.settings

        bot_name: None | str | Unset
        if isinstance(self.bot_name, Unset):
            bot_name = UNSET
        else:
            bot_name = self.bot_name

        bot_image_url: None | str | Unset
        if isinstance(self.bot_image_url, Unset):
            bot_image_url = UNSET
        else:
            bot_image_url = self.bot_image_url

        primary_team_uuid: None | str | Unset
        if isinstance(self.primary_team_uuid, Unset):
            primary_team_uuid = UNSET
        else:
            primary_team_uuid = self.primary_team_uuid

        organization_role_uuid: None | str | Unset
        if isinstance(self.organization_role_uuid, Unset):
            organization_role_uuid = UNSET
        else:
            organization_role_uuid = self.organization_role_uuid

        roles: list[dict[str, Any]] | None | Unset
        if isinstance(self.roles, Unset):
            roles = UNSET
        elif isinstance(self.roles, list):
            roles = []
            for roles_type_0_item_data in self.roles:
                roles_type_0_item = roles_type_0_item_data.to_dict()
                roles.append(roles_type_0_item)

        else:
            roles = self.roles

        show_referral_screen: bool | None | Unset
        if isinstance(self.show_referral_screen, Unset):
            show_referral_screen = UNSET
        else:
            show_referral_screen = self.show_referral_screen

        seat_type: None | str | Unset
        if isinstance(self.seat_type, Unset):
            seat_type = UNSET
        else:
            seat_type = self.seat_type

        teams: list[dict[str, Any]] | None | Unset
        if isinstance(self.teams, Unset):
            teams = UNSET
        elif isinstance(self.teams, list):
            teams = []
            for teams_type_0_item_data in self.teams:
                teams_type_0_item = teams_type_0_item_data.to_dict()
                teams.append(teams_type_0_item)

        else:
            teams = self.teams

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if email is not UNSET:
            field_dict["email"] = email
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if deleted_at is not UNSET:
            field_dict["deletedAt"] = deleted_at
        if transcript_lang is not UNSET:
            field_dict["transcriptLang"] = transcript_lang
        if join_outside_host_meetings is not UNSET:
            field_dict["joinOutsideHostMeetings"] = join_outside_host_meetings
        if real_time_capabilities is not UNSET:
            field_dict["realTimeCapabilities"] = real_time_capabilities
        if settings is not UNSET:
            field_dict["settings"] = settings
        if bot_name is not UNSET:
            field_dict["botName"] = bot_name
        if bot_image_url is not UNSET:
            field_dict["botImageURL"] = bot_image_url
        if primary_team_uuid is not UNSET:
            field_dict["primaryTeamUUID"] = primary_team_uuid
        if organization_role_uuid is not UNSET:
            field_dict["organizationRoleUUID"] = organization_role_uuid
        if roles is not UNSET:
            field_dict["roles"] = roles
        if show_referral_screen is not UNSET:
            field_dict["showReferralScreen"] = show_referral_screen
        if seat_type is not UNSET:
            field_dict["seatType"] = seat_type
        if teams is not UNSET:
            field_dict["teams"] = teams

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.role import Role  # noqa: PLC0415
        from ..models.team import Team  # noqa: PLC0415
        from ..models.user_settings import UserSettings  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_uuid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        uuid = _parse_uuid(d.pop("uuid", UNSET))

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        def _parse_first_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        first_name = _parse_first_name(d.pop("firstName", UNSET))

        def _parse_last_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_name = _parse_last_name(d.pop("lastName", UNSET))

        def _parse_created_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_at_type_0 = parse_datetime(data)

                return created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        created_at = _parse_created_at(d.pop("createdAt", UNSET))

        def _parse_deleted_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                deleted_at_type_0 = parse_datetime(data)

                return deleted_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        deleted_at = _parse_deleted_at(d.pop("deletedAt", UNSET))

        def _parse_transcript_lang(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        transcript_lang = _parse_transcript_lang(d.pop("transcriptLang", UNSET))

        def _parse_join_outside_host_meetings(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        join_outside_host_meetings = _parse_join_outside_host_meetings(d.pop("joinOutsideHostMeetings", UNSET))

        def _parse_real_time_capabilities(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        real_time_capabilities = _parse_real_time_capabilities(d.pop("realTimeCapabilities", UNSET))

        def _parse_settings(data: object) -> None | Unset | UserSettings:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                settings_type_0 = UserSettings.from_dict(data)

                return settings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UserSettings, data)

        settings = _parse_settings(d.pop("settings", UNSET))

        def _parse_bot_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        bot_name = _parse_bot_name(d.pop("botName", UNSET))

        def _parse_bot_image_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        bot_image_url = _parse_bot_image_url(d.pop("botImageURL", UNSET))

        def _parse_primary_team_uuid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        primary_team_uuid = _parse_primary_team_uuid(d.pop("primaryTeamUUID", UNSET))

        def _parse_organization_role_uuid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        organization_role_uuid = _parse_organization_role_uuid(d.pop("organizationRoleUUID", UNSET))

        def _parse_roles(data: object) -> list[Role] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                roles_type_0 = []
                _roles_type_0 = data
                for roles_type_0_item_data in _roles_type_0:
                    roles_type_0_item = Role.from_dict(roles_type_0_item_data)

                    roles_type_0.append(roles_type_0_item)

                return roles_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Role] | None | Unset, data)

        roles = _parse_roles(d.pop("roles", UNSET))

        def _parse_show_referral_screen(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        show_referral_screen = _parse_show_referral_screen(d.pop("showReferralScreen", UNSET))

        def _parse_seat_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        seat_type = _parse_seat_type(d.pop("seatType", UNSET))

        def _parse_teams(data: object) -> list[Team] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                teams_type_0 = []
                _teams_type_0 = data
                for teams_type_0_item_data in _teams_type_0:
                    teams_type_0_item = Team.from_dict(teams_type_0_item_data)

                    teams_type_0.append(teams_type_0_item)

                return teams_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Team] | None | Unset, data)

        teams = _parse_teams(d.pop("teams", UNSET))

        user = cls(
            uuid=uuid,
            email=email,
            first_name=first_name,
            last_name=last_name,
            created_at=created_at,
            deleted_at=deleted_at,
            transcript_lang=transcript_lang,
            join_outside_host_meetings=join_outside_host_meetings,
            real_time_capabilities=real_time_capabilities,
            settings=settings,
            bot_name=bot_name,
            bot_image_url=bot_image_url,
            primary_team_uuid=primary_team_uuid,
            organization_role_uuid=organization_role_uuid,
            roles=roles,
            show_referral_screen=show_referral_screen,
            seat_type=seat_type,
            teams=teams,
        )

        user.additional_properties = d
        return user

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
