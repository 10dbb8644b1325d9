from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
)

T = TypeVar("T", bound="ConfirmCrmIntelligenceField")

_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "id",
        "key",
        "value",
        "title",
    )
)


@_attrs_define
class ConfirmCrmIntelligenceField:
    """One extracted CRM field to confirm, with the value to push.

    Example:
        {'id': '<string>', 'key': '<string>', 'value': '<string>', 'title': '<string>'}

    """

    id: str | Unset = UNSET
    """ The field's id. """
    key: str | Unset = UNSET
    """ The field's key. """
    value: str | Unset = UNSET
    """ The value to confirm. """
    title: str | Unset = UNSET
    """ The field's title. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        id = self.id
        if id is not UNSET:
            field_dict["id"] = id

        key = self.key
        if key is not UNSET:
            field_dict["key"] = key

        value = self.value
        if value is not UNSET:
            field_dict["value"] = value

        title = self.title
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id = src_dict.get("id", UNSET)

        key = src_dict.get("key", UNSET)

        value = src_dict.get("value", UNSET)

        title = src_dict.get("title", UNSET)

        _instance = cls.__new__(cls)
        _instance.id = id
        _instance.key = key
        _instance.value = value
        _instance.title = title

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
