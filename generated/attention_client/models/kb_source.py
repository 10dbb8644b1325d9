from __future__ import annotations

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
    short_repr,
)

if TYPE_CHECKING:
    from ..models.kb_source_attributes import KbSourceAttributes


T = TypeVar("T", bound="KbSource")

_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "id",
        "type",
        "attributes",
    )
)


@_attrs_define
class KbSource:
    """A source of the knowledge base (a text entry or an uploaded document).

    Example:
        {'type': 'kb_sources', 'id': '<string>', 'attributes': {'title': '<string>', 'source_type': 'manual', 'content':
            '<string>', 'format': 'text/markdown', 'status': 'indexed', 'file_size': 123, 'chunk_count': 123, 'created_at':
            '2026-01-01T00:00:00Z', 'updated_at': '2026-01-01T00:00:00Z'}}

    """

    id: str
    """ The source's id. """
    type_: str | None = None
    """ The resource type; `kb_sources` in every documented example. """
    attributes: KbSourceAttributes | None = None
    """ The source's data. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received_null: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)
    _mismatched: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        _slots: Any = self
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self._mismatched:
            field_dict.update(self._mismatched)

        field_dict["id"] = self.id

        type_ = self.type_
        if type_ is not None or "type" in self._received_null:
            field_dict["type"] = type_

        attributes = _slots._attributes_slot
        if type(attributes) is Unparsed:
            field_dict["attributes"] = attributes.json  # never read: as it came
        else:
            if attributes is not None:
                field_dict["attributes"] = attributes.to_dict()
            elif "attributes" in self._received_null:
                field_dict["attributes"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _nones = 0  # optional fields that are None: left out or null
        _mismatched: dict[str, Any] | None = None  # values of no declared shape
        id = src_dict["id"]
        if id.__class__ is not str:
            raise mismatch_error("KbSource", "id", id, "a string")

        type_ = src_dict.get("type")
        if type_.__class__ is not str:
            if type_ is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "type", type_)
                type_ = None

        attributes: Any = src_dict.get("attributes")
        if attributes.__class__ is dict:
            attributes = Unparsed(attributes)  # parsed on first read
        elif attributes is None:
            _nones += 1
        else:
            _mismatched = mismatch(_mismatched, "attributes", attributes)
            attributes = None

        _instance = cls.__new__(cls)
        _slots: Any = _instance
        _instance.id = id
        _instance.type_ = type_
        _slots._attributes_slot = attributes
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


def _parse_attributes(value: Any) -> Any:
    return _models.KbSourceAttributes.from_dict(value)


def _read_attributes(self: Any) -> Any:
    value = self._attributes_slot
    if type(value) is Unparsed:
        unparsed, value = value, _parse_attributes(value.json)
        if self._attributes_slot is unparsed:  # else another thread's read came first
            self._attributes_slot = value
        else:
            value = self._attributes_slot
    return value


make_lazy(KbSource, "attributes", _read_attributes, _parse_attributes)
