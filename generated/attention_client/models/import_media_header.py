from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ImportMediaHeader")


@_attrs_define
class ImportMediaHeader:
    """One HTTP header sent when downloading the media."""

    key: str
    """ The header's name. """
    value: str
    """ The header's value. """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}

        field_dict["key"] = self.key

        field_dict["value"] = self.value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        key = src_dict["key"]

        value = src_dict["value"]

        _instance = cls.__new__(cls)
        _instance.key = key
        _instance.value = value

        return _instance
