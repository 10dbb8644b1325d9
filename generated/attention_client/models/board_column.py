from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import (
    PARSE_ERRORS,
    mismatch,
    mismatched_fields,
    short_repr,
)

if TYPE_CHECKING:
    from ..models.board_card import BoardCard


T = TypeVar("T", bound="BoardColumn")

_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "id",
        "title",
        "children",
    )
)


@_attrs_define
class BoardColumn:
    """One column of a board."""

    id: str | None = None
    """ The column's identifier. """
    title: str | None = None
    """ The column's heading. """
    children: list[BoardCard] | None = None
    """ The cards in the column. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received_null: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)
    _mismatched: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self._mismatched:
            field_dict.update(self._mismatched)

        id = self.id
        if id is not None or "id" in self._received_null:
            field_dict["id"] = id

        title = self.title
        if title is not None or "title" in self._received_null:
            field_dict["title"] = title

        children = self.children
        if children is not None:
            field_dict["children"] = [item.to_dict() for item in children]
        elif "children" in self._received_null:
            field_dict["children"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _nones = 0  # optional fields that are None: left out or null
        _mismatched: dict[str, Any] | None = None  # values of no declared shape
        id = src_dict.get("id")
        if id.__class__ is not str:
            if id is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "id", id)
                id = None

        title = src_dict.get("title")
        if title.__class__ is not str:
            if title is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "title", title)
                title = None

        children: Any = src_dict.get("children")
        if children.__class__ is list:
            try:
                children = list(map(_models.BoardCard.from_dict, children))
            except PARSE_ERRORS:  # an item that is not an object, or a required field below
                _mismatched = mismatch(_mismatched, "children", children)
                children = None
        elif children is None:
            _nones += 1
        else:
            _mismatched = mismatch(_mismatched, "children", children)
            children = None

        _instance = cls.__new__(cls)
        _instance.id = id
        _instance.title = title
        _instance.children = children
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
