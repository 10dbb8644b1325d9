from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ZoomMetadata")

_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "calleeName",
        "calleeNumber",
        "callerName",
        "callerNumber",
    )
)


@_attrs_define
class ZoomMetadata:
    """Caller and callee details of a Zoom Phone call."""

    callee_name: None | str | Unset = UNSET
    """ Name of the person called. """
    callee_number: None | str | Unset = UNSET
    """ Phone number of the person called. """
    caller_name: None | str | Unset = UNSET
    """ Name of the person calling. """
    caller_number: None | str | Unset = UNSET
    """ Phone number of the person calling. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        callee_name = self.callee_name
        if callee_name is not UNSET:
            field_dict["calleeName"] = callee_name

        callee_number = self.callee_number
        if callee_number is not UNSET:
            field_dict["calleeNumber"] = callee_number

        caller_name = self.caller_name
        if caller_name is not UNSET:
            field_dict["callerName"] = caller_name

        caller_number = self.caller_number
        if caller_number is not UNSET:
            field_dict["callerNumber"] = caller_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        callee_name = src_dict.get("calleeName", UNSET)

        callee_number = src_dict.get("calleeNumber", UNSET)

        caller_name = src_dict.get("callerName", UNSET)

        caller_number = src_dict.get("callerNumber", UNSET)

        _instance = cls.__new__(cls)
        _instance.callee_name = callee_name
        _instance.callee_number = callee_number
        _instance.caller_name = caller_name
        _instance.caller_number = caller_number

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
