from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
)

T = TypeVar("T", bound="SnippetIndexRange")

_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "start_idx",
        "end_idx",
    )
)


@_attrs_define
class SnippetIndexRange:
    """A range of transcript indexes; the docs send the indexes as strings.

    Example:
        {'start_idx': '<string>', 'end_idx': '<string>'}

    """

    start_idx: str | Unset = UNSET
    """ The first index. """
    end_idx: str | Unset = UNSET
    """ The last index. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        start_idx = self.start_idx
        if start_idx is not UNSET:
            field_dict["start_idx"] = start_idx

        end_idx = self.end_idx
        if end_idx is not UNSET:
            field_dict["end_idx"] = end_idx

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        start_idx = src_dict.get("start_idx", UNSET)

        end_idx = src_dict.get("end_idx", UNSET)

        _instance = cls.__new__(cls)
        _instance.start_idx = start_idx
        _instance.end_idx = end_idx

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
