from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from .. import models as _models

if TYPE_CHECKING:
    from ..models.crm_record_reference import CrmRecordReference


T = TypeVar("T", bound="UpdateLinkedCrmRecordsRequest")


@_attrs_define
class UpdateLinkedCrmRecordsRequest:
    """The CRM records to link, replacing the current set. The docs' schema is beyond the
    stored excerpt; this shape follows the conversation's own `linkedCrmRecords` and
    is unconfirmed.

    """

    linked_crm_records: list[CrmRecordReference]
    """ The records to link; an empty list unlinks every record. """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}

        field_dict["linkedCrmRecords"] = [item.to_dict() for item in self.linked_crm_records]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        linked_crm_records = list(map(_models.CrmRecordReference.from_dict, src_dict["linkedCrmRecords"]))

        _instance = cls.__new__(cls)
        _instance.linked_crm_records = linked_crm_records

        return _instance
