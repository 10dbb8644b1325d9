"""Property-based round trips, with payloads generated from the spec (tests/support/strategies.py).

- Response side: ``Model.from_dict(d).to_dict()`` equals ``d`` exactly for every
  component schema, date-time texts included: no field lost, renamed or coerced. And the
  parsed model reads as the API sent it, at every level: a field left out or null reads
  None (an open map: empty), a field sent reads as a value, unknown keys are kept by
  name, and no UNSET is left. A field set after parsing is what to_dict writes. Lazy
  fields (parsed on first read) read, set, printed and copied in random orders still
  round-trip, and those never read are written back as the very JSON received. Every
  model comes back from pickle and copies equal, with UNSET still UNSET.
- Request side: the JSON body ``conversations.update`` sends is exactly the title
  and labels it was given, and nothing else.
- The generator itself: it reaches every property of the spec and produces the
  cases the round trips are meant to cover (nulls, unknown fields and values, ...).

Profiles: ``attention-default`` (1,000 examples for the Conversation round trip,
derandomized so CI is deterministic) runs under ``make test``; ``make fuzz`` sets
ATTENTION_HYPOTHESIS_PROFILE=fuzz for ``attention-fuzz`` (20,000, random seeds).
"""

from __future__ import annotations

import asyncio
import contextlib
import copy
import datetime
import json
import os
import pickle
import re
from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import Any

import attrs
import httpx
import jsonschema  # type: ignore[import-untyped]  # ships no type information
import pytest
from attention_client.models import (
    Conversation,
    ConversationAttributes,
    ConversationLabels,
    Participant,
    User,
)
from attention_client.types import UNSET, format_datetime, lazy_fields, parse_datetime
from attention_sdk import AsyncAttention, Attention
from hypothesis import HealthCheck, Phase, find, given, settings
from hypothesis import strategies as st
from hypothesis.errors import NoSuchExample

from ..conftest import load_example
from ..support.declared import MODELS, attribute, fits, misread
from ..support.jsoncompare import assert_same_json
from ..support.keys import KEY
from ..support.strategies import (
    Schema,
    SchemaStrategies,
    always_contained,
    component_schemas,
    documented_values,
    json_schema,
    load_spec,
    objects,
    reachable_schemas,
    ref_name,
    response_roots,
)

# database=None everywhere: no example database is written into the repository, and
# a CI run never depends on what an earlier run found. too_slow is suppressed because
# a whole Conversation takes milliseconds to generate on a small CI machine.
settings.register_profile(
    "attention-default",
    max_examples=1_000,
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "attention-fuzz",
    max_examples=20_000,
    derandomize=False,
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    # A failure found with a random seed prints how to replay it with @reproduce_failure.
    print_blob=True,
)
# Applied per test rather than with load_profile, so other test modules keep their own.
PROFILE = settings.get_profile(
    f"attention-{os.environ.get('ATTENTION_HYPOTHESIS_PROFILE', 'default')}"
)


def scaled(fraction: float) -> settings:
    """The profile with a share of its examples, for the tests that are not the main one."""
    return settings(PROFILE, max_examples=max(1, int(PROFILE.max_examples * fraction)))


# The generator checks search a fixed sequence whatever the profile, so they never flake,
# and stop at the first example that completes the picture; shrinking would be wasted.
GENERATOR_SEARCH = settings(
    max_examples=1_000,
    derandomize=True,
    database=None,
    deadline=None,
    phases=[Phase.explicit, Phase.generate],
)

RecordProperty = Callable[[str, object], None]
SPEC = SchemaStrategies()
# Payloads that break the schema: any JSON value in some optional fields and list items.
MALFORMED = SchemaStrategies(malformed=True)
# Request bodies are written by the client, never read from a server.
REQUEST_SPEC = SchemaStrategies(requests=True)
RESPONSE_SCHEMAS = frozenset().union(*(reachable_schemas(root) for root in response_roots()))


class Examples:
    """Counts the examples a property test ran and records them for the reliability report."""

    def __init__(self, record_property: RecordProperty) -> None:
        self.count = 0
        self._record_property = record_property

    def run(self, test: Callable[[], None]) -> None:
        """Run a @given test, recording ``examples`` even when it fails."""
        try:
            test()
        finally:
            self._record_property("examples", self.count)


def as_written(name: str, payload: dict[str, Any]) -> dict[str, Any]:
    """What ``to_dict`` of a model of the schema ``name`` parsed from ``payload`` writes.

    A response model gives the payload back. A request model writes what it sends: its
    date-times in the one form the API takes (UTC, whole seconds, ``Z``).
    """
    if name in RESPONSE_SCHEMAS:
        return payload
    written = copy.deepcopy(payload)
    for schema_name, obj in objects(name, written):
        for prop, prop_schema in component_schemas()[schema_name].get("properties", {}).items():
            if _is_datetime(prop_schema) and isinstance(obj.get(prop), str):
                obj[prop] = format_datetime(parse_datetime(obj[prop]))
    return written


def assert_round_trip(model: Any, payload: dict[str, Any]) -> None:
    """``model.from_dict(payload).to_dict()`` gives ``payload`` back and leaves it unchanged
    (a request model: with its date-times as sent, see as_written).

    For a response model, the parsed model also reads as the payload says (below), holds
    no value of another type than its schema declares, whatever came, and still gives
    the payload back once every field is read.
    """
    before = copy.deepcopy(payload)
    parsed = model.from_dict(payload)
    assert_same_json(as_written(model.__name__, payload), parsed.to_dict())
    assert_same_json(before, payload)
    if model.__name__ in RESPONSE_SCHEMAS:
        assert_reads_as_sent(model.__name__, payload, parsed)
        assert list(misread(model.__name__, parsed)) == []
        assert_same_json(payload, parsed.to_dict())


def _component(schema: Schema, sent: Any) -> tuple[str | None, bool]:
    """(the component a property holds, whether as a list of them), following anyOf; of a
    union of an object and a list (the transcript), the member ``sent`` takes, and the
    object for anything else (left out, null or a misfit read as its empty placeholder)."""
    members: list[tuple[str | None, bool]] = []
    for option in schema.get("anyOf", [schema]):
        if "$ref" in option:
            members.append((ref_name(option["$ref"]), False))
        elif "$ref" in option.get("items", {}):
            members.append((ref_name(option["items"]["$ref"]), True))
    if isinstance(sent, list):
        members.sort(key=lambda member: not member[1])  # the list member first
    return members[0] if members else (None, False)


def _is_open_map(name: str) -> bool:
    return not component_schemas()[name].get("properties")


def assert_reads_as_sent(
    name: str, payload: dict[str, Any], parsed: Any, *, identical: bool = True
) -> None:
    """Each object of a response payload, and the model it parsed into, say the same thing.

    A field left out and a field sent as null both read None, except an open map
    (labels, transcript, ...), which reads as an empty mapping; a field sent reads as a
    value; unknown keys, and only they, are in ``additional_properties``; the values that
    do not fit their declared shape (tests/support/declared.py), and only they, read as left out
    and are in ``mismatched_fields`` as they came. Nested objects are checked the same
    way, so no UNSET is left anywhere. ``identical``: the misfits are the very objects
    sent (False for a copy of the model, whose values are copies too).
    """
    properties: Mapping[str, Schema] = component_schemas()[name].get("properties", {})
    if _is_open_map(name):
        assert isinstance(parsed, Mapping)
        assert dict(parsed) == payload
        open_map: Any = parsed  # a model with mismatched_fields, typed as a Mapping here
        assert open_map.mismatched_fields == {}  # every value fits an open map
        return
    unknown = {key: value for key, value in payload.items() if key not in properties}
    assert parsed.additional_properties == unknown, name
    misfits = {
        prop: payload[prop]
        for prop, schema in properties.items()
        if prop in payload and not fits(schema, payload[prop])
    }
    assert dict(parsed.mismatched_fields) == misfits, name
    for prop, sent in misfits.items():
        if identical:
            assert parsed.mismatched_fields[prop] is sent, (name, prop)  # as it came
    for prop in properties:
        value = getattr(parsed, attribute(prop))
        assert_field_reads_as_sent(name, prop, payload, value, identical=identical)


def assert_field_reads_as_sent(
    name: str, prop: str, payload: dict[str, Any], value: Any, *, identical: bool = True
) -> None:
    """The value a model of ``name`` parsed from ``payload`` reads for ``prop`` is as sent:
    as left out when it does not fit its declared shape."""
    schema = component_schemas()[name]["properties"][prop]
    sent = payload.get(prop)
    target, many = _component(schema, sent if fits(schema, sent) else None)
    if sent is None or not fits(schema, sent):  # left out, null or a misfit: the same
        if target is not None and not many and _is_open_map(target):
            assert isinstance(value, MODELS[target]), (name, prop, value)
            assert len(value) == 0, (name, prop, value)
        else:
            assert value is None, (name, prop, value)
    elif target is not None and many:
        # Every item of a valid payload parses, so the list holds models.
        assert isinstance(value, list), (name, prop, value)
        for item_sent, item in zip(sent, value, strict=True):
            assert isinstance(item, MODELS[target]), (name, prop, item)
            assert_reads_as_sent(target, item_sent, item, identical=identical)
    elif target is not None:
        assert isinstance(value, MODELS[target]), (name, prop, value)
        assert_reads_as_sent(target, sent, value, identical=identical)
    else:
        assert value is not None, (name, prop)


# --- Response side -------------------------------------------------------------------


def test_conversation_round_trip(record_property: RecordProperty) -> None:
    """No field of a Conversation is lost, renamed or coerced by from_dict/to_dict."""
    examples = Examples(record_property)

    @PROFILE
    @given(payload=SPEC.component("Conversation"))
    def check(payload: dict[str, Any]) -> None:
        examples.count += 1
        assert_round_trip(Conversation, payload)

    examples.run(check)
    assert examples.count >= PROFILE.max_examples


def test_malformed_conversation_round_trip(record_property: RecordProperty) -> None:
    """Payloads that break the schema (any JSON value in some optional fields and list
    items): nothing is handed out as a type it is not, what did not fit is reachable as it
    came, and to_dict gives back every payload exactly."""
    examples = Examples(record_property)

    @scaled(0.3)
    @given(payload=MALFORMED.component("Conversation"))
    def check(payload: dict[str, Any]) -> None:
        examples.count += 1
        assert_round_trip(Conversation, payload)

    examples.run(check)


# The component schemas that are models (objects); the named enums (SeatType) are the
# Literal types of values the client sends.
MODEL_SCHEMAS = sorted(n for n, s in component_schemas().items() if s.get("type") != "string")
# The conversation's models hold every hard shape (unions, open maps, lazy lists, nested
# date-times); the other resources' models are plain objects of the same kinds of
# fields. The per-model tests give the first their full share of examples and the rest
# a smaller one, so that `make test` stays within its time as the spec grows; `make
# fuzz` runs them all at its own, larger count.
CONVERSATION_MODELS = frozenset(reachable_schemas("ConversationList"))


def per_model(name: str, fraction: float) -> settings:
    """scaled(fraction) for a conversation model, a fifth of it for any other."""
    return scaled(fraction if name in CONVERSATION_MODELS else fraction / 5)


# Conversation and what it always contains (its attributes) get the main test's examples.
@pytest.mark.parametrize("name", sorted(set(MODEL_SCHEMAS) - always_contained("Conversation")))
def test_component_round_trip(name: str, record_property: RecordProperty) -> None:
    """Each other component schema's model round-trips payloads of its own, not only nested."""
    examples = Examples(record_property)
    model = MODELS[name]

    # Response schemas get malformed payloads: most of their values still fit.
    strategies = MALFORMED if name in RESPONSE_SCHEMAS else REQUEST_SPEC

    @per_model(name, 0.05)
    @given(payload=strategies.component(name))
    def check(payload: dict[str, Any]) -> None:
        examples.count += 1
        assert_round_trip(model, payload)

    examples.run(check)


def assert_same_model(copied: Any, parsed: Any, payload: dict[str, Any]) -> None:
    """A copy of a parsed model equals it, writes the same JSON, and keeps UNSET as UNSET
    (and, for a response model, what did not fit)."""
    assert type(copied) is type(parsed)
    assert copied == parsed
    assert_same_json(as_written(type(parsed).__name__, payload), copied.to_dict())
    if type(parsed).__name__ in RESPONSE_SCHEMAS:
        assert copied.mismatched_fields == parsed.mismatched_fields
    for field in attrs.fields(type(parsed)):
        if getattr(parsed, field.name) is UNSET:
            assert getattr(copied, field.name) is UNSET, field.name


@pytest.mark.parametrize("name", MODEL_SCHEMAS)
def test_models_survive_pickle_and_copies(name: str, record_property: RecordProperty) -> None:
    """Every model, request or response, comes back from pickle (any protocol), copy and
    deepcopy equal to itself, writing the same JSON, with UNSET still UNSET."""
    examples = Examples(record_property)
    model = MODELS[name]
    strategies = SPEC if name in RESPONSE_SCHEMAS else REQUEST_SPEC

    @per_model(name, 0.02)
    @given(
        payload=strategies.component(name),
        protocol=st.integers(0, pickle.HIGHEST_PROTOCOL),
    )
    def check(payload: dict[str, Any], protocol: int) -> None:
        examples.count += 1
        parsed = model.from_dict(payload)
        assert_same_model(pickle.loads(pickle.dumps(parsed, protocol)), parsed, payload)
        assert_same_model(copy.deepcopy(parsed), parsed, payload)
        assert_same_model(copy.copy(parsed), parsed, payload)

    examples.run(check)


# The JSON names of each model's lazy fields (parsed on first read), by model name.
LAZY: Mapping[str, list[str]] = {
    name: lazy
    for name, model in MODELS.items()
    if (
        lazy := [
            prop
            for prop in component_schemas()[name].get("properties", {})
            if attribute(prop) in lazy_fields(model)
        ]
    )
}
# What a step does to the model: read a lazy field, set it to another payload's value or
# to None, print the model, or replace it with a copy (which reads every field).
STEPS = ("read", "set", "clear", "repr", "deepcopy", "pickle")


@pytest.mark.parametrize("name", sorted(LAZY))
def test_lazy_fields_read_in_any_order(name: str, record_property: RecordProperty) -> None:
    """Lazy fields read, set, printed and copied in random orders: each reads as sent (or as
    set), is parsed once, and to_dict writes what came and what was set, giving back the
    very JSON it received for each field never read; the model equals a twin read at once.
    The payloads break the schema now and then: a list item that is not an object is found
    on first read, and the field then reads as left out."""
    examples = Examples(record_property)
    model = MODELS[name]
    properties = component_schemas()[name]["properties"]

    def as_it_came(prop: str, payload: dict[str, Any]) -> Any:
        # what to_dict writes for a field that reads as left out: null or a misfit as it
        # came, else nothing (None)
        sent = payload.get(prop)
        return (
            sent if prop in payload and (sent is None or not fits(properties[prop], sent)) else None
        )

    @per_model(name, 0.2)
    @given(
        payload=MALFORMED.component(name),
        other=MALFORMED.component(name),
        steps=st.lists(st.tuples(st.sampled_from(LAZY[name]), st.sampled_from(STEPS)), max_size=12),
    )
    def check(payload: dict[str, Any], other: dict[str, Any], steps: list[tuple[str, str]]) -> None:
        examples.count += 1
        parsed = model.from_dict(payload)
        twin = model.from_dict(payload)  # every lazy field read at once
        for prop in LAZY[name]:
            getattr(twin, attribute(prop))
        replacement = model.from_dict(other)
        expected = dict(payload)
        set_values: dict[str, Any] = {}  # the values set, by JSON name
        unread = set(LAZY[name])
        copied = False  # a copy's values equal what was sent, but are not the same objects
        for prop, step in steps:
            if step == "read":
                value = getattr(parsed, attribute(prop))
                if prop in set_values:
                    assert value is set_values[prop]
                else:
                    assert_field_reads_as_sent(name, prop, payload, value, identical=not copied)
                assert getattr(parsed, attribute(prop)) is value  # parsed once, then kept
                unread.discard(prop)
            elif step in ("set", "clear"):
                value = getattr(replacement, attribute(prop)) if step == "set" else None
                setattr(parsed, attribute(prop), value)
                setattr(twin, attribute(prop), value)
                set_values[prop] = value
                unread.discard(prop)
                # a value that reads as left out (None, an empty placeholder map) is
                # written as the field came: null, or a misfit as it came
                written = other.get(prop) if step == "set" else None
                if written is not None and fits(properties[prop], written):
                    expected[prop] = written
                elif prop in payload and as_it_came(prop, payload) is not None:
                    expected[prop] = as_it_came(prop, payload)
                elif prop in payload and payload[prop] is None:
                    expected[prop] = None
                else:
                    expected.pop(prop, None)
            elif step == "repr":
                repr(parsed)  # shows lazy fields, leaves them unparsed
            else:
                parsed = (
                    copy.deepcopy(parsed)
                    if step == "deepcopy"
                    else pickle.loads(pickle.dumps(parsed))
                )
                set_values = {prop: getattr(parsed, attribute(prop)) for prop in set_values}
                unread.clear()
                copied = True
        written = parsed.to_dict()
        assert_same_json(expected, written)
        for prop in unread:
            if isinstance(payload.get(prop), list | dict):
                assert written[prop] is payload[prop], prop  # never parsed: as it came
        assert parsed == twin
        assert twin == parsed

    examples.run(check)


_ATTRIBUTES: Mapping[str, Schema] = component_schemas()["ConversationAttributes"]["properties"]
_TEXT_FIELDS = sorted(
    prop
    for prop, schema in _ATTRIBUTES.items()
    if schema.get("type") == ["string", "null"] and "format" not in schema
)
_UTC_DATETIMES = st.datetimes(timezones=st.just(datetime.UTC))
# (a property of ConversationAttributes, a value a user sets on the parsed model, the JSON
# to_dict must write for it); None means "left out, or null if it came as null".
SETTINGS: st.SearchStrategy[tuple[str, Any, Any]] = st.one_of(
    st.tuples(st.sampled_from(_TEXT_FIELDS), st.text()).map(lambda pt: (pt[0], pt[1], pt[1])),
    st.sampled_from(sorted(_ATTRIBUTES)).map(lambda prop: (prop, None, None)),
    st.text().map(lambda email: ("user", User(email=email), {"email": email})),
    st.lists(st.text(), max_size=3).map(
        lambda names: (
            "participants",
            [Participant(name=name) for name in names],
            [{"name": name} for name in names],
        )
    ),
    st.dictionaries(st.text(), st.text(), max_size=3).map(
        lambda labels: ("labels", ConversationLabels.from_dict(labels), labels)
    ),
    _UTC_DATETIMES.map(lambda moment: ("finishedAt", moment, moment.isoformat())),
)


def test_a_field_set_after_parsing_is_what_to_dict_writes(
    record_property: RecordProperty,
) -> None:
    """Whatever came (absent, null or a value), a field set on the parsed model is written,
    and None is left out, unless the field came as null; every other field is untouched."""
    examples = Examples(record_property)

    @scaled(0.2)
    @given(payload=SPEC.component("ConversationAttributes"), setting=SETTINGS)
    def check(payload: dict[str, Any], setting: tuple[str, Any, Any]) -> None:
        examples.count += 1
        prop, value, written = setting
        parsed = ConversationAttributes.from_dict(payload)
        setattr(parsed, attribute(prop), value)
        expected = dict(payload)
        if written is not None:
            expected[prop] = written
        elif prop in payload and payload[prop] is None:
            expected[prop] = None
        else:
            expected.pop(prop, None)
        assert_same_json(expected, parsed.to_dict())

    examples.run(check)


@pytest.mark.parametrize(
    "text",
    [
        "2023-11-07T05:31:56.1234567Z",  # 7 to 9 digits: more than a datetime holds
        "2023-11-07T05:31:56.123456789Z",
        "2023-11-07t05:31:56,5z",  # a comma fraction, lowercase separators
        "2023-11-07T05:31:56.000000-00:00",
    ],
)
def test_a_date_time_comes_back_as_the_text_that_came(text: str) -> None:
    """The text is kept, so a fraction finer than a microsecond is not lost either."""
    parsed = ConversationAttributes.from_dict({"createdAt": text})
    assert parsed.created_at == parse_datetime(text)
    assert parsed.to_dict() == {"createdAt": text}


# --- Request side --------------------------------------------------------------------

CONVERSATION_ID = "conv-uuid-123"
CONVERSATION_BODY = json.dumps(load_example("docs_new_conversation")).encode()
# Any str: non-ASCII, emoji, NUL and other controls, the JSON line separators, empty.
# st.text() leaves out lone surrogates only; they are not Unicode text and have no
# UTF-8 encoding, so no JSON body can carry one.
TITLES = st.text()
# Label names that mean something elsewhere in the body or the models.
LABEL_NAMES = st.one_of(
    st.text(), st.sampled_from(["", "title", "labels", "additional_properties", "__proto__"])
)
# Any Mapping is accepted, not only dict.
LABELS = st.one_of(
    st.dictionaries(LABEL_NAMES, st.text()),
    st.dictionaries(LABEL_NAMES, st.text()).map(MappingProxyType),
)
# The fields to send: title, labels or both (update refuses neither).
UPDATES = st.one_of(
    st.fixed_dictionaries({"title": TITLES}, optional={"labels": LABELS}),
    st.fixed_dictionaries({"labels": LABELS}),
)


class Capture:
    """A MockTransport handler that records each request and answers with a conversation."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        return httpx.Response(
            200, content=CONVERSATION_BODY, headers={"Content-Type": "application/json"}
        )

    def sent(self) -> Any:
        """The JSON body of the one request sent since the last call, then forgets it."""
        (request,) = self.requests
        self.requests.clear()
        assert request.method == "PUT"
        assert request.url.path.endswith(f"/conversations/{CONVERSATION_ID}")
        assert request.headers["Content-Type"] == "application/json"
        return json.loads(request.content)


def expected_body(fields: Mapping[str, Any]) -> dict[str, Any]:
    return {name: dict(value) if name == "labels" else value for name, value in fields.items()}


def test_update_sends_exactly_the_given_fields(record_property: RecordProperty) -> None:
    """The body the sync client sends parses to exactly the title and labels given."""
    examples = Examples(record_property)
    capture = Capture()
    http_client = httpx.Client(transport=httpx.MockTransport(capture))

    @PROFILE
    @given(fields=UPDATES)
    def check(fields: dict[str, Any]) -> None:
        examples.count += 1
        conversation = client.conversations.update(CONVERSATION_ID, **fields)
        # == on str and dict of str is exact: no normalisation, no extra or missing key.
        assert capture.sent() == expected_body(fields)
        assert conversation.id == CONVERSATION_ID

    with Attention(api_key=KEY, http_client=http_client) as client:
        examples.run(check)
    assert examples.count >= PROFILE.max_examples


def test_async_update_sends_exactly_the_given_fields(record_property: RecordProperty) -> None:
    """The same for AsyncAttention, whose body is built by the same code but sent async."""
    examples = Examples(record_property)
    capture = Capture()
    client = AsyncAttention(
        api_key=KEY, http_client=httpx.AsyncClient(transport=httpx.MockTransport(capture))
    )

    @scaled(0.2)
    @given(fields=UPDATES)
    def check(fields: dict[str, Any]) -> None:
        examples.count += 1
        runner.run(client.conversations.update(CONVERSATION_ID, **fields))
        assert capture.sent() == expected_body(fields)

    # One event loop for every example: asyncio.run per example would dominate the time.
    with asyncio.Runner() as runner:
        try:
            examples.run(check)
        finally:
            runner.run(client.close())


# --- The generator -------------------------------------------------------------------


@pytest.mark.parametrize("root", sorted(response_roots()))
def test_strategies_reach_every_property_of_the_spec(root: str) -> None:
    """Building a response body's strategy visits every property the body can contain.

    A property added to the spec is fuzzed without a change to tests/support/strategies.py;
    a keyword the builder does not handle makes it raise instead of being skipped.
    """
    builder = SchemaStrategies()
    builder.component(root)
    assert builder.visited == {
        (name, prop)
        for name in reachable_schemas(root)
        for prop in component_schemas()[name].get("properties", {})
    }


def test_a_property_added_to_the_spec_is_fuzzed() -> None:
    """A property the spec gains is generated with no change to the strategies."""
    spec = copy.deepcopy(load_spec())
    spec["components"]["schemas"]["Team"]["properties"]["addedLater"] = {"type": "integer"}
    builder = SchemaStrategies(spec)
    builder.component("Conversation")
    assert ("Team", "addedLater") in builder.visited
    # Raises NoSuchExample when no Team payload carries it.
    find(
        builder.component("Team"),
        lambda team: type(team.get("addedLater")) is int,
        settings=GENERATOR_SEARCH,
    )


def test_strategies_refuse_unknown_keywords() -> None:
    """A schema keyword the builder does not implement fails the build."""
    spec = {"components": {"schemas": {"Odd": {"type": "string", "maxLength": 3}}}}
    with pytest.raises(NotImplementedError, match="maxLength"):
        SchemaStrategies(spec).component("Odd")


# RFC 3339 section 5.6, letters either case, seconds up to 60 for a leap second; and the
# ISO 8601 comma fraction, which the models' parser accepts as well.
RFC3339 = re.compile(
    r"\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])[Tt]([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)"
    r"([.,]\d+)?([Zz]|[+-]([01]\d|2[0-3]):[0-5]\d)"
)
# The date-time forms every schema with date-time properties should be fuzzed with.
DATETIME_FORMS = {
    "offset Z or z": r"[Zz]$",
    "offset +00:00 or -00:00": r"[+-]00:00$",
    "another offset": r"[+-](?!00:00)\d\d:\d\d$",
    "separator t": r"\dt\d",
    "a fraction": r"\.\d+",
    "a comma fraction": r",\d+",
    "a fraction of more than 6 digits": r"[.,]\d{7,}",
    "no fraction": r":\d\d([Zz]|[+-]\d\d:\d\d)$",
    "a leap second": r":60",
}
# What the values of one type should include, somewhere in a schema's properties.
NUMBER_EDGES: dict[str, Callable[[Any], bool]] = {
    "an int beyond 2**53": lambda n: type(n) is int and abs(n) > 2**53,
    "a float below 1e-300": lambda n: type(n) is float and 0 < abs(n) <= 1e-300,
    "a float above 1e300": lambda n: type(n) is float and abs(n) >= 1e300,
}
TEXT_EDGES: dict[str, Callable[[Any], bool]] = {
    "non-ASCII text": lambda s: isinstance(s, str) and not s.isascii(),
    "text beyond the BMP (emoji)": lambda s: isinstance(s, str) and max(s, default="") > "\uffff",
    "a control character": lambda s: isinstance(s, str) and min(s, default="~") < " ",
    "an empty string": lambda s: s == "",
}

Case = Callable[[Mapping[str, Any]], bool]


def _types(schema: Mapping[str, Any]) -> set[str]:
    if "anyOf" in schema:
        return {kind for option in schema["anyOf"] for kind in _types(option)}
    if "$ref" in schema:
        return {"object"}
    kind = schema.get("type", [])
    return {kind} if isinstance(kind, str) else set(kind)


def _any_value(props: list[str], test: Callable[[Any], bool]) -> Case:
    return lambda obj: any(test(obj[prop]) for prop in props if prop in obj)


def _absent(prop: str) -> Case:
    return lambda obj: prop not in obj


def _among(values: list[str]) -> Callable[[Any], bool]:
    return lambda value: value in values


def _outside(values: list[str]) -> Callable[[Any], bool]:
    return lambda value: isinstance(value, str) and value not in values


def _matches(pattern: str) -> Callable[[Any], bool]:
    return lambda value: isinstance(value, str) and re.search(pattern, value) is not None


def _of_kind(kind: str) -> Callable[[Any], bool]:
    python = {"object": dict, "array": list, "string": str, "boolean": bool}[kind]
    return lambda value: type(value) is python


def _is_datetime(schema: Mapping[str, Any]) -> bool:
    return schema.get("format") == "date-time"


def cases(name: str) -> dict[str, Case]:
    """What objects of the schema ``name`` should show in a sample, each as a test of one."""
    schema = component_schemas()[name]
    properties: Mapping[str, Mapping[str, Any]] = schema.get("properties", {})
    found: dict[str, Case] = {}
    if schema.get("additionalProperties", True) is not False:
        found["an unknown field"] = lambda obj: bool(obj.keys() - properties.keys())
    for prop, prop_schema in properties.items():
        kinds = _types(prop_schema)
        found[f"{prop} set"] = _any_value([prop], lambda value: value is not None)
        if "null" in kinds:
            found[f"{prop} null"] = _any_value([prop], lambda value: value is None)
        if prop not in schema.get("required", ()):
            found[f"{prop} absent"] = _absent(prop)
        if len(kinds - {"null"}) > 1:  # a union (the transcript): each of its shapes
            for kind in sorted(kinds - {"null"}):
                found[f"{prop} as {kind}"] = _any_value([prop], _of_kind(kind))
        documented = documented_values(prop_schema)
        if "enum" in prop_schema:  # a closed set the client sends: only its values
            continue
        if "string" in kinds and documented and not _is_datetime(prop_schema):
            found[f"{prop} documented"] = _any_value([prop], _among(documented))
            found[f"{prop} unknown"] = _any_value([prop], _outside(documented))
    numbers = [prop for prop, sub in properties.items() if "number" in _types(sub)]
    texts = [
        p
        for p, sub in properties.items()
        if "string" in _types(sub) and not _is_datetime(sub) and "enum" not in sub
    ]
    dates = [prop for prop, sub in properties.items() if _is_datetime(sub)]
    for edges, props in ((NUMBER_EDGES, numbers), (TEXT_EDGES, texts)):
        for what, test in edges.items() if props else ():
            found[what] = _any_value(props, test)
    for form, pattern in DATETIME_FORMS.items() if dates else ():
        found[f"a date-time with {form}"] = _any_value(dates, _matches(pattern))
    return found


def check_payload(name: str, payload: dict[str, Any], validator: Any) -> None:
    """What every generated payload must be: valid per the spec, JSON, RFC 3339 date-times
    (or their ISO 8601 comma-fraction form)."""
    validator.validate(payload)
    assert_same_json(payload, json.loads(json.dumps(payload, allow_nan=False)))
    for schema_name, obj in objects(name, payload):
        properties = component_schemas()[schema_name].get("properties", {})
        for prop, prop_schema in properties.items():
            value = obj.get(prop)
            if _is_datetime(prop_schema) and isinstance(value, str):
                assert RFC3339.fullmatch(value), value
                if ":60" not in value:
                    parse_datetime(value)  # the models' own parser takes it


@pytest.mark.parametrize("name", MODEL_SCHEMAS)
def test_generated_payloads_mix_every_case(name: str, record_property: RecordProperty) -> None:
    """Payloads of each schema leave out, null and set each property, carry unknown fields,
    unknown status values, edge numbers, non-ASCII text and date-times in every form.

    Every payload is also checked: valid against the spec's schema (as JSON Schema
    2020-12), unchanged by a JSON text round trip, and its date-times are RFC 3339.
    """
    validator = jsonschema.Draft202012Validator(json_schema(name))
    missing = cases(name)
    examples = Examples(record_property)

    def complete(payload: dict[str, Any]) -> bool:
        examples.count += 1
        check_payload(name, payload, validator)
        for schema_name, obj in objects(name, payload):
            if schema_name == name:
                for what in [what for what, case in missing.items() if case(obj)]:
                    del missing[what]
        return not missing

    with contextlib.suppress(NoSuchExample):
        examples.run(lambda: find(SPEC.component(name), complete, settings=GENERATOR_SEARCH))
    assert not missing, f"{name}: no payload with {sorted(missing)} in {examples.count}"
