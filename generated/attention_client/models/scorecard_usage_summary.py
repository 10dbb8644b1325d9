from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import (
    JSON_NUMBER,
    Unparsed,
    is_object_list,
    make_lazy,
    mismatch,
    mismatched_fields,
    short_repr,
)

if TYPE_CHECKING:
    from ..models.scorecard_item_average import ScorecardItemAverage


T = TypeVar("T", bound="ScorecardUsageSummary")

_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "userName",
        "teamName",
        "overallScoreTotals",
        "metricsCount",
        "min",
        "max",
        "itemAverageTotals",
    )
)


@_attrs_define
class ScorecardUsageSummary:
    """A scorecard's scores for one user and team over the period asked for."""

    user_name: str | None = None
    """ The user's name. """
    team_name: str | None = None
    """ The team's name. """
    overall_score_totals: float | None = None
    """ The overall score. """
    metrics_count: float | None = None
    """ How many calls were scored. """
    min_: float | None = None
    """ The lowest score. """
    max_: float | None = None
    """ The highest score. """
    item_average_totals: list[ScorecardItemAverage] | None = None
    """ The average score of each item. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received_null: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)
    _mismatched: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        _slots: Any = self
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self._mismatched:
            field_dict.update(self._mismatched)

        user_name = self.user_name
        if user_name is not None or "userName" in self._received_null:
            field_dict["userName"] = user_name

        team_name = self.team_name
        if team_name is not None or "teamName" in self._received_null:
            field_dict["teamName"] = team_name

        overall_score_totals = self.overall_score_totals
        if overall_score_totals is not None or "overallScoreTotals" in self._received_null:
            field_dict["overallScoreTotals"] = overall_score_totals

        metrics_count = self.metrics_count
        if metrics_count is not None or "metricsCount" in self._received_null:
            field_dict["metricsCount"] = metrics_count

        min_ = self.min_
        if min_ is not None or "min" in self._received_null:
            field_dict["min"] = min_

        max_ = self.max_
        if max_ is not None or "max" in self._received_null:
            field_dict["max"] = max_

        item_average_totals = _slots._item_average_totals_slot
        if type(item_average_totals) is Unparsed:
            field_dict["itemAverageTotals"] = item_average_totals.json  # never read: as it came
        else:
            if item_average_totals is not None:
                field_dict["itemAverageTotals"] = [item.to_dict() for item in item_average_totals]
            elif "itemAverageTotals" in self._received_null:
                field_dict["itemAverageTotals"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _nones = 0  # optional fields that are None: left out or null
        _mismatched: dict[str, Any] | None = None  # values of no declared shape
        user_name = src_dict.get("userName")
        if user_name.__class__ is not str:
            if user_name is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "userName", user_name)
                user_name = None

        team_name = src_dict.get("teamName")
        if team_name.__class__ is not str:
            if team_name is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "teamName", team_name)
                team_name = None

        overall_score_totals = src_dict.get("overallScoreTotals")
        if overall_score_totals.__class__ not in JSON_NUMBER:
            if overall_score_totals is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "overallScoreTotals", overall_score_totals)
                overall_score_totals = None

        metrics_count = src_dict.get("metricsCount")
        if metrics_count.__class__ not in JSON_NUMBER:
            if metrics_count is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "metricsCount", metrics_count)
                metrics_count = None

        min_ = src_dict.get("min")
        if min_.__class__ not in JSON_NUMBER:
            if min_ is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "min", min_)
                min_ = None

        max_ = src_dict.get("max")
        if max_.__class__ not in JSON_NUMBER:
            if max_ is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "max", max_)
                max_ = None

        item_average_totals: Any = src_dict.get("itemAverageTotals")
        if is_object_list(item_average_totals):
            item_average_totals = Unparsed(item_average_totals)  # parsed on first read
        elif item_average_totals is None:
            _nones += 1
        else:
            _mismatched = mismatch(_mismatched, "itemAverageTotals", item_average_totals)
            item_average_totals = None

        _instance = cls.__new__(cls)
        _slots: Any = _instance
        _instance.user_name = user_name
        _instance.team_name = team_name
        _instance.overall_score_totals = overall_score_totals
        _instance.metrics_count = metrics_count
        _instance.min_ = min_
        _instance.max_ = max_
        _slots._item_average_totals_slot = item_average_totals
        _as_declared = len(src_dict) + _nones == 7
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


def _parse_item_average_totals(value: Any) -> Any:
    return list(map(_models.ScorecardItemAverage.from_dict, value))


def _read_item_average_totals(self: Any) -> Any:
    value = self._item_average_totals_slot
    if type(value) is Unparsed:
        unparsed, value = value, _parse_item_average_totals(value.json)
        if self._item_average_totals_slot is unparsed:  # else another thread's read came first
            self._item_average_totals_slot = value
        else:
            value = self._item_average_totals_slot
    return value


make_lazy(ScorecardUsageSummary, "item_average_totals", _read_item_average_totals, _parse_item_average_totals)
