from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import (
    UNSET,
    Unset,
)

if TYPE_CHECKING:
    from ..models.field_configuration_condition import FieldConfigurationCondition


T = TypeVar("T", bound="FieldConfigurationCriteria")

_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "conditions",
        "operator",
    )
)


@_attrs_define
class FieldConfigurationCriteria:
    """Conditions on record fields (such as `account.industry`), combined with
    `operator` (such as `AND`).

        Example:
            {'conditions': [{'field': 'account.industry', 'value': '<string>'}], 'operator': 'AND'}

    """

    conditions: list[FieldConfigurationCondition] | Unset = UNSET
    """ The conditions. """
    operator: str | Unset = UNSET
    """ How the conditions combine; `AND` in the docs' example. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        conditions = self.conditions
        if not isinstance(conditions, Unset):
            field_dict["conditions"] = [item.to_dict() for item in conditions]

        operator = self.operator
        if operator is not UNSET:
            field_dict["operator"] = operator

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        conditions = src_dict.get("conditions", UNSET)
        if conditions is not UNSET:
            conditions = list(map(_models.FieldConfigurationCondition.from_dict, conditions))

        operator = src_dict.get("operator", UNSET)

        _instance = cls.__new__(cls)
        _instance.conditions = conditions
        _instance.operator = operator

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
