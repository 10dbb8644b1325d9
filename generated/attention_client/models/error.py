from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Error")

_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "message",
        "error",
        "errors",
        "code",
    )
)


@_attrs_define
class Error:
    """An error body. Its shape is not documented (facts, open question 8), so
    every field is optional, unknown fields are kept, and clients must also
    cope with bodies that are not JSON at all (for example a proxy's HTML).

    """

    message: None | str | Unset = UNSET
    """ A human-readable explanation, when the server sends one. """
    error: Any | Unset = UNSET
    """ An error code or nested error object; its type is not documented. """
    errors: Any | Unset = UNSET
    """ Individual errors (a JSON:API-style list) when sent. Left untyped: the
    shape is not documented, and openapi-python-client 0.29.1 emits a cast
    that mypy --strict rejects for an array of untyped items.
     """
    code: Any | Unset = UNSET
    """ A machine-readable error code (string or number) when sent. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        message = self.message
        if message is not UNSET:
            field_dict["message"] = message

        error = self.error
        if error is not UNSET:
            field_dict["error"] = error

        errors = self.errors
        if errors is not UNSET:
            field_dict["errors"] = errors

        code = self.code
        if code is not UNSET:
            field_dict["code"] = code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        message = src_dict.get("message", UNSET)

        error = src_dict.get("error", UNSET)

        errors = src_dict.get("errors", UNSET)

        code = src_dict.get("code", UNSET)

        _instance = cls.__new__(cls)
        _instance.message = message
        _instance.error = error
        _instance.errors = errors
        _instance.code = code

        if src_dict.keys() <= _KNOWN_KEYS:
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
