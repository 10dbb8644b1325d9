from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    mismatch,
    mismatched_fields,
    short_repr,
)

T = TypeVar("T", bound="UserSettings")

_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "realTimeCapabilitiesOFF",
        "autoCalculateCRMFields",
        "joinWhenIAmHostAndAlone",
        "joinWhenIAmHostWithPeers",
        "joinWhenPeerIsHost",
        "joinWhenUnlicensedPeerIsHost",
        "dealsEnabled",
        "seat_type",
    )
)


@_attrs_define
class UserSettings:
    """A user's recording and feature preferences."""

    real_time_capabilities_off: bool | None = None
    """ Whether the user turned real-time features off. """
    auto_calculate_crm_fields: bool | None = None
    """ Whether CRM fields are filled in automatically after a call. """
    join_when_i_am_host_and_alone: bool | None = None
    """ Whether the bot joins when the user hosts and is alone. """
    join_when_i_am_host_with_peers: bool | None = None
    """ Whether the bot joins when the user hosts with colleagues. """
    join_when_peer_is_host: bool | None = None
    """ Whether the bot joins when a colleague hosts. """
    join_when_unlicensed_peer_is_host: bool | None = None
    """ Whether the bot joins when an unlicensed colleague hosts. """
    deals_enabled: bool | None = None
    """ Whether deals are on for the user. """
    seat_type: str | None = None
    """ The user's seat, as set when the user was created or updated. Open string:
    known values are `recording` and `listener`.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received_null: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)
    _mismatched: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self._mismatched:
            field_dict.update(self._mismatched)

        real_time_capabilities_off = self.real_time_capabilities_off
        if real_time_capabilities_off is not None or "realTimeCapabilitiesOFF" in self._received_null:
            field_dict["realTimeCapabilitiesOFF"] = real_time_capabilities_off

        auto_calculate_crm_fields = self.auto_calculate_crm_fields
        if auto_calculate_crm_fields is not None or "autoCalculateCRMFields" in self._received_null:
            field_dict["autoCalculateCRMFields"] = auto_calculate_crm_fields

        join_when_i_am_host_and_alone = self.join_when_i_am_host_and_alone
        if join_when_i_am_host_and_alone is not None or "joinWhenIAmHostAndAlone" in self._received_null:
            field_dict["joinWhenIAmHostAndAlone"] = join_when_i_am_host_and_alone

        join_when_i_am_host_with_peers = self.join_when_i_am_host_with_peers
        if join_when_i_am_host_with_peers is not None or "joinWhenIAmHostWithPeers" in self._received_null:
            field_dict["joinWhenIAmHostWithPeers"] = join_when_i_am_host_with_peers

        join_when_peer_is_host = self.join_when_peer_is_host
        if join_when_peer_is_host is not None or "joinWhenPeerIsHost" in self._received_null:
            field_dict["joinWhenPeerIsHost"] = join_when_peer_is_host

        join_when_unlicensed_peer_is_host = self.join_when_unlicensed_peer_is_host
        if join_when_unlicensed_peer_is_host is not None or "joinWhenUnlicensedPeerIsHost" in self._received_null:
            field_dict["joinWhenUnlicensedPeerIsHost"] = join_when_unlicensed_peer_is_host

        deals_enabled = self.deals_enabled
        if deals_enabled is not None or "dealsEnabled" in self._received_null:
            field_dict["dealsEnabled"] = deals_enabled

        seat_type = self.seat_type
        if seat_type is not None or "seat_type" in self._received_null:
            field_dict["seat_type"] = seat_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _nones = 0  # optional fields that are None: left out or null
        _mismatched: dict[str, Any] | None = None  # values of no declared shape
        real_time_capabilities_off = src_dict.get("realTimeCapabilitiesOFF")
        if real_time_capabilities_off.__class__ is not bool:
            if real_time_capabilities_off is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "realTimeCapabilitiesOFF", real_time_capabilities_off)
                real_time_capabilities_off = None

        auto_calculate_crm_fields = src_dict.get("autoCalculateCRMFields")
        if auto_calculate_crm_fields.__class__ is not bool:
            if auto_calculate_crm_fields is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "autoCalculateCRMFields", auto_calculate_crm_fields)
                auto_calculate_crm_fields = None

        join_when_i_am_host_and_alone = src_dict.get("joinWhenIAmHostAndAlone")
        if join_when_i_am_host_and_alone.__class__ is not bool:
            if join_when_i_am_host_and_alone is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "joinWhenIAmHostAndAlone", join_when_i_am_host_and_alone)
                join_when_i_am_host_and_alone = None

        join_when_i_am_host_with_peers = src_dict.get("joinWhenIAmHostWithPeers")
        if join_when_i_am_host_with_peers.__class__ is not bool:
            if join_when_i_am_host_with_peers is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "joinWhenIAmHostWithPeers", join_when_i_am_host_with_peers)
                join_when_i_am_host_with_peers = None

        join_when_peer_is_host = src_dict.get("joinWhenPeerIsHost")
        if join_when_peer_is_host.__class__ is not bool:
            if join_when_peer_is_host is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "joinWhenPeerIsHost", join_when_peer_is_host)
                join_when_peer_is_host = None

        join_when_unlicensed_peer_is_host = src_dict.get("joinWhenUnlicensedPeerIsHost")
        if join_when_unlicensed_peer_is_host.__class__ is not bool:
            if join_when_unlicensed_peer_is_host is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "joinWhenUnlicensedPeerIsHost", join_when_unlicensed_peer_is_host)
                join_when_unlicensed_peer_is_host = None

        deals_enabled = src_dict.get("dealsEnabled")
        if deals_enabled.__class__ is not bool:
            if deals_enabled is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "dealsEnabled", deals_enabled)
                deals_enabled = None

        seat_type = src_dict.get("seat_type")
        if seat_type.__class__ is not str:
            if seat_type is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "seat_type", seat_type)
                seat_type = None

        _instance = cls.__new__(cls)
        _instance.real_time_capabilities_off = real_time_capabilities_off
        _instance.auto_calculate_crm_fields = auto_calculate_crm_fields
        _instance.join_when_i_am_host_and_alone = join_when_i_am_host_and_alone
        _instance.join_when_i_am_host_with_peers = join_when_i_am_host_with_peers
        _instance.join_when_peer_is_host = join_when_peer_is_host
        _instance.join_when_unlicensed_peer_is_host = join_when_unlicensed_peer_is_host
        _instance.deals_enabled = deals_enabled
        _instance.seat_type = seat_type
        _as_declared = len(src_dict) + _nones == 8
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
