from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
)

T = TypeVar("T", bound="ScorecardResultItemInput")

_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "scorecard_item_uuid",
        "description",
        "numeric_result",
    )
)


@_attrs_define
class ScorecardResultItemInput:
    """The result of one scorecard item."""

    scorecard_item_uuid: str
    """ The item, as in `ScorecardTemplateItem.id`. """
    description: str
    """ The notes for this item. """
    numeric_result: int | Unset = UNSET
    """ The item's score. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        field_dict["scorecard_item_uuid"] = self.scorecard_item_uuid

        field_dict["description"] = self.description

        numeric_result = self.numeric_result
        if numeric_result is not UNSET:
            field_dict["numeric_result"] = numeric_result

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        scorecard_item_uuid = src_dict["scorecard_item_uuid"]

        description = src_dict["description"]

        numeric_result = src_dict.get("numeric_result", UNSET)

        _instance = cls.__new__(cls)
        _instance.scorecard_item_uuid = scorecard_item_uuid
        _instance.description = description
        _instance.numeric_result = numeric_result

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
