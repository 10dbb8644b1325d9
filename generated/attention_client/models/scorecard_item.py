from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.numeric_result import NumericResult


T = TypeVar("T", bound="ScorecardItem")

_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "uuid",
        "title",
        "status",
        "type",
        "position",
        "numericResult",
        "description",
        "evidences",
    )
)


@_attrs_define
class ScorecardItem:
    """One evaluated item of a scorecard."""

    uuid: None | str | Unset = UNSET
    """ The item's UUID. """
    title: None | str | Unset = UNSET
    """ The item's title. """
    status: None | str | Unset = UNSET
    """ Evaluation state. Open string: the seed shows `CALCULATED`; the full set
    is not documented.
     """
    type_: None | str | Unset = UNSET
    """ The kind of item. Open string: the seed shows `NUMERIC`; the full set is
    not documented.
     """
    position: float | None | Unset = UNSET
    """ The item's place in the scorecard. Typed as number because the docs only show the placeholder `123`. """
    numeric_result: None | NumericResult | Unset = UNSET
    """ The score, for numeric items. """
    description: None | str | Unset = UNSET
    """ Why the item scored as it did. """
    evidences: list[str] | None | Unset = UNSET
    """ Quotes from the conversation that support the score. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        uuid = self.uuid
        if uuid is not UNSET:
            field_dict["uuid"] = uuid

        title = self.title
        if title is not UNSET:
            field_dict["title"] = title

        status = self.status
        if status is not UNSET:
            field_dict["status"] = status

        type_ = self.type_
        if type_ is not UNSET:
            field_dict["type"] = type_

        position = self.position
        if position is not UNSET:
            field_dict["position"] = position

        numeric_result = self.numeric_result
        if numeric_result is not UNSET:
            field_dict["numericResult"] = (
                numeric_result.to_dict() if isinstance(numeric_result, _models.NumericResult) else numeric_result
            )

        description = self.description
        if description is not UNSET:
            field_dict["description"] = description

        evidences = self.evidences
        if evidences is not UNSET:
            field_dict["evidences"] = evidences

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        uuid = src_dict.get("uuid", UNSET)

        title = src_dict.get("title", UNSET)

        status = src_dict.get("status", UNSET)

        type_ = src_dict.get("type", UNSET)

        position = src_dict.get("position", UNSET)

        numeric_result = src_dict.get("numericResult", UNSET)
        if isinstance(numeric_result, dict):
            try:
                numeric_result = _models.NumericResult.from_dict(numeric_result)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # kept as it came, like upstream's union parsing

        description = src_dict.get("description", UNSET)

        evidences = src_dict.get("evidences", UNSET)

        _instance = cls.__new__(cls)
        _instance.uuid = uuid
        _instance.title = title
        _instance.status = status
        _instance.type_ = type_
        _instance.position = position
        _instance.numeric_result = numeric_result
        _instance.description = description
        _instance.evidences = evidences

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
