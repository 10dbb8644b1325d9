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
    from ..models.scorecard_condition_input import ScorecardConditionInput


T = TypeVar("T", bound="ScorecardCriteriaInput")

_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "operator",
        "conditions",
    )
)


@_attrs_define
class ScorecardCriteriaInput:
    """Label conditions that decide when a scorecard applies to an interaction.

    Example:
        {'operator': 'AND', 'conditions': [{'field': 'label-uuid-123', 'value': 'option-uuid-456'}]}

    """

    operator: str | Unset = UNSET
    """ How the conditions combine, for example `AND`. """
    conditions: list[ScorecardConditionInput] | Unset = UNSET
    """ The label conditions. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        operator = self.operator
        if operator is not UNSET:
            field_dict["operator"] = operator

        conditions = self.conditions
        if not isinstance(conditions, Unset):
            field_dict["conditions"] = [item.to_dict() for item in conditions]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        operator = src_dict.get("operator", UNSET)

        conditions = src_dict.get("conditions", UNSET)
        if conditions is not UNSET:
            conditions = list(map(_models.ScorecardConditionInput.from_dict, conditions))

        _instance = cls.__new__(cls)
        _instance.operator = operator
        _instance.conditions = conditions

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
