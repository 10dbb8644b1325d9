from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="CrmRecordReference")


@_attrs_define
class CrmRecordReference:
    """A record in the connected CRM, as `{id, code}`."""

    id: str
    """ The record's identifier in the CRM. """
    code: str
    """ The kind of record, for example `deals` or `opportunity`. """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}

        field_dict["id"] = self.id

        field_dict["code"] = self.code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id = src_dict["id"]

        code = src_dict["code"]

        _instance = cls.__new__(cls)
        _instance.id = id
        _instance.code = code

        return _instance
