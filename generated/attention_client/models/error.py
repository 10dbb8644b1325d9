from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    mismatch,
    mismatched_fields,
    short_repr,
)

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
    """An error body. Its shape is not documented, so every field is optional, unknown
    fields are kept, and clients must also cope with bodies that are not JSON at all
    (for example a proxy's HTML).

    """

    message: str | None = None
    """ A human-readable explanation, when the server sends one. """
    error: Any = None
    """ An error code or nested error object; its type is not documented. """
    errors: Any = None
    """ Individual errors (a JSON:API-style list) when sent. Left untyped: the
    shape is not documented, and openapi-python-client 0.29.1 emits a cast
    that mypy --strict rejects for an array of untyped items.
     """
    code: Any = None
    """ A machine-readable error code (string or number) when sent. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received_null: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)
    _mismatched: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self._mismatched:
            field_dict.update(self._mismatched)

        message = self.message
        if message is not None or "message" in self._received_null:
            field_dict["message"] = message

        error = self.error
        if error is not None or "error" in self._received_null:
            field_dict["error"] = error

        errors = self.errors
        if errors is not None or "errors" in self._received_null:
            field_dict["errors"] = errors

        code = self.code
        if code is not None or "code" in self._received_null:
            field_dict["code"] = code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _nones = 0  # optional fields that are None: left out or null
        _mismatched: dict[str, Any] | None = None  # values of no declared shape
        message = src_dict.get("message")
        if message.__class__ is not str:
            if message is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "message", message)
                message = None

        error = src_dict.get("error")
        if error is None:
            _nones += 1

        errors = src_dict.get("errors")
        if errors is None:
            _nones += 1

        code = src_dict.get("code")
        if code is None:
            _nones += 1

        _instance = cls.__new__(cls)
        _instance.message = message
        _instance.error = error
        _instance.errors = errors
        _instance.code = code
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
