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
    from ..models.gladia_settings import GladiaSettings


T = TypeVar("T", bound="TranscriptionSettings")


@_attrs_define
class TranscriptionSettings:
    """Transcription options of an import."""

    gladia: GladiaSettings | Unset = UNSET
    """ Options for the Gladia transcription engine.
     """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}

        gladia = self.gladia
        if not isinstance(gladia, Unset):
            field_dict["gladia"] = gladia.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        gladia = src_dict.get("gladia", UNSET)
        if gladia is not UNSET:
            gladia = _models.GladiaSettings.from_dict(gladia)

        _instance = cls.__new__(cls)
        _instance.gladia = gladia

        return _instance
