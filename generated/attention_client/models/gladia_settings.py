from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import (
    UNSET,
    Unset,
)

T = TypeVar("T", bound="GladiaSettings")


@_attrs_define
class GladiaSettings:
    """Options for the Gladia transcription engine."""

    enable_diarization: bool | Unset = UNSET
    """ Tell the speakers apart. """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}

        enable_diarization = self.enable_diarization
        if enable_diarization is not UNSET:
            field_dict["enableDiarization"] = enable_diarization

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        enable_diarization = src_dict.get("enableDiarization", UNSET)

        _instance = cls.__new__(cls)
        _instance.enable_diarization = enable_diarization

        return _instance
