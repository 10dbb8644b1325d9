from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
)

T = TypeVar("T", bound="ScorecardNumericScaleInput")

_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "min",
        "middle",
        "max",
        "minCriteria",
        "middleCriteria",
        "maxCriteria",
    )
)


@_attrs_define
class ScorecardNumericScaleInput:
    """The scale of a numeric scorecard item, with what each end and the middle mean."""

    min_: float | Unset = UNSET
    """ The lowest score. """
    middle: float | Unset = UNSET
    """ The middle score. """
    max_: float | Unset = UNSET
    """ The highest score. """
    min_criteria: str | Unset = UNSET
    """ What earns the lowest score. """
    middle_criteria: str | Unset = UNSET
    """ What earns the middle score. """
    max_criteria: str | Unset = UNSET
    """ What earns the highest score. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        min_ = self.min_
        if min_ is not UNSET:
            field_dict["min"] = min_

        middle = self.middle
        if middle is not UNSET:
            field_dict["middle"] = middle

        max_ = self.max_
        if max_ is not UNSET:
            field_dict["max"] = max_

        min_criteria = self.min_criteria
        if min_criteria is not UNSET:
            field_dict["minCriteria"] = min_criteria

        middle_criteria = self.middle_criteria
        if middle_criteria is not UNSET:
            field_dict["middleCriteria"] = middle_criteria

        max_criteria = self.max_criteria
        if max_criteria is not UNSET:
            field_dict["maxCriteria"] = max_criteria

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        min_ = src_dict.get("min", UNSET)

        middle = src_dict.get("middle", UNSET)

        max_ = src_dict.get("max", UNSET)

        min_criteria = src_dict.get("minCriteria", UNSET)

        middle_criteria = src_dict.get("middleCriteria", UNSET)

        max_criteria = src_dict.get("maxCriteria", UNSET)

        _instance = cls.__new__(cls)
        _instance.min_ = min_
        _instance.middle = middle
        _instance.max_ = max_
        _instance.min_criteria = min_criteria
        _instance.middle_criteria = middle_criteria
        _instance.max_criteria = max_criteria

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
