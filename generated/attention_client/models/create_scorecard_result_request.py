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
    from ..models.scorecard_result_item_input import ScorecardResultItemInput


T = TypeVar("T", bound="CreateScorecardResultRequest")

_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "scorecard_uuid",
        "summary",
        "items",
        "conversation_uuid",
        "chat_uuid",
    )
)


@_attrs_define
class CreateScorecardResultRequest:
    """A scorecard result to record: the scorecard, the conversation, a written summary
    and one entry per scored item.

        Example:
            {'scorecard_uuid': 'sc-uuid-123', 'conversation_uuid': 'conv-uuid-123', 'summary': 'Thorough discovery
                performed.', 'items': [{'scorecard_item_uuid': 'si-uuid-123', 'description': 'Thorough discovery performed.',
                'numeric_result': 100}]}

    """

    scorecard_uuid: str
    """ The scorecard, as in `Scorecard.id`. """
    summary: str
    """ The overall notes. """
    items: list[ScorecardResultItemInput]
    """ The result of each scored item. """
    conversation_uuid: str | Unset = UNSET
    """ The conversation to score, as in `Conversation.id`. """
    chat_uuid: str | Unset = UNSET
    """ The chat to score instead of a conversation. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        field_dict["scorecard_uuid"] = self.scorecard_uuid

        field_dict["summary"] = self.summary

        field_dict["items"] = [item.to_dict() for item in self.items]

        conversation_uuid = self.conversation_uuid
        if conversation_uuid is not UNSET:
            field_dict["conversation_uuid"] = conversation_uuid

        chat_uuid = self.chat_uuid
        if chat_uuid is not UNSET:
            field_dict["chat_uuid"] = chat_uuid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        scorecard_uuid = src_dict["scorecard_uuid"]

        summary = src_dict["summary"]

        items = list(map(_models.ScorecardResultItemInput.from_dict, src_dict["items"]))

        conversation_uuid = src_dict.get("conversation_uuid", UNSET)

        chat_uuid = src_dict.get("chat_uuid", UNSET)

        _instance = cls.__new__(cls)
        _instance.scorecard_uuid = scorecard_uuid
        _instance.summary = summary
        _instance.items = items
        _instance.conversation_uuid = conversation_uuid
        _instance.chat_uuid = chat_uuid

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
