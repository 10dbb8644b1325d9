from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ChangeTitleRequest")


@_attrs_define
class ChangeTitleRequest:
    """The new title. `title` is required by the docs' own schema."""

    title: str
    """ The new title of the conversation. """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}

        field_dict["title"] = self.title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        title = src_dict["title"]

        _instance = cls.__new__(cls)
        _instance.title = title

        return _instance
