from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import (
    Unparsed,
    is_object_list,
    make_lazy,
    mismatch,
    mismatched_fields,
    short_repr,
)

if TYPE_CHECKING:
    from ..models.ask_attention_segment import AskAttentionSegment


T = TypeVar("T", bound="AskAttentionAnswer")

_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "output",
        "conversation_id",
        "error",
        "segments",
    )
)


@_attrs_define
class AskAttentionAnswer:
    """One answer to an Ask Attention prompt: the output for a conversation, or the
    error that stopped it, and the transcript segments it refers to.

        Example:
            {'output': '<string>', 'conversation_id': '<string>', 'error': '<string>', 'segments': [{'start_sec': 123,
                'end_sec': 123, 'text': '<string>'}]}

    """

    output: str | None = None
    """ The answer. """
    conversation_id: str | None = None
    """ The conversation the answer is about. """
    error: str | None = None
    """ Why this answer failed, if it did. """
    segments: list[AskAttentionSegment] | None = None
    """ The transcript segments the answer refers to. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received_null: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)
    _mismatched: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        _slots: Any = self
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self._mismatched:
            field_dict.update(self._mismatched)

        output = self.output
        if output is not None or "output" in self._received_null:
            field_dict["output"] = output

        conversation_id = self.conversation_id
        if conversation_id is not None or "conversation_id" in self._received_null:
            field_dict["conversation_id"] = conversation_id

        error = self.error
        if error is not None or "error" in self._received_null:
            field_dict["error"] = error

        segments = _slots._segments_slot
        if type(segments) is Unparsed:
            field_dict["segments"] = segments.json  # never read: as it came
        else:
            if segments is not None:
                field_dict["segments"] = [item.to_dict() for item in segments]
            elif "segments" in self._received_null:
                field_dict["segments"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _nones = 0  # optional fields that are None: left out or null
        _mismatched: dict[str, Any] | None = None  # values of no declared shape
        output = src_dict.get("output")
        if output.__class__ is not str:
            if output is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "output", output)
                output = None

        conversation_id = src_dict.get("conversation_id")
        if conversation_id.__class__ is not str:
            if conversation_id is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "conversation_id", conversation_id)
                conversation_id = None

        error = src_dict.get("error")
        if error.__class__ is not str:
            if error is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "error", error)
                error = None

        segments: Any = src_dict.get("segments")
        if is_object_list(segments):
            segments = Unparsed(segments)  # parsed on first read
        elif segments is None:
            _nones += 1
        else:
            _mismatched = mismatch(_mismatched, "segments", segments)
            segments = None

        _instance = cls.__new__(cls)
        _slots: Any = _instance
        _instance.output = output
        _instance.conversation_id = conversation_id
        _instance.error = error
        _slots._segments_slot = segments
        _as_declared = len(src_dict) + _nones == 4
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


def _parse_segments(value: Any) -> Any:
    return list(map(_models.AskAttentionSegment.from_dict, value))


def _read_segments(self: Any) -> Any:
    value = self._segments_slot
    if type(value) is Unparsed:
        unparsed, value = value, _parse_segments(value.json)
        if self._segments_slot is unparsed:  # else another thread's read came first
            self._segments_slot = value
        else:
            value = self._segments_slot
    return value


make_lazy(AskAttentionAnswer, "segments", _read_segments, _parse_segments)
