from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ZoomMetadata")


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
        callee_name: None | str | Unset
        if isinstance(self.callee_name, Unset):
            callee_name = UNSET
        else:
            callee_name = self.callee_name

        callee_number: None | str | Unset
        if isinstance(self.callee_number, Unset):
            callee_number = UNSET
        else:
            callee_number = self.callee_number

        caller_name: None | str | Unset
        if isinstance(self.caller_name, Unset):
            caller_name = UNSET
        else:
            caller_name = self.caller_name

        caller_number: None | str | Unset
        if isinstance(self.caller_number, Unset):
            caller_number = UNSET
        else:
            caller_number = self.caller_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if callee_name is not UNSET:
            field_dict["calleeName"] = callee_name
        if callee_number is not UNSET:
            field_dict["calleeNumber"] = callee_number
        if caller_name is not UNSET:
            field_dict["callerName"] = caller_name
        if caller_number is not UNSET:
            field_dict["callerNumber"] = caller_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_callee_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        callee_name = _parse_callee_name(d.pop("calleeName", UNSET))

        def _parse_callee_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        callee_number = _parse_callee_number(d.pop("calleeNumber", UNSET))

        def _parse_caller_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        caller_name = _parse_caller_name(d.pop("callerName", UNSET))

        def _parse_caller_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        caller_number = _parse_caller_number(d.pop("callerNumber", UNSET))

        zoom_metadata = cls(
            callee_name=callee_name,
            callee_number=callee_number,
            caller_name=caller_name,
            caller_number=caller_number,
        )

        zoom_metadata.additional_properties = d
        return zoom_metadata

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
