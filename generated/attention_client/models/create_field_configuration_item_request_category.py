from typing import Literal

CreateFieldConfigurationItemRequestCategory = Literal["BuiltInInsight", "CRM", "CustomInsight", "Indicators"]

CREATE_FIELD_CONFIGURATION_ITEM_REQUEST_CATEGORY_VALUES: set[CreateFieldConfigurationItemRequestCategory] = {
    "BuiltInInsight",
    "CRM",
    "CustomInsight",
    "Indicators",
}


def check_create_field_configuration_item_request_category(value: str) -> CreateFieldConfigurationItemRequestCategory:
    if value in CREATE_FIELD_CONFIGURATION_ITEM_REQUEST_CATEGORY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_FIELD_CONFIGURATION_ITEM_REQUEST_CATEGORY_VALUES!r}"
    )
