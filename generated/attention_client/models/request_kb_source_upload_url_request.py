from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import (
    UNSET,
    Unset,
)

T = TypeVar("T", bound="RequestKbSourceUploadUrlRequest")


@_attrs_define
class RequestKbSourceUploadUrlRequest:
    """The title of the source to upload (at most 500 characters). Without one, the
    title comes from the PDF's metadata, else it is `Untitled upload`.

        Example:
            {'title': '<string>'}

    """

    title: str | Unset = UNSET
    """ The source's title, at most 500 characters. """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}

        title = self.title
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        title = src_dict.get("title", UNSET)

        _instance = cls.__new__(cls)
        _instance.title = title

        return _instance
