from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import (
    mismatch_error,
    mismatched_fields,
    short_repr,
)

if TYPE_CHECKING:
    from ..models.scorecard import Scorecard


T = TypeVar("T", bound="ScorecardResponse")

_KNOWN_KEYS: frozenset[str] = frozenset(("data",))


@_attrs_define
class ScorecardResponse:
    """One scorecard template."""

    data: Scorecard
    """ A scorecard template, used to evaluate a conversation, a chat or an email. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        field_dict["data"] = self.data.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        data = src_dict["data"]
        if data.__class__ is not dict:
            raise mismatch_error("ScorecardResponse", "data", data, "an object")
        data = _models.Scorecard.from_dict(data)

        _instance = cls.__new__(cls)
        _instance.data = data
        _as_declared = len(src_dict) == 1

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
