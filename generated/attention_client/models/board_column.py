from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

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

    id: None | str | Unset = UNSET
    """ The column's identifier. """
    title: None | str | Unset = UNSET
    """ The column's heading. """
    children: list[BoardCard] | None | Unset = UNSET
    """ The cards in the column. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        id = self.id
        if id is not UNSET:
            field_dict["id"] = id

        title = self.title
        if title is not UNSET:
            field_dict["title"] = title

        children = self.children
        if children is not UNSET:
            field_dict["children"] = children
            if isinstance(children, list):
                try:
                    field_dict["children"] = [item.to_dict() for item in children]
                except AttributeError:
                    pass  # a list that from_dict kept as it came

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id = src_dict.get("id", UNSET)

        title = src_dict.get("title", UNSET)

        children = src_dict.get("children", UNSET)
        if isinstance(children, list):
            try:
                children = list(map(_models.BoardCard.from_dict, children))
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # kept as it came, like upstream's union parsing

        _instance = cls.__new__(cls)
        _instance.id = id
        _instance.title = title
        _instance.children = children

        if src_dict.keys() <= _KNOWN_KEYS:
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
