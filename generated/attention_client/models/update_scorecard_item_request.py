from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from .. import models as _models
from ..types import (
    UNSET,
    Unset,
)

if TYPE_CHECKING:
    from ..models.scorecard_template_item_metadata_input import ScorecardTemplateItemMetadataInput


T = TypeVar("T", bound="UpdateScorecardItemRequest")


@_attrs_define
class UpdateScorecardItemRequest:
    """The fields of a scorecard item to change, at least one. Moving an item does not
    move the others.

        Example:
            {'title': 'Discovery Quality (revised)', 'weight': 30}

    """

    title: str | Unset = UNSET
    """ The new title, 1 to 128 characters. """
    weight: int | Unset = UNSET
    """ The new weight, 0 to 100. """
    position: int | Unset = UNSET
    """ The new position; other items keep theirs. """
    expert_prompt: str | Unset = UNSET
    """ The new expert-mode prompt, at most 8000 characters. """
    metadata: ScorecardTemplateItemMetadataInput | Unset = UNSET
    """ A scorecard item's scale; numeric items fill `numericMetadata`. """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}

        title = self.title
        if title is not UNSET:
            field_dict["title"] = title

        weight = self.weight
        if weight is not UNSET:
            field_dict["weight"] = weight

        position = self.position
        if position is not UNSET:
            field_dict["position"] = position

        expert_prompt = self.expert_prompt
        if expert_prompt is not UNSET:
            field_dict["expertPrompt"] = expert_prompt

        metadata = self.metadata
        if not isinstance(metadata, Unset):
            field_dict["metadata"] = metadata.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        title = src_dict.get("title", UNSET)

        weight = src_dict.get("weight", UNSET)

        position = src_dict.get("position", UNSET)

        expert_prompt = src_dict.get("expertPrompt", UNSET)

        metadata = src_dict.get("metadata", UNSET)
        if metadata is not UNSET:
            metadata = _models.ScorecardTemplateItemMetadataInput.from_dict(metadata)

        _instance = cls.__new__(cls)
        _instance.title = title
        _instance.weight = weight
        _instance.position = position
        _instance.expert_prompt = expert_prompt
        _instance.metadata = metadata

        return _instance
