from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.create_kb_source_request_format import CreateKbSourceRequestFormat, check_create_kb_source_request_format
from ..types import (
    UNSET,
    Unset,
)

T = TypeVar("T", bound="CreateKbSourceRequest")


@_attrs_define
class CreateKbSourceRequest:
    """A new text source. `title` (at most 500 characters) is required; `content` (at
    most 524288 characters) is needed for manual entries. For PDF files, request an
    upload URL instead.

        Example:
            {'title': '<string>', 'content': '<string>', 'format': 'text/markdown'}

    """

    title: str
    """ The source's title, at most 500 characters. """
    content: str | Unset = UNSET
    """ The source's text, at most 524288 characters; needed for manual entries. """
    format_: CreateKbSourceRequestFormat | Unset = UNSET
    """ The text's format (`text/markdown` by default). """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}

        field_dict["title"] = self.title

        content = self.content
        if content is not UNSET:
            field_dict["content"] = content

        format_: str | Unset = UNSET
        if not isinstance(self.format_, Unset):
            format_ = self.format_

        if format_ is not UNSET:
            field_dict["format"] = format_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        title = src_dict["title"]

        content = src_dict.get("content", UNSET)

        _format_ = src_dict.get("format", UNSET)
        format_: CreateKbSourceRequestFormat | Unset
        if isinstance(_format_, Unset):
            format_ = UNSET
        else:
            format_ = check_create_kb_source_request_format(_format_)

        _instance = cls.__new__(cls)
        _instance.title = title
        _instance.content = content
        _instance.format_ = format_

        return _instance
