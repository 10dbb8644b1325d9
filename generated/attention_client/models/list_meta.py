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

T = TypeVar("T", bound="ListMeta")

_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "totalRecords",
        "pageCount",
        "pageNumber",
        "pageSize",
    )
)


@_attrs_define
class ListMeta:
    """Counts for a whole list."""

    total_records: int | None = None
    """ How many items match, over all pages. """
    page_count: int | None = None
    """ How many pages there are.
     """
    page_number: int | None = None
    """ This page's number.
     """
    page_size: int | None = None
    """ Items per page.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received_null: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)
    _mismatched: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self._mismatched:
            field_dict.update(self._mismatched)

        total_records = self.total_records
        if total_records is not None or "totalRecords" in self._received_null:
            field_dict["totalRecords"] = total_records

        page_count = self.page_count
        if page_count is not None or "pageCount" in self._received_null:
            field_dict["pageCount"] = page_count

        page_number = self.page_number
        if page_number is not None or "pageNumber" in self._received_null:
            field_dict["pageNumber"] = page_number

        page_size = self.page_size
        if page_size is not None or "pageSize" in self._received_null:
            field_dict["pageSize"] = page_size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _nones = 0  # optional fields that are None: left out or null
        _mismatched: dict[str, Any] | None = None  # values of no declared shape
        total_records = src_dict.get("totalRecords")
        if total_records.__class__ is not int:
            if total_records is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "totalRecords", total_records)
                total_records = None

        page_count = src_dict.get("pageCount")
        if page_count.__class__ is not int:
            if page_count is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "pageCount", page_count)
                page_count = None

        page_number = src_dict.get("pageNumber")
        if page_number.__class__ is not int:
            if page_number is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "pageNumber", page_number)
                page_number = None

        page_size = src_dict.get("pageSize")
        if page_size.__class__ is not int:
            if page_size is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "pageSize", page_size)
                page_size = None

        _instance = cls.__new__(cls)
        _instance.total_records = total_records
        _instance.page_count = page_count
        _instance.page_number = page_number
        _instance.page_size = page_size
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
