from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

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

    uuid: None | str | Unset = UNSET
    """ The board's UUID. """
    name: None | str | Unset = UNSET
    """ The board's name (example `Sales Playbook`). """
    columns: list[BoardColumn] | None | Unset = UNSET
    """ The board's columns. """
    team: None | Team | Unset = UNSET
    """ The team that owns the board. """
    team_uuid: None | str | Unset = UNSET
    """ The UUID of the team that owns the board. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        uuid = self.uuid
        if uuid is not UNSET:
            field_dict["uuid"] = uuid

        name = self.name
        if name is not UNSET:
            field_dict["name"] = name

        columns = self.columns
        if columns is not UNSET:
            field_dict["columns"] = columns
            if isinstance(columns, list):
                try:
                    field_dict["columns"] = [item.to_dict() for item in columns]
                except AttributeError:
                    pass  # a list that from_dict kept as it came

        team = self.team
        if team is not UNSET:
            field_dict["team"] = team.to_dict() if isinstance(team, _models.Team) else team

        team_uuid = self.team_uuid
        if team_uuid is not UNSET:
            field_dict["teamUUID"] = team_uuid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        uuid = src_dict.get("uuid", UNSET)

        name = src_dict.get("name", UNSET)

        columns = src_dict.get("columns", UNSET)
        if isinstance(columns, list):
            try:
                columns = list(map(_models.BoardColumn.from_dict, columns))
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # kept as it came, like upstream's union parsing

        team = src_dict.get("team", UNSET)
        if isinstance(team, dict):
            try:
                team = _models.Team.from_dict(team)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # kept as it came, like upstream's union parsing

        team_uuid = src_dict.get("teamUUID", UNSET)

        _instance = cls.__new__(cls)
        _instance.uuid = uuid
        _instance.name = name
        _instance.columns = columns
        _instance.team = team
        _instance.team_uuid = team_uuid

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
