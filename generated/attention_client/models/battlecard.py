from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Battlecard")

_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "uuid",
        "activatedBattlecardID",
        "hidden",
        "feedbackAction",
    )
)


@_attrs_define
class Battlecard:
    """A battlecard that was activated during the conversation."""

    uuid: None | str | Unset = UNSET
    """ The battlecard's UUID. """
    activated_battlecard_id: None | str | Unset = UNSET
    """ The identifier of this activation. """
    hidden: bool | None | Unset = UNSET
    """ Whether the battlecard was hidden. """
    feedback_action: None | str | Unset = UNSET
    """ The feedback given on the battlecard; open string. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        uuid = self.uuid
        if uuid is not UNSET:
            field_dict["uuid"] = uuid

        activated_battlecard_id = self.activated_battlecard_id
        if activated_battlecard_id is not UNSET:
            field_dict["activatedBattlecardID"] = activated_battlecard_id

        hidden = self.hidden
        if hidden is not UNSET:
            field_dict["hidden"] = hidden

        feedback_action = self.feedback_action
        if feedback_action is not UNSET:
            field_dict["feedbackAction"] = feedback_action

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        uuid = src_dict.get("uuid", UNSET)

        activated_battlecard_id = src_dict.get("activatedBattlecardID", UNSET)

        hidden = src_dict.get("hidden", UNSET)

        feedback_action = src_dict.get("feedbackAction", UNSET)

        _instance = cls.__new__(cls)
        _instance.uuid = uuid
        _instance.activated_battlecard_id = activated_battlecard_id
        _instance.hidden = hidden
        _instance.feedback_action = feedback_action

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
