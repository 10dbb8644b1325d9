from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import (
    UNSET,
    Unset,
)

T = TypeVar("T", bound="AskAttentionRequest")


@_attrs_define
class AskAttentionRequest:
    """A prompt, and what it is about: either `conversations_ids` (with `deal_id` an
    empty string) or `deal_id` (with `conversations_ids` left out or empty), never
    both.

        Example:
            {'conversations_ids': ['<string>'], 'deal_id': '', 'prompt': '<string>'}

    """

    deal_id: str
    """ The deal to ask about; an empty string to ask about `conversations_ids`. """
    prompt: str
    """ The question or instruction. """
    conversations_ids: list[str] | Unset = UNSET
    """ The conversations to ask about (their ids); leave out or empty to ask about a deal. """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}

        field_dict["deal_id"] = self.deal_id

        field_dict["prompt"] = self.prompt

        conversations_ids = self.conversations_ids
        if conversations_ids is not UNSET:
            field_dict["conversations_ids"] = conversations_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        deal_id = src_dict["deal_id"]

        prompt = src_dict["prompt"]

        conversations_ids = src_dict.get("conversations_ids", UNSET)

        _instance = cls.__new__(cls)
        _instance.deal_id = deal_id
        _instance.prompt = prompt
        _instance.conversations_ids = conversations_ids

        return _instance
