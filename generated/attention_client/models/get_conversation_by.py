from typing import Literal

GetConversationBy = Literal["external_id", "id"]

GET_CONVERSATION_BY_VALUES: set[GetConversationBy] = {
    "external_id",
    "id",
}


def check_get_conversation_by(value: str) -> GetConversationBy:
    if value in GET_CONVERSATION_BY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_CONVERSATION_BY_VALUES!r}")
