from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import short_repr

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

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

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
        uuid = src_dict.get("uuid")
        if uuid is None:
            _nones += 1

        keywords = src_dict.get("keywords")
        if keywords is None:
            _nones += 1

        response = src_dict.get("response")
        if response is None:
            _nones += 1

        text = src_dict.get("text")
        if text is None:
            _nones += 1

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

    def __repr__(self) -> str:
        return short_repr(self)
