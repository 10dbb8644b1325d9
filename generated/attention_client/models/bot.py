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
    from ..models.bot_status import BotStatus


T = TypeVar("T", bound="Bot")

_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "uuid",
        "meetingUrl",
        "status",
    )
)


@_attrs_define
class Bot:
    """A recording bot sent to the meeting."""

    uuid: str | None = None
    """ The bot's UUID. """
    meeting_url: str | None = None
    """ The meeting link the bot joined.
     """
    status: BotStatus | None = None
    """ The bot's latest status. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received_null: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)
    _mismatched: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self._mismatched:
            field_dict.update(self._mismatched)

        uuid = self.uuid
        if uuid is not None or "uuid" in self._received_null:
            field_dict["uuid"] = uuid

        meeting_url = self.meeting_url
        if meeting_url is not None or "meetingUrl" in self._received_null:
            field_dict["meetingUrl"] = meeting_url

        status = self.status
        if status is not None:
            field_dict["status"] = status.to_dict()
        elif "status" in self._received_null:
            field_dict["status"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _nones = 0  # optional fields that are None: left out or null
        _mismatched: dict[str, Any] | None = None  # values of no declared shape
        uuid = src_dict.get("uuid")
        if uuid.__class__ is not str:
            if uuid is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "uuid", uuid)
                uuid = None

        meeting_url = src_dict.get("meetingUrl")
        if meeting_url.__class__ is not str:
            if meeting_url is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "meetingUrl", meeting_url)
                meeting_url = None

        status: Any = src_dict.get("status")
        if status.__class__ is dict:
            try:
                status = _models.BotStatus.from_dict(status)
            except PARSE_ERRORS:  # an item that is not an object, or a required field below
                _mismatched = mismatch(_mismatched, "status", status)
                status = None
        elif status is None:
            _nones += 1
        else:
            _mismatched = mismatch(_mismatched, "status", status)
            status = None

        _instance = cls.__new__(cls)
        _instance.uuid = uuid
        _instance.meeting_url = meeting_url
        _instance.status = status
        _as_declared = len(src_dict) + _nones == 3
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
