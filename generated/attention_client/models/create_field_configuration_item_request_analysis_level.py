from typing import Literal

CreateFieldConfigurationItemRequestAnalysisLevel = Literal["account", "contact", "conversation", "deal", "lead"]

CREATE_FIELD_CONFIGURATION_ITEM_REQUEST_ANALYSIS_LEVEL_VALUES: set[CreateFieldConfigurationItemRequestAnalysisLevel] = {
    "account",
    "contact",
    "conversation",
    "deal",
    "lead",
}


def check_create_field_configuration_item_request_analysis_level(
    value: str,
) -> CreateFieldConfigurationItemRequestAnalysisLevel:
    if value in CREATE_FIELD_CONFIGURATION_ITEM_REQUEST_ANALYSIS_LEVEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_FIELD_CONFIGURATION_ITEM_REQUEST_ANALYSIS_LEVEL_VALUES!r}"
    )
