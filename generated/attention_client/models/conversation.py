from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import PARSE_ERRORS, Unparsed, make_lazy, short_repr

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

    def to_dict(self) -> dict[str, Any]:
        _slots: Any = self
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        field_dict["type"] = self.type_

        field_dict["id"] = self.id

        field_dict["attributes"] = self.attributes.to_dict()

        links = _slots._links_slot
        if type(links) is Unparsed:
            field_dict["links"] = links.json  # never read: as it came
        else:
            if links is not None:
                field_dict["links"] = links.to_dict() if isinstance(links, _models.Links) else links
            elif "links" in self._received_null:
                field_dict["links"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _nones = 0  # optional fields that are None: left out or null
        type_ = src_dict["type"]

        id = src_dict["id"]

        attributes = _models.ConversationAttributes.from_dict(src_dict["attributes"])

        links: Any = src_dict.get("links")
        if isinstance(links, dict):
            links = Unparsed(links)  # parsed on first read
        elif links is None:
            _nones += 1

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

    def __repr__(self) -> str:
        return short_repr(self)


def _parse_links(value: Any) -> Any:
    return _models.Links.from_dict(value)


def _read_links(self: Any) -> Any:
    value = self._links_slot
    if type(value) is Unparsed:
        unparsed, value = value, value.json
        try:
            value = _parse_links(value)
        except PARSE_ERRORS:
            pass  # kept as it came, like upstream's union parsing
        if self._links_slot is unparsed:  # else another thread's read came first
            self._links_slot = value
        else:
            value = self._links_slot
    return value


make_lazy(Conversation, "links", _read_links, _parse_links)
