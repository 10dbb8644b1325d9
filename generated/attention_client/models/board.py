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
    from ..models.board_column import BoardColumn
    from ..models.team import Team


T = TypeVar("T", bound="Board")

_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "uuid",
        "name",
        "columns",
        "team",
        "teamUUID",
    )
)


@_attrs_define
class Board:
    """A board (playbook) of prompts, organised in columns."""

    uuid: str | None = None
    """ The board's UUID. """
    name: str | None = None
    """ The board's name (example `Sales Playbook`). """
    columns: list[BoardColumn] | None = None
    """ The board's columns. """
    team: Team | None = None
    """ The team that owns the board. """
    team_uuid: str | None = None
    """ The UUID of the team that owns the board. """
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

        name = self.name
        if name is not None or "name" in self._received_null:
            field_dict["name"] = name

        columns = self.columns
        if columns is not None:
            field_dict["columns"] = [item.to_dict() for item in columns]
        elif "columns" in self._received_null:
            field_dict["columns"] = None

        team = self.team
        if team is not None:
            field_dict["team"] = team.to_dict()
        elif "team" in self._received_null:
            field_dict["team"] = None

        team_uuid = self.team_uuid
        if team_uuid is not None or "teamUUID" in self._received_null:
            field_dict["teamUUID"] = team_uuid

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

        name = src_dict.get("name")
        if name.__class__ is not str:
            if name is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "name", name)
                name = None

        columns: Any = src_dict.get("columns")
        if columns.__class__ is list:
            try:
                columns = list(map(_models.BoardColumn.from_dict, columns))
            except PARSE_ERRORS:  # an item that is not an object, or a required field below
                _mismatched = mismatch(_mismatched, "columns", columns)
                columns = None
        elif columns is None:
            _nones += 1
        else:
            _mismatched = mismatch(_mismatched, "columns", columns)
            columns = None

        team: Any = src_dict.get("team")
        if team.__class__ is dict:
            try:
                team = _models.Team.from_dict(team)
            except PARSE_ERRORS:  # an item that is not an object, or a required field below
                _mismatched = mismatch(_mismatched, "team", team)
                team = None
        elif team is None:
            _nones += 1
        else:
            _mismatched = mismatch(_mismatched, "team", team)
            team = None

        team_uuid = src_dict.get("teamUUID")
        if team_uuid.__class__ is not str:
            if team_uuid is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "teamUUID", team_uuid)
                team_uuid = None

        _instance = cls.__new__(cls)
        _instance.uuid = uuid
        _instance.name = name
        _instance.columns = columns
        _instance.team = team
        _instance.team_uuid = team_uuid
        _as_declared = len(src_dict) + _nones == 5
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
