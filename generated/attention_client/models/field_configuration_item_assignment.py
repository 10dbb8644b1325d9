from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    mismatch,
    mismatch_error,
    mismatched_fields,
    short_repr,
)

T = TypeVar("T", bound="FieldConfigurationItemAssignment")

_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "uuid",
        "intelligenceItemUUID",
        "teamUUID",
        "category",
        "displayOrder",
    )
)


@_attrs_define
class FieldConfigurationItemAssignment:
    """A field-configuration item's copy for one team.

    Example:
        {'uuid': '<string>', 'intelligenceItemUUID': '<string>', 'teamUUID': '<string>', 'category': 'CRM',
            'displayOrder': 123}

    """

    uuid: str
    """ The assignment's UUID. """
    intelligence_item_uuid: str | None = None
    """ The UUID of the item it copies (`FieldConfigurationItem.uuid`). """
    team_uuid: str | None = None
    """ The UUID of the team it is for. """
    category: str | None = None
    """ The item's category (see `FieldConfigurationItem.category`). """
    display_order: int | None = None
    """ The item's place among the team's fields. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received_null: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)
    _mismatched: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self._mismatched:
            field_dict.update(self._mismatched)

        field_dict["uuid"] = self.uuid

        intelligence_item_uuid = self.intelligence_item_uuid
        if intelligence_item_uuid is not None or "intelligenceItemUUID" in self._received_null:
            field_dict["intelligenceItemUUID"] = intelligence_item_uuid

        team_uuid = self.team_uuid
        if team_uuid is not None or "teamUUID" in self._received_null:
            field_dict["teamUUID"] = team_uuid

        category = self.category
        if category is not None or "category" in self._received_null:
            field_dict["category"] = category

        display_order = self.display_order
        if display_order is not None or "displayOrder" in self._received_null:
            field_dict["displayOrder"] = display_order

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _nones = 0  # optional fields that are None: left out or null
        _mismatched: dict[str, Any] | None = None  # values of no declared shape
        uuid = src_dict["uuid"]
        if uuid.__class__ is not str:
            raise mismatch_error("FieldConfigurationItemAssignment", "uuid", uuid, "a string")

        intelligence_item_uuid = src_dict.get("intelligenceItemUUID")
        if intelligence_item_uuid.__class__ is not str:
            if intelligence_item_uuid is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "intelligenceItemUUID", intelligence_item_uuid)
                intelligence_item_uuid = None

        team_uuid = src_dict.get("teamUUID")
        if team_uuid.__class__ is not str:
            if team_uuid is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "teamUUID", team_uuid)
                team_uuid = None

        category = src_dict.get("category")
        if category.__class__ is not str:
            if category is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "category", category)
                category = None

        display_order = src_dict.get("displayOrder")
        if display_order.__class__ is not int:
            if display_order is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "displayOrder", display_order)
                display_order = None

        _instance = cls.__new__(cls)
        _instance.uuid = uuid
        _instance.intelligence_item_uuid = intelligence_item_uuid
        _instance.team_uuid = team_uuid
        _instance.category = category
        _instance.display_order = display_order
        _as_declared = len(src_dict) + _nones == 5
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
