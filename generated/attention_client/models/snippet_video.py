from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
)

T = TypeVar("T", bound="SnippetVideo")

_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "start_time",
        "end_time",
        "duration",
    )
)


@_attrs_define
class SnippetVideo:
    """The span of the recording to cut.

    Example:
        {'start_time': 123, 'end_time': 123, 'duration': 123}

    """

    start_time: float | Unset = UNSET
    """ Where the snippet starts in the recording. """
    end_time: float | Unset = UNSET
    """ Where the snippet ends in the recording. """
    duration: float | Unset = UNSET
    """ The snippet's length. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        start_time = self.start_time
        if start_time is not UNSET:
            field_dict["start_time"] = start_time

        end_time = self.end_time
        if end_time is not UNSET:
            field_dict["end_time"] = end_time

        duration = self.duration
        if duration is not UNSET:
            field_dict["duration"] = duration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        start_time = src_dict.get("start_time", UNSET)

        end_time = src_dict.get("end_time", UNSET)

        duration = src_dict.get("duration", UNSET)

        _instance = cls.__new__(cls)
        _instance.start_time = start_time
        _instance.end_time = end_time
        _instance.duration = duration

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
