from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import (
    UNSET,
    Unset,
)

if TYPE_CHECKING:
    from ..models.confirm_crm_intelligence_field import ConfirmCrmIntelligenceField


T = TypeVar("T", bound="ConfirmCrmIntelligenceRequest")

_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "intelligence",
        "opportunity_id",
    )
)


@_attrs_define
class ConfirmCrmIntelligenceRequest:
    """The extracted CRM fields to confirm, and the opportunity they belong to. Which
    fields are required is not documented.

        Example:
            {'intelligence': [{'id': '<string>', 'key': '<string>', 'value': '<string>', 'title': '<string>'}],
                'opportunity_id': '<string>'}

    """

    intelligence: list[ConfirmCrmIntelligenceField] | Unset = UNSET
    """ The fields to confirm. """
    opportunity_id: str | Unset = UNSET
    """ The CRM opportunity the fields belong to. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        intelligence = self.intelligence
        if not isinstance(intelligence, Unset):
            field_dict["intelligence"] = [item.to_dict() for item in intelligence]

        opportunity_id = self.opportunity_id
        if opportunity_id is not UNSET:
            field_dict["opportunity_id"] = opportunity_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        intelligence = src_dict.get("intelligence", UNSET)
        if intelligence is not UNSET:
            intelligence = list(map(_models.ConfirmCrmIntelligenceField.from_dict, intelligence))

        opportunity_id = src_dict.get("opportunity_id", UNSET)

        _instance = cls.__new__(cls)
        _instance.intelligence = intelligence
        _instance.opportunity_id = opportunity_id

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
