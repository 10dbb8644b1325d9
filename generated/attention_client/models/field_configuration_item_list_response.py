from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import (
    Unparsed,
    is_object_list,
    make_lazy,
    mismatch,
    mismatch_error,
    mismatched_fields,
    short_repr,
)

if TYPE_CHECKING:
    from ..models.field_configuration_item import FieldConfigurationItem
    from ..models.list_meta import ListMeta


T = TypeVar("T", bound="FieldConfigurationItemListResponse")

_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "data",
        "meta",
    )
)


@_attrs_define
class FieldConfigurationItemListResponse:
    """One page of a field configuration's items. `meta.totalRecords` is the number of
    items, over all pages.

    """

    data: list[FieldConfigurationItem]
    """ The items on this page. """
    meta: ListMeta | None = None
    """ Counts for the whole list. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received_null: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)
    _mismatched: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        _slots: Any = self
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self._mismatched:
            field_dict.update(self._mismatched)

        field_dict["data"] = [item.to_dict() for item in self.data]

        meta = _slots._meta_slot
        if type(meta) is Unparsed:
            field_dict["meta"] = meta.json  # never read: as it came
        else:
            if meta is not None:
                field_dict["meta"] = meta.to_dict()
            elif "meta" in self._received_null:
                field_dict["meta"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _nones = 0  # optional fields that are None: left out or null
        _mismatched: dict[str, Any] | None = None  # values of no declared shape
        data = src_dict["data"]
        if not is_object_list(data):
            raise mismatch_error("FieldConfigurationItemListResponse", "data", data, "a list of objects")
        data = list(map(_models.FieldConfigurationItem.from_dict, data))

        meta: Any = src_dict.get("meta")
        if meta.__class__ is dict:
            meta = Unparsed(meta)  # parsed on first read
        elif meta is None:
            _nones += 1
        else:
            _mismatched = mismatch(_mismatched, "meta", meta)
            meta = None

        _instance = cls.__new__(cls)
        _slots: Any = _instance
        _instance.data = data
        _slots._meta_slot = meta
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


def _parse_meta(value: Any) -> Any:
    return _models.ListMeta.from_dict(value)


def _read_meta(self: Any) -> Any:
    value = self._meta_slot
    if type(value) is Unparsed:
        unparsed, value = value, _parse_meta(value.json)
        if self._meta_slot is unparsed:  # else another thread's read came first
            self._meta_slot = value
        else:
            value = self._meta_slot
    return value


make_lazy(FieldConfigurationItemListResponse, "meta", _read_meta, _parse_meta)
