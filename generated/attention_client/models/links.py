from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    mismatch,
    mismatched_fields,
    short_repr,
)

T = TypeVar("T", bound="Links")

_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "self",
        "related",
    )
)


@_attrs_define
class Links:
    """Links related to a resource."""

    self_: str | None = None
    """ The resource's own URL. """
    related: str | None = None
    """ A related URL. On single conversations it points at a sub-resource; on list
    responses it holds the next page.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received_null: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)
    _mismatched: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self._mismatched:
            field_dict.update(self._mismatched)

        self_ = self.self_
        if self_ is not None or "self" in self._received_null:
            field_dict["self"] = self_

        related = self.related
        if related is not None or "related" in self._received_null:
            field_dict["related"] = related

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _nones = 0  # optional fields that are None: left out or null
        _mismatched: dict[str, Any] | None = None  # values of no declared shape
        self_ = src_dict.get("self")
        if self_.__class__ is not str:
            if self_ is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "self", self_)
                self_ = None

        related = src_dict.get("related")
        if related.__class__ is not str:
            if related is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "related", related)
                related = None

        _instance = cls.__new__(cls)
        _instance.self_ = self_
        _instance.related = related
        _as_declared = len(src_dict) + _nones == 2
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
