from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NumericResult")

_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "min",
        "max",
        "score",
    )
)


@_attrs_define
class NumericResult:
    """The score of a numeric scorecard item."""

    min_: float | None | Unset = UNSET
    """ The lowest possible score. """
    max_: float | None | Unset = UNSET
    """ The highest possible score. """
    score: float | None | Unset = UNSET
    """ The score given. """
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

        score = self.score
        if score is not UNSET:
            field_dict["score"] = score

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        min_ = src_dict.get("min", UNSET)

        max_ = src_dict.get("max", UNSET)

        score = src_dict.get("score", UNSET)

        _instance = cls.__new__(cls)
        _instance.min_ = min_
        _instance.max_ = max_
        _instance.score = score

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
