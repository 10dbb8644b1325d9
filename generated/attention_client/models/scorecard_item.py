from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.numeric_result import NumericResult


T = TypeVar("T", bound="ScorecardItem")


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
        from ..models.numeric_result import NumericResult  # noqa: PLC0415

        uuid: None | str | Unset
        if isinstance(self.uuid, Unset):
            uuid = UNSET
        else:
            uuid = self.uuid

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        position: float | None | Unset
        if isinstance(self.position, Unset):
            position = UNSET
        else:
            position = self.position

        numeric_result: dict[str, Any] | None | Unset
        if isinstance(self.numeric_result, Unset):
            numeric_result = UNSET
        elif isinstance(self.numeric_result, NumericResult):
            numeric_result = self.numeric_result.to_dict()
        else:
            numeric_result = self.numeric_result

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        evidences: list[str] | None | Unset
        if isinstance(self.evidences, Unset):
            evidences = UNSET
        elif isinstance(self.evidences, list):
            evidences = self.evidences

        else:
            evidences = self.evidences

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if title is not UNSET:
            field_dict["title"] = title
        if status is not UNSET:
            field_dict["status"] = status
        if type_ is not UNSET:
            field_dict["type"] = type_
        if position is not UNSET:
            field_dict["position"] = position
        if numeric_result is not UNSET:
            field_dict["numericResult"] = numeric_result
        if description is not UNSET:
            field_dict["description"] = description
        if evidences is not UNSET:
            field_dict["evidences"] = evidences

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.numeric_result import NumericResult  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_uuid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        uuid = _parse_uuid(d.pop("uuid", UNSET))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_type_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_position(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        position = _parse_position(d.pop("position", UNSET))

        def _parse_numeric_result(data: object) -> None | NumericResult | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                numeric_result_type_0 = NumericResult.from_dict(data)

                return numeric_result_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | NumericResult | Unset, data)

        numeric_result = _parse_numeric_result(d.pop("numericResult", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_evidences(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                evidences_type_0 = cast(list[str], data)

                return evidences_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        evidences = _parse_evidences(d.pop("evidences", UNSET))

        scorecard_item = cls(
            uuid=uuid,
            title=title,
            status=status,
            type_=type_,
            position=position,
            numeric_result=numeric_result,
            description=description,
            evidences=evidences,
        )

        scorecard_item.additional_properties = d
        return scorecard_item

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
