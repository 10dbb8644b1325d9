from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import (
    UNSET,
    Unset,
)

T = TypeVar("T", bound="TriggerNativeIntegrationRequest")


@_attrs_define
class TriggerNativeIntegrationRequest:
    """Which native integration workflows to run and which fields to push. Every field
    is optional: an empty body runs every enabled workflow with every confirmed
    field.

        Example:
            {'workflowIds': ['<string>'], 'fieldKeys': ['<string>'], 'autoExecution': True}

    """

    workflow_ids: list[str] | Unset = UNSET
    """ The integration workflows to run; empty or left out runs every enabled one. """
    field_keys: list[str] | Unset = UNSET
    """ The field keys to push; empty or left out pushes every confirmed field. """
    auto_execution: bool | Unset = UNSET
    """ Retry aggressively (true) or conservatively (false). """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}

        workflow_ids = self.workflow_ids
        if workflow_ids is not UNSET:
            field_dict["workflowIds"] = workflow_ids

        field_keys = self.field_keys
        if field_keys is not UNSET:
            field_dict["fieldKeys"] = field_keys

        auto_execution = self.auto_execution
        if auto_execution is not UNSET:
            field_dict["autoExecution"] = auto_execution

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        workflow_ids = src_dict.get("workflowIds", UNSET)

        field_keys = src_dict.get("fieldKeys", UNSET)

        auto_execution = src_dict.get("autoExecution", UNSET)

        _instance = cls.__new__(cls)
        _instance.workflow_ids = workflow_ids
        _instance.field_keys = field_keys
        _instance.auto_execution = auto_execution

        return _instance
