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

    min_: float | None = None
    """ The lowest possible score. """
    max_: float | None = None
    """ The highest possible score. """
    average_score: float | None = None
    """ The average score over the items. """
    summary_text: str | None = None
    """ A written summary of the evaluation. """
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

        max_ = self.max_
        if max_ is not None or "max" in self._received_null:
            field_dict["max"] = max_

        average_score = self.average_score
        if average_score is not None or "averageScore" in self._received_null:
            field_dict["averageScore"] = average_score

        summary_text = self.summary_text
        if summary_text is not None or "summaryText" in self._received_null:
            field_dict["summaryText"] = summary_text

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

        max_ = src_dict.get("max")
        if max_.__class__ not in JSON_NUMBER:
            if max_ is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "max", max_)
                max_ = None

        average_score = src_dict.get("averageScore")
        if average_score.__class__ not in JSON_NUMBER:
            if average_score is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "averageScore", average_score)
                average_score = None

        summary_text = src_dict.get("summaryText")
        if summary_text.__class__ is not str:
            if summary_text is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "summaryText", summary_text)
                summary_text = None

        _instance = cls.__new__(cls)
        _instance.min_ = min_
        _instance.max_ = max_
        _instance.average_score = average_score
        _instance.summary_text = summary_text
        _as_declared = len(src_dict) + _nones == 4
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
