from typing import Literal

ScorecardInteractionType = Literal["chat", "conversation", "email"]

SCORECARD_INTERACTION_TYPE_VALUES: set[ScorecardInteractionType] = {
    "chat",
    "conversation",
    "email",
}


def check_scorecard_interaction_type(value: str) -> ScorecardInteractionType:
    if value in SCORECARD_INTERACTION_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SCORECARD_INTERACTION_TYPE_VALUES!r}")
