from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_field_configuration_item_request_analysis_level import (
    UpdateFieldConfigurationItemRequestAnalysisLevel,
    check_update_field_configuration_item_request_analysis_level,
)
from ..types import (
    UNSET,
    Unset,
)

T = TypeVar("T", bound="UpdateFieldConfigurationItemRequest")

_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "title",
        "contents",
        "description",
        "promptType",
        "contentType",
        "responseType",
        "options",
        "dependsOn",
        "maxValues",
        "allowLongResponse",
        "extractQuotes",
        "analysisLevel",
    )
)


@_attrs_define
class UpdateFieldConfigurationItemRequest:
    """The changes to a field-configuration item; fields left out stay as they are. A
    numeric-score item also needs its scoring bounds (`min_score`, `max_score`,
    `min_criteria`, `max_criteria`, with `min_score` at most `max_score`) in an object
    whose field name the docs do not show.

        Example:
            {'title': '<string>', 'contents': '<string>', 'description': '<string>', 'promptType': 'freeform',
                'contentType': 'text', 'responseType': '<string>', 'options': ['<string>'], 'dependsOn': ['<string>'],
                'maxValues': 123, 'allowLongResponse': True, 'extractQuotes': True, 'analysisLevel': 'conversation'}

    """

    title: str | Unset = UNSET
    """ The item's title, 1 to 128 characters. """
    contents: str | Unset = UNSET
    """ The prompt text. """
    description: str | Unset = UNSET
    """ The item's description, at most 2000 characters. """
    prompt_type: str | Unset = UNSET
    """ The kind of prompt, for example `freeform`. """
    content_type: str | Unset = UNSET
    """ The kind of value to produce, for example `text`. """
    response_type: str | Unset = UNSET
    """ The kind of response. """
    options: list[str] | Unset = UNSET
    """ The values the field may take. """
    depends_on: list[str] | Unset = UNSET
    """ The items this one depends on. """
    max_values: int | Unset = UNSET
    """ The most values the field may hold. """
    allow_long_response: bool | Unset = UNSET
    """ Allow a long response. """
    extract_quotes: bool | Unset = UNSET
    """ Extract supporting quotes with the value. """
    analysis_level: UpdateFieldConfigurationItemRequestAnalysisLevel | Unset = UNSET
    """ What the prompt is evaluated on. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        title = self.title
        if title is not UNSET:
            field_dict["title"] = title

        contents = self.contents
        if contents is not UNSET:
            field_dict["contents"] = contents

        description = self.description
        if description is not UNSET:
            field_dict["description"] = description

        prompt_type = self.prompt_type
        if prompt_type is not UNSET:
            field_dict["promptType"] = prompt_type

        content_type = self.content_type
        if content_type is not UNSET:
            field_dict["contentType"] = content_type

        response_type = self.response_type
        if response_type is not UNSET:
            field_dict["responseType"] = response_type

        options = self.options
        if options is not UNSET:
            field_dict["options"] = options

        depends_on = self.depends_on
        if depends_on is not UNSET:
            field_dict["dependsOn"] = depends_on

        max_values = self.max_values
        if max_values is not UNSET:
            field_dict["maxValues"] = max_values

        allow_long_response = self.allow_long_response
        if allow_long_response is not UNSET:
            field_dict["allowLongResponse"] = allow_long_response

        extract_quotes = self.extract_quotes
        if extract_quotes is not UNSET:
            field_dict["extractQuotes"] = extract_quotes

        analysis_level: str | Unset = UNSET
        if not isinstance(self.analysis_level, Unset):
            analysis_level = self.analysis_level

        if analysis_level is not UNSET:
            field_dict["analysisLevel"] = analysis_level

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        title = src_dict.get("title", UNSET)

        contents = src_dict.get("contents", UNSET)

        description = src_dict.get("description", UNSET)

        prompt_type = src_dict.get("promptType", UNSET)

        content_type = src_dict.get("contentType", UNSET)

        response_type = src_dict.get("responseType", UNSET)

        options = src_dict.get("options", UNSET)

        depends_on = src_dict.get("dependsOn", UNSET)

        max_values = src_dict.get("maxValues", UNSET)

        allow_long_response = src_dict.get("allowLongResponse", UNSET)

        extract_quotes = src_dict.get("extractQuotes", UNSET)

        _analysis_level = src_dict.get("analysisLevel", UNSET)
        analysis_level: UpdateFieldConfigurationItemRequestAnalysisLevel | Unset
        if isinstance(_analysis_level, Unset):
            analysis_level = UNSET
        else:
            analysis_level = check_update_field_configuration_item_request_analysis_level(_analysis_level)

        _instance = cls.__new__(cls)
        _instance.title = title
        _instance.contents = contents
        _instance.description = description
        _instance.prompt_type = prompt_type
        _instance.content_type = content_type
        _instance.response_type = response_type
        _instance.options = options
        _instance.depends_on = depends_on
        _instance.max_values = max_values
        _instance.allow_long_response = allow_long_response
        _instance.extract_quotes = extract_quotes
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
