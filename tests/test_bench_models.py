"""What the fast model templates (templates/model_fast_paths.jinja) must keep.

make bench measures how fast the generated models parse; these pin that the faster
code still behaves as openapi-python-client's did, or better where upstream lost data:

- a value in a nullable field that does not parse as its type is kept as it came, and
  to_dict writes it back as it came (upstream's to_dict crashed on a list kept that way);
- from_dict raises nothing but KeyError, TypeError, ValueError or AttributeError, which
  the overlay turns into APIResponseValidationError;
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
from attention_client.models import Conversation, ScorecardItem, Team

from .conftest import EXAMPLE_NAMES, MODEL_NAMES, load_example
from .jsoncompare import assert_same_json

ALLOWED_ERRORS = (KeyError, TypeError, ValueError, AttributeError)

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
def test_any_wrong_value_anywhere_round_trips_or_raises_an_allowed_error(name: str) -> None:
    example = load_example(name)
    checked = 0
    for path in _paths(example):
        for value in WRONG_VALUES:
            data = _replaced(example, path, value)
            before = copy.deepcopy(data)
            try:
                conversation = Conversation.from_dict(data)
            except ALLOWED_ERRORS:
                # Only a wrong type for the required attributes object may make it fail.
                assert path == ("attributes",), path
                continue
            finally:
                assert data == before, f"from_dict changed its input at {path}"
            assert_same_json(before, conversation.to_dict())
            checked += 1
    assert checked > 1000


def test_a_value_that_does_not_parse_is_kept_as_it_came() -> None:
    data = load_example("docs_new_conversation")
    attributes = data["attributes"]
    attributes["finishedAt"] = "not-a-date"
    attributes["user"] = "user-uuid-456"  # a string where an object is expected
    attributes["team"] = {"name": {"nested": "object where a string is expected"}}
    attributes["participants"] = [{"id": "p1"}, "p2"]  # one item is not an object
    attributes["scorecardResults"] = [[]]  # upstream turned [] into {}
    parsed = Conversation.from_dict(data).attributes
    kept: dict[str, Any] = {
        name: getattr(parsed, name)
        for name in ("finished_at", "user", "participants", "scorecard_results")
    }
    assert kept == {
        "finished_at": "not-a-date",
        "user": "user-uuid-456",
        "participants": [{"id": "p1"}, "p2"],
        "scorecard_results": [[]],
    }
    assert isinstance(parsed.team, Team)
    team_name: Any = parsed.team.name
    assert team_name == {"nested": "object where a string is expected"}
    assert_same_json(data, Conversation.from_dict(data).to_dict())


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
