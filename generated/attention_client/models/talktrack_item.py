from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TalktrackItem")

_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "uuid",
        "activatedItemId",
        "done",
    )
)


@_attrs_define
class TalktrackItem:
    """One item of a talk track."""

    uuid: None | str | Unset = UNSET
    """ The item's identifier (examples `talk_123`, `cti-uuid-1`). """
    activated_item_id: None | str | Unset = UNSET
    """ The identifier of the activated item (examples `item_456`, `item-uuid-1`). """
    done: bool | None | Unset = UNSET
    """ Whether the item was covered. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        uuid = self.uuid
        if uuid is not UNSET:
            field_dict["uuid"] = uuid

        activated_item_id = self.activated_item_id
        if activated_item_id is not UNSET:
            field_dict["activatedItemId"] = activated_item_id

        done = self.done
        if done is not UNSET:
            field_dict["done"] = done

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        uuid = src_dict.get("uuid", UNSET)

        activated_item_id = src_dict.get("activatedItemId", UNSET)

        done = src_dict.get("done", UNSET)

        _instance = cls.__new__(cls)
        _instance.uuid = uuid
        _instance.activated_item_id = activated_item_id
        _instance.done = done

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
