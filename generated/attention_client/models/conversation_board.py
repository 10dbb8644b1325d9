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

    uuid: str | None = None
    """ The identifier of this use of the board. """
    board: Board | None = None
    """ The board itself. """
    battlecards: list[Battlecard] | None = None
    """ The battlecards that were shown. """
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

        board = self.board
        if board is not None:
            field_dict["board"] = board.to_dict()
        elif "board" in self._received_null:
            field_dict["board"] = None

        battlecards = self.battlecards
        if battlecards is not None:
            field_dict["battlecards"] = [item.to_dict() for item in battlecards]
        elif "battlecards" in self._received_null:
            field_dict["battlecards"] = None

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

        board: Any = src_dict.get("board")
        if board.__class__ is dict:
            try:
                board = _models.Board.from_dict(board)
            except PARSE_ERRORS:  # an item that is not an object, or a required field below
                _mismatched = mismatch(_mismatched, "board", board)
                board = None
        elif board is None:
            _nones += 1
        else:
            _mismatched = mismatch(_mismatched, "board", board)
            board = None

        battlecards: Any = src_dict.get("battlecards")
        if battlecards.__class__ is list:
            try:
                battlecards = list(map(_models.Battlecard.from_dict, battlecards))
            except PARSE_ERRORS:  # an item that is not an object, or a required field below
                _mismatched = mismatch(_mismatched, "battlecards", battlecards)
                battlecards = None
        elif battlecards is None:
            _nones += 1
        else:
            _mismatched = mismatch(_mismatched, "battlecards", battlecards)
            battlecards = None

        _instance = cls.__new__(cls)
        _instance.uuid = uuid
        _instance.board = board
        _instance.battlecards = battlecards
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
