from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    mismatched_fields,
    short_repr,
)

T = TypeVar("T", bound="SuperAgentMessageMetadata")


@_attrs_define
class SuperAgentMessageMetadata(Mapping[str, Any]):
    """Further data about a Super Agent message. Its shape is not documented, so it is
    kept as it comes.

    """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _placeholder: bool = _attrs_field(init=False, default=False, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _instance = cls.__new__(cls)
        _instance._placeholder = False

        _instance.additional_properties = {**src_dict}
        return _instance

    @classmethod
    def _new_placeholder(cls: type[T]) -> T:
        """The empty map that stands for a field the API left out or sent as null."""
        instance = cls.__new__(cls)
        instance.additional_properties = {}
        instance._placeholder = True
        return instance

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self.additional_properties)

    def __len__(self) -> int:
        return len(self.additional_properties)

    def __contains__(self, key: object) -> bool:
        return key in self.additional_properties

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Mapping):
            return self.additional_properties == dict(other.items())
        return NotImplemented

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
