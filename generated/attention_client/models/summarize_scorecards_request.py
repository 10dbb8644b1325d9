from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    format_datetime,
    parse_datetime,
)

T = TypeVar("T", bound="SummarizeScorecardsRequest")

_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "scorecardUUID",
        "fromDateTime",
        "toDateTime",
        "teamUUIDs",
        "userUUIDs",
        "scorecardsItemsUUIDs",
    )
)


@_attrs_define
class SummarizeScorecardsRequest:
    """Which scorecard, between which instants, and for which teams, users and items.
    Every field is required: send an empty list for a filter you do not use.

        Example:
            {'scorecardUUID': 'sc-uuid-123', 'fromDateTime': '2026-04-16T00:00:00Z', 'toDateTime': '2026-04-16T23:59:59Z',
                'teamUUIDs': [], 'userUUIDs': [], 'scorecardsItemsUUIDs': []}

    """

    scorecard_uuid: str
    """ The scorecard to summarise, as in `Scorecard.id`. """
    from_date_time: datetime.datetime
    """ The start of the period. """
    to_date_time: datetime.datetime
    """ The end of the period. """
    team_uui_ds: list[str]
    """ Only these teams (their UUIDs); empty for every team. """
    user_uui_ds: list[str]
    """ Only these users (their UUIDs); empty for every user. """
    scorecards_items_uui_ds: list[str]
    """ Only these items of the scorecard (their ids); empty for every item. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        field_dict["scorecardUUID"] = self.scorecard_uuid

        field_dict["fromDateTime"] = format_datetime(self.from_date_time)

        field_dict["toDateTime"] = format_datetime(self.to_date_time)

        field_dict["teamUUIDs"] = self.team_uui_ds

        field_dict["userUUIDs"] = self.user_uui_ds

        field_dict["scorecardsItemsUUIDs"] = self.scorecards_items_uui_ds

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        scorecard_uuid = src_dict["scorecardUUID"]

        from_date_time = parse_datetime(src_dict["fromDateTime"])

        to_date_time = parse_datetime(src_dict["toDateTime"])

        team_uui_ds = src_dict["teamUUIDs"]

        user_uui_ds = src_dict["userUUIDs"]

        scorecards_items_uui_ds = src_dict["scorecardsItemsUUIDs"]

        _instance = cls.__new__(cls)
        _instance.scorecard_uuid = scorecard_uuid
        _instance.from_date_time = from_date_time
        _instance.to_date_time = to_date_time
        _instance.team_uui_ds = team_uui_ds
        _instance.user_uui_ds = user_uui_ds
        _instance.scorecards_items_uui_ds = scorecards_items_uui_ds

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
