from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.scorecard_item import ScorecardItem
    from ..models.scorecard_summary import ScorecardSummary


T = TypeVar("T", bound="ScorecardResult")

_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "uuid",
        "title",
        "summary",
        "items",
    )
)


@_attrs_define
class ScorecardResult:
    """The result of evaluating one scorecard against the conversation (seed)."""

    uuid: None | str | Unset = UNSET
    """ The result's UUID. """
    title: None | str | Unset = UNSET
    """ The scorecard's title. """
    summary: None | ScorecardSummary | Unset = UNSET
    """ Aggregate scores of the result. """
    items: list[ScorecardItem] | None | Unset = UNSET
    """ The per-item results. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        uuid = self.uuid
        if uuid is not UNSET:
            field_dict["uuid"] = uuid

        title = self.title
        if title is not UNSET:
            field_dict["title"] = title

        summary = self.summary
        if summary is not UNSET:
            field_dict["summary"] = summary.to_dict() if isinstance(summary, _models.ScorecardSummary) else summary

        items = self.items
        if items is not UNSET:
            field_dict["items"] = items
            if isinstance(items, list):
                try:
                    field_dict["items"] = [item.to_dict() for item in items]
                except AttributeError:
                    pass  # a list that from_dict kept as it came

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        uuid = src_dict.get("uuid", UNSET)

        title = src_dict.get("title", UNSET)

        summary = src_dict.get("summary", UNSET)
        if isinstance(summary, dict):
            try:
                summary = _models.ScorecardSummary.from_dict(summary)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # kept as it came, like upstream's union parsing

        items = src_dict.get("items", UNSET)
        if isinstance(items, list):
            try:
                items = list(map(_models.ScorecardItem.from_dict, items))
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # kept as it came, like upstream's union parsing

        _instance = cls.__new__(cls)
        _instance.uuid = uuid
        _instance.title = title
        _instance.summary = summary
        _instance.items = items

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
