from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import (
    PARSE_ERRORS,
    is_str_list,
    mismatch,
    mismatched_fields,
    short_repr,
)

if TYPE_CHECKING:
    from ..models.gi_result_content import GiResultContent


T = TypeVar("T", bound="GiResult")

_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "uuid",
        "synthesis",
        "prompt",
        "status",
        "items",
        "conversationsUsed",
        "emailsUsed",
        "type",
        "result",
    )
)


@_attrs_define
class GiResult:
    """One result of a generalized insight.

    Example:
        {'uuid': '<string>', 'synthesis': '<string>', 'prompt': '<string>', 'status': 'PENDING', 'items': [],
            'conversationsUsed': ['<string>'], 'emailsUsed': ['<string>'], 'type': 'TEXT_WITH_SOURCES', 'result': {}}

    """

    uuid: str | None = None
    """ The result's UUID. """
    synthesis: str | None = None
    """ The synthesised insight. """
    prompt: str | None = None
    """ The prompt the result answers. """
    status: str | None = None
    """ Whether the result is ready. Open string: known values are `PENDING` and
    `FINISHED`.
     """
    items: Any = None
    """ The result's items. Their shape is not documented, so they are kept as they
    come.
     """
    conversations_used: list[str] | None = None
    """ The conversations the result was drawn from. """
    emails_used: list[str] | None = None
    """ The emails the result was drawn from. """
    type_: str | None = None
    """ The kind of result. Open string; a known value is `TEXT_WITH_SOURCES`. """
    result: GiResultContent = _attrs_field(factory=lambda: _models.GiResultContent._new_placeholder())
    """ The result's content, kept as it comes. """
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

        synthesis = self.synthesis
        if synthesis is not None or "synthesis" in self._received_null:
            field_dict["synthesis"] = synthesis

        prompt = self.prompt
        if prompt is not None or "prompt" in self._received_null:
            field_dict["prompt"] = prompt

        status = self.status
        if status is not None or "status" in self._received_null:
            field_dict["status"] = status

        items = self.items
        if items is not None or "items" in self._received_null:
            field_dict["items"] = items

        conversations_used = self.conversations_used
        if conversations_used is not None or "conversationsUsed" in self._received_null:
            field_dict["conversationsUsed"] = conversations_used

        emails_used = self.emails_used
        if emails_used is not None or "emailsUsed" in self._received_null:
            field_dict["emailsUsed"] = emails_used

        type_ = self.type_
        if type_ is not None or "type" in self._received_null:
            field_dict["type"] = type_

        result = self.result
        if isinstance(result, _models.GiResultContent):
            if not result._placeholder or result.additional_properties:
                field_dict["result"] = result.to_dict()
            elif "result" in self._received_null:
                field_dict["result"] = None
        elif result is not None or "result" in self._received_null:
            field_dict["result"] = result  # set since, as something else than the map

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

        synthesis = src_dict.get("synthesis")
        if synthesis.__class__ is not str:
            if synthesis is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "synthesis", synthesis)
                synthesis = None

        prompt = src_dict.get("prompt")
        if prompt.__class__ is not str:
            if prompt is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "prompt", prompt)
                prompt = None

        status = src_dict.get("status")
        if status.__class__ is not str:
            if status is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "status", status)
                status = None

        items = src_dict.get("items")
        if items is None:
            _nones += 1

        conversations_used = src_dict.get("conversationsUsed")
        if conversations_used.__class__ is not list or not is_str_list(conversations_used):
            if conversations_used is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "conversationsUsed", conversations_used)
                conversations_used = None

        emails_used = src_dict.get("emailsUsed")
        if emails_used.__class__ is not list or not is_str_list(emails_used):
            if emails_used is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "emailsUsed", emails_used)
                emails_used = None

        type_ = src_dict.get("type")
        if type_.__class__ is not str:
            if type_ is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "type", type_)
                type_ = None

        result: Any = src_dict.get("result")
        if result.__class__ is dict:
            try:
                result = _models.GiResultContent.from_dict(result)
            except PARSE_ERRORS:  # an item that is not an object, or a required field below
                _mismatched = mismatch(_mismatched, "result", result)
                result = _models.GiResultContent._new_placeholder()
        elif result is None:
            _nones += 1
            result = _models.GiResultContent._new_placeholder()
        else:
            _mismatched = mismatch(_mismatched, "result", result)
            result = _models.GiResultContent._new_placeholder()

        _instance = cls.__new__(cls)
        _instance.uuid = uuid
        _instance.synthesis = synthesis
        _instance.prompt = prompt
        _instance.status = status
        _instance.items = items
        _instance.conversations_used = conversations_used
        _instance.emails_used = emails_used
        _instance.type_ = type_
        _instance.result = result
        _as_declared = len(src_dict) + _nones == 9
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
