from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UserSettings")


@_attrs_define
class UserSettings:
    """A user's recording and feature preferences (seed)."""

    real_time_capabilities_off: bool | None | Unset = UNSET
    """ Whether the user turned real-time features off. """
    auto_calculate_crm_fields: bool | None | Unset = UNSET
    """ Whether CRM fields are filled in automatically after a call. """
    join_when_i_am_host_and_alone: bool | None | Unset = UNSET
    """ Whether the bot joins when the user hosts and is alone. """
    join_when_i_am_host_with_peers: bool | None | Unset = UNSET
    """ Whether the bot joins when the user hosts with colleagues. """
    join_when_peer_is_host: bool | None | Unset = UNSET
    """ Whether the bot joins when a colleague hosts. """
    join_when_unlicensed_peer_is_host: bool | None | Unset = UNSET
    """ Whether the bot joins when an unlicensed colleague hosts. """
    deals_enabled: bool | None | Unset = UNSET
    """ Whether deals are on for the user. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        real_time_capabilities_off: bool | None | Unset
        if isinstance(self.real_time_capabilities_off, Unset):
            real_time_capabilities_off = UNSET
        else:
            real_time_capabilities_off = self.real_time_capabilities_off

        auto_calculate_crm_fields: bool | None | Unset
        if isinstance(self.auto_calculate_crm_fields, Unset):
            auto_calculate_crm_fields = UNSET
        else:
            auto_calculate_crm_fields = self.auto_calculate_crm_fields

        join_when_i_am_host_and_alone: bool | None | Unset
        if isinstance(self.join_when_i_am_host_and_alone, Unset):
            join_when_i_am_host_and_alone = UNSET
        else:
            join_when_i_am_host_and_alone = self.join_when_i_am_host_and_alone

        join_when_i_am_host_with_peers: bool | None | Unset
        if isinstance(self.join_when_i_am_host_with_peers, Unset):
            join_when_i_am_host_with_peers = UNSET
        else:
            join_when_i_am_host_with_peers = self.join_when_i_am_host_with_peers

        join_when_peer_is_host: bool | None | Unset
        if isinstance(self.join_when_peer_is_host, Unset):
            join_when_peer_is_host = UNSET
        else:
            join_when_peer_is_host = self.join_when_peer_is_host

        join_when_unlicensed_peer_is_host: bool | None | Unset
        if isinstance(self.join_when_unlicensed_peer_is_host, Unset):
            join_when_unlicensed_peer_is_host = UNSET
        else:
            join_when_unlicensed_peer_is_host = self.join_when_unlicensed_peer_is_host

        deals_enabled: bool | None | Unset
        if isinstance(self.deals_enabled, Unset):
            deals_enabled = UNSET
        else:
            deals_enabled = self.deals_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if real_time_capabilities_off is not UNSET:
            field_dict["realTimeCapabilitiesOFF"] = real_time_capabilities_off
        if auto_calculate_crm_fields is not UNSET:
            field_dict["autoCalculateCRMFields"] = auto_calculate_crm_fields
        if join_when_i_am_host_and_alone is not UNSET:
            field_dict["joinWhenIAmHostAndAlone"] = join_when_i_am_host_and_alone
        if join_when_i_am_host_with_peers is not UNSET:
            field_dict["joinWhenIAmHostWithPeers"] = join_when_i_am_host_with_peers
        if join_when_peer_is_host is not UNSET:
            field_dict["joinWhenPeerIsHost"] = join_when_peer_is_host
        if join_when_unlicensed_peer_is_host is not UNSET:
            field_dict["joinWhenUnlicensedPeerIsHost"] = join_when_unlicensed_peer_is_host
        if deals_enabled is not UNSET:
            field_dict["dealsEnabled"] = deals_enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_real_time_capabilities_off(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        real_time_capabilities_off = _parse_real_time_capabilities_off(d.pop("realTimeCapabilitiesOFF", UNSET))

        def _parse_auto_calculate_crm_fields(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        auto_calculate_crm_fields = _parse_auto_calculate_crm_fields(d.pop("autoCalculateCRMFields", UNSET))

        def _parse_join_when_i_am_host_and_alone(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        join_when_i_am_host_and_alone = _parse_join_when_i_am_host_and_alone(d.pop("joinWhenIAmHostAndAlone", UNSET))

        def _parse_join_when_i_am_host_with_peers(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        join_when_i_am_host_with_peers = _parse_join_when_i_am_host_with_peers(d.pop("joinWhenIAmHostWithPeers", UNSET))

        def _parse_join_when_peer_is_host(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        join_when_peer_is_host = _parse_join_when_peer_is_host(d.pop("joinWhenPeerIsHost", UNSET))

        def _parse_join_when_unlicensed_peer_is_host(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        join_when_unlicensed_peer_is_host = _parse_join_when_unlicensed_peer_is_host(
            d.pop("joinWhenUnlicensedPeerIsHost", UNSET)
        )

        def _parse_deals_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        deals_enabled = _parse_deals_enabled(d.pop("dealsEnabled", UNSET))

        user_settings = cls(
            real_time_capabilities_off=real_time_capabilities_off,
            auto_calculate_crm_fields=auto_calculate_crm_fields,
            join_when_i_am_host_and_alone=join_when_i_am_host_and_alone,
            join_when_i_am_host_with_peers=join_when_i_am_host_with_peers,
            join_when_peer_is_host=join_when_peer_is_host,
            join_when_unlicensed_peer_is_host=join_when_unlicensed_peer_is_host,
            deals_enabled=deals_enabled,
        )

        user_settings.additional_properties = d
        return user_settings

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
