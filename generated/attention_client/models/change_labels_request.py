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


T = TypeVar("T", bound="ChangeLabelsRequest")


@_attrs_define
class ChangeLabelsRequest:
    """The labels to set. The docs do not say which fields are required; `labels` is
    required here because a body without it would change nothing, and `skip_analysis`
    is sent only when given.

    """

    labels: LabelsUpdate
    """ Labels to set, as label name to value. The docs' example uses string-to-string
    pairs such as `{"deal_stage": "negotiation"}`.
     """
    skip_analysis: bool | Unset = UNSET
    """ Skip the analysis that a change of labels would start.
     """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}

        field_dict["labels"] = self.labels.to_dict()

        skip_analysis = self.skip_analysis
        if skip_analysis is not UNSET:
            field_dict["skip_analysis"] = skip_analysis

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        labels = _models.LabelsUpdate.from_dict(src_dict["labels"])

        skip_analysis = src_dict.get("skip_analysis", UNSET)

        _instance = cls.__new__(cls)
        _instance.labels = labels
        _instance.skip_analysis = skip_analysis

        return _instance
