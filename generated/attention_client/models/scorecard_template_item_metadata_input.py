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
    from ..models.scorecard_numeric_scale_input import ScorecardNumericScaleInput


T = TypeVar("T", bound="ScorecardTemplateItemMetadataInput")

_KNOWN_KEYS: frozenset[str] = frozenset(("numericMetadata",))


@_attrs_define
class ScorecardTemplateItemMetadataInput:
    """A scorecard item's scale; numeric items fill `numericMetadata`."""

    numeric_metadata: ScorecardNumericScaleInput | Unset = UNSET
    """ The scale of a numeric scorecard item, with what each end and the middle mean. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        numeric_metadata = self.numeric_metadata
        if not isinstance(numeric_metadata, Unset):
            field_dict["numericMetadata"] = numeric_metadata.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        numeric_metadata = src_dict.get("numericMetadata", UNSET)
        if numeric_metadata is not UNSET:
            numeric_metadata = _models.ScorecardNumericScaleInput.from_dict(numeric_metadata)

        _instance = cls.__new__(cls)
        _instance.numeric_metadata = numeric_metadata

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
