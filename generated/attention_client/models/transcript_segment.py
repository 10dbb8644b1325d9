from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import (
    PARSE_ERRORS,
    mismatch,
    mismatched_fields,
    short_repr,
)

if TYPE_CHECKING:
    from ..models.transcript_speaker import TranscriptSpeaker
    from ..models.transcript_word import TranscriptWord


T = TypeVar("T", bound="TranscriptSegment")

_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "speaker",
        "words",
    )
)


@_attrs_define
class TranscriptSegment:
    """One stretch of a detailed transcript: who spoke, and the words said."""

    speaker: TranscriptSpeaker | None = None
    """ Who spoke. """
    words: list[TranscriptWord] | None = None
    """ The words said, in order. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received_null: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)
    _mismatched: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self._mismatched:
            field_dict.update(self._mismatched)

        speaker = self.speaker
        if speaker is not None:
            field_dict["speaker"] = speaker.to_dict()
        elif "speaker" in self._received_null:
            field_dict["speaker"] = None

        words = self.words
        if words is not None:
            field_dict["words"] = [item.to_dict() for item in words]
        elif "words" in self._received_null:
            field_dict["words"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _nones = 0  # optional fields that are None: left out or null
        _mismatched: dict[str, Any] | None = None  # values of no declared shape
        speaker: Any = src_dict.get("speaker")
        if speaker.__class__ is dict:
            try:
                speaker = _models.TranscriptSpeaker.from_dict(speaker)
            except PARSE_ERRORS:  # an item that is not an object, or a required field below
                _mismatched = mismatch(_mismatched, "speaker", speaker)
                speaker = None
        elif speaker is None:
            _nones += 1
        else:
            _mismatched = mismatch(_mismatched, "speaker", speaker)
            speaker = None

        words: Any = src_dict.get("words")
        if words.__class__ is list:
            try:
                words = list(map(_models.TranscriptWord.from_dict, words))
            except PARSE_ERRORS:  # an item that is not an object, or a required field below
                _mismatched = mismatch(_mismatched, "words", words)
                words = None
        elif words is None:
            _nones += 1
        else:
            _mismatched = mismatch(_mismatched, "words", words)
            words = None

        _instance = cls.__new__(cls)
        _instance.speaker = speaker
        _instance.words = words
        _as_declared = len(src_dict) + _nones == 2
        _instance._received_null = (
            ()
            if _as_declared
            else tuple(key for key, value in src_dict.items() if value is None and key in _KNOWN_KEYS)
        )
        _instance._mismatched = _mismatched

        if _as_declared:
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

    @property
    def mismatched_fields(self) -> Mapping[str, Any]:
        """The fields whose value fit no declared shape, by JSON name, as they came.

        Such a field reads as one left out (None, or an empty map) rather than as
        something it is not, and ``to_dict()`` writes it back as it came, unless a value
        was set since. Nested models keep their own.
        """
        return mismatched_fields(self)

    def __repr__(self) -> str:
        return short_repr(self)
