from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

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

    uuid: None | str | Unset = UNSET
    """ The bot's UUID. """
    meeting_url: None | str | Unset = UNSET
    """ The meeting link the bot joined (newer docs only). """
    status: BotStatus | None | Unset = UNSET
    """ The bot's latest status. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        uuid = self.uuid
        if uuid is not UNSET:
            field_dict["uuid"] = uuid

        meeting_url = self.meeting_url
        if meeting_url is not UNSET:
            field_dict["meetingUrl"] = meeting_url

        status = self.status
        if status is not UNSET:
            field_dict["status"] = status.to_dict() if isinstance(status, _models.BotStatus) else status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        uuid = src_dict.get("uuid", UNSET)

        meeting_url = src_dict.get("meetingUrl", UNSET)

        status = src_dict.get("status", UNSET)
        if isinstance(status, dict):
            try:
                status = _models.BotStatus.from_dict(status)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # kept as it came, like upstream's union parsing

        _instance = cls.__new__(cls)
        _instance.uuid = uuid
        _instance.meeting_url = meeting_url
        _instance.status = status

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
