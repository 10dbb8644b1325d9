from typing import Literal

CreateKbSourceRequestFormat = Literal["text/html", "text/markdown", "text/plain"]

CREATE_KB_SOURCE_REQUEST_FORMAT_VALUES: set[CreateKbSourceRequestFormat] = {
    "text/html",
    "text/markdown",
    "text/plain",
}


def check_create_kb_source_request_format(value: str) -> CreateKbSourceRequestFormat:
    if value in CREATE_KB_SOURCE_REQUEST_FORMAT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_KB_SOURCE_REQUEST_FORMAT_VALUES!r}")
