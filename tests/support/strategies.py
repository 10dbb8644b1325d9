"""Hypothesis strategies for the API's JSON, derived from the component schemas of the spec.

`SchemaStrategies` walks ``components/schemas`` of openapi/attention.yaml and builds
one strategy per schema, so a field added to the spec is fuzzed without touching this
file, and a schema keyword it does not understand stops the build instead of being
ignored. Payloads mix what the live API may send beyond the docs' examples: absent
optional fields, ``null``, unknown extra fields at every object level, unknown
status values, non-ASCII text, very big and very small numbers, and RFC 3339
date-times in several forms. ``SchemaStrategies(malformed=True)`` also puts any JSON
value in optional fields and list items now and then, where the spec declares another
shape: what a server that breaks its own schema sends.

hypothesis-jsonschema is not used: 0.23.1 fails on every object schema with the
pinned hypothesis 6.170.15 (``AttributeError: 'many' object has no attribute 'more'``,
an internal API it relies on was removed). Walking the schemas here also lets the
payloads lean on the cases that break clients, which a generic generator would not.
"""

from __future__ import annotations

import datetime
import re
import sys
from collections.abc import Iterator, Mapping, Sequence
from functools import cache
from typing import Any

from hypothesis import strategies as st

from ..conftest import SPEC_PATH
from . import yamlfile

Schema = Mapping[str, Any]

# How many times one schema may appear inside itself on a path. Team nests through
# `children`; 2 gives a team, its sub-teams and theirs, and below that `children`
# can only be null, absent or an empty list. Deeper trees add size, not new code paths.
MAX_RECURSION = 2
# Lists hold at most this many items: enough for several elements of different
# shapes side by side while keeping a whole Conversation small enough to generate fast.
MAX_LIST = 3
# Unknown fields added to an object with declared properties (open maps get MAX_LIST).
MAX_EXTRA = 2

# Keywords that change which values are valid: each must be handled below, so an
# unhandled one (enum, pattern, oneOf, ...) raises instead of being fuzzed wrongly.
_ASSERTIONS = frozenset(
    "type properties required additionalProperties items anyOf $ref format minProperties enum"
    " minimum maximum".split()
)
# Keywords that only describe; `description` is also mined for documented values.
_ANNOTATIONS = frozenset("description title example examples deprecated".split())
_REF_PREFIX = "#/components/schemas/"


@cache
def load_spec() -> dict[str, Any]:
    """The OpenAPI document, parsed once."""
    loaded: dict[str, Any] = yamlfile.load(SPEC_PATH)
    return loaded


def component_schemas(spec: Mapping[str, Any] | None = None) -> Mapping[str, Schema]:
    """``components/schemas`` of the spec (by default openapi/attention.yaml)."""
    schemas: Mapping[str, Schema] = (spec or load_spec())["components"]["schemas"]
    return schemas


def ref_name(ref: str) -> str:
    """The component name a ``$ref`` points at; only local component refs are used."""
    if not ref.startswith(_REF_PREFIX):
        raise NotImplementedError(f"unsupported $ref {ref!r}")
    return ref.removeprefix(_REF_PREFIX)


def _refs_in(node: Any) -> Iterator[str]:
    if isinstance(node, Mapping):
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str):
                yield value
            else:
                yield from _refs_in(value)
    elif isinstance(node, list):
        for item in node:
            yield from _refs_in(item)


def response_roots(spec: Mapping[str, Any] | None = None) -> frozenset[str]:
    """The component schemas that are whole response bodies (through components/responses)."""
    spec = spec or load_spec()
    pending = [
        ref
        for item in spec["paths"].values()
        for operation in item.values()
        if isinstance(operation, Mapping)
        for ref in _refs_in(operation.get("responses", {}))
    ]
    roots: set[str] = set()
    while pending:
        ref = pending.pop()
        if ref.startswith("#/components/responses/"):
            pending.extend(_refs_in(spec["components"]["responses"][ref.rsplit("/", 1)[1]]))
        else:
            roots.add(ref_name(ref))
    return frozenset(roots)


def reachable_schemas(name: str, spec: Mapping[str, Any] | None = None) -> frozenset[str]:
    """The component schemas a ``name`` payload can contain, ``name`` included."""
    schemas = component_schemas(spec)
    seen: set[str] = set()
    pending = [name]
    while pending:
        current = pending.pop()
        if current not in seen:
            seen.add(current)
            pending.extend(ref_name(ref) for ref in _refs_in(schemas[current]))
    return frozenset(seen)


def documented_values(schema: Schema) -> list[str]:
    """The values a description quotes in backticks (``PENDING``, ``exported``, ...)."""
    return re.findall(r"`([^`]+)`", schema.get("description", ""))


# --- Leaf strategies -------------------------------------------------------------------

# Text that has broken JSON handling before: non-ASCII scripts, emoji with modifiers
# and joiners, combining marks, right-to-left text, NUL and other controls, the JSON
# line separators, and strings that look like other JSON values.
NASTY_STRINGS = (
    "",
    " ",
    "Zürich",
    "東京",
    "مرحبا",
    "🙂",
    "👩🏽‍💻",
    "e\u0301",
    "\u200b",
    "\x00",
    "\x1f",
    "\u2028\u2029",
    '"\\',
    "null",
    "None",
    "true",
    "0",
    "1e309",
    "NaN",
)
# st.text()'s default alphabet is every code point except surrogates: a lone surrogate
# is not Unicode text, cannot be encoded as UTF-8, and never comes out of a JSON body
# (json.loads would accept one only from an escaped \ud800, which servers do not send).
TEXT = st.one_of(st.text(max_size=20), st.sampled_from(NASTY_STRINGS))
# Made-up enum-like values: what a new status code would look like.
UNKNOWN_CODES = st.text(
    alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_-", min_size=1, max_size=16
)

# Numbers beyond what a float holds exactly (2**53) must stay ints, and floats at the
# edges of the range must stay floats. NaN and the infinities are excluded: they are
# not JSON (json.dumps writes non-standard tokens and httpx refuses them). Negative
# zero is generated (floats() draws it) and survives a JSON round trip as -0.0, but
# assert_same_json compares with ==, so losing its sign would not be noticed.
EDGE_NUMBERS = (
    0,
    -1,
    2**53 + 1,
    -(2**53 + 1),
    2**63,
    2**64 + 1,
    10**30,
    -(10**30),
    0.0,
    0.1,
    1.0,
    1e-300,
    -1e-300,
    5e-324,
    1e300,
    -1e300,
    sys.float_info.max,
    sys.float_info.min,
)
INTEGERS = st.one_of(
    st.integers(-1000, 1000),
    st.integers(-(2**70), 2**70),
    st.sampled_from([n for n in EDGE_NUMBERS if isinstance(n, int)]),
)
# one_of picks a branch evenly, so the very big and very small floats get branches of
# their own: inside floats() alone they are too rare to show up in every run.
NUMBERS = st.one_of(
    INTEGERS,
    st.floats(allow_nan=False, allow_infinity=False),
    st.floats(min_value=1e300, allow_infinity=False),
    st.floats(max_value=-1e300, allow_infinity=False),
    st.floats(min_value=-1e-300, max_value=1e-300),
    st.sampled_from(EDGE_NUMBERS),
)

# Realistic instants: RFC 3339 needs four-digit years, and the API records calls.
_MOMENTS = st.datetimes(
    min_value=datetime.datetime(1900, 1, 1), max_value=datetime.datetime(2200, 12, 31)
)
# The common offsets, the odd real-world ones, and any other that Python's timezone
# accepts (up to 23:59 either way).
_OFFSETS = st.one_of(
    st.sampled_from(["Z", "z", "+00:00", "-00:00", "+05:30", "+05:45", "-08:00", "+14:00"]),
    st.integers(-(23 * 60 + 59), 23 * 60 + 59).map(
        lambda minutes: (
            f"{'-' if minutes < 0 else '+'}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
        )
    ),
)


@st.composite
def rfc3339_datetimes(draw: st.DrawFn, *, leap_seconds: bool = True) -> str:
    """RFC 3339 date-times as servers write them.

    Offsets `Z` and `z` (RFC 3339 5.6 makes the letters case-insensitive), `+00:00`,
    `-00:00` ("unknown local offset"), others; separator `T` or `t`; no fraction or
    1 to 9 digits (Go and Java services send nanoseconds, finer than Python's
    datetime), now and then after a comma (ISO 8601's form, which the models' parser
    also takes); now and then a leap second, which Python's datetime cannot hold, so
    the models must keep that string as it came.

    Excluded: a space instead of `T` (RFC 3339 allows it in a note, not in its grammar).
    """
    moment = draw(_MOMENTS)
    separator = draw(st.sampled_from("Tt"))
    digits = draw(st.integers(0, 9))
    nanoseconds = f"{moment.microsecond:06d}{draw(st.integers(0, 999)):03d}"
    mark = draw(st.sampled_from(".,")) if draw(st.integers(0, 4)) == 0 else "."
    fraction = mark + nanoseconds[:digits] if digits else ""
    date = f"{moment.year:04d}-{moment.month:02d}-{moment.day:02d}{separator}"
    if leap_seconds and draw(st.integers(0, 19)) == 0:
        # Leap seconds are inserted at the end of a UTC day (RFC 3339 5.7).
        return f"{date}23:59:60{fraction}Z"
    time = f"{moment.hour:02d}:{moment.minute:02d}:{moment.second:02d}"
    return date + time + fraction + draw(_OFFSETS)


DATETIMES = rfc3339_datetimes()
# What a client sends: its date-times come from Python datetimes, which have no leap second.
SENT_DATETIMES = rfc3339_datetimes(leap_seconds=False)


def _variants(value: str) -> list[str]:
    # Unknown status values the server may start sending: other casings and new codes.
    return [value.lower(), value.upper(), value.title(), f"{value}_V2"]


def string_strategy(schema: Schema, *, sent: bool = False) -> st.SearchStrategy[str]:
    """Strings for a ``type: string`` schema: date-times, or documented and unknown values.

    ``sent``: for a request body, which the client writes itself (no leap seconds).
    """
    fmt = schema.get("format")
    if fmt == "date-time":
        return SENT_DATETIMES if sent else DATETIMES
    if fmt is not None:
        raise NotImplementedError(f"unsupported string format {fmt!r}")
    documented = documented_values(schema)
    if not documented:
        return st.one_of(TEXT, UNKNOWN_CODES)
    variants = sorted({v for d in documented for v in _variants(d)} - set(documented))
    return st.one_of(st.sampled_from(documented), st.sampled_from(variants), UNKNOWN_CODES, TEXT)


KEYS = st.one_of(st.text(max_size=12), st.sampled_from(NASTY_STRINGS))
JSON_SCALARS = st.one_of(st.none(), st.booleans(), NUMBERS, TEXT)
# Any JSON value, for untyped fields, open maps and unknown fields: scalars, arrays and
# objects nested two deep. Spelled out rather than st.recursive, which retries often
# to stay under its leaf limit and made generation markedly slower.
_JSON_FLAT = st.one_of(
    JSON_SCALARS,
    st.lists(JSON_SCALARS, max_size=MAX_LIST),
    st.dictionaries(KEYS, JSON_SCALARS, max_size=MAX_LIST),
)
JSON_VALUES: st.SearchStrategy[Any] = st.one_of(
    JSON_SCALARS,
    st.lists(_JSON_FLAT, max_size=MAX_LIST),
    st.dictionaries(KEYS, _JSON_FLAT, max_size=MAX_LIST),
)


# What a server that breaks its schema sends in a field: any JSON value, and the near
# misses that a lax check would take for the declared type (a bool for a number, a
# number or a non-date string for a date-time, a list of numbers for a list of strings).
MALFORMED_VALUES: st.SearchStrategy[Any] = st.one_of(
    JSON_VALUES,
    st.booleans(),
    st.sampled_from(["not-a-date", "2024-03-18", "2016-12-31T23:59:60Z", "1", "true"]),
    st.lists(st.one_of(TEXT, INTEGERS), min_size=1, max_size=MAX_LIST),
)


def _snake(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", name).lower()


def near_misses(declared: Sequence[str]) -> list[str]:
    """Unknown field names that a model could confuse with declared ones.

    The Python attribute names of declared fields (``finished_at``, ``type_``), other
    casings, and the names of the models' own members.
    """
    names = {"additional_properties", "additional_keys", "to_dict", "from_dict", "__class__"}
    for name in declared:
        names |= {_snake(name), f"{_snake(name)}_", name.upper(), name.capitalize()}
    return sorted(names - set(declared))


def with_unknown_fields(known: dict[str, Any], unknown: dict[str, Any]) -> dict[str, Any]:
    """The declared fields plus the unknown ones (named so failing examples read well)."""
    return {**unknown, **known}


# --- Schema walker ---------------------------------------------------------------------


class SchemaStrategies:
    """Builds a strategy per component schema of one OpenAPI document.

    ``visited`` records each (schema, property) a strategy was built for, so a test can
    check that nothing in the spec is left out of the payloads. ``requests``: payloads
    the client sends rather than receives (see string_strategy). ``malformed``: payloads
    that break the schema, with any JSON value (MALFORMED_VALUES) in about one optional
    field or list item in five; required fields stay as declared.
    """

    def __init__(
        self,
        spec: Mapping[str, Any] | None = None,
        *,
        max_recursion: int = MAX_RECURSION,
        requests: bool = False,
        malformed: bool = False,
    ) -> None:
        self.schemas = component_schemas(spec)
        self.max_recursion = max_recursion
        self.requests = requests
        self.malformed = malformed
        self.visited: set[tuple[str, str]] = set()
        self._cache: dict[tuple[str, ...], st.SearchStrategy[Any] | None] = {}

    def component(self, name: str) -> st.SearchStrategy[Any]:
        """Payloads for the component schema ``name``."""
        strategy = self._component(name, ())
        if strategy is None:
            raise ValueError(f"{name} has no finite value")
        return strategy

    def _component(self, name: str, stack: tuple[str, ...]) -> st.SearchStrategy[Any] | None:
        # None means "no value at this depth": the recursion bound was reached.
        if stack.count(name) > self.max_recursion:
            return None
        stack = (*stack, name)
        if stack not in self._cache:
            self._cache[stack] = self._schema(self.schemas[name], stack, name)
        return self._cache[stack]

    def _schema(
        self, schema: Schema, stack: tuple[str, ...], where: str, *, required: bool = False
    ) -> st.SearchStrategy[Any] | None:
        # required: the value of a required property, whose list items stay as declared.
        # x-* keys (x-notes, x-docs-source, ...) only describe.
        unknown = {key for key in schema if not key.startswith("x-")} - _ASSERTIONS - _ANNOTATIONS
        if unknown:
            raise NotImplementedError(f"{where}: unsupported keywords {sorted(unknown)}")
        kinds = [key for key in ("$ref", "anyOf", "type") if key in schema]
        if len(kinds) > 1:
            raise NotImplementedError(f"{where}: combines {kinds}")
        if "$ref" in schema:
            return self._component(ref_name(schema["$ref"]), stack)
        if "enum" in schema:  # a value the client sends, from the values the docs list
            return st.sampled_from(schema["enum"])
        if "anyOf" in schema:
            options = [
                self._schema(option, stack, where, required=required) for option in schema["anyOf"]
            ]
            kept = [option for option in options if option is not None]
            return st.one_of(kept) if kept else None
        if "type" not in schema:
            # No type: the spec leaves it open (Error.error, Error.code), so any JSON.
            return JSON_VALUES
        types = [schema["type"]] if isinstance(schema["type"], str) else schema["type"]
        return st.one_of([self._typed(kind, schema, stack, where, required) for kind in types])

    def _typed(
        self, kind: str, schema: Schema, stack: tuple[str, ...], where: str, required: bool
    ) -> st.SearchStrategy[Any]:
        if kind == "null":
            return st.none()
        if kind == "boolean":
            return st.booleans()
        if kind == "integer" and ("minimum" in schema or "maximum" in schema):
            return st.integers(schema.get("minimum"), schema.get("maximum"))
        if kind == "integer":
            return INTEGERS
        if kind == "number":
            return NUMBERS
        if kind == "string":
            return string_strategy(schema, sent=self.requests)
        if kind == "array":
            if "items" not in schema:
                return st.lists(JSON_VALUES, max_size=MAX_LIST)
            items = self._schema(schema["items"], stack, where)
            # Past the recursion bound only the empty list is left.
            if items is None:
                return st.just([])
            return st.lists(items if required else self._maybe_malformed(items), max_size=MAX_LIST)
        if kind == "object":
            return self._object(schema, stack, where)
        raise NotImplementedError(f"{where}: unsupported type {kind!r}")

    def _maybe_malformed(self, value: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
        # one_of picks a branch evenly: four branches of the declared shape keep most
        # values valid, so the nested models are parsed too, not only refused.
        if not self.malformed:
            return value
        return st.one_of(value, value, value, value, MALFORMED_VALUES)

    def _object(
        self, schema: Schema, stack: tuple[str, ...], where: str
    ) -> st.SearchStrategy[dict[str, Any]]:
        properties: Mapping[str, Schema] = schema.get("properties", {})
        required = set(schema.get("required", ()))
        fixed: dict[str, st.SearchStrategy[Any]] = {}
        optional: dict[str, st.SearchStrategy[Any]] = {}
        for prop, prop_schema in properties.items():
            self.visited.add((where, prop))
            value = self._schema(prop_schema, stack, f"{where}.{prop}", required=prop in required)
            if value is None:
                if prop in required:
                    return st.nothing()
                continue
            if prop in required:
                fixed[prop] = value
            else:
                optional[prop] = self._maybe_malformed(value)
        declared = set(properties)
        extra = schema.get("additionalProperties", True)
        if extra is False:
            extras: st.SearchStrategy[dict[str, Any]] = st.just({})
        else:
            keys = st.one_of(KEYS, st.sampled_from(near_misses(list(properties)))).filter(
                lambda key: key not in declared
            )
            values = JSON_VALUES if extra is True else self._schema(extra, stack, where)
            # Values past the recursion bound: the map can only be empty.
            extras = st.dictionaries(
                keys,
                st.nothing() if values is None else values,
                max_size=MAX_EXTRA if declared else MAX_LIST,
            )
        strategy = st.builds(
            with_unknown_fields, st.fixed_dictionaries(fixed, optional=optional), extras
        )
        minimum = schema.get("minProperties", 0)
        return strategy.filter(lambda payload: len(payload) >= minimum) if minimum else strategy


# --- Reading the spec back ------------------------------------------------------------


def json_schema(name: str) -> dict[str, Any]:
    """The component schema ``name`` as a JSON Schema 2020-12 document, for a validator.

    OpenAPI 3.1 schemas are JSON Schema 2020-12 apart from where ``$ref`` points, so
    the components move to ``$defs`` and the refs follow. Recursion needs no bound here:
    a validator resolves refs as it meets them.
    """

    def rewrite(node: Any) -> Any:
        if isinstance(node, list):
            return [rewrite(item) for item in node]
        if not isinstance(node, Mapping):
            return node
        return {
            key: f"#/$defs/{ref_name(value)}" if key == "$ref" else rewrite(value)
            for key, value in node.items()
        }

    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$defs": {key: rewrite(value) for key, value in component_schemas().items()},
        "$ref": f"#/$defs/{name}",
    }


def always_contained(name: str) -> frozenset[str]:
    """The component schemas every ``name`` payload contains: ``name`` and its required refs."""
    found = {name}
    schema = component_schemas()[name]
    for prop in schema.get("required", ()):
        ref = schema.get("properties", {}).get(prop, {}).get("$ref")
        if ref is not None and ref_name(ref) not in found:
            found |= always_contained(ref_name(ref))
    return frozenset(found)


def top_of_responses(spec: Mapping[str, Any] | None = None) -> frozenset[str]:
    """The response bodies' schemas and what they always contain or list, transitively.

    What templates/model_roles.jinja calls the top of a response (``top_models``): the
    schemas reached from a response root through required properties, their list items
    and their ``anyOf`` members. Their optional nested models are parsed on first read.
    """
    schemas = component_schemas(spec)
    found = set(response_roots(spec))
    pending = list(found)
    while pending:
        schema = schemas[pending.pop()]
        for prop in schema.get("required", ()):
            for ref in _refs_in(schema.get("properties", {}).get(prop, {})):
                if ref_name(ref) not in found:
                    found.add(ref_name(ref))
                    pending.append(ref_name(ref))
    return frozenset(found)


def objects(name: str, payload: Any) -> Iterator[tuple[str, dict[str, Any]]]:
    """(schema name, object) for every JSON object in ``payload`` that a component describes.

    ``payload`` is read as the component ``name``. Objects inside unknown fields, open
    maps and untyped properties are described by no component and are not yielded.
    """
    yield from _objects(name, payload)


def _objects(name: str, value: Any) -> Iterator[tuple[str, dict[str, Any]]]:
    if not isinstance(value, dict):
        return
    yield name, value
    properties: Mapping[str, Schema] = component_schemas()[name].get("properties", {})
    for key, item in value.items():
        if key in properties:
            for target, element in _components_in(properties[key], item):
                yield from _objects(target, element)


def _components_in(schema: Schema, value: Any) -> Iterator[tuple[str, Any]]:
    # The (component, value) pairs a property value holds: itself or its list items.
    if "$ref" in schema:
        yield ref_name(schema["$ref"]), value
    elif "anyOf" in schema:
        for option in schema["anyOf"]:
            yield from _components_in(option, value)
    elif isinstance(value, list) and "items" in schema:
        for item in value:
            yield from _components_in(schema["items"], item)
