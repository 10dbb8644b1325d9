from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Battlecard")


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
        uuid: None | str | Unset
        if isinstance(self.uuid, Unset):
            uuid = UNSET
        else:
            uuid = self.uuid

        activated_battlecard_id: None | str | Unset
        if isinstance(self.activated_battlecard_id, Unset):
            activated_battlecard_id = UNSET
        else:
            activated_battlecard_id = self.activated_battlecard_id

        hidden: bool | None | Unset
        if isinstance(self.hidden, Unset):
            hidden = UNSET
        else:
            hidden = self.hidden

        feedback_action: None | str | Unset
        if isinstance(self.feedback_action, Unset):
            feedback_action = UNSET
        else:
            feedback_action = self.feedback_action

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if activated_battlecard_id is not UNSET:
            field_dict["activatedBattlecardID"] = activated_battlecard_id
        if hidden is not UNSET:
            field_dict["hidden"] = hidden
        if feedback_action is not UNSET:
            field_dict["feedbackAction"] = feedback_action

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_uuid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        uuid = _parse_uuid(d.pop("uuid", UNSET))

        def _parse_activated_battlecard_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        activated_battlecard_id = _parse_activated_battlecard_id(d.pop("activatedBattlecardID", UNSET))

        def _parse_hidden(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        hidden = _parse_hidden(d.pop("hidden", UNSET))

        def _parse_feedback_action(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        feedback_action = _parse_feedback_action(d.pop("feedbackAction", UNSET))

        battlecard = cls(
            uuid=uuid,
            activated_battlecard_id=activated_battlecard_id,
            hidden=hidden,
            feedback_action=feedback_action,
        )

        battlecard.additional_properties = d
        return battlecard

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
