from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    mismatch,
    mismatch_error,
    mismatched_fields,
    short_repr,
)

T = TypeVar("T", bound="UploadUrl")

_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "url",
        "downloadUrl",
        "key",
    )
)


@_attrs_define
class UploadUrl:
    """Where to upload a recording before importing it. Only `url` is sure to be there."""

    url: str
    """ The pre-signed URL to upload the recording to. """
    download_url: str | None = None
    """ Where the uploaded recording can be read from; pass it to import as `mediaURL`. """
    key: str | None = None
    """ The storage key of the upload. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received_null: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)
    _mismatched: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self._mismatched:
            field_dict.update(self._mismatched)

        field_dict["url"] = self.url

        download_url = self.download_url
        if download_url is not None or "downloadUrl" in self._received_null:
            field_dict["downloadUrl"] = download_url

        key = self.key
        if key is not None or "key" in self._received_null:
            field_dict["key"] = key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _nones = 0  # optional fields that are None: left out or null
        _mismatched: dict[str, Any] | None = None  # values of no declared shape
        url = src_dict["url"]
        if url.__class__ is not str:
            raise mismatch_error("UploadUrl", "url", url, "a string")

        download_url = src_dict.get("downloadUrl")
        if download_url.__class__ is not str:
            if download_url is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "downloadUrl", download_url)
                download_url = None

        key = src_dict.get("key")
        if key.__class__ is not str:
            if key is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "key", key)
                key = None

        _instance = cls.__new__(cls)
        _instance.url = url
        _instance.download_url = download_url
        _instance.key = key
        _as_declared = len(src_dict) + _nones == 3
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
