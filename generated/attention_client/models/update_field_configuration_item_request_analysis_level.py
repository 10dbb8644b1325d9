from typing import Literal

UpdateFieldConfigurationItemRequestAnalysisLevel = Literal["account", "contact", "conversation", "deal", "lead"]

UPDATE_FIELD_CONFIGURATION_ITEM_REQUEST_ANALYSIS_LEVEL_VALUES: set[UpdateFieldConfigurationItemRequestAnalysisLevel] = {
    "account",
    "contact",
    "conversation",
    "deal",
    "lead",
}


def check_update_field_configuration_item_request_analysis_level(
    value: str,
) -> UpdateFieldConfigurationItemRequestAnalysisLevel:
    if value in UPDATE_FIELD_CONFIGURATION_ITEM_REQUEST_ANALYSIS_LEVEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_FIELD_CONFIGURATION_ITEM_REQUEST_ANALYSIS_LEVEL_VALUES!r}"
    )
