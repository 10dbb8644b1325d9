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
    from ..models.conversation_attributes import ConversationAttributes
    from ..models.links import Links


T = TypeVar("T", bound="Conversation")

_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "type",
        "id",
        "attributes",
        "links",
    )
)


@_attrs_define
class Conversation:
    """One conversation, as returned at the top level of a single-resource response."""

    type_: str
    """ The resource type; `conversations` in every documented example. """
    id: str
    """ The conversation's identifier (examples show a UUID or `conv-uuid-123`). """
    attributes: ConversationAttributes
    """ The conversation's data.
     """
    links: Links | None = None
    """ Links to this conversation and a related resource. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received_null: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)
    _mismatched: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        _slots: Any = self
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self._mismatched:
            field_dict.update(self._mismatched)

        field_dict["type"] = self.type_

        field_dict["id"] = self.id

        field_dict["attributes"] = self.attributes.to_dict()

        links = _slots._links_slot
        if type(links) is Unparsed:
            field_dict["links"] = links.json  # never read: as it came
        else:
            if links is not None:
                field_dict["links"] = links.to_dict()
            elif "links" in self._received_null:
                field_dict["links"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _nones = 0  # optional fields that are None: left out or null
        _mismatched: dict[str, Any] | None = None  # values of no declared shape
        type_ = src_dict["type"]
        if type_.__class__ is not str:
            raise mismatch_error("Conversation", "type", type_, "a string")

        id = src_dict["id"]
        if id.__class__ is not str:
            raise mismatch_error("Conversation", "id", id, "a string")

        attributes = src_dict["attributes"]
        if attributes.__class__ is not dict:
            raise mismatch_error("Conversation", "attributes", attributes, "an object")
        attributes = _models.ConversationAttributes.from_dict(attributes)

        links: Any = src_dict.get("links")
        if links.__class__ is dict:
            links = Unparsed(links)  # parsed on first read
        elif links is None:
            _nones += 1
        else:
            _mismatched = mismatch(_mismatched, "links", links)
            links = None

        _instance = cls.__new__(cls)
        _slots: Any = _instance
        _instance.type_ = type_
        _instance.id = id
        _instance.attributes = attributes
        _slots._links_slot = links
        _as_declared = len(src_dict) + _nones == 4
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


def _parse_links(value: Any) -> Any:
    return _models.Links.from_dict(value)


def _read_links(self: Any) -> Any:
    value = self._links_slot
    if type(value) is Unparsed:
        unparsed, value = value, _parse_links(value.json)
        if self._links_slot is unparsed:  # else another thread's read came first
            self._links_slot = value
        else:
            value = self._links_slot
    return value


make_lazy(Conversation, "links", _read_links, _parse_links)
