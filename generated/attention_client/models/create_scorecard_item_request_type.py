from typing import Literal

CreateScorecardItemRequestType = Literal["numeric"]

CREATE_SCORECARD_ITEM_REQUEST_TYPE_VALUES: set[CreateScorecardItemRequestType] = {
    "numeric",
}


def check_create_scorecard_item_request_type(value: str) -> CreateScorecardItemRequestType:
    if value in CREATE_SCORECARD_ITEM_REQUEST_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_SCORECARD_ITEM_REQUEST_TYPE_VALUES!r}")
