from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import (
    is_object_list,
    mismatch,
    mismatch_error,
    mismatched_fields,
    short_repr,
)

if TYPE_CHECKING:
    from ..models.workflow_log import WorkflowLog


T = TypeVar("T", bound="WorkflowLogListResponse")

_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "data",
        "total",
    )
)


@_attrs_define
class WorkflowLogListResponse:
    """One page of workflow log entries; `total` is the number of matching entries."""

    data: list[WorkflowLog]
    """ The log entries on this page. """
    total: int | None = None
    """ How many log entries match, over all pages. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received_null: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)
    _mismatched: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self._mismatched:
            field_dict.update(self._mismatched)

        field_dict["data"] = [item.to_dict() for item in self.data]

        total = self.total
        if total is not None or "total" in self._received_null:
            field_dict["total"] = total

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _nones = 0  # optional fields that are None: left out or null
        _mismatched: dict[str, Any] | None = None  # values of no declared shape
        data = src_dict["data"]
        if not is_object_list(data):
            raise mismatch_error("WorkflowLogListResponse", "data", data, "a list of objects")
        data = list(map(_models.WorkflowLog.from_dict, data))

        total = src_dict.get("total")
        if total.__class__ is not int:
            if total is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "total", total)
                total = None

        _instance = cls.__new__(cls)
        _instance.data = data
        _instance.total = total
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
