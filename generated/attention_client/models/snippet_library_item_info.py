from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
)

T = TypeVar("T", bound="SnippetLibraryItemInfo")

_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "my_library",
        "folder_path",
    )
)


@_attrs_define
class SnippetLibraryItemInfo:
    """Where in the library to put the snippet.

    Example:
        {'my_library': True, 'folder_path': '<string>'}

    """

    my_library: bool | Unset = UNSET
    """ Whether to put it in your own library. """
    folder_path: str | Unset = UNSET
    """ The library folder to put it in. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        my_library = self.my_library
        if my_library is not UNSET:
            field_dict["my_library"] = my_library

        folder_path = self.folder_path
        if folder_path is not UNSET:
            field_dict["folder_path"] = folder_path

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        my_library = src_dict.get("my_library", UNSET)

        folder_path = src_dict.get("folder_path", UNSET)

        _instance = cls.__new__(cls)
        _instance.my_library = my_library
        _instance.folder_path = folder_path

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
