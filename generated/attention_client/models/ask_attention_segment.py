from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    JSON_NUMBER,
    mismatch,
    mismatched_fields,
    short_repr,
)

T = TypeVar("T", bound="AskAttentionSegment")

_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "start_sec",
        "end_sec",
        "text",
    )
)


@_attrs_define
class AskAttentionSegment:
    """A stretch of a transcript that an answer refers to.

    Example:
        {'start_sec': 123, 'end_sec': 123, 'text': '<string>'}

    """

    start_sec: float | None = None
    """ Where the segment starts, in seconds from the start of the recording. """
    end_sec: float | None = None
    """ Where the segment ends, in seconds from the start of the recording. """
    text: str | None = None
    """ What was said. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received_null: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)
    _mismatched: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self._mismatched:
            field_dict.update(self._mismatched)

        start_sec = self.start_sec
        if start_sec is not None or "start_sec" in self._received_null:
            field_dict["start_sec"] = start_sec

        end_sec = self.end_sec
        if end_sec is not None or "end_sec" in self._received_null:
            field_dict["end_sec"] = end_sec

        text = self.text
        if text is not None or "text" in self._received_null:
            field_dict["text"] = text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _nones = 0  # optional fields that are None: left out or null
        _mismatched: dict[str, Any] | None = None  # values of no declared shape
        start_sec = src_dict.get("start_sec")
        if start_sec.__class__ not in JSON_NUMBER:
            if start_sec is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "start_sec", start_sec)
                start_sec = None

        end_sec = src_dict.get("end_sec")
        if end_sec.__class__ not in JSON_NUMBER:
            if end_sec is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "end_sec", end_sec)
                end_sec = None

        text = src_dict.get("text")
        if text.__class__ is not str:
            if text is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "text", text)
                text = None

        _instance = cls.__new__(cls)
        _instance.start_sec = start_sec
        _instance.end_sec = end_sec
        _instance.text = text
        _as_declared = len(src_dict) + _nones == 3
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
