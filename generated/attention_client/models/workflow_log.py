from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    mismatch,
    mismatched_fields,
    parse_datetime,
    short_repr,
)

T = TypeVar("T", bound="WorkflowLog")

_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "conversationUUID",
        "workflowName",
        "success",
        "error",
        "createdAt",
    )
)


@_attrs_define
class WorkflowLog:
    """One run of an automated workflow on a conversation.

    Example:
        {'conversationUUID': '<string>', 'workflowName': 'crm_export', 'success': True, 'error': '<string>',
            'createdAt': '2026-01-01T00:00:00Z'}

    """

    conversation_uuid: str | None = None
    """ The UUID of the conversation the workflow ran on. """
    workflow_name: str | None = None
    """ The workflow that ran. Open string: known values are `crm_export` and
    `scorecard_calculation`.
     """
    success: bool | None = None
    """ Whether the run succeeded. """
    error: str | None = None
    """ What went wrong, for a failed run. """
    created_at: datetime.datetime | None = None
    """ When the run was logged. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received_null: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)
    _mismatched: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    _created_at_text: str | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    _created_at_parsed: datetime.datetime | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self._mismatched:
            field_dict.update(self._mismatched)

        conversation_uuid = self.conversation_uuid
        if conversation_uuid is not None or "conversationUUID" in self._received_null:
            field_dict["conversationUUID"] = conversation_uuid

        workflow_name = self.workflow_name
        if workflow_name is not None or "workflowName" in self._received_null:
            field_dict["workflowName"] = workflow_name

        success = self.success
        if success is not None or "success" in self._received_null:
            field_dict["success"] = success

        error = self.error
        if error is not None or "error" in self._received_null:
            field_dict["error"] = error

        created_at = self.created_at
        if created_at is not None:
            if created_at is self._created_at_parsed:
                field_dict["createdAt"] = self._created_at_text
            else:
                field_dict["createdAt"] = created_at.isoformat()
        elif "createdAt" in self._received_null:
            field_dict["createdAt"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _nones = 0  # optional fields that are None: left out or null
        _mismatched: dict[str, Any] | None = None  # values of no declared shape
        conversation_uuid = src_dict.get("conversationUUID")
        if conversation_uuid.__class__ is not str:
            if conversation_uuid is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "conversationUUID", conversation_uuid)
                conversation_uuid = None

        workflow_name = src_dict.get("workflowName")
        if workflow_name.__class__ is not str:
            if workflow_name is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "workflowName", workflow_name)
                workflow_name = None

        success = src_dict.get("success")
        if success.__class__ is not bool:
            if success is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "success", success)
                success = None

        error = src_dict.get("error")
        if error.__class__ is not str:
            if error is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "error", error)
                error = None

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

        _instance = cls.__new__(cls)
        _instance.conversation_uuid = conversation_uuid
        _instance.workflow_name = workflow_name
        _instance.success = success
        _instance.error = error
        _instance.created_at = created_at
        _instance._created_at_text = _created_at_text
        _instance._created_at_parsed = created_at
        _as_declared = len(src_dict) + _nones == 5
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
