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
    from ..models.import_extra import ImportExtra
    from ..models.import_participant import ImportParticipant


T = TypeVar("T", bound="ImportExternalMetadata")


@_attrs_define
class ImportExternalMetadata:
    """Metadata from the source application."""

    participants: list[ImportParticipant] | Unset = UNSET
    """ The people in the recorded conversation. """
    extra: ImportExtra | Unset = UNSET
    """ Free-form data of the source application, kept as given.
     """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}

        participants = self.participants
        if not isinstance(participants, Unset):
            field_dict["participants"] = [item.to_dict() for item in participants]

        extra = self.extra
        if not isinstance(extra, Unset):
            field_dict["extra"] = extra.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        participants = src_dict.get("participants", UNSET)
        if participants is not UNSET:
            participants = list(map(_models.ImportParticipant.from_dict, participants))

        extra = src_dict.get("extra", UNSET)
        if extra is not UNSET:
            extra = _models.ImportExtra.from_dict(extra)

        _instance = cls.__new__(cls)
        _instance.participants = participants
        _instance.extra = extra

        return _instance
