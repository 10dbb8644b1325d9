from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import (
    PARSE_ERRORS,
    mismatch,
    mismatched_fields,
    short_repr,
)

if TYPE_CHECKING:
    from ..models.scorecard_numeric_scale import ScorecardNumericScale


T = TypeVar("T", bound="ScorecardTemplateItemMetadata")

_KNOWN_KEYS: frozenset[str] = frozenset(("numericMetadata",))


@_attrs_define
class ScorecardTemplateItemMetadata:
    """A scorecard item's scale; numeric items fill `numericMetadata`."""

    numeric_metadata: ScorecardNumericScale | None = None
    """ The scale of a numeric item. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received_null: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)
    _mismatched: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self._mismatched:
            field_dict.update(self._mismatched)

        numeric_metadata = self.numeric_metadata
        if numeric_metadata is not None:
            field_dict["numericMetadata"] = numeric_metadata.to_dict()
        elif "numericMetadata" in self._received_null:
            field_dict["numericMetadata"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _nones = 0  # optional fields that are None: left out or null
        _mismatched: dict[str, Any] | None = None  # values of no declared shape
        numeric_metadata: Any = src_dict.get("numericMetadata")
        if numeric_metadata.__class__ is dict:
            try:
                numeric_metadata = _models.ScorecardNumericScale.from_dict(numeric_metadata)
            except PARSE_ERRORS:  # an item that is not an object, or a required field below
                _mismatched = mismatch(_mismatched, "numericMetadata", numeric_metadata)
                numeric_metadata = None
        elif numeric_metadata is None:
            _nones += 1
        else:
            _mismatched = mismatch(_mismatched, "numericMetadata", numeric_metadata)
            numeric_metadata = None

        _instance = cls.__new__(cls)
        _instance.numeric_metadata = numeric_metadata
        _as_declared = len(src_dict) + _nones == 1
        _instance._received_null = (
            ()
            if _as_declared
            else tuple(key for key, value in src_dict.items() if value is None and key in _KNOWN_KEYS)
        )
        _instance._mismatched = _mismatched

        if _as_declared:
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

    @property
    def mismatched_fields(self) -> Mapping[str, Any]:
        """The fields whose value fit no declared shape, by JSON name, as they came.

        Such a field reads as one left out (None, or an empty map) rather than as
        something it is not, and ``to_dict()`` writes it back as it came, unless a value
        was set since. Nested models keep their own.
        """
        return mismatched_fields(self)

    def __repr__(self) -> str:
        return short_repr(self)
