from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
)

T = TypeVar("T", bound="TeamAssignment")

_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "uuid",
        "primary",
    )
)


@_attrs_define
class TeamAssignment:
    """A team to put a user in, and whether it is the user's primary team."""

    uuid: str
    """ The team's UUID, as in `Team.uuid`. """
    primary: bool | Unset = UNSET
    """ Whether this is the user's primary team. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        field_dict["uuid"] = self.uuid

        primary = self.primary
        if primary is not UNSET:
            field_dict["primary"] = primary

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        uuid = src_dict["uuid"]

        primary = src_dict.get("primary", UNSET)

        _instance = cls.__new__(cls)
        _instance.uuid = uuid
        _instance.primary = primary

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
