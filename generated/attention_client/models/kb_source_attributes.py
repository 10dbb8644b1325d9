from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    mismatch,
    mismatched_fields,
    parse_datetime,
    short_repr,
)

T = TypeVar("T", bound="KbSourceAttributes")

_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "title",
        "source_type",
        "content",
        "format",
        "status",
        "file_size",
        "chunk_count",
        "created_at",
        "updated_at",
    )
)


@_attrs_define
class KbSourceAttributes:
    """The data of a knowledge-base source."""

    title: str | None = None
    """ The source's title. """
    source_type: str | None = None
    """ How the source was added. Open string; known values are `manual` and `upload`. """
    content: str | None = None
    """ The source's text. Left out of the list of sources. """
    format_: str | None = None
    """ The source's media type. Open string; known values are `text/markdown` and
    `application/pdf`.
     """
    status: str | None = None
    """ The indexing state. Open string; known values are `indexing` and `indexed`. """
    file_size: int | None = None
    """ The size of the source. """
    chunk_count: int | None = None
    """ How many chunks the source was split into for indexing. """
    created_at: datetime.datetime | None = None
    """ When the source was created. """
    updated_at: datetime.datetime | None = None
    """ When the source was last changed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received_null: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)
    _mismatched: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    _created_at_text: str | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    _created_at_parsed: datetime.datetime | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    _updated_at_text: str | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    _updated_at_parsed: datetime.datetime | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self._mismatched:
            field_dict.update(self._mismatched)

        title = self.title
        if title is not None or "title" in self._received_null:
            field_dict["title"] = title

        source_type = self.source_type
        if source_type is not None or "source_type" in self._received_null:
            field_dict["source_type"] = source_type

        content = self.content
        if content is not None or "content" in self._received_null:
            field_dict["content"] = content

        format_ = self.format_
        if format_ is not None or "format" in self._received_null:
            field_dict["format"] = format_

        status = self.status
        if status is not None or "status" in self._received_null:
            field_dict["status"] = status

        file_size = self.file_size
        if file_size is not None or "file_size" in self._received_null:
            field_dict["file_size"] = file_size

        chunk_count = self.chunk_count
        if chunk_count is not None or "chunk_count" in self._received_null:
            field_dict["chunk_count"] = chunk_count

        created_at = self.created_at
        if created_at is not None:
            if created_at is self._created_at_parsed:
                field_dict["created_at"] = self._created_at_text
            else:
                field_dict["created_at"] = created_at.isoformat()
        elif "created_at" in self._received_null:
            field_dict["created_at"] = None

        updated_at = self.updated_at
        if updated_at is not None:
            if updated_at is self._updated_at_parsed:
                field_dict["updated_at"] = self._updated_at_text
            else:
                field_dict["updated_at"] = updated_at.isoformat()
        elif "updated_at" in self._received_null:
            field_dict["updated_at"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _nones = 0  # optional fields that are None: left out or null
        _mismatched: dict[str, Any] | None = None  # values of no declared shape
        title = src_dict.get("title")
        if title.__class__ is not str:
            if title is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "title", title)
                title = None

        source_type = src_dict.get("source_type")
        if source_type.__class__ is not str:
            if source_type is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "source_type", source_type)
                source_type = None

        content = src_dict.get("content")
        if content.__class__ is not str:
            if content is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "content", content)
                content = None

        format_ = src_dict.get("format")
        if format_.__class__ is not str:
            if format_ is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "format", format_)
                format_ = None

        status = src_dict.get("status")
        if status.__class__ is not str:
            if status is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "status", status)
                status = None

        file_size = src_dict.get("file_size")
        if file_size.__class__ is not int:
            if file_size is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "file_size", file_size)
                file_size = None

        chunk_count = src_dict.get("chunk_count")
        if chunk_count.__class__ is not int:
            if chunk_count is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "chunk_count", chunk_count)
                chunk_count = None

        created_at: Any = src_dict.get("created_at")
        _created_at_text = None
        if created_at.__class__ is str:
            try:
                _created_at_text, created_at = created_at, parse_datetime(created_at)
            except ValueError:  # a date-time that does not parse (or a leap second, which Python has not)
                _mismatched = mismatch(_mismatched, "created_at", created_at)
                created_at = None
        elif created_at is None:
            _nones += 1
        else:
            _mismatched = mismatch(_mismatched, "created_at", created_at)
            created_at = None

        updated_at: Any = src_dict.get("updated_at")
        _updated_at_text = None
        if updated_at.__class__ is str:
            try:
                _updated_at_text, updated_at = updated_at, parse_datetime(updated_at)
            except ValueError:  # a date-time that does not parse (or a leap second, which Python has not)
                _mismatched = mismatch(_mismatched, "updated_at", updated_at)
                updated_at = None
        elif updated_at is None:
            _nones += 1
        else:
            _mismatched = mismatch(_mismatched, "updated_at", updated_at)
            updated_at = None

        _instance = cls.__new__(cls)
        _instance.title = title
        _instance.source_type = source_type
        _instance.content = content
        _instance.format_ = format_
        _instance.status = status
        _instance.file_size = file_size
        _instance.chunk_count = chunk_count
        _instance.created_at = created_at
        _instance.updated_at = updated_at
        _instance._created_at_text = _created_at_text
        _instance._created_at_parsed = created_at
        _instance._updated_at_text = _updated_at_text
        _instance._updated_at_parsed = updated_at
        _as_declared = len(src_dict) + _nones == 9
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
