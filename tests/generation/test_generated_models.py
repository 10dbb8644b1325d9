"""The generated attrs models against the documented example responses.

These pin the tolerance rules of the spec: both docs variants parse, nothing is
lost on a round trip, unknown fields and unknown status values survive, every
optional field may be null, and date-times parse in every form the API may send and
are written back as the very text that came; those the client sends are UTC with Z.
They also pin how response models read: a field left out reads None like one sent
as null (an open map reads empty), to_dict still writes back exactly what came,
open maps are read-only mappings, the repr stays short, and the nested collections at
the top of a response are parsed on first read (tests/core/test_properties.py reads them in
random orders).
"""

from __future__ import annotations

import copy
import datetime
import importlib.util
import json
import pickle
import sys
from collections.abc import Callable, Iterator, Mapping, MutableMapping
from typing import Any

import attention_client.models
import attrs
import pytest
from attention_client.api.conversations import list_conversations
from attention_client.models import (
    Conversation,
    ConversationAttributes,
    ConversationLabels,
    ExtractedIntelligence,
    ImportConversationRequest,
    ImportExtra,
    ImportMetadata,
    Participant,
    ScorecardResult,
    Team,
    Transcript,
    TranscriptSegment,
    TranscriptSpeaker,
    UpdateConversationRequest,
    User,
)
from attention_client.models.labels_update import LabelsUpdate
from attention_client.types import UNSET, Unset, format_datetime, lazy_fields, parse_datetime
from openapi_python_client.strings import PythonIdentifier

from ..conftest import MODEL_NAMES, ROOT, load_example
from ..support.jsoncompare import assert_same_json
from ..support.strategies import (
    component_schemas,
    reachable_schemas,
    response_roots,
    top_of_responses,
)

RESPONSE_SCHEMAS = frozenset().union(*(reachable_schemas(root) for root in response_roots()))
OPEN_MAPS = (ConversationLabels, Transcript, ExtractedIntelligence, ImportMetadata)

UTC = datetime.UTC
PLUS_5 = datetime.timezone(datetime.timedelta(hours=5, minutes=30))
MINUS_8 = datetime.timezone(datetime.timedelta(hours=-8))


def test_seed_example_parses_into_typed_models() -> None:
    conv = Conversation.from_dict(load_example("seed_conversation"))
    attrs = conv.attributes
    assert (conv.type_, conv.id) == ("conversations", "<string>")
    assert attrs.finished_at == datetime.datetime(2023, 11, 7, 5, 31, 56, tzinfo=UTC)
    assert attrs.user
    assert attrs.user.settings
    assert attrs.user.settings.deals_enabled is True
    assert attrs.user.roles
    assert attrs.user.roles[0].type_ == "ADMIN"
    team = attrs.boards[0].board.team if attrs.boards and attrs.boards[0].board else None
    assert team
    assert team.slack_connection
    assert team.slack_connection.info
    assert team.slack_connection.info.name == "Attention Tech"
    assert attrs.scorecard_results
    assert attrs.scorecard_results[0].items
    item = attrs.scorecard_results[0].items[0]
    assert item.numeric_result
    assert item.numeric_result.score == 123
    assert attrs.media_duration == 123
    assert conv.links
    assert conv.links.self_ == "https://api.attention.tech/v2/conversations/123"


def test_newer_docs_example_parses_new_fields() -> None:
    conv = Conversation.from_dict(load_example("docs_new_conversation"))
    attrs = conv.attributes
    assert conv.id == "conv-uuid-123"
    assert attrs.title == "Q1 Deal Review - Acme Corp"
    assert attrs.crm_export_status == "exported"
    assert attrs.attendees
    assert attrs.attendees[0].status == "accepted"
    assert attrs.bots
    assert attrs.bots[0].meeting_url == "https://zoom.us/j/1234567890"
    assert attrs.user
    assert attrs.user.created_at == datetime.datetime(2021, 1, 1, tzinfo=UTC)
    assert attrs.zoom_meeting_join_url == ""
    assert isinstance(attrs.import_metadata, ImportMetadata)
    assert attrs.import_metadata.to_dict() == {}
    assert conv.links is None  # the newer excerpt shows no links
    assert "links" not in conv.to_dict()


def test_round_trip_keeps_every_field(example: dict[str, Any]) -> None:
    assert_same_json(example, Conversation.from_dict(example).to_dict())


def test_from_dict_does_not_modify_its_input(example: dict[str, Any]) -> None:
    before = copy.deepcopy(example)
    Conversation.from_dict(example)
    assert example == before


def _objects(node: Any, path: str = "$") -> Iterator[tuple[str, dict[str, Any]]]:
    """Every JSON object inside ``node`` with its path, outermost first."""
    if isinstance(node, dict):
        yield path, node
        for key, value in node.items():
            yield from _objects(value, f"{path}.{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _objects(value, f"{path}[{index}]")


def test_unknown_fields_survive_at_every_level(example: dict[str, Any]) -> None:
    for index, (_, obj) in enumerate(list(_objects(example))):
        obj[f"futureField{index}"] = {"nested": [1, "two", None]}
    assert_same_json(example, Conversation.from_dict(example).to_dict())


def test_unknown_fields_are_reachable_on_the_model(example: dict[str, Any]) -> None:
    example["attributes"]["sentimentScore"] = 0.7
    conv = Conversation.from_dict(example)
    assert conv.attributes["sentimentScore"] == 0.7


STATUS_PATHS = [
    ("crmExportStatus",),
    ("videoStatus",),
    ("mediaStorageStatus",),
    ("importStatus",),
    ("transcriptStatus",),
    ("bots", 0, "status", "code"),
    ("participants", 0, "status"),
    ("scorecardResults", 0, "items", 0, "status"),
    ("scorecardResults", 0, "items", 0, "type"),
]


@pytest.mark.parametrize("path", STATUS_PATHS, ids=lambda p: ".".join(map(str, p)))
def test_unknown_status_value_parses(path: tuple[str | int, ...]) -> None:
    data = load_example("seed_conversation")
    target: Any = data["attributes"]
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = "SOME_STATE_NOBODY_HAS_SEEN"
    result = Conversation.from_dict(data).to_dict()
    got: Any = result["attributes"]
    for step in path:
        got = got[step]
    assert got == "SOME_STATE_NOBODY_HAS_SEEN"


def _all_object_paths() -> list[str]:
    seed = load_example("seed_conversation")
    return [path for path, _ in _objects(seed) if path != "$"]


def _lookup(data: dict[str, Any], path: str) -> dict[str, Any]:
    node: Any = data
    for part in path.removeprefix("$.").replace("[", ".[").split("."):
        node = node[int(part[1:-1])] if part.startswith("[") else node[part]
    assert isinstance(node, dict)
    return node


@pytest.mark.parametrize("path", _all_object_paths())
def test_null_in_every_optional_field_parses(path: str) -> None:
    data = load_example("seed_conversation")
    obj = _lookup(data, path)
    if path == "$.attributes":
        keys = list(obj)
    else:
        # Open maps (labels, transcript, ...) have no declared fields to null.
        keys = [key for key in obj if key]
    for key in keys:
        obj[key] = None
    assert_same_json(data, Conversation.from_dict(data).to_dict())


def test_all_attributes_null_gives_none_on_the_model() -> None:
    data = load_example("seed_conversation")
    data["attributes"] = dict.fromkeys(data["attributes"])
    data["links"] = None
    conv = Conversation.from_dict(data)
    assert conv.links is None
    assert conv.attributes.finished_at is None
    assert conv.attributes.user is None
    assert conv.attributes.boards is None
    assert conv.attributes.media_duration is None


def test_missing_optional_fields_read_none_and_stay_missing() -> None:
    data = {"type": "conversations", "id": "c1", "attributes": {}}
    conv = Conversation.from_dict(data)
    assert conv.attributes.title is None
    assert conv.attributes.user is None
    assert conv.links is None
    assert conv.attributes.labels == {}
    assert Conversation.from_dict(data).to_dict() == data


def test_missing_required_field_is_an_error() -> None:
    with pytest.raises(KeyError):
        Conversation.from_dict({"type": "conversations", "attributes": {}})


EXPECTED = datetime.datetime(2023, 11, 7, 5, 31, 56, tzinfo=UTC)
DATETIME_FORMS = {
    "2023-11-07T05:31:56Z": EXPECTED,
    "2023-11-07T05:31:56+00:00": EXPECTED,
    "2023-11-07T07:31:56+02:00": EXPECTED,
    "2023-11-07T05:31:56.250Z": EXPECTED.replace(microsecond=250000),
    "2023-11-07T05:31:56.123456Z": EXPECTED.replace(microsecond=123456),
    # Go and Java services send nanoseconds; microseconds are kept.
    "2023-11-07T05:31:56.123456789Z": EXPECTED.replace(microsecond=123456),
    # RFC 3339 allows lowercase separators; the stdlib refuses them, dateutil does not.
    "2023-11-07t05:31:56z": EXPECTED,
    "2023-11-07T05:31:56,5Z": EXPECTED.replace(microsecond=500000),
}


@pytest.mark.parametrize(("text", "instant"), DATETIME_FORMS.items())
def test_datetimes_parse_in_every_form(text: str, instant: datetime.datetime) -> None:
    data = load_example("docs_new_conversation")
    data["attributes"]["finishedAt"] = text
    data["attributes"]["bots"][0]["status"]["createdAt"] = text
    attrs = Conversation.from_dict(data).attributes
    assert attrs.finished_at == instant
    assert attrs.finished_at.utcoffset() is not None
    assert attrs.bots
    assert attrs.bots[0].status
    assert attrs.bots[0].status.created_at == instant


@pytest.mark.parametrize("text", DATETIME_FORMS)
def test_a_date_time_is_written_back_as_the_text_that_came(text: str) -> None:
    data = load_example("docs_new_conversation")
    data["attributes"]["finishedAt"] = text
    data["attributes"]["bots"][0]["status"]["createdAt"] = text
    written = Conversation.from_dict(data).to_dict()
    assert written["attributes"]["finishedAt"] == text
    assert written["attributes"]["bots"][0]["status"]["createdAt"] == text


def test_a_date_time_set_since_is_written_in_its_json_form() -> None:
    parsed = ConversationAttributes.from_dict({"finishedAt": "2024-03-18T10:45:00Z"})
    came = parsed.finished_at
    assert came == datetime.datetime(2024, 3, 18, 10, 45, tzinfo=UTC)
    parsed.finished_at = came  # the very value parsed: still the text that came
    assert parsed.to_dict() == {"finishedAt": "2024-03-18T10:45:00Z"}
    # an equal instant is another value: written as set, in its own offset
    parsed.finished_at = came.astimezone(PLUS_5)
    assert parsed.to_dict() == {"finishedAt": "2024-03-18T16:15:00+05:30"}
    parsed.finished_at = datetime.datetime(2024, 3, 18, 10, 45, tzinfo=UTC)
    assert parsed.to_dict() == {"finishedAt": "2024-03-18T10:45:00+00:00"}
    parsed.finished_at = came  # set back: the text again
    assert parsed.to_dict() == {"finishedAt": "2024-03-18T10:45:00Z"}
    built = ConversationAttributes(finished_at=came)  # built in Python: no text
    assert built.to_dict() == {"finishedAt": "2024-03-18T10:45:00+00:00"}


@pytest.mark.parametrize(
    "copier",
    [copy.copy, copy.deepcopy, lambda model: pickle.loads(pickle.dumps(model))],
    ids=["copy", "deepcopy", "pickle"],
)
def test_copies_keep_the_date_time_text(copier: Callable[[Any], Any]) -> None:
    text = "2024-03-18t10:45:00.123456789z"
    copied = copier(ConversationAttributes.from_dict({"createdAt": text}))
    assert copied.to_dict() == {"createdAt": text}
    # attrs.evolve builds through __init__, which takes the value alone (as it forgets nulls)
    evolved = attrs.evolve(copied, title="x")
    assert evolved.to_dict() == {"title": "x", "createdAt": "2024-03-18T10:45:00.123456+00:00"}


def test_parse_datetime_rejects_garbage() -> None:
    with pytest.raises(ValueError, match="not-a-date"):
        parse_datetime("not-a-date")


# --- Date-times on the wire: UTC, whole seconds, Z ------------------------------------


class _NoOffset(datetime.tzinfo):
    """A tzinfo that knows no offset: the datetime counts as naive."""

    def utcoffset(self, dt: datetime.datetime | None) -> None:
        return None

    def dst(self, dt: datetime.datetime | None) -> None:
        return None

    def tzname(self, dt: datetime.datetime | None) -> None:
        return None


@pytest.mark.parametrize(
    ("given", "sent"),
    [
        (datetime.datetime(2024, 3, 18, 10, 45, tzinfo=UTC), "2024-03-18T10:45:00Z"),
        # the fraction is dropped, not rounded: never a later instant than the one given
        (datetime.datetime(2024, 3, 18, 10, 45, 7, 999999, tzinfo=UTC), "2024-03-18T10:45:07Z"),
        # another zone is converted, across the day and the year
        (datetime.datetime(2024, 3, 18, 4, 0, 1, 500, tzinfo=PLUS_5), "2024-03-17T22:30:01Z"),
        (datetime.datetime(2024, 12, 31, 20, 0, tzinfo=MINUS_8), "2025-01-01T04:00:00Z"),
        # an offset with a fraction of its own: the fraction of the UTC instant is dropped
        (
            datetime.datetime(
                2024, 1, 1, tzinfo=datetime.timezone(datetime.timedelta(microseconds=-250000))
            ),
            "2024-01-01T00:00:00Z",
        ),
        (datetime.datetime(999, 1, 2, 3, 4, 5, tzinfo=UTC), "0999-01-02T03:04:05Z"),
    ],
)
def test_date_times_are_sent_in_utc_whole_seconds_with_z(
    given: datetime.datetime, sent: str
) -> None:
    assert format_datetime(given) == sent
    # the request builder's query parameters and the request bodies both use it
    params = list_conversations._get_kwargs(from_date_time=given, to_date_time=given)["params"]
    assert params == {"fromDateTime": sent, "toDateTime": sent}
    body = ImportConversationRequest(media_url="m", user_id="u", conversation_started_at=given)
    assert body.to_dict()["conversationStartedAt"] == sent


@pytest.mark.parametrize(
    "naive",
    [datetime.datetime(2024, 3, 18, 10, 45), datetime.datetime(2024, 3, 18, tzinfo=_NoOffset())],
    ids=["no tzinfo", "a tzinfo without an offset"],
)
def test_a_naive_date_time_is_never_sent(naive: datetime.datetime) -> None:
    """Which zone it means is unknown: refused, not read in the machine's zone."""
    with pytest.raises(ValueError, match="timezone-aware"):
        format_datetime(naive)
    with pytest.raises(ValueError, match="timezone-aware"):
        list_conversations._get_kwargs(from_date_time=naive)
    body = ImportConversationRequest(media_url="m", user_id="u", conversation_started_at=naive)
    with pytest.raises(ValueError, match="timezone-aware"):
        body.to_dict()


def test_a_date_time_beyond_the_utc_range_is_a_value_error() -> None:
    late = datetime.datetime.max.replace(tzinfo=MINUS_8)  # 9999-12-31 23:59 at -08:00
    with pytest.raises(ValueError, match="out of range"):
        format_datetime(late)


def test_request_body_sends_only_the_given_fields() -> None:
    assert UpdateConversationRequest(title="Q4").to_dict() == {"title": "Q4"}
    labels = LabelsUpdate.from_dict({"deal_stage": "negotiation"})
    assert UpdateConversationRequest(labels=labels).to_dict() == {
        "labels": {"deal_stage": "negotiation"}
    }
    assert UpdateConversationRequest().to_dict() == {}


PROTOCOLS = range(pickle.HIGHEST_PROTOCOL + 1)


@pytest.mark.parametrize("protocol", PROTOCOLS)
def test_unset_is_one_object_through_copies_and_pickles(protocol: int) -> None:
    assert copy.copy(UNSET) is UNSET
    assert copy.deepcopy(UNSET) is UNSET
    assert copy.deepcopy([UNSET, {"k": UNSET}]) == [UNSET, {"k": UNSET}]
    assert pickle.loads(pickle.dumps(UNSET, protocol)) is UNSET
    assert isinstance(UNSET, Unset)
    assert not UNSET


@pytest.mark.parametrize("protocol", PROTOCOLS)
def test_a_copied_request_model_still_sends_only_the_given_fields(protocol: int) -> None:
    body = UpdateConversationRequest(title="Q4")
    unpickled = pickle.loads(pickle.dumps(body, protocol))
    for copied in (copy.copy(body), copy.deepcopy(body), unpickled):
        assert copied.labels is UNSET
        assert copied == body
        assert copied.to_dict() == {"title": "Q4"}


# --- How response models read ---------------------------------------------------------


def _declared_types(model: type[Any]) -> dict[str, str]:
    return {f.name: str(f.type) for f in attrs.fields(model) if not f.name.startswith("_")}


@pytest.mark.parametrize("name", MODEL_NAMES)
def test_response_models_have_no_unset_and_request_models_keep_it(name: str) -> None:
    """The templates tell response models from request models as the spec does."""
    model = getattr(attention_client.models, name)
    schema = component_schemas()[name]
    optional = schema.get("properties", {}).keys() - set(schema.get("required", []))
    fields = {f.name: f for f in attrs.fields(model) if not f.name.startswith("_")}
    with_unset = [n for n, f in fields.items() if f.default is UNSET or "Unset" in str(f.type)]
    if name in RESPONSE_SCHEMAS:
        assert with_unset == []
    else:  # only what was given is sent
        assert len(with_unset) == len(optional)
        assert all(fields[n].default is UNSET for n in with_unset)


CASES: dict[str, tuple[str, Any]] = {
    # JSON name: (attribute, a value as sent)
    "title": ("title", "Q4 review"),
    "user": ("user", {"email": "sam@example.com", "futureField": 1}),
    "finishedAt": ("finished_at", "2024-03-18T10:45:00+00:00"),
    "participants": ("participants", [{"name": "Jane"}, {"name": "Sam"}]),
    "mediaDuration": ("media_duration", 2700),
}


@pytest.mark.parametrize("key", CASES)
def test_absent_and_null_read_none_and_round_trip_apart(key: str) -> None:
    attribute, sent = CASES[key]
    absent = ConversationAttributes.from_dict({})
    null = ConversationAttributes.from_dict({key: None})
    given = ConversationAttributes.from_dict({key: sent})
    assert getattr(absent, attribute) is None
    assert getattr(null, attribute) is None
    assert getattr(given, attribute) is not None
    assert absent == null  # they read the same...
    assert absent.to_dict() == {}  # ...and are written back as they came
    assert null.to_dict() == {key: None}
    assert_same_json({key: sent}, given.to_dict())


@pytest.mark.parametrize("key", CASES)
def test_a_field_set_after_parsing_is_written(key: str) -> None:
    attribute, sent = CASES[key]
    value = ConversationAttributes.from_dict({key: sent}).to_dict()[key]  # its JSON form
    parsed_value = getattr(ConversationAttributes.from_dict({key: sent}), attribute)
    for came in ({}, {key: None}):
        model = ConversationAttributes.from_dict(came)
        setattr(model, attribute, parsed_value)
        assert model.to_dict() == {key: value}
    model = ConversationAttributes.from_dict({key: sent})
    setattr(model, attribute, None)
    assert model.to_dict() == {}  # None: left out, as if the API had left it out
    model = ConversationAttributes.from_dict({key: None})
    setattr(model, attribute, None)
    assert model.to_dict() == {key: None}  # still as it came


def test_a_model_built_in_python_writes_only_what_was_set() -> None:
    user = User(email="sam@example.com", first_name=None)
    assert user.to_dict() == {"email": "sam@example.com"}
    assert ConversationAttributes(title="x").to_dict() == {"title": "x"}


# Open maps: labels, transcript, extracted intelligence, import metadata.


@pytest.mark.parametrize("model", OPEN_MAPS, ids=lambda m: m.__name__)
def test_open_maps_are_read_only_mappings(model: type[Any]) -> None:
    sent = {"stage": "won", "region": None, "nested": {"a": [1]}}
    labels: Any = model.from_dict(sent)
    assert isinstance(model.from_dict(sent), Mapping)
    assert not isinstance(model.from_dict(sent), MutableMapping)
    assert labels.get("stage") == "won"
    assert labels.get("missing", "-") == "-"
    assert "stage" in labels
    assert "missing" not in labels
    assert list(labels) == ["stage", "region", "nested"]
    assert len(labels) == 3
    assert list(labels.keys()) == list(sent)
    assert list(labels.items()) == list(sent.items())
    assert list(labels.values()) == list(sent.values())
    assert labels == sent
    assert labels != {"stage": "won"}
    assert labels == model.from_dict(sent)
    assert dict(labels) == sent
    assert labels.to_dict() == sent
    assert labels.additional_keys == list(sent)
    with pytest.raises(TypeError):
        labels["stage"] = "lost"
    with pytest.raises(TypeError):
        del labels["stage"]


def test_request_open_maps_stay_writable() -> None:
    extra = ImportExtra.from_dict({})
    extra["source"] = "dialer"
    assert extra.to_dict() == {"source": "dialer"}
    assert not isinstance(extra, Mapping)


@pytest.mark.parametrize("came", [{}, {"labels": None}, {"labels": {}}])
def test_labels_left_out_or_null_read_as_an_empty_map(came: dict[str, Any]) -> None:
    attributes = ConversationAttributes.from_dict(came)
    labels: ConversationLabels = attributes.labels  # never None
    with pytest.raises(TypeError):
        labels["stage"] = "won"  # type: ignore[index]  # read-only for mypy too
    assert labels == {}
    assert not labels
    assert labels.get("stage") is None
    assert attributes.to_dict() == came  # written back as it came


@pytest.mark.parametrize("came", [{}, {"labels": None}, {"labels": {"stage": "won"}}])
def test_labels_set_after_parsing_are_written(came: dict[str, Any]) -> None:
    for labels in ({"stage": "lost"}, {}):
        attributes = ConversationAttributes.from_dict(came)
        attributes.labels = ConversationLabels.from_dict(labels)
        assert attributes.to_dict() == {"labels": labels}


def test_labels_read_naturally() -> None:
    data = load_example("docs_new_conversation")  # no labels
    stage = Conversation.from_dict(data).attributes.labels.get("deal_stage")  # never None
    assert stage is None
    data["attributes"]["labels"] = {"deal_stage": "negotiation"}
    labels = Conversation.from_dict(data).attributes.labels
    assert labels.get("deal_stage") == "negotiation"
    assert dict(labels) == {"deal_stage": "negotiation"}
    assert {**labels, "region": "EMEA"} == {"deal_stage": "negotiation", "region": "EMEA"}


# The transcript: an object (a read-only map) or a list of segments.

SEGMENTS = [
    {"speaker": {"name": "Jane", "email": "jane@acme.com"}, "words": [{"text": "Hi"}]},
    {"speaker": None, "words": [{"text": "there", "start": 1.5}], "language": "en"},
    {},
]


def test_a_transcript_as_a_list_reads_as_segments() -> None:
    data = load_example("docs_new_conversation")
    data["attributes"]["transcript"] = copy.deepcopy(SEGMENTS)
    transcript = Conversation.from_dict(data).attributes.transcript
    assert isinstance(transcript, list)
    first, second, third = transcript
    assert isinstance(first, TranscriptSegment)
    assert first.speaker
    assert (first.speaker.name, first.speaker.email) == ("Jane", "jane@acme.com")
    assert first.words
    assert [word.text for word in first.words] == ["Hi"]
    assert second.speaker is None
    assert second.words
    assert second.words[0]["start"] == 1.5  # unknown keys are kept, at every level
    assert second["language"] == "en"
    assert third == TranscriptSegment()
    assert_same_json(data, Conversation.from_dict(data).to_dict())


def test_a_transcript_as_an_object_reads_as_a_map() -> None:
    final = {"v1": {"final": [{"speaker": "A", "sentence": "Hi"}]}}
    attributes = ConversationAttributes.from_dict({"transcript": final})
    transcript = attributes.transcript
    assert isinstance(transcript, Transcript)
    assert transcript["v1"] == final["v1"]
    assert attributes.to_dict() == {"transcript": final}


@pytest.mark.parametrize("came", [{}, {"transcript": None}])
def test_no_transcript_reads_as_an_empty_map(came: dict[str, Any]) -> None:
    attributes = ConversationAttributes.from_dict(came)
    assert isinstance(attributes.transcript, Transcript)
    assert len(attributes.transcript) == 0
    assert attributes.to_dict() == came


@pytest.mark.parametrize(
    "sent",
    ["Hi there", 7, [{"words": []}, "Hi"], [[]]],
    ids=["a string", "a number", "an item not an object", "an item a list"],
)
def test_a_transcript_of_neither_shape_reads_as_an_empty_map(sent: Any) -> None:
    attributes = ConversationAttributes.from_dict({"transcript": sent})
    assert isinstance(attributes.transcript, Transcript)
    assert len(attributes.transcript) == 0
    assert attributes.mismatched_fields == {"transcript": sent}
    assert attributes.to_dict() == {"transcript": sent}


def test_a_transcript_set_since_is_written() -> None:
    attributes = ConversationAttributes.from_dict({"transcript": "Hi there"})
    segment = TranscriptSegment(speaker=TranscriptSpeaker(name="Jane"), words=[])
    attributes.transcript = [segment]
    assert attributes.to_dict() == {"transcript": [{"speaker": {"name": "Jane"}, "words": []}]}
    attributes.transcript = Transcript.from_dict({"v1": {}})
    assert attributes.to_dict() == {"transcript": {"v1": {}}}


def test_an_unread_transcript_list_is_written_back_as_it_came() -> None:
    segments = copy.deepcopy(SEGMENTS)
    attributes = ConversationAttributes.from_dict({"transcript": segments})
    assert attributes.to_dict()["transcript"] is segments  # never parsed
    assert "transcript" in lazy_names(ConversationAttributes)


# The repr.


def _large() -> dict[str, Any]:
    """bench/payloads.py's 56 kB conversation (bench/ is not a package)."""
    spec = importlib.util.spec_from_file_location("bench_payloads", ROOT / "bench" / "payloads.py")
    assert spec
    assert spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    large: dict[str, Any] = module.large()
    return large


def test_a_large_conversation_reprs_short() -> None:
    data = _large()
    assert len(json.dumps(data)) > 50_000
    text = repr(Conversation.from_dict(data))
    assert len(text) < 700, text
    assert "Unset" not in text
    assert "None" not in text
    assert text.startswith(f"Conversation(type_='conversations', id='{data['id']}', ")
    assert f"title={data['attributes']['title']!r}" in text


def test_repr_leaves_out_none_and_placeholders() -> None:
    data = {"type": "conversations", "id": "c1", "attributes": {"title": None}, "links": None}
    conv = Conversation.from_dict(data)
    assert repr(conv) == (
        "Conversation(type_='conversations', id='c1', attributes=ConversationAttributes())"
    )


def test_repr_summarises_long_lists() -> None:
    people = [{"name": f"Person {n}"} for n in range(40)]
    attributes = ConversationAttributes.from_dict({"participants": people})
    assert repr(attributes) == (
        "ConversationAttributes(participants=[Participant(...), Participant(...), "
        "Participant(...), ... 37 more])"
    )
    assert repr(Participant.from_dict(people[0])) == "Participant(name='Person 0')"


def test_repr_cuts_long_strings_and_masks_keys() -> None:
    key = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJvcmctMTIzIn0.c2lnbmF0dXJlLXNpZ25hdHVyZQ"
    title = "A very long title that goes on and on about the quarterly review"
    attributes = ConversationAttributes.from_dict(
        {"title": title, "videoUID": key, "zoomMeetingJoinUrl": f"https://x.io/?t={key}"}
    )
    text = repr(attributes)
    assert key not in text
    assert key[:20] not in text
    assert "video_uid='eyJ***'" in text
    assert "zoom_meeting_join_url='https://x.io/?t=eyJ***'" in text
    assert f"title={title[:37] + '...'!r}" in text


def test_repr_shows_unknown_keys_by_name_only() -> None:
    attributes = ConversationAttributes.from_dict(
        {"title": "x", "sentimentScore": 0.7, "secretThing": "sk-live-do-not-print"}
    )
    assert repr(attributes) == (
        "ConversationAttributes(title='x', "
        "additional_properties={'sentimentScore': ..., 'secretThing': ...})"
    )


def test_repr_of_an_open_map_shows_its_first_entries() -> None:
    labels = ConversationLabels.from_dict({f"k{n}": f"v{n}" for n in range(5)})
    assert repr(labels) == "ConversationLabels({'k0': 'v0', 'k1': 'v1', 'k2': 'v2', ... 2 more})"
    assert repr(ConversationLabels.from_dict({})) == "ConversationLabels({})"
    data = {"type": "c", "id": "c1", "attributes": {"labels": {"stage": "won", "deep": {"a": 1}}}}
    assert repr(Conversation.from_dict(data)) == (
        "Conversation(type_='c', id='c1', attributes=ConversationAttributes("
        "labels=ConversationLabels({'stage': 'won', 'deep': {... 1 key}})))"
    )


# Lazy fields: the nested collections at the top of a response, parsed on first read.


def lazy_names(model: type[Any]) -> set[str]:
    """The fields of ``model`` that are parsed on first read."""
    return set(lazy_fields(model))


def _holds_models(schema: Mapping[str, Any]) -> bool:
    """Whether a property holds a component or a list of them (through anyOf), none of
    which has a required property (a value could lack it: such a field is never lazy)."""
    options = schema.get("anyOf", [schema])
    refs = [option.get("$ref") or option.get("items", {}).get("$ref") for option in options]
    refs = [ref for ref in refs if ref]
    schemas = component_schemas()
    return bool(refs) and not any(schemas[ref.rsplit("/", 1)[1]].get("required") for ref in refs)


@pytest.mark.parametrize("name", MODEL_NAMES)
def test_lazy_fields_are_the_nested_models_at_the_top_of_a_response(name: str) -> None:
    """The rule in model_roles.jinja and model_fast_paths.jinja, read back from the spec."""
    schema = component_schemas()[name]
    expected = {
        str(PythonIdentifier(prop, prefix="field_"))
        for prop, prop_schema in schema.get("properties", {}).items()
        if name in top_of_responses()
        and prop not in schema.get("required", ())
        and _holds_models(prop_schema)
    }
    assert lazy_names(getattr(attention_client.models, name)) == expected


def test_the_large_collections_of_a_conversation_are_lazy() -> None:
    """At least those the issue names; date-times and plain values never are."""
    lazy = lazy_names(ConversationAttributes)
    assert lazy >= {
        "transcript",
        "participants",
        "attendees",
        "scorecard_results",
        "boards",
        "talktracks",
        "bots",
        "extracted_intelligence",
        "confirmed_extracted_intelligence",
        "user",
        "team",
    }
    properties = component_schemas()["ConversationAttributes"]["properties"]
    for prop, schema in properties.items():
        if not _holds_models(schema):
            assert str(PythonIdentifier(prop, prefix="field_")) not in lazy, prop
    assert "finished_at" not in lazy
    assert lazy_names(Conversation) == {"links"}


def _refuse(monkeypatch: pytest.MonkeyPatch, *models: type[Any]) -> None:
    def refuse(src_dict: Any) -> Any:
        raise AssertionError("parsed")

    for model in models:
        monkeypatch.setattr(model, "from_dict", refuse)


def test_an_unread_field_is_never_parsed(monkeypatch: pytest.MonkeyPatch) -> None:
    data = _large()
    _refuse(monkeypatch, Participant, User, ScorecardResult)
    conv = Conversation.from_dict(data)
    attributes = conv.attributes
    assert attributes.title == data["attributes"]["title"]
    assert attributes.finished_at == datetime.datetime(2024, 3, 18, 10, 45, 0, 123000, tzinfo=UTC)
    written = conv.to_dict()
    assert_same_json(data, written)
    for key in ("participants", "user", "scorecardResults", "boards", "transcript"):
        assert written["attributes"][key] is data["attributes"][key]  # as it came
    with pytest.raises(AssertionError, match="parsed"):
        _ = attributes.participants  # parsed now, on first read
    monkeypatch.undo()
    people = attributes.participants  # a failed read left it unparsed
    assert people
    assert people[0] == Participant.from_dict(data["attributes"]["participants"][0])
    assert attributes.participants is people  # parsed once, then kept
    assert conv.to_dict()["attributes"]["participants"] == data["attributes"]["participants"]


def _read_everything(model: Any) -> Any:
    for name in lazy_names(type(model)):
        getattr(model, name)
    return model


def test_a_read_model_and_an_unread_one_are_equal_and_print_alike() -> None:
    data = _large()
    unread, read = Conversation.from_dict(data), Conversation.from_dict(data)
    _read_everything(read)
    _read_everything(read.attributes)
    assert repr(unread) == repr(read)
    assert repr(unread.attributes) == repr(read.attributes)
    # repr shows the lazy fields as they read, but leaves them unparsed
    written = unread.to_dict()["attributes"]
    assert written["participants"] is data["attributes"]["participants"]
    assert unread == read
    assert read == unread
    assert unread.attributes == read.attributes


def test_attrs_helpers_see_lazy_fields_as_before() -> None:
    data = _large()["attributes"]
    unread = ConversationAttributes.from_dict(data)
    read = _read_everything(ConversationAttributes.from_dict(data))
    assert attrs.asdict(unread) == attrs.asdict(read)
    changed = attrs.evolve(ConversationAttributes.from_dict(data), title="changed")
    assert changed.participants == read.participants
    assert changed.title == "changed"
    built = ConversationAttributes(participants=read.participants, labels=read.labels)
    assert built.participants is read.participants
    assert_same_json(
        {"participants": data["participants"], "labels": data["labels"]}, built.to_dict()
    )


@pytest.mark.parametrize(
    "copier",
    [copy.copy, copy.deepcopy, lambda model: pickle.loads(pickle.dumps(model))],
    ids=["copy", "deepcopy", "pickle"],
)
def test_copies_of_an_unread_model_read_the_same(copier: Callable[[Any], Any]) -> None:
    data = _large()
    conv = Conversation.from_dict(data)
    copied = copier(conv)
    assert copied == conv
    assert copied.attributes.participants == _read_everything(conv.attributes).participants
    assert_same_json(data, copied.to_dict())


def _frames() -> int:
    frame, count = sys._getframe(), 0
    while frame is not None:
        frame, count = frame.f_back, count + 1  # type: ignore[assignment]
    return count


def test_a_field_read_on_a_nearly_full_stack_stays_unparsed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A RecursionError is not a parse failure: it is raised, and nothing is kept."""
    team: dict[str, Any] = {"name": "leaf"}
    parse = Team.from_dict.__func__  # type: ignore[attr-defined]

    def deep(cls: type[Team], src: dict[str, Any], depth: int = 60) -> Team:
        # A parse that needs about 60 frames (Team's children are lazy themselves now
        # that Team is a response of its own, so its real parse is shallow).
        return deep(cls, src, depth - 1) if depth else parse(cls, src)

    monkeypatch.setattr(Team, "from_dict", classmethod(deep))
    attributes = ConversationAttributes.from_dict({"title": "x", "team": team})
    reached = []

    def read_at(frames: int) -> Any:
        if frames:
            return read_at(frames - 1)
        reached.append(attributes.title)  # a few frames are left...
        return attributes.team  # ...not enough to parse the team

    with pytest.raises(RecursionError):
        read_at(sys.getrecursionlimit() - _frames() - 30)
    assert reached == ["x"]
    assert attributes.to_dict()["team"] is team  # still unparsed
    read = attributes.team  # read again, from a shallow stack
    assert isinstance(read, Team)
    assert attributes.to_dict() == {"title": "x", "team": team}
