from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import (
    Unparsed,
    is_object_list,
    make_lazy,
    mismatch,
    mismatch_error,
    mismatched_fields,
    parse_datetime,
    short_repr,
)

if TYPE_CHECKING:
    from ..models.label_option import LabelOption


T = TypeVar("T", bound="Label")

_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "uuid",
        "name",
        "description",
        "aiFlow",
        "allTeams",
        "isDefaultTemplate",
        "options",
        "organizationUUID",
        "createdAt",
    )
)


@_attrs_define
class Label:
    """A label (label category) that classifies conversations and drives AI flows,
    scorecard criteria and field-configuration criteria. Labels belong to one
    organisation.

        Example:
            {'uuid': 'fe515723-fe2e-4959-a5fa-c4d3937fe7e4', 'name': 'Buying Signal', 'description': 'Conversations where
                the prospect expresses a buying signal.', 'aiFlow': True, 'allTeams': False, 'isDefaultTemplate': False,
                'options': [{'value': 'high-intent', 'description': 'Prospect has explicit buying signals'}],
                'organizationUUID': '16b78cec-82ef-46d2-8213-5d3bb7d2571c', 'createdAt': '2026-04-16T18:00:00Z'}

    """

    uuid: str
    """ The label's UUID. """
    name: str | None = None
    """ The label's name, unique in the organisation. """
    description: str | None = None
    """ What the label means. """
    ai_flow: bool | None = None
    """ Whether the AI sets the label on conversations after they are processed. """
    all_teams: bool | None = None
    """ Whether the label applies to every team. """
    is_default_template: bool | None = None
    """ Whether the label is one of Attention's default labels. """
    options: list[LabelOption] | None = None
    """ The values the label can take; empty for a yes/no label. """
    organization_uuid: str | None = None
    """ The UUID of the organisation the label belongs to. """
    created_at: datetime.datetime | None = None
    """ When the label was created. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received_null: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)
    _mismatched: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    _created_at_text: str | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    _created_at_parsed: datetime.datetime | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        _slots: Any = self
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self._mismatched:
            field_dict.update(self._mismatched)

        field_dict["uuid"] = self.uuid

        name = self.name
        if name is not None or "name" in self._received_null:
            field_dict["name"] = name

        description = self.description
        if description is not None or "description" in self._received_null:
            field_dict["description"] = description

        ai_flow = self.ai_flow
        if ai_flow is not None or "aiFlow" in self._received_null:
            field_dict["aiFlow"] = ai_flow

        all_teams = self.all_teams
        if all_teams is not None or "allTeams" in self._received_null:
            field_dict["allTeams"] = all_teams

        is_default_template = self.is_default_template
        if is_default_template is not None or "isDefaultTemplate" in self._received_null:
            field_dict["isDefaultTemplate"] = is_default_template

        options = _slots._options_slot
        if type(options) is Unparsed:
            field_dict["options"] = options.json  # never read: as it came
        else:
            if options is not None:
                field_dict["options"] = [item.to_dict() for item in options]
            elif "options" in self._received_null:
                field_dict["options"] = None

        organization_uuid = self.organization_uuid
        if organization_uuid is not None or "organizationUUID" in self._received_null:
            field_dict["organizationUUID"] = organization_uuid

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
        uuid = src_dict["uuid"]
        if uuid.__class__ is not str:
            raise mismatch_error("Label", "uuid", uuid, "a string")

        name = src_dict.get("name")
        if name.__class__ is not str:
            if name is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "name", name)
                name = None

        description = src_dict.get("description")
        if description.__class__ is not str:
            if description is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "description", description)
                description = None

        ai_flow = src_dict.get("aiFlow")
        if ai_flow.__class__ is not bool:
            if ai_flow is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "aiFlow", ai_flow)
                ai_flow = None

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

        options: Any = src_dict.get("options")
        if is_object_list(options):
            options = Unparsed(options)  # parsed on first read
        elif options is None:
            _nones += 1
        else:
            _mismatched = mismatch(_mismatched, "options", options)
            options = None

        organization_uuid = src_dict.get("organizationUUID")
        if organization_uuid.__class__ is not str:
            if organization_uuid is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "organizationUUID", organization_uuid)
                organization_uuid = None

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
        _slots: Any = _instance
        _instance.uuid = uuid
        _instance.name = name
        _instance.description = description
        _instance.ai_flow = ai_flow
        _instance.all_teams = all_teams
        _instance.is_default_template = is_default_template
        _slots._options_slot = options
        _instance.organization_uuid = organization_uuid
        _instance.created_at = created_at
        _instance._created_at_text = _created_at_text
        _instance._created_at_parsed = created_at
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


def _parse_options(value: Any) -> Any:
    return list(map(_models.LabelOption.from_dict, value))


def _read_options(self: Any) -> Any:
    value = self._options_slot
    if type(value) is Unparsed:
        unparsed, value = value, _parse_options(value.json)
        if self._options_slot is unparsed:  # else another thread's read came first
            self._options_slot = value
        else:
            value = self._options_slot
    return value


make_lazy(Label, "options", _read_options, _parse_options)
