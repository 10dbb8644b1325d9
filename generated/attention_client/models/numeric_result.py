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

    min_: float | None = None
    """ The lowest possible score. """
    max_: float | None = None
    """ The highest possible score. """
    score: float | None = None
    """ The score given. """
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

        score = self.score
        if score is not None or "score" in self._received_null:
            field_dict["score"] = score

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

        score = src_dict.get("score")
        if score.__class__ not in JSON_NUMBER:
            if score is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "score", score)
                score = None

        _instance = cls.__new__(cls)
        _instance.min_ = min_
        _instance.max_ = max_
        _instance.score = score
        _as_declared = len(src_dict) + _nones == 3
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
