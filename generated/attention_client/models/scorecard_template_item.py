from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import (
    Unparsed,
    make_lazy,
    mismatch,
    mismatch_error,
    mismatched_fields,
    parse_datetime,
    short_repr,
)

if TYPE_CHECKING:
    from ..models.scorecard_template_item_metadata import ScorecardTemplateItemMetadata


T = TypeVar("T", bound="ScorecardTemplateItem")

_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "id",
        "scorecardId",
        "title",
        "type",
        "position",
        "weight",
        "version",
        "expertPrompt",
        "metadata",
        "createdAt",
        "lastUpdatedAt",
    )
)


@_attrs_define
class ScorecardTemplateItem:
    """One scoring criterion of a scorecard template.

    Example:
        {'id': 'si-uuid-123', 'scorecardId': 'sc-uuid-456', 'title': 'Discovery Quality', 'type': 'numeric', 'position':
            0, 'weight': 25, 'version': 1, 'expertPrompt': '', 'metadata': {'numericMetadata': {'min': 0, 'middle': 50,
            'max': 100, 'minCriteria': 'No discovery questions asked.', 'middleCriteria': 'Some discovery questions asked.',
            'maxCriteria': 'Thorough discovery performed.'}}, 'createdAt': '2026-04-16T10:15:00Z', 'lastUpdatedAt':
            '2026-04-16T10:15:00Z'}

    """

    id: str
    """ The item's id. """
    scorecard_id: str | None = None
    """ The id of the scorecard the item belongs to. """
    title: str | None = None
    """ The item's title. """
    type_: str | None = None
    """ How the item is scored. Open string; a known value is `numeric`. """
    position: int | None = None
    """ The item's place in the scorecard, from 0. """
    weight: int | None = None
    """ The item's weight in the scorecard, 0 to 100. """
    version: int | None = None
    """ The item's version number. """
    expert_prompt: str | None = None
    """ The item's own prompt in expert mode. """
    metadata: ScorecardTemplateItemMetadata | None = None
    """ The item's scale, by type. """
    created_at: datetime.datetime | None = None
    """ When the item was created. """
    last_updated_at: datetime.datetime | None = None
    """ When the item was last changed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received_null: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)
    _mismatched: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    _created_at_text: str | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    _created_at_parsed: datetime.datetime | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    _last_updated_at_text: str | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    _last_updated_at_parsed: datetime.datetime | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        _slots: Any = self
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self._mismatched:
            field_dict.update(self._mismatched)

        field_dict["id"] = self.id

        scorecard_id = self.scorecard_id
        if scorecard_id is not None or "scorecardId" in self._received_null:
            field_dict["scorecardId"] = scorecard_id

        title = self.title
        if title is not None or "title" in self._received_null:
            field_dict["title"] = title

        type_ = self.type_
        if type_ is not None or "type" in self._received_null:
            field_dict["type"] = type_

        position = self.position
        if position is not None or "position" in self._received_null:
            field_dict["position"] = position

        weight = self.weight
        if weight is not None or "weight" in self._received_null:
            field_dict["weight"] = weight

        version = self.version
        if version is not None or "version" in self._received_null:
            field_dict["version"] = version

        expert_prompt = self.expert_prompt
        if expert_prompt is not None or "expertPrompt" in self._received_null:
            field_dict["expertPrompt"] = expert_prompt

        metadata = _slots._metadata_slot
        if type(metadata) is Unparsed:
            field_dict["metadata"] = metadata.json  # never read: as it came
        else:
            if metadata is not None:
                field_dict["metadata"] = metadata.to_dict()
            elif "metadata" in self._received_null:
                field_dict["metadata"] = None

        created_at = self.created_at
        if created_at is not None:
            if created_at is self._created_at_parsed:
                field_dict["createdAt"] = self._created_at_text
            else:
                field_dict["createdAt"] = created_at.isoformat()
        elif "createdAt" in self._received_null:
            field_dict["createdAt"] = None

        last_updated_at = self.last_updated_at
        if last_updated_at is not None:
            if last_updated_at is self._last_updated_at_parsed:
                field_dict["lastUpdatedAt"] = self._last_updated_at_text
            else:
                field_dict["lastUpdatedAt"] = last_updated_at.isoformat()
        elif "lastUpdatedAt" in self._received_null:
            field_dict["lastUpdatedAt"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _nones = 0  # optional fields that are None: left out or null
        _mismatched: dict[str, Any] | None = None  # values of no declared shape
        id = src_dict["id"]
        if id.__class__ is not str:
            raise mismatch_error("ScorecardTemplateItem", "id", id, "a string")

        scorecard_id = src_dict.get("scorecardId")
        if scorecard_id.__class__ is not str:
            if scorecard_id is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "scorecardId", scorecard_id)
                scorecard_id = None

        title = src_dict.get("title")
        if title.__class__ is not str:
            if title is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "title", title)
                title = None

        type_ = src_dict.get("type")
        if type_.__class__ is not str:
            if type_ is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "type", type_)
                type_ = None

        position = src_dict.get("position")
        if position.__class__ is not int:
            if position is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "position", position)
                position = None

        weight = src_dict.get("weight")
        if weight.__class__ is not int:
            if weight is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "weight", weight)
                weight = None

        version = src_dict.get("version")
        if version.__class__ is not int:
            if version is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "version", version)
                version = None

        expert_prompt = src_dict.get("expertPrompt")
        if expert_prompt.__class__ is not str:
            if expert_prompt is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "expertPrompt", expert_prompt)
                expert_prompt = None

        metadata: Any = src_dict.get("metadata")
        if metadata.__class__ is dict:
            metadata = Unparsed(metadata)  # parsed on first read
        elif metadata is None:
            _nones += 1
        else:
            _mismatched = mismatch(_mismatched, "metadata", metadata)
            metadata = None

        created_at: Any = src_dict.get("createdAt")
        _created_at_text = None
        if created_at.__class__ is str:
            try:
                _created_at_text, created_at = created_at, parse_datetime(created_at)
            except ValueError:  # a date-time that does not parse (or a leap second, which Python has not)
                _mismatched = mismatch(_mismatched, "createdAt", created_at)
                created_at = None
        elif created_at is None:
            _nones += 1
        else:
            _mismatched = mismatch(_mismatched, "createdAt", created_at)
            created_at = None

        last_updated_at: Any = src_dict.get("lastUpdatedAt")
        _last_updated_at_text = None
        if last_updated_at.__class__ is str:
            try:
                _last_updated_at_text, last_updated_at = last_updated_at, parse_datetime(last_updated_at)
            except ValueError:  # a date-time that does not parse (or a leap second, which Python has not)
                _mismatched = mismatch(_mismatched, "lastUpdatedAt", last_updated_at)
                last_updated_at = None
        elif last_updated_at is None:
            _nones += 1
        else:
            _mismatched = mismatch(_mismatched, "lastUpdatedAt", last_updated_at)
            last_updated_at = None

        _instance = cls.__new__(cls)
        _slots: Any = _instance
        _instance.id = id
        _instance.scorecard_id = scorecard_id
        _instance.title = title
        _instance.type_ = type_
        _instance.position = position
        _instance.weight = weight
        _instance.version = version
        _instance.expert_prompt = expert_prompt
        _slots._metadata_slot = metadata
        _instance.created_at = created_at
        _instance.last_updated_at = last_updated_at
        _instance._created_at_text = _created_at_text
        _instance._created_at_parsed = created_at
        _instance._last_updated_at_text = _last_updated_at_text
        _instance._last_updated_at_parsed = last_updated_at
        _as_declared = len(src_dict) + _nones == 11
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


def _parse_metadata(value: Any) -> Any:
    return _models.ScorecardTemplateItemMetadata.from_dict(value)


def _read_metadata(self: Any) -> Any:
    value = self._metadata_slot
    if type(value) is Unparsed:
        unparsed, value = value, _parse_metadata(value.json)
        if self._metadata_slot is unparsed:  # else another thread's read came first
            self._metadata_slot = value
        else:
            value = self._metadata_slot
    return value


make_lazy(ScorecardTemplateItem, "metadata", _read_metadata, _parse_metadata)
