"""What the fast model templates (templates/model_fast_paths.jinja) must keep.

make bench measures how fast the generated models parse; these pin that the faster
code still behaves as openapi-python-client's did, or better where upstream lost data or
handed out a value as something it is not:

- a value of no declared shape, anywhere, reads as one left out (None, or an empty map),
  never as the wrong type; it is kept in mismatched_fields and to_dict writes it back
  as it came (upstream's to_dict crashed on a list kept as it came);
- from_dict raises only for a required field missing (KeyError) or of the wrong type
  (TypeError), which the overlay turns into APIResponseValidationError;
- from_dict fills every field, as attrs' __init__ would;
- the models package loads each model on first use, under the same names.

No timing here: make bench does that.
"""

from __future__ import annotations

import copy
import datetime
from collections.abc import Iterator
from typing import Any

import attention_client.models
import attrs
import pytest
from attention_client.models import (
    Conversation,
    ConversationAttributes,
    ConversationList,
    Participant,
    ScorecardItem,
    Team,
    UploadUrl,
)

from ..conftest import EXAMPLE_NAMES, MODEL_NAMES, load_example
from ..support.declared import misread
from ..support.jsoncompare import assert_same_json

# The required fields of a conversation, and what a value of the wrong type raises there.
REQUIRED = {("type",), ("id",), ("attributes",)}

# Values of every JSON type, and strings that look like a date-time or do not.
WRONG_VALUES: list[Any] = [
    None,
    "text",
    7,
    1.5,
    True,
    [],
    [1, "a"],
    {},
    {"unexpected": 1},
    ["a", {"b": 2}],
    [[]],
    "not-a-date",
    "2024-03-18T10:00:00Z",
    [{"uuid": 1}],
]


def _paths(node: Any, path: tuple[str | int, ...] = ()) -> Iterator[tuple[str | int, ...]]:
    """The path of every value inside ``node``."""
    if isinstance(node, dict):
        for key, value in node.items():
            yield (*path, key)
            yield from _paths(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield (*path, index)
            yield from _paths(value, (*path, index))


def _replaced(data: dict[str, Any], path: tuple[str | int, ...], value: Any) -> dict[str, Any]:
    changed = copy.deepcopy(data)
    node: Any = changed
    for step in path[:-1]:
        node = node[step]
    node[path[-1]] = copy.deepcopy(value)
    return changed


@pytest.mark.parametrize("name", EXAMPLE_NAMES)
def test_any_wrong_value_anywhere_reads_as_declared_and_round_trips(name: str) -> None:
    """Whatever value is put wherever: only a required field refuses it (TypeError, naming
    it); elsewhere every field still reads as its declared type, and to_dict gives back
    the JSON exactly, before and after every field is read."""
    example = load_example(name)
    checked = 0
    for path in _paths(example):
        for value in WRONG_VALUES:
            data = _replaced(example, path, value)
            before = copy.deepcopy(data)
            refused: TypeError | None = None
            try:
                conversation = Conversation.from_dict(data)
            except TypeError as exc:
                refused = exc
            assert data == before, f"from_dict changed its input at {path}"
            if refused is not None:
                assert path in REQUIRED, path
                assert f"Conversation.{path[0]} must be" in str(refused)
                continue
            assert_same_json(before, conversation.to_dict())  # nothing read yet
            assert list(misread("Conversation", conversation)) == [], path  # reads everything
            assert_same_json(before, conversation.to_dict())
            checked += 1
    assert checked > 1000


MALFORMED: dict[str, tuple[str, Any, Any]] = {
    # JSON name: (attribute, a value of no declared shape, what the field reads instead)
    "title": ("title", 123, None),
    "archived": ("archived", "yes", None),
    "mediaDuration": ("media_duration", True, None),  # a bool is not a number
    "labelTagsToFilterIfNA": ("label_tags_to_filter_if_na", ["a", 1], None),
    "finishedAt": ("finished_at", "not-a-date", None),
    "createdAt": ("created_at", "2016-12-31T23:59:60Z", None),  # a leap second
    "user": ("user", "user-uuid-456", None),  # a string where an object is
    "participants": ("participants", [{"id": "p1"}, "p2"], None),  # an item not an object
    "scorecardResults": ("scorecard_results", [[]], None),
    "attendees": ("attendees", {"0": {"name": "x"}}, None),  # an object where a list is
    "labels": ("labels", "won", {}),  # an open map reads empty
}


def _malformed() -> dict[str, Any]:
    data = load_example("docs_new_conversation")
    for key, (_, sent, _) in MALFORMED.items():
        data["attributes"][key] = copy.deepcopy(sent)
    data["attributes"]["team"] = {"name": {"nested": "object where a string is expected"}}
    return data


def test_a_value_of_no_declared_shape_reads_as_left_out_and_is_kept() -> None:
    data = _malformed()
    attributes = Conversation.from_dict(data).attributes
    for key, (attribute, sent, reads) in MALFORMED.items():
        assert getattr(attributes, attribute) == reads, key
        assert attributes.mismatched_fields[key] == sent, key
    assert set(attributes.mismatched_fields) == set(MALFORMED)
    assert attributes.title is None  # not 123 typed as str
    assert isinstance(attributes.team, Team)  # a nested model keeps its own
    assert attributes.team.name is None
    assert dict(attributes.team.mismatched_fields) == {"name": data["attributes"]["team"]["name"]}
    assert Conversation.from_dict(data).mismatched_fields == {}
    assert_same_json(data, Conversation.from_dict(data).to_dict())  # unread
    read = Conversation.from_dict(data)
    assert list(misread("Conversation", read)) == []
    assert_same_json(data, read.to_dict())  # every field read


def test_every_mismatch_is_known_before_a_lazy_field_is_read(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    data = _malformed()

    def refuse(src_dict: Any) -> Any:
        raise AssertionError("parsed")

    monkeypatch.setattr(Participant, "from_dict", refuse)
    attributes = Conversation.from_dict(data).attributes
    # participants has an item that is not an object: found by from_dict, which parses
    # nothing lazy, and no read is needed to see it
    assert attributes.mismatched_fields["participants"] == [{"id": "p1"}, "p2"]
    with pytest.raises(TypeError):
        attributes.mismatched_fields["title"] = "x"  # type: ignore[index]
    attributes.participants = None  # cleared before any read: still as it came
    assert attributes.to_dict()["participants"] == [{"id": "p1"}, "p2"]
    monkeypatch.undo()
    assert attributes.participants is None


def test_the_repr_names_the_fields_that_did_not_fit() -> None:
    attributes = ConversationAttributes.from_dict({"title": 5, "participants": ["p"]})
    assert repr(attributes) == (
        "ConversationAttributes(mismatched_fields={'title': ..., 'participants': ...})"
    )
    assert attributes.to_dict() == {"title": 5, "participants": ["p"]}


def test_a_field_set_since_is_written_instead_of_the_value_that_came() -> None:
    data = _malformed()
    attributes = Conversation.from_dict(data).attributes
    attributes.title = "Q4 review"
    attributes.participants = [Participant(name="Jane")]
    attributes.user = None  # None: still as it came
    written = attributes.to_dict()
    assert written["title"] == "Q4 review"
    assert written["participants"] == [{"name": "Jane"}]
    assert written["user"] == "user-uuid-456"
    assert attributes.mismatched_fields["title"] == 123  # what came stays on record


@pytest.mark.parametrize(
    ("model", "data", "message"),
    [
        (
            Conversation,
            {"type": 1, "id": "c", "attributes": {}},
            "Conversation.type must be a string",
        ),
        (Conversation, {"type": "c", "id": "c", "attributes": []}, "attributes must be an object"),
        (ConversationList, {"data": {}}, "ConversationList.data must be a list of objects"),
        (ConversationList, {"data": ["c1"]}, "ConversationList.data must be a list of objects"),
        (UploadUrl, {"url": None}, "UploadUrl.url must be a string, got null"),
    ],
)
def test_a_required_field_of_the_wrong_type_is_a_type_error(
    model: type[Any], data: dict[str, Any], message: str
) -> None:
    with pytest.raises(TypeError, match=message):
        model.from_dict(data)


def test_date_times_parse_to_aware_datetimes() -> None:
    conversation = Conversation.from_dict(load_example("docs_new_conversation"))
    created = conversation.attributes.created_at
    assert created == datetime.datetime(2024, 3, 18, 10, 0, tzinfo=datetime.UTC)


def _models_without_required_fields() -> list[type[Any]]:
    models = [getattr(attention_client.models, name) for name in MODEL_NAMES]
    return [
        model
        for model in models
        if all(field.default is not attrs.NOTHING for field in attrs.fields(model))
    ]


@pytest.mark.parametrize("model", _models_without_required_fields(), ids=lambda m: m.__name__)
def test_from_dict_fills_every_field_as_init_would(model: type[Any]) -> None:
    assert model.from_dict({}) == model()
    assert attrs.asdict(model.from_dict({})) == attrs.asdict(model())


def test_unknown_keys_are_additional_properties_and_known_keys_are_not() -> None:
    item = ScorecardItem.from_dict({"uuid": "u", "type": "NUMERIC", "weight": 2})
    assert item.additional_properties == {"weight": 2}
    assert item.type_ == "NUMERIC"
    assert item.title is None
    assert "title" not in item.to_dict()
    assert ScorecardItem.from_dict({"uuid": "u"}).additional_properties == {}


def test_the_models_package_loads_each_model_on_first_use() -> None:
    names = MODEL_NAMES
    assert "Conversation" in names
    assert set(names) <= set(dir(attention_client.models))
    for name in names:
        assert getattr(attention_client.models, name).__name__ == name
    with pytest.raises(AttributeError, match="NoSuchModel"):
        _ = attention_client.models.NoSuchModel  # type: ignore[attr-defined]
