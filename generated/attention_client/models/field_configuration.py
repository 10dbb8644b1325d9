from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    is_str_list,
    mismatch,
    mismatch_error,
    mismatched_fields,
    short_repr,
)

T = TypeVar("T", bound="FieldConfiguration")

_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "uuid",
        "name",
        "organizationUUID",
        "teamsUUID",
        "allTeams",
        "isDefaultTemplate",
    )
)


@_attrs_define
class FieldConfiguration:
    """A field configuration: a set of fields (items) Attention fills in from
    conversations, assigned to some teams or to all of them.

        Example:
            {'uuid': '<string>', 'name': '<string>', 'organizationUUID': '<string>', 'teamsUUID': ['<string>'], 'allTeams':
                True, 'isDefaultTemplate': True}

    """

    uuid: str
    """ The field configuration's UUID. """
    name: str | None = None
    """ The field configuration's name. """
    organization_uuid: str | None = None
    """ The UUID of the organisation it belongs to. """
    teams_uuid: list[str] | None = None
    """ The UUIDs of the teams it is assigned to. """
    all_teams: bool | None = None
    """ Whether it is assigned to every team. """
    is_default_template: bool | None = None
    """ Whether it is the default template. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received_null: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)
    _mismatched: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self._mismatched:
            field_dict.update(self._mismatched)

        field_dict["uuid"] = self.uuid

        name = self.name
        if name is not None or "name" in self._received_null:
            field_dict["name"] = name

        organization_uuid = self.organization_uuid
        if organization_uuid is not None or "organizationUUID" in self._received_null:
            field_dict["organizationUUID"] = organization_uuid

        teams_uuid = self.teams_uuid
        if teams_uuid is not None or "teamsUUID" in self._received_null:
            field_dict["teamsUUID"] = teams_uuid

        all_teams = self.all_teams
        if all_teams is not None or "allTeams" in self._received_null:
            field_dict["allTeams"] = all_teams

        is_default_template = self.is_default_template
        if is_default_template is not None or "isDefaultTemplate" in self._received_null:
            field_dict["isDefaultTemplate"] = is_default_template

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _nones = 0  # optional fields that are None: left out or null
        _mismatched: dict[str, Any] | None = None  # values of no declared shape
        uuid = src_dict["uuid"]
        if uuid.__class__ is not str:
            raise mismatch_error("FieldConfiguration", "uuid", uuid, "a string")

        name = src_dict.get("name")
        if name.__class__ is not str:
            if name is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "name", name)
                name = None

        organization_uuid = src_dict.get("organizationUUID")
        if organization_uuid.__class__ is not str:
            if organization_uuid is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "organizationUUID", organization_uuid)
                organization_uuid = None

        teams_uuid = src_dict.get("teamsUUID")
        if teams_uuid.__class__ is not list or not is_str_list(teams_uuid):
            if teams_uuid is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "teamsUUID", teams_uuid)
                teams_uuid = None

        all_teams = src_dict.get("allTeams")
        if all_teams.__class__ is not bool:
            if all_teams is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "allTeams", all_teams)
                all_teams = None

        is_default_template = src_dict.get("isDefaultTemplate")
        if is_default_template.__class__ is not bool:
            if is_default_template is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "isDefaultTemplate", is_default_template)
                is_default_template = None

        _instance = cls.__new__(cls)
        _instance.uuid = uuid
        _instance.name = name
        _instance.organization_uuid = organization_uuid
        _instance.teams_uuid = teams_uuid
        _instance.all_teams = all_teams
        _instance.is_default_template = is_default_template
        _as_declared = len(src_dict) + _nones == 6
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
