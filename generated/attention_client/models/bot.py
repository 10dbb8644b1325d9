from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import PARSE_ERRORS, short_repr

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

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        uuid = self.uuid
        if uuid is not None or "uuid" in self._received_null:
            field_dict["uuid"] = uuid

        meeting_url = self.meeting_url
        if meeting_url is not None or "meetingUrl" in self._received_null:
            field_dict["meetingUrl"] = meeting_url

        status = self.status
        if status is not None:
            field_dict["status"] = status.to_dict() if isinstance(status, _models.BotStatus) else status
        elif "status" in self._received_null:
            field_dict["status"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _nones = 0  # optional fields that are None: left out or null
        uuid = src_dict.get("uuid")
        if uuid is None:
            _nones += 1

        meeting_url = src_dict.get("meetingUrl")
        if meeting_url is None:
            _nones += 1

        status: Any = src_dict.get("status")
        if isinstance(status, dict):
            try:
                status = _models.BotStatus.from_dict(status)
            except PARSE_ERRORS:
                pass  # kept as it came, like upstream's union parsing
        elif status is None:
            _nones += 1

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

    def __repr__(self) -> str:
        return short_repr(self)
