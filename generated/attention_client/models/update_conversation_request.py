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
    from ..models.labels_update import LabelsUpdate


T = TypeVar("T", bound="UpdateConversationRequest")


@_attrs_define
class UpdateConversationRequest:
    """The changes to make. At least one of `title` and `labels` must be given (an empty
    body would change nothing). Both are optional because the docs do not mark either
    as required.

    """

    title: str | Unset = UNSET
    """ The new title of the conversation. """
    labels: LabelsUpdate | Unset = UNSET
    """ Labels to set, as label name to value. The docs' example uses string-to-string
    pairs such as `{"deal_stage": "negotiation"}`.
     """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}

        title = self.title
        if title is not UNSET:
            field_dict["title"] = title

        labels = self.labels
        if not isinstance(labels, Unset):
            field_dict["labels"] = labels.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        title = src_dict.get("title", UNSET)

        labels = src_dict.get("labels", UNSET)
        if labels is not UNSET:
            labels = _models.LabelsUpdate.from_dict(labels)

        _instance = cls.__new__(cls)
        _instance.title = title
        _instance.labels = labels

        return _instance
