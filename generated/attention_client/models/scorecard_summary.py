from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ScorecardSummary")

_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "min",
        "max",
        "averageScore",
        "summaryText",
    )
)


@_attrs_define
class ScorecardSummary:
    """Aggregate scores of a scorecard result."""

    min_: float | None | Unset = UNSET
    """ The lowest possible score. """
    max_: float | None | Unset = UNSET
    """ The highest possible score. """
    average_score: float | None | Unset = UNSET
    """ The average score over the items. """
    summary_text: None | str | Unset = UNSET
    """ A written summary of the evaluation. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        min_ = self.min_
        if min_ is not UNSET:
            field_dict["min"] = min_

        max_ = self.max_
        if max_ is not UNSET:
            field_dict["max"] = max_

        average_score = self.average_score
        if average_score is not UNSET:
            field_dict["averageScore"] = average_score

        summary_text = self.summary_text
        if summary_text is not UNSET:
            field_dict["summaryText"] = summary_text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        min_ = src_dict.get("min", UNSET)

        max_ = src_dict.get("max", UNSET)

        average_score = src_dict.get("averageScore", UNSET)

        summary_text = src_dict.get("summaryText", UNSET)

        _instance = cls.__new__(cls)
        _instance.min_ = min_
        _instance.max_ = max_
        _instance.average_score = average_score
        _instance.summary_text = summary_text

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
