from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import (
    PARSE_ERRORS,
    mismatch,
    mismatch_error,
    mismatched_fields,
    short_repr,
)

if TYPE_CHECKING:
    from ..models.field_configuration_item import FieldConfigurationItem
    from ..models.field_configuration_item_assignment import FieldConfigurationItemAssignment


T = TypeVar("T", bound="CreatedFieldConfigurationItem")

_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "item",
        "assignments",
    )
)


@_attrs_define
class CreatedFieldConfigurationItem:
    """A field-configuration item that was just created, and its copies: one assignment
    for each team the configuration is assigned to.

        Example:
            {'item': {'uuid': '<string>', 'fieldConfigurationUUID': '<string>', 'title': '<string>', 'contents': '<string>',
                'category': 'CRM', 'promptType': 'freeform', 'contentType': 'text', 'analysisLevel': 'conversation',
                'createdAt': '2026-01-01T00:00:00Z', 'lastModifiedAt': '2026-01-01T00:00:00Z'}, 'assignments': [{'uuid':
                '<string>', 'intelligenceItemUUID': '<string>', 'teamUUID': '<string>', 'category': 'CRM', 'displayOrder':
                123}]}

    """

    item: FieldConfigurationItem
    """ One field of a field configuration: a prompt Attention evaluates against a
    conversation to produce a value. It is copied once for each team the
    configuration is assigned to.
     """
    assignments: list[FieldConfigurationItemAssignment] | None = None
    """ The item's per-team assignments. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received_null: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)
    _mismatched: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self._mismatched:
            field_dict.update(self._mismatched)

        field_dict["item"] = self.item.to_dict()

        assignments = self.assignments
        if assignments is not None:
            field_dict["assignments"] = [item.to_dict() for item in assignments]
        elif "assignments" in self._received_null:
            field_dict["assignments"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _nones = 0  # optional fields that are None: left out or null
        _mismatched: dict[str, Any] | None = None  # values of no declared shape
        item = src_dict["item"]
        if item.__class__ is not dict:
            raise mismatch_error("CreatedFieldConfigurationItem", "item", item, "an object")
        item = _models.FieldConfigurationItem.from_dict(item)

        assignments: Any = src_dict.get("assignments")
        if assignments.__class__ is list:
            try:
                assignments = list(map(_models.FieldConfigurationItemAssignment.from_dict, assignments))
            except PARSE_ERRORS:  # an item that is not an object, or a required field below
                _mismatched = mismatch(_mismatched, "assignments", assignments)
                assignments = None
        elif assignments is None:
            _nones += 1
        else:
            _mismatched = mismatch(_mismatched, "assignments", assignments)
            assignments = None

        _instance = cls.__new__(cls)
        _instance.item = item
        _instance.assignments = assignments
        _as_declared = len(src_dict) + _nones == 2
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
