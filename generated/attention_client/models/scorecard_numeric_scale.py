from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    JSON_NUMBER,
    mismatch,
    mismatched_fields,
    short_repr,
)

T = TypeVar("T", bound="ScorecardNumericScale")

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
class ScorecardNumericScale:
    """The scale of a numeric scorecard item, with what each end and the middle mean."""

    min_: float | None = None
    """ The lowest score. """
    middle: float | None = None
    """ The middle score. """
    max_: float | None = None
    """ The highest score. """
    min_criteria: str | None = None
    """ What earns the lowest score. """
    middle_criteria: str | None = None
    """ What earns the middle score. """
    max_criteria: str | None = None
    """ What earns the highest score. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received_null: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)
    _mismatched: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self._mismatched:
            field_dict.update(self._mismatched)

        min_ = self.min_
        if min_ is not None or "min" in self._received_null:
            field_dict["min"] = min_

        middle = self.middle
        if middle is not None or "middle" in self._received_null:
            field_dict["middle"] = middle

        max_ = self.max_
        if max_ is not None or "max" in self._received_null:
            field_dict["max"] = max_

        min_criteria = self.min_criteria
        if min_criteria is not None or "minCriteria" in self._received_null:
            field_dict["minCriteria"] = min_criteria

        middle_criteria = self.middle_criteria
        if middle_criteria is not None or "middleCriteria" in self._received_null:
            field_dict["middleCriteria"] = middle_criteria

        max_criteria = self.max_criteria
        if max_criteria is not None or "maxCriteria" in self._received_null:
            field_dict["maxCriteria"] = max_criteria

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _nones = 0  # optional fields that are None: left out or null
        _mismatched: dict[str, Any] | None = None  # values of no declared shape
        min_ = src_dict.get("min")
        if min_.__class__ not in JSON_NUMBER:
            if min_ is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "min", min_)
                min_ = None

        middle = src_dict.get("middle")
        if middle.__class__ not in JSON_NUMBER:
            if middle is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "middle", middle)
                middle = None

        max_ = src_dict.get("max")
        if max_.__class__ not in JSON_NUMBER:
            if max_ is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "max", max_)
                max_ = None

        min_criteria = src_dict.get("minCriteria")
        if min_criteria.__class__ is not str:
            if min_criteria is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "minCriteria", min_criteria)
                min_criteria = None

        middle_criteria = src_dict.get("middleCriteria")
        if middle_criteria.__class__ is not str:
            if middle_criteria is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "middleCriteria", middle_criteria)
                middle_criteria = None

        max_criteria = src_dict.get("maxCriteria")
        if max_criteria.__class__ is not str:
            if max_criteria is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "maxCriteria", max_criteria)
                max_criteria = None

        _instance = cls.__new__(cls)
        _instance.min_ = min_
        _instance.middle = middle
        _instance.max_ = max_
        _instance.min_criteria = min_criteria
        _instance.middle_criteria = middle_criteria
        _instance.max_criteria = max_criteria
        _as_declared = len(src_dict) + _nones == 6
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
