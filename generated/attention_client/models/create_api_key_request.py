from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="CreateApiKeyRequest")


@_attrs_define
class CreateApiKeyRequest:
    """An API key to create.

    Example:
        {'name': 'Admin API Key', 'orgLevel': True}

    """

    name: str
    """ The key's name. """
    org_level: bool
    """ Whether the key is for the whole organisation (`true`) or for the calling user (`false`). """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}

        field_dict["name"] = self.name

        field_dict["orgLevel"] = self.org_level

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        name = src_dict["name"]

        org_level = src_dict["orgLevel"]

        _instance = cls.__new__(cls)
        _instance.name = name
        _instance.org_level = org_level

        return _instance
