from typing import Literal

SeatType = Literal["listener", "recording"]

SEAT_TYPE_VALUES: set[SeatType] = {
    "listener",
    "recording",
}


def check_seat_type(value: str) -> SeatType:
    if value in SEAT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SEAT_TYPE_VALUES!r}")
