from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import (
    JSON_NUMBER,
    PARSE_ERRORS,
    is_str_list,
    mismatch,
    mismatched_fields,
    short_repr,
)

if TYPE_CHECKING:
    from ..models.numeric_result import NumericResult


T = TypeVar("T", bound="ScorecardItem")

_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "uuid",
        "title",
        "status",
        "type",
        "position",
        "numericResult",
        "description",
        "evidences",
    )
)


@_attrs_define
class ScorecardItem:
    """One evaluated item of a scorecard."""

    uuid: str | None = None
    """ The item's UUID. """
    title: str | None = None
    """ The item's title. """
    status: str | None = None
    """ Evaluation state. Open string: a known value is `CALCULATED`; the full set
    is not documented.
     """
    type_: str | None = None
    """ The kind of item. Open string: a known value is `NUMERIC`; the full set is
    not documented.
     """
    position: float | None = None
    """ The item's place in the scorecard. Typed as number because the docs only show the placeholder `123`. """
    numeric_result: NumericResult | None = None
    """ The score, for numeric items. """
    description: str | None = None
    """ Why the item scored as it did. """
    evidences: list[str] | None = None
    """ Quotes from the conversation that support the score. """
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

        title = self.title
        if title is not None or "title" in self._received_null:
            field_dict["title"] = title

        status = self.status
        if status is not None or "status" in self._received_null:
            field_dict["status"] = status

        type_ = self.type_
        if type_ is not None or "type" in self._received_null:
            field_dict["type"] = type_

        position = self.position
        if position is not None or "position" in self._received_null:
            field_dict["position"] = position

        numeric_result = self.numeric_result
        if numeric_result is not None:
            field_dict["numericResult"] = numeric_result.to_dict()
        elif "numericResult" in self._received_null:
            field_dict["numericResult"] = None

        description = self.description
        if description is not None or "description" in self._received_null:
            field_dict["description"] = description

        evidences = self.evidences
        if evidences is not None or "evidences" in self._received_null:
            field_dict["evidences"] = evidences

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

        title = src_dict.get("title")
        if title.__class__ is not str:
            if title is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "title", title)
                title = None

        status = src_dict.get("status")
        if status.__class__ is not str:
            if status is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "status", status)
                status = None

        type_ = src_dict.get("type")
        if type_.__class__ is not str:
            if type_ is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "type", type_)
                type_ = None

        position = src_dict.get("position")
        if position.__class__ not in JSON_NUMBER:
            if position is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "position", position)
                position = None

        numeric_result: Any = src_dict.get("numericResult")
        if numeric_result.__class__ is dict:
            try:
                numeric_result = _models.NumericResult.from_dict(numeric_result)
            except PARSE_ERRORS:  # an item that is not an object, or a required field below
                _mismatched = mismatch(_mismatched, "numericResult", numeric_result)
                numeric_result = None
        elif numeric_result is None:
            _nones += 1
        else:
            _mismatched = mismatch(_mismatched, "numericResult", numeric_result)
            numeric_result = None

        description = src_dict.get("description")
        if description.__class__ is not str:
            if description is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "description", description)
                description = None

        evidences = src_dict.get("evidences")
        if evidences.__class__ is not list or not is_str_list(evidences):
            if evidences is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "evidences", evidences)
                evidences = None

        _instance = cls.__new__(cls)
        _instance.uuid = uuid
        _instance.title = title
        _instance.status = status
        _instance.type_ = type_
        _instance.position = position
        _instance.numeric_result = numeric_result
        _instance.description = description
        _instance.evidences = evidences
        _as_declared = len(src_dict) + _nones == 8
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
