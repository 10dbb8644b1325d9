from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.battlecard import Battlecard
    from ..models.board import Board


T = TypeVar("T", bound="ConversationBoard")

_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "uuid",
        "board",
        "battlecards",
    )
)


@_attrs_define
class ConversationBoard:
    """A board as it was used in one conversation, with its battlecards."""

    uuid: None | str | Unset = UNSET
    """ The identifier of this use of the board. """
    board: Board | None | Unset = UNSET
    """ The board itself. """
    battlecards: list[Battlecard] | None | Unset = UNSET
    """ The battlecards that were shown. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        uuid = self.uuid
        if uuid is not UNSET:
            field_dict["uuid"] = uuid

        board = self.board
        if board is not UNSET:
            field_dict["board"] = board.to_dict() if isinstance(board, _models.Board) else board

        battlecards = self.battlecards
        if battlecards is not UNSET:
            field_dict["battlecards"] = battlecards
            if isinstance(battlecards, list):
                try:
                    field_dict["battlecards"] = [item.to_dict() for item in battlecards]
                except AttributeError:
                    pass  # a list that from_dict kept as it came

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        uuid = src_dict.get("uuid", UNSET)

        board = src_dict.get("board", UNSET)
        if isinstance(board, dict):
            try:
                board = _models.Board.from_dict(board)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # kept as it came, like upstream's union parsing

        battlecards = src_dict.get("battlecards", UNSET)
        if isinstance(battlecards, list):
            try:
                battlecards = list(map(_models.Battlecard.from_dict, battlecards))
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # kept as it came, like upstream's union parsing

        _instance = cls.__new__(cls)
        _instance.uuid = uuid
        _instance.board = board
        _instance.battlecards = battlecards

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
