from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.snippet_reference_transcript_version import (
    SnippetReferenceTranscriptVersion,
    check_snippet_reference_transcript_version,
)
from ..types import (
    UNSET,
    Unset,
)

if TYPE_CHECKING:
    from ..models.snippet_index_range import SnippetIndexRange


T = TypeVar("T", bound="SnippetReference")

_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "characters",
        "speakers",
        "transcript_version",
    )
)


@_attrs_define
class SnippetReference:
    """The transcript range the snippet covers.

    Example:
        {'characters': {'start_idx': '<string>', 'end_idx': '<string>'}, 'speakers': {'start_idx': '<string>',
            'end_idx': '<string>'}, 'transcript_version': 'V1'}

    """

    characters: SnippetIndexRange | Unset = UNSET
    """ A range of transcript indexes; the docs send the indexes as strings. """
    speakers: SnippetIndexRange | Unset = UNSET
    """ A range of transcript indexes; the docs send the indexes as strings. """
    transcript_version: SnippetReferenceTranscriptVersion | Unset = UNSET
    """ The transcript version the indexes refer to. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        characters = self.characters
        if not isinstance(characters, Unset):
            field_dict["characters"] = characters.to_dict()

        speakers = self.speakers
        if not isinstance(speakers, Unset):
            field_dict["speakers"] = speakers.to_dict()

        transcript_version: str | Unset = UNSET
        if not isinstance(self.transcript_version, Unset):
            transcript_version = self.transcript_version

        if transcript_version is not UNSET:
            field_dict["transcript_version"] = transcript_version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        characters = src_dict.get("characters", UNSET)
        if characters is not UNSET:
            characters = _models.SnippetIndexRange.from_dict(characters)

        speakers = src_dict.get("speakers", UNSET)
        if speakers is not UNSET:
            speakers = _models.SnippetIndexRange.from_dict(speakers)

        _transcript_version = src_dict.get("transcript_version", UNSET)
        transcript_version: SnippetReferenceTranscriptVersion | Unset
        if isinstance(_transcript_version, Unset):
            transcript_version = UNSET
        else:
            transcript_version = check_snippet_reference_transcript_version(_transcript_version)

        _instance = cls.__new__(cls)
        _instance.characters = characters
        _instance.speakers = speakers
        _instance.transcript_version = transcript_version

        if src_dict.keys() <= _KNOWN_KEYS:
            _instance.additional_properties = {}
        else:
            _instance.additional_properties = {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}
        return _instance

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
