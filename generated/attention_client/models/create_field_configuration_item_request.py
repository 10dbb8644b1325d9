from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_field_configuration_item_request_analysis_level import (
    CreateFieldConfigurationItemRequestAnalysisLevel,
    check_create_field_configuration_item_request_analysis_level,
)
from ..models.create_field_configuration_item_request_category import (
    CreateFieldConfigurationItemRequestCategory,
    check_create_field_configuration_item_request_category,
)
from ..types import (
    UNSET,
    Unset,
)

T = TypeVar("T", bound="CreateFieldConfigurationItemRequest")

_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "title",
        "category",
        "contents",
        "promptType",
        "contentType",
        "analysisLevel",
    )
)


@_attrs_define
class CreateFieldConfigurationItemRequest:
    """A new field-configuration item. `title` (1 to 128 characters), `category` and
    `contents` are required. The docs list further fields that are not all shown
    here; they can be sent as well.

        Example:
            {'title': '<string>', 'category': 'CRM', 'contents': '<string>', 'promptType': 'freeform', 'contentType':
                'text', 'analysisLevel': 'conversation'}

    """

    title: str
    """ The item's title, 1 to 128 characters. """
    category: CreateFieldConfigurationItemRequestCategory
    """ The kind of field. """
    contents: str
    """ The prompt text. """
    prompt_type: str | Unset = UNSET
    """ The kind of prompt, for example `freeform`. """
    content_type: str | Unset = UNSET
    """ The kind of value to produce, for example `text`. """
    analysis_level: CreateFieldConfigurationItemRequestAnalysisLevel | Unset = UNSET
    """ What the prompt is evaluated on. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        field_dict["title"] = self.title

        category: str = self.category
        field_dict["category"] = category

        field_dict["contents"] = self.contents

        prompt_type = self.prompt_type
        if prompt_type is not UNSET:
            field_dict["promptType"] = prompt_type

        content_type = self.content_type
        if content_type is not UNSET:
            field_dict["contentType"] = content_type

        analysis_level: str | Unset = UNSET
        if not isinstance(self.analysis_level, Unset):
            analysis_level = self.analysis_level

        if analysis_level is not UNSET:
            field_dict["analysisLevel"] = analysis_level

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        title = src_dict["title"]

        category = check_create_field_configuration_item_request_category(src_dict["category"])

        contents = src_dict["contents"]

        prompt_type = src_dict.get("promptType", UNSET)

        content_type = src_dict.get("contentType", UNSET)

        _analysis_level = src_dict.get("analysisLevel", UNSET)
        analysis_level: CreateFieldConfigurationItemRequestAnalysisLevel | Unset
        if isinstance(_analysis_level, Unset):
            analysis_level = UNSET
        else:
            analysis_level = check_create_field_configuration_item_request_analysis_level(_analysis_level)

        _instance = cls.__new__(cls)
        _instance.title = title
        _instance.category = category
        _instance.contents = contents
        _instance.prompt_type = prompt_type
        _instance.content_type = content_type
        _instance.analysis_level = analysis_level

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
