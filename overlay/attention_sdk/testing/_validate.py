"""Request bodies and values, checked as openapi/attention.yaml declares them.

The spec closes every request body (``additionalProperties: false``) except the free-form
maps the docs show as ``{}``, so an unknown field is a 400 here, as is a missing required
field or a value of the wrong type. Each message names the field, the way a client's
author would want to read it. The package cannot depend on jsonschema, hence these few
small checks instead of the spec itself.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable, Mapping
from typing import Any

from ._messages import parse_json

Check = Callable[[Any, str], None]  # raises BadRequest naming the value's path
_RFC3339 = re.compile(r"\d{4}-\d\d-\d\d[Tt]\d\d:\d\d:\d\d(\.\d+)?([Zz]|[+-]\d\d:\d\d)")


class BadRequest(ValueError):
    """A request the stand-in answers with 400; the message says what is wrong."""


def parse_instant(text: str) -> datetime.datetime | None:
    """An ISO 8601 date-time (a naive one taken as UTC), or None if it does not parse."""
    try:
        instant = datetime.datetime.fromisoformat(text)
    except ValueError:
        return None
    return instant if instant.tzinfo else instant.replace(tzinfo=datetime.UTC)


def string(value: Any, where: str) -> None:
    """A JSON string."""
    if not isinstance(value, str):
        raise BadRequest(f"{where} must be a string")


def boolean(value: Any, where: str) -> None:
    """true or false: not 0, 1 or null."""
    if not isinstance(value, bool):
        raise BadRequest(f"{where} must be true or false")


def date_time(value: Any, where: str) -> None:
    """An RFC 3339 date-time (format: date-time), which is what responses carry on."""
    if not (isinstance(value, str) and _RFC3339.fullmatch(value) and parse_instant(value)):
        raise BadRequest(f"{where} must be an RFC 3339 date-time such as 2024-03-18T10:00:00Z")


def labels(value: Any, where: str) -> None:
    """LabelsUpdate: label name to string value."""
    if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
        raise BadRequest(f"{where} must be an object mapping label names to string values")


def any_object(value: Any, where: str) -> None:
    """A free-form object (the docs show {})."""
    if not isinstance(value, dict):
        raise BadRequest(f"{where} must be a JSON object")


def array_of(item: Check) -> Check:
    """A JSON array whose every item passes item."""

    def check(value: Any, where: str) -> None:
        if not isinstance(value, list):
            raise BadRequest(f"{where} must be an array")
        for index, element in enumerate(value):
            item(element, f"{where}[{index}]")

    return check


def closed(required: Mapping[str, Check], optional: Mapping[str, Check] | None = None) -> Check:
    """An object with these fields and no others (additionalProperties: false)."""
    fields = {**required, **(optional or {})}

    def check(value: Any, where: str) -> None:
        what = where or "The body"
        if not isinstance(value, dict):
            raise BadRequest(f"{what} must be a JSON object")
        if unknown := sorted(set(value) - set(fields)):
            inside = where or "the body"
            raise BadRequest(f"Unknown fields {unknown} in {inside}: allowed are {sorted(fields)}")
        for name, field in fields.items():
            path = f"{where}.{name}" if where else name
            if name in value:
                field(value[name], path)
            elif name in required:
                raise BadRequest(f"{path} is required")

    return check


def body_of(check: Check, body: bytes) -> dict[str, Any]:
    """The body parsed as JSON and checked; BadRequest if it is not JSON or fails check."""
    parsed = parse_json(body)
    check(parsed, "")
    assert isinstance(parsed, dict)  # every body schema is an object
    return parsed


def update(body: bytes) -> dict[str, Any]:
    """UpdateConversationRequest: title and/or labels, nothing else."""
    parsed = parse_json(body)
    if not isinstance(parsed, dict):
        raise BadRequest("The body must be a JSON object")
    if unknown := sorted(set(parsed) - {"title", "labels"}):
        raise BadRequest(f"Unknown fields {unknown}: only title and labels can be updated")
    if not parsed:  # minProperties: 1
        raise BadRequest("The body must contain title, labels or both")
    if "title" in parsed:
        string(parsed["title"], "title")
    if "labels" in parsed:
        labels(parsed["labels"], "labels")
    return parsed


_CRM_RECORD = closed({"id": string, "code": string})  # CrmRecordReference

CHANGE_TITLE = closed({"title": string})
CHANGE_LABELS = closed({"labels": labels}, {"skip_analysis": boolean})
LINKED_CRM_RECORDS = closed({"linkedCrmRecords": array_of(_CRM_RECORD)})
IMPORT = closed(
    {"mediaURL": string, "userID": string},
    {
        "applicationName": string,
        "applicationExternalID": string,
        "conversationTitle": string,
        "conversationStartedAt": date_time,
        "headers": array_of(closed({"key": string, "value": string})),
        "opportunityID": string,
        "linkedCrmRecords": array_of(_CRM_RECORD),
        "skipScorecardCalculation": boolean,
        "skipCRMFieldsCalculation": boolean,
        "skipOpportunitiesExport": boolean,
        "transcriptionSettings": closed({}, {"gladia": closed({}, {"enableDiarization": boolean})}),
        "transcript": any_object,
        "externalMetadata": closed(
            {},
            {
                "participants": array_of(
                    closed(
                        {},
                        {
                            "email": string,
                            "name": string,
                            "accessType": string,
                            "organizer": boolean,
                        },
                    )
                ),
                "extra": any_object,
            },
        ),
    },
)
