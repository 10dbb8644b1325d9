from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from .. import models as _models
from ..models.create_scorecard_item_request_type import (
    CreateScorecardItemRequestType,
    check_create_scorecard_item_request_type,
)
from ..types import (
    UNSET,
    Unset,
)

if TYPE_CHECKING:
    from ..models.scorecard_template_item_metadata_input import ScorecardTemplateItemMetadataInput


T = TypeVar("T", bound="CreateScorecardItemRequest")


@_attrs_define
class CreateScorecardItemRequest:
    """An item to add to a scorecard template. `title`, `type` and `weight` are
    required; the item goes at the end unless `position` is given.

        Example:
            {'title': 'Discovery Quality', 'type': 'numeric', 'weight': 25, 'metadata': {'numericMetadata': {'min': 0,
                'middle': 50, 'max': 100, 'minCriteria': 'No discovery questions asked.', 'middleCriteria': 'Some discovery
                questions asked.', 'maxCriteria': 'Thorough discovery performed.'}}}

    """

    title: str
    """ The item's title, 1 to 128 characters. """
    type_: CreateScorecardItemRequestType
    """ How the item is scored; only `numeric` exists. """
    weight: int
    """ The item's weight in the scorecard, 0 to 100. """
    position: int | Unset = UNSET
    """ Where to put the item; at the end when left out. """
    expert_prompt: str | Unset = UNSET
    """ The item's own prompt in expert mode, at most 8000 characters. """
    metadata: ScorecardTemplateItemMetadataInput | Unset = UNSET
    """ A scorecard item's scale; numeric items fill `numericMetadata`. """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}

        field_dict["title"] = self.title

        type_: str = self.type_
        field_dict["type"] = type_

        field_dict["weight"] = self.weight

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
        title = src_dict["title"]

        type_ = check_create_scorecard_item_request_type(src_dict["type"])

        weight = src_dict["weight"]

        position = src_dict.get("position", UNSET)

        expert_prompt = src_dict.get("expertPrompt", UNSET)

        metadata = src_dict.get("metadata", UNSET)
        if metadata is not UNSET:
            metadata = _models.ScorecardTemplateItemMetadataInput.from_dict(metadata)

        _instance = cls.__new__(cls)
        _instance.title = title
        _instance.type_ = type_
        _instance.weight = weight
        _instance.position = position
        _instance.expert_prompt = expert_prompt
        _instance.metadata = metadata

        return _instance
