from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import (
    UNSET,
    Unset,
)

T = TypeVar("T", bound="ChangeConversationOpportunityRequest")


@_attrs_define
class ChangeConversationOpportunityRequest:
    """The conversation, and the opportunity to link it to (`opportunity_id`, needed to
    link or change) or `remove_opportunity` to unlink it.

        Example:
            {'conversation_id': '<string>', 'opportunity_id': '<string>', 'entity_code': 'salesforce',
                'skip_intelligence_calculation': False, 'remove_opportunity': False}

    """

    conversation_id: str
    """ The conversation's UUID. """
    opportunity_id: str | Unset = UNSET
    """ The opportunity to link; needed when linking or changing. """
    entity_code: str | Unset = UNSET
    """ The CRM the opportunity is in, for example `salesforce` or `hubspot`. """
    skip_intelligence_calculation: bool | Unset = UNSET
    """ Do not recalculate the conversation's CRM intelligence fields (false by default). """
    remove_opportunity: bool | Unset = UNSET
    """ Unlink the conversation's opportunity instead (false by default). """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}

        field_dict["conversation_id"] = self.conversation_id

        opportunity_id = self.opportunity_id
        if opportunity_id is not UNSET:
            field_dict["opportunity_id"] = opportunity_id

        entity_code = self.entity_code
        if entity_code is not UNSET:
            field_dict["entity_code"] = entity_code

        skip_intelligence_calculation = self.skip_intelligence_calculation
        if skip_intelligence_calculation is not UNSET:
            field_dict["skip_intelligence_calculation"] = skip_intelligence_calculation

        remove_opportunity = self.remove_opportunity
        if remove_opportunity is not UNSET:
            field_dict["remove_opportunity"] = remove_opportunity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        conversation_id = src_dict["conversation_id"]

        opportunity_id = src_dict.get("opportunity_id", UNSET)

        entity_code = src_dict.get("entity_code", UNSET)

        skip_intelligence_calculation = src_dict.get("skip_intelligence_calculation", UNSET)

        remove_opportunity = src_dict.get("remove_opportunity", UNSET)

        _instance = cls.__new__(cls)
        _instance.conversation_id = conversation_id
        _instance.opportunity_id = opportunity_id
        _instance.entity_code = entity_code
        _instance.skip_intelligence_calculation = skip_intelligence_calculation
        _instance.remove_opportunity = remove_opportunity

        return _instance
