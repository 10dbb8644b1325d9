from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Error")


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
        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        error = self.error

        errors = self.errors

        code = self.code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message is not UNSET:
            field_dict["message"] = message
        if error is not UNSET:
            field_dict["error"] = error
        if errors is not UNSET:
            field_dict["errors"] = errors
        if code is not UNSET:
            field_dict["code"] = code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        error = d.pop("error", UNSET)

        errors = d.pop("errors", UNSET)

        code = d.pop("code", UNSET)

        error = cls(
            message=message,
            error=error,
            errors=errors,
            code=code,
        )

        error.additional_properties = d
        return error

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
