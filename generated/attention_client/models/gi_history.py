from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import (
    Unparsed,
    is_object_list,
    make_lazy,
    mismatch,
    mismatch_error,
    mismatched_fields,
    short_repr,
)

if TYPE_CHECKING:
    from ..models.gi_result import GiResult


T = TypeVar("T", bound="GiHistory")

_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "uuid",
        "title",
        "results",
    )
)


@_attrs_define
class GiHistory:
    """One generalized insight, with the results it had over time.

    Example:
        {'uuid': '<string>', 'title': '<string>', 'results': [{'uuid': '<string>', 'synthesis': '<string>', 'prompt':
            '<string>', 'status': 'PENDING', 'items': [], 'conversationsUsed': ['<string>'], 'emailsUsed': ['<string>'],
            'type': 'TEXT_WITH_SOURCES', 'result': {}}]}

    """

    uuid: str
    """ The insight's UUID. """
    title: str | None = None
    """ The insight's title. """
    results: list[GiResult] | None = None
    """ The insight's results. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received_null: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)
    _mismatched: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        _slots: Any = self
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self._mismatched:
            field_dict.update(self._mismatched)

        field_dict["uuid"] = self.uuid

        title = self.title
        if title is not None or "title" in self._received_null:
            field_dict["title"] = title

        results = _slots._results_slot
        if type(results) is Unparsed:
            field_dict["results"] = results.json  # never read: as it came
        else:
            if results is not None:
                field_dict["results"] = [item.to_dict() for item in results]
            elif "results" in self._received_null:
                field_dict["results"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _nones = 0  # optional fields that are None: left out or null
        _mismatched: dict[str, Any] | None = None  # values of no declared shape
        uuid = src_dict["uuid"]
        if uuid.__class__ is not str:
            raise mismatch_error("GiHistory", "uuid", uuid, "a string")

        title = src_dict.get("title")
        if title.__class__ is not str:
            if title is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "title", title)
                title = None

        results: Any = src_dict.get("results")
        if is_object_list(results):
            results = Unparsed(results)  # parsed on first read
        elif results is None:
            _nones += 1
        else:
            _mismatched = mismatch(_mismatched, "results", results)
            results = None

        _instance = cls.__new__(cls)
        _slots: Any = _instance
        _instance.uuid = uuid
        _instance.title = title
        _slots._results_slot = results
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


def _parse_results(value: Any) -> Any:
    return list(map(_models.GiResult.from_dict, value))


def _read_results(self: Any) -> Any:
    value = self._results_slot
    if type(value) is Unparsed:
        unparsed, value = value, _parse_results(value.json)
        if self._results_slot is unparsed:  # else another thread's read came first
            self._results_slot = value
        else:
            value = self._results_slot
    return value


make_lazy(GiHistory, "results", _read_results, _parse_results)
