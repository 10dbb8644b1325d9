from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import (
    UNSET,
    Unset,
)

T = TypeVar("T", bound="UpdateKbSourceRequest")


@_attrs_define
class UpdateKbSourceRequest:
    """The changes to a source; fields left out stay as they are. A new `content` is
    indexed again.

        Example:
            {'title': '<string>', 'content': '<string>'}

    """

    title: str | Unset = UNSET
    """ The new title, at most 500 characters. """
    content: str | Unset = UNSET
    """ The new text, at most 524288 characters; it is indexed again. """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}

        title = self.title
        if title is not UNSET:
            field_dict["title"] = title

        content = self.content
        if content is not UNSET:
            field_dict["content"] = content

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        title = src_dict.get("title", UNSET)

        content = src_dict.get("content", UNSET)

        _instance = cls.__new__(cls)
        _instance.title = title
        _instance.content = content

        return _instance
