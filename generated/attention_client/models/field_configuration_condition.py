from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
)

T = TypeVar("T", bound="FieldConfigurationCondition")

_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "field",
        "value",
    )
)


@_attrs_define
class FieldConfigurationCondition:
    """One condition of a field configuration's criteria.

    Example:
        {'field': 'account.industry', 'value': '<string>'}

    """

    field: str | Unset = UNSET
    """ The field the condition tests, for example `account.industry`. """
    value: str | Unset = UNSET
    """ The value the field must have. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        field = self.field
        if field is not UNSET:
            field_dict["field"] = field

        value = self.value
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        field = src_dict.get("field", UNSET)

        value = src_dict.get("value", UNSET)

        _instance = cls.__new__(cls)
        _instance.field = field
        _instance.value = value

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
