from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    mismatch,
    mismatched_fields,
    short_repr,
)

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

    uuid: str | None = None
    """ The item's identifier (examples `talk_123`, `cti-uuid-1`). """
    activated_item_id: str | None = None
    """ The identifier of the activated item (examples `item_456`, `item-uuid-1`). """
    done: bool | None = None
    """ Whether the item was covered. """
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

        activated_item_id = self.activated_item_id
        if activated_item_id is not None or "activatedItemId" in self._received_null:
            field_dict["activatedItemId"] = activated_item_id

        done = self.done
        if done is not None or "done" in self._received_null:
            field_dict["done"] = done

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

        activated_item_id = src_dict.get("activatedItemId")
        if activated_item_id.__class__ is not str:
            if activated_item_id is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "activatedItemId", activated_item_id)
                activated_item_id = None

        done = src_dict.get("done")
        if done.__class__ is not bool:
            if done is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "done", done)
                done = None

        _instance = cls.__new__(cls)
        _instance.uuid = uuid
        _instance.activated_item_id = activated_item_id
        _instance.done = done
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
