from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.battlecard import Battlecard
    from ..models.board import Board


T = TypeVar("T", bound="ConversationBoard")


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
        from ..models.board import Board  # noqa: PLC0415

        uuid: None | str | Unset
        if isinstance(self.uuid, Unset):
            uuid = UNSET
        else:
            uuid = self.uuid

        board: dict[str, Any] | None | Unset
        if isinstance(self.board, Unset):
            board = UNSET
        elif isinstance(self.board, Board):
            board = self.board.to_dict()
        else:
            board = self.board

        battlecards: list[dict[str, Any]] | None | Unset
        if isinstance(self.battlecards, Unset):
            battlecards = UNSET
        elif isinstance(self.battlecards, list):
            battlecards = []
            for battlecards_type_0_item_data in self.battlecards:
                battlecards_type_0_item = battlecards_type_0_item_data.to_dict()
                battlecards.append(battlecards_type_0_item)

        else:
            battlecards = self.battlecards

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if board is not UNSET:
            field_dict["board"] = board
        if battlecards is not UNSET:
            field_dict["battlecards"] = battlecards

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.battlecard import Battlecard  # noqa: PLC0415
        from ..models.board import Board  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_uuid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        uuid = _parse_uuid(d.pop("uuid", UNSET))

        def _parse_board(data: object) -> Board | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                board_type_0 = Board.from_dict(data)

                return board_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Board | None | Unset, data)

        board = _parse_board(d.pop("board", UNSET))

        def _parse_battlecards(data: object) -> list[Battlecard] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                battlecards_type_0 = []
                _battlecards_type_0 = data
                for battlecards_type_0_item_data in _battlecards_type_0:
                    battlecards_type_0_item = Battlecard.from_dict(battlecards_type_0_item_data)

                    battlecards_type_0.append(battlecards_type_0_item)

                return battlecards_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Battlecard] | None | Unset, data)

        battlecards = _parse_battlecards(d.pop("battlecards", UNSET))

        conversation_board = cls(
            uuid=uuid,
            board=board,
            battlecards=battlecards,
        )

        conversation_board.additional_properties = d
        return conversation_board

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
