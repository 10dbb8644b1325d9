from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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

    self_: None | str | Unset = UNSET
    """ The resource's own URL. """
    related: None | str | Unset = UNSET
    """ A related URL. On single conversations it points at a sub-resource; on
    list responses it holds the next page (facts D-list-opt).
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        self_ = self.self_
        if self_ is not UNSET:
            field_dict["self"] = self_

        related = self.related
        if related is not UNSET:
            field_dict["related"] = related

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        self_ = src_dict.get("self", UNSET)

        related = src_dict.get("related", UNSET)

        _instance = cls.__new__(cls)
        _instance.self_ = self_
        _instance.related = related

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
