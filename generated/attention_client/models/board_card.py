from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    is_str_list,
    mismatch,
    mismatched_fields,
    short_repr,
)

T = TypeVar("T", bound="BoardCard")

_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "uuid",
        "keywords",
        "response",
        "text",
    )
)


@_attrs_define
class BoardCard:
    """A card on a board column, triggered by keywords."""

    uuid: str | None = None
    """ The card's UUID. """
    keywords: list[str] | None = None
    """ The phrases that bring the card up. """
    response: str | None = None
    """ The suggested response. """
    text: str | None = None
    """ The card's text. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received_null: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)
    _mismatched: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self._mismatched:
            field_dict.update(self._mismatched)

        uuid = self.uuid
        if uuid is not None or "uuid" in self._received_null:
            field_dict["uuid"] = uuid

        keywords = self.keywords
        if keywords is not None or "keywords" in self._received_null:
            field_dict["keywords"] = keywords

        response = self.response
        if response is not None or "response" in self._received_null:
            field_dict["response"] = response

        text = self.text
        if text is not None or "text" in self._received_null:
            field_dict["text"] = text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _nones = 0  # optional fields that are None: left out or null
        _mismatched: dict[str, Any] | None = None  # values of no declared shape
        uuid = src_dict.get("uuid")
        if uuid.__class__ is not str:
            if uuid is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "uuid", uuid)
                uuid = None

        keywords = src_dict.get("keywords")
        if keywords.__class__ is not list or not is_str_list(keywords):
            if keywords is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "keywords", keywords)
                keywords = None

        response = src_dict.get("response")
        if response.__class__ is not str:
            if response is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "response", response)
                response = None

        text = src_dict.get("text")
        if text.__class__ is not str:
            if text is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "text", text)
                text = None

        _instance = cls.__new__(cls)
        _instance.uuid = uuid
        _instance.keywords = keywords
        _instance.response = response
        _instance.text = text
        _as_declared = len(src_dict) + _nones == 4
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
