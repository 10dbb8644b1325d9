from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    mismatch,
    mismatch_error,
    mismatched_fields,
    parse_datetime,
    short_repr,
)

T = TypeVar("T", bound="FieldConfigurationItem")

_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "uuid",
        "fieldConfigurationUUID",
        "title",
        "contents",
        "category",
        "promptType",
        "contentType",
        "analysisLevel",
        "createdAt",
        "lastModifiedAt",
    )
)


@_attrs_define
class FieldConfigurationItem:
    """One field of a field configuration: a prompt Attention evaluates against a
    conversation to produce a value. It is copied once for each team the
    configuration is assigned to.

        Example:
            {'uuid': '<string>', 'fieldConfigurationUUID': '<string>', 'title': '<string>', 'contents': '<string>',
                'category': 'CRM', 'promptType': 'freeform', 'contentType': 'text', 'analysisLevel': 'conversation',
                'createdAt': '2026-01-01T00:00:00Z', 'lastModifiedAt': '2026-01-01T00:00:00Z'}

    """

    uuid: str
    """ The item's UUID. """
    field_configuration_uuid: str | None = None
    """ The UUID of the field configuration it belongs to. """
    title: str | None = None
    """ The item's title. """
    contents: str | None = None
    """ The prompt text. """
    category: str | None = None
    """ The kind of field. Open string: known values are `CRM`, `Indicators`,
    `BuiltInInsight` and `CustomInsight`.
     """
    prompt_type: str | None = None
    """ The kind of prompt. Open string; a known value is `freeform`. """
    content_type: str | None = None
    """ The kind of value produced. Open string; a known value is `text`. """
    analysis_level: str | None = None
    """ What the prompt is evaluated on. Open string: known values are
    `conversation`, `deal`, `lead`, `contact` and `account`.
     """
    created_at: datetime.datetime | None = None
    """ When the item was created. """
    last_modified_at: datetime.datetime | None = None
    """ When the item was last changed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received_null: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)
    _mismatched: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    _created_at_text: str | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    _created_at_parsed: datetime.datetime | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    _last_modified_at_text: str | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    _last_modified_at_parsed: datetime.datetime | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self._mismatched:
            field_dict.update(self._mismatched)

        field_dict["uuid"] = self.uuid

        field_configuration_uuid = self.field_configuration_uuid
        if field_configuration_uuid is not None or "fieldConfigurationUUID" in self._received_null:
            field_dict["fieldConfigurationUUID"] = field_configuration_uuid

        title = self.title
        if title is not None or "title" in self._received_null:
            field_dict["title"] = title

        contents = self.contents
        if contents is not None or "contents" in self._received_null:
            field_dict["contents"] = contents

        category = self.category
        if category is not None or "category" in self._received_null:
            field_dict["category"] = category

        prompt_type = self.prompt_type
        if prompt_type is not None or "promptType" in self._received_null:
            field_dict["promptType"] = prompt_type

        content_type = self.content_type
        if content_type is not None or "contentType" in self._received_null:
            field_dict["contentType"] = content_type

        analysis_level = self.analysis_level
        if analysis_level is not None or "analysisLevel" in self._received_null:
            field_dict["analysisLevel"] = analysis_level

        created_at = self.created_at
        if created_at is not None:
            if created_at is self._created_at_parsed:
                field_dict["createdAt"] = self._created_at_text
            else:
                field_dict["createdAt"] = created_at.isoformat()
        elif "createdAt" in self._received_null:
            field_dict["createdAt"] = None

        last_modified_at = self.last_modified_at
        if last_modified_at is not None:
            if last_modified_at is self._last_modified_at_parsed:
                field_dict["lastModifiedAt"] = self._last_modified_at_text
            else:
                field_dict["lastModifiedAt"] = last_modified_at.isoformat()
        elif "lastModifiedAt" in self._received_null:
            field_dict["lastModifiedAt"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _nones = 0  # optional fields that are None: left out or null
        _mismatched: dict[str, Any] | None = None  # values of no declared shape
        uuid = src_dict["uuid"]
        if uuid.__class__ is not str:
            raise mismatch_error("FieldConfigurationItem", "uuid", uuid, "a string")

        field_configuration_uuid = src_dict.get("fieldConfigurationUUID")
        if field_configuration_uuid.__class__ is not str:
            if field_configuration_uuid is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "fieldConfigurationUUID", field_configuration_uuid)
                field_configuration_uuid = None

        title = src_dict.get("title")
        if title.__class__ is not str:
            if title is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "title", title)
                title = None

        contents = src_dict.get("contents")
        if contents.__class__ is not str:
            if contents is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "contents", contents)
                contents = None

        category = src_dict.get("category")
        if category.__class__ is not str:
            if category is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "category", category)
                category = None

        prompt_type = src_dict.get("promptType")
        if prompt_type.__class__ is not str:
            if prompt_type is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "promptType", prompt_type)
                prompt_type = None

        content_type = src_dict.get("contentType")
        if content_type.__class__ is not str:
            if content_type is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "contentType", content_type)
                content_type = None

        analysis_level = src_dict.get("analysisLevel")
        if analysis_level.__class__ is not str:
            if analysis_level is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "analysisLevel", analysis_level)
                analysis_level = None

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

        last_modified_at: Any = src_dict.get("lastModifiedAt")
        _last_modified_at_text = None
        if last_modified_at.__class__ is str:
            try:
                _last_modified_at_text, last_modified_at = last_modified_at, parse_datetime(last_modified_at)
            except ValueError:  # a date-time that does not parse (or a leap second, which Python has not)
                _mismatched = mismatch(_mismatched, "lastModifiedAt", last_modified_at)
                last_modified_at = None
        elif last_modified_at is None:
            _nones += 1
        else:
            _mismatched = mismatch(_mismatched, "lastModifiedAt", last_modified_at)
            last_modified_at = None

        _instance = cls.__new__(cls)
        _instance.uuid = uuid
        _instance.field_configuration_uuid = field_configuration_uuid
        _instance.title = title
        _instance.contents = contents
        _instance.category = category
        _instance.prompt_type = prompt_type
        _instance.content_type = content_type
        _instance.analysis_level = analysis_level
        _instance.created_at = created_at
        _instance.last_modified_at = last_modified_at
        _instance._created_at_text = _created_at_text
        _instance._created_at_parsed = created_at
        _instance._last_modified_at_text = _last_modified_at_text
        _instance._last_modified_at_parsed = last_modified_at
        _as_declared = len(src_dict) + _nones == 10
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
