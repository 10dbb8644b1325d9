from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.labels_update import LabelsUpdate


T = TypeVar("T", bound="UpdateConversationRequest")


@_attrs_define
class UpdateConversationRequest:
    """The changes to make. At least one of `title` and `labels` must be given
    (an empty body would change nothing). Both are optional because the docs
    do not mark either as required (facts D-upd-new, G-jskit-src).

    """

    title: str | Unset = UNSET
    """ The new title of the conversation. """
    labels: LabelsUpdate | Unset = UNSET
    """ Labels to set, as label name to value. The docs' example uses
    string-to-string pairs such as `{"deal_stage": "negotiation"}` (facts D-labels).
     """

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        labels: dict[str, Any] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = self.labels.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if labels is not UNSET:
            field_dict["labels"] = labels

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.labels_update import LabelsUpdate  # noqa: PLC0415

        d = dict(src_dict)
        title = d.pop("title", UNSET)

        _labels = d.pop("labels", UNSET)
        labels: LabelsUpdate | Unset
        if isinstance(_labels, Unset):
            labels = UNSET
        else:
            labels = LabelsUpdate.from_dict(_labels)

        update_conversation_request = cls(
            title=title,
            labels=labels,
        )

        return update_conversation_request
