"""The stand-in's validator: the request schemas of the spec, compiled into checks.

Why our own: the stand-in ships in the package and runs with the package's runtime
dependencies only (httpx, attrs and sniffio; ``attention --stand-in`` and ``make demo``
have nothing else), so neither jsonschema nor openapi-core can check its requests. The
request side of the spec needs few keywords, and this module interprets exactly those:

- assertions: ``type`` (one name or a list), ``format`` (``date-time`` as RFC 3339;
  ``uri`` as an absolute URI: a scheme, a colon and no whitespace), ``pattern``,
  ``enum``, ``minimum``, ``maximum``, ``maxItems``, ``minProperties``, ``required``,
  ``properties``, ``additionalProperties`` (false, true or a schema), ``items`` (one
  schema for every item) and ``$ref`` (to ``#/components/schemas/...``);
- annotations, which change nothing: ``description``, ``title``, ``example``,
  ``examples``, ``deprecated``, ``$comment`` and any ``x-*`` key.

Any other keyword is refused when the schema is compiled (SpecError, naming it and where
it is): a validator that skipped it would accept what the spec refuses, and the stand-in
must never be lenient by accident. As in JSON Schema, a keyword applies only to the
values it is about (``maxItems`` to arrays, ``minimum`` to numbers, ``required`` to
objects, ...), and ``$ref`` applies beside its sibling keywords.
tests/standin/test_standin_validation.py holds it to jsonschema's Draft202012Validator.

A schema is compiled once, when the spec is loaded, into a check: a function of
``(value, where)`` that raises BadRequest naming the value by its path
(``externalMetadata.participants[0].email``; the body itself is ``""``), so checking a
request costs a call or two per value.
"""

from __future__ import annotations

import calendar
import json
import re
from collections.abc import Callable, Mapping
from typing import Any

Validator = Callable[[Any, str], None]

ASSERTIONS = frozenset(
    "type format pattern enum minimum maximum maxItems minProperties required properties"
    " additionalProperties items $ref".split()
)
ANNOTATIONS = frozenset("description title example examples deprecated $comment".split())
_REF_PREFIX = "#/components/schemas/"
_TYPES: dict[str, tuple[Callable[[Any], bool], str]] = {
    "object": (lambda v: isinstance(v, dict), "a JSON object"),
    "array": (lambda v: isinstance(v, list), "an array"),
    "string": (lambda v: isinstance(v, str), "a string"),
    "boolean": (lambda v: isinstance(v, bool), "true or false"),
    "null": (lambda v: v is None, "null"),
    # As in JSON Schema: 1.0 is an integer, and true is neither an integer nor a number.
    "integer": (
        lambda v: (
            (isinstance(v, int) and not isinstance(v, bool))
            or (isinstance(v, float) and v.is_integer())
        ),
        "an integer",
    ),
    "number": (lambda v: isinstance(v, int | float) and not isinstance(v, bool), "a number"),
}
# RFC 3339 section 5.6, letters in either case (5.6 says so); a leap second is refused,
# as jsonschema's date-time check and Python's datetime refuse it.
_RFC3339 = re.compile(
    r"([0-9]{4})-(0[1-9]|1[0-2])-([0-9]{2})[Tt]([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]"
    r"(\.[0-9]+)?([Zz]|[+-]([01][0-9]|2[0-3]):[0-5][0-9])"
)
_NAME = re.compile(r"[A-Za-z_$][A-Za-z0-9_$]*")
_URI = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:[^\s\x00-\x1f\x7f]*")


class BadRequest(ValueError):
    """A request the stand-in answers with 400; the message says what is wrong."""


class SpecError(ValueError):
    """The spec asks for a check the stand-in cannot make; raised when it is loaded."""


def field_path(where: str, name: str) -> str:
    """The path of field name inside the value at where: ``a.b``, or ``a["odd key"]``."""
    if _NAME.fullmatch(name):
        return f"{where}.{name}" if where else name
    return f"{where}[{json.dumps(name, ensure_ascii=False)}]"


def subject(where: str) -> str:
    """How a message names the value at where."""
    return where or "The body"


def shown(value: Any) -> str:
    """A value as a message shows it, cut short: a message must stay small."""
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 40 else text[:39] + "…"


def is_date_time(text: str) -> bool:
    """Whether text is an RFC 3339 date-time (``format: date-time``)."""
    match = _RFC3339.fullmatch(text)
    if match is None:
        return False
    year, month, day = int(match[1]), int(match[2]), int(match[3])
    return year > 0 and 1 <= day <= calendar.monthrange(year, month)[1]


def is_uri(text: str) -> bool:
    """Whether text is an absolute URI (``format: uri``): RFC 3986's scheme, a colon, and
    no whitespace or control characters (the rest of its grammar is not checked)."""
    return _URI.fullmatch(text) is not None


_FORMATS: dict[str, tuple[Callable[[str], bool], str]] = {
    "date-time": (is_date_time, "an RFC 3339 date-time such as 2024-03-18T10:00:00Z"),
    "uri": (is_uri, "an absolute URI such as https://example.com/hook"),
}


def _accept(value: Any, where: str) -> None:
    """The check of a schema that accepts everything."""


def _refuse(value: Any, where: str) -> None:
    raise BadRequest(f"{subject(where)} is not allowed")


def _same(a: Any, b: Any) -> bool:
    """JSON equality, as enum compares: 1 equals 1.0, but true is not 1."""
    if isinstance(a, bool) or isinstance(b, bool):
        return type(a) is type(b) and a == b
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(map(_same, a, b))
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_same(a[key], b[key]) for key in a)
    if isinstance(a, list | dict) or isinstance(b, list | dict):
        return False
    return bool(a == b)


def _all(checks: list[Validator]) -> Validator:
    if not checks:
        return _accept
    if len(checks) == 1:
        return checks[0]

    def check(value: Any, where: str) -> None:
        for each in checks:
            each(value, where)

    return check


class Compiler:
    """Compiles the schemas of one spec; each component is compiled once, when first used.

    schemas is the spec's ``components/schemas``, which ``$ref`` points into.
    """

    def __init__(self, schemas: Mapping[str, Any]) -> None:
        self._schemas = schemas
        self._components: dict[str, Validator | None] = {}  # None: being compiled (recursion)

    def compile(self, schema: Any, at: str) -> Validator:
        """The check of schema, found at ``at`` (a JSON pointer, for SpecError)."""
        if schema is True:
            return _accept
        if schema is False:
            return _refuse
        if not isinstance(schema, Mapping):
            raise SpecError(f"{at}: a schema must be an object or a boolean")
        unknown = [
            key
            for key in schema
            if key not in ASSERTIONS and key not in ANNOTATIONS and not key.startswith("x-")
        ]
        if unknown:
            raise SpecError(
                f"{at}: the stand-in's validator does not interpret {', '.join(unknown)}; "
                "teach attention_sdk/testing/_schema.py the keyword before using it"
            )
        checks: list[Validator] = []
        if "type" in schema:
            checks.append(self._type(schema["type"], at))
        if "$ref" in schema:
            checks.append(self._ref(schema["$ref"], at))
        if "enum" in schema:
            checks.append(self._enum(schema["enum"], at))
        if "format" in schema:
            checks.append(self._format(schema["format"], at))
        if "pattern" in schema:
            checks.append(self._pattern(schema["pattern"], at))
        if "minimum" in schema or "maximum" in schema:
            checks.append(self._range(schema, at))
        if "maxItems" in schema or "items" in schema:
            checks.append(self._array(schema, at))
        if schema.keys() & {"properties", "required", "additionalProperties", "minProperties"}:
            checks.append(self._object(schema, at))
        return _all(checks)

    def _type(self, declared: Any, at: str) -> Validator:
        names = [declared] if isinstance(declared, str) else declared
        if not isinstance(names, list) or not names or not all(n in _TYPES for n in names):
            raise SpecError(f"{at}/type: {declared!r} is not a type the validator knows")
        tests = [_TYPES[name][0] for name in names]
        wanted = " or ".join(_TYPES[name][1] for name in names)

        def check(value: Any, where: str) -> None:
            if not any(test(value) for test in tests):
                raise BadRequest(f"{subject(where)} must be {wanted}, got {shown(value)}")

        return check

    def _ref(self, ref: Any, at: str) -> Validator:
        name = ref.removeprefix(_REF_PREFIX) if isinstance(ref, str) else None
        if name is None or name == ref or name not in self._schemas:
            raise SpecError(f"{at}/$ref: {ref!r} is not a schema of components/schemas")
        if name not in self._components:
            self._components[name] = None
            self._components[name] = self.compile(self._schemas[name], _REF_PREFIX + name)
        compiled = self._components[name]
        if compiled is not None:
            return compiled
        components = self._components  # a schema that contains itself: looked up when used

        def check(value: Any, where: str) -> None:
            late = components[name]
            assert late is not None  # compiled by the time any request is checked
            late(value, where)

        return check

    def _enum(self, values: Any, at: str) -> Validator:
        if not isinstance(values, list) or not values:
            raise SpecError(f"{at}/enum: must be a list of values")
        listed = ", ".join(shown(v) for v in values)

        def check(value: Any, where: str) -> None:
            if not any(_same(value, allowed) for allowed in values):
                raise BadRequest(f"{subject(where)} must be one of {listed}, got {shown(value)}")

        return check

    def _format(self, name: Any, at: str) -> Validator:
        if name not in _FORMATS:
            raise SpecError(
                f"{at}/format: the validator knows {' and '.join(_FORMATS)} only, not {name!r}"
            )
        test, wanted = _FORMATS[name]

        def check(value: Any, where: str) -> None:
            if isinstance(value, str) and not test(value):
                raise BadRequest(f"{subject(where)} must be {wanted}, got {shown(value)}")

        return check

    def _pattern(self, pattern: Any, at: str) -> Validator:
        try:
            regex = re.compile(pattern)
        except (TypeError, re.error) as bad:
            raise SpecError(f"{at}/pattern: {pattern!r} is not a regular expression") from bad

        def check(value: Any, where: str) -> None:
            # search, not match: a JSON Schema pattern is not anchored unless it says so.
            if isinstance(value, str) and regex.search(value) is None:
                raise BadRequest(
                    f"{subject(where)} must match the pattern {pattern}, got {shown(value)}"
                )

        return check

    def _range(self, schema: Mapping[str, Any], at: str) -> Validator:
        low, high = schema.get("minimum"), schema.get("maximum")
        for bound in (low, high):
            if bound is not None and not _TYPES["number"][0](bound):
                raise SpecError(f"{at}: minimum and maximum must be numbers")
        kind = "an integer" if schema.get("type") == "integer" else "a number"
        if low is not None and high is not None:
            wanted = f"{kind} from {low} to {high}"
        else:
            wanted = f"{kind} >= {low}" if low is not None else f"{kind} <= {high}"
        is_number = _TYPES["number"][0]

        def check(value: Any, where: str) -> None:
            if is_number(value) and (
                (low is not None and value < low) or (high is not None and value > high)
            ):
                raise BadRequest(f"{subject(where)} must be {wanted}, got {shown(value)}")

        return check

    def _array(self, schema: Mapping[str, Any], at: str) -> Validator:
        most = schema.get("maxItems")
        if most is not None and (not isinstance(most, int) or isinstance(most, bool) or most < 0):
            raise SpecError(f"{at}/maxItems: must be a non-negative integer")
        if isinstance(schema.get("items"), list):
            raise SpecError(f"{at}/items: a list of schemas (prefixItems) is not interpreted")
        item = self.compile(schema["items"], f"{at}/items") if "items" in schema else None

        def check(value: Any, where: str) -> None:
            if not isinstance(value, list):
                return
            if most is not None and len(value) > most:
                raise BadRequest(
                    f"{subject(where)} must have at most {most} items, got {len(value)}"
                )
            if item is not None:
                for index, element in enumerate(value):
                    item(element, f"{where}[{index}]")

        return check

    def _object(self, schema: Mapping[str, Any], at: str) -> Validator:
        declared = schema.get("properties", {})
        required = schema.get("required", [])
        fewest = schema.get("minProperties", 0)
        if not isinstance(declared, Mapping) or not all(isinstance(k, str) for k in declared):
            raise SpecError(f"{at}/properties: must map names to schemas")
        if not isinstance(required, list) or not all(isinstance(n, str) for n in required):
            raise SpecError(f"{at}/required: must be a list of names")
        if not isinstance(fewest, int) or isinstance(fewest, bool) or fewest < 0:
            raise SpecError(f"{at}/minProperties: must be a non-negative integer")
        properties = {
            name: self.compile(sub, f"{at}/properties/{name}") for name, sub in declared.items()
        }
        extra = schema.get("additionalProperties", True)
        closed = extra is False
        other = (
            None if extra is True or closed else self.compile(extra, f"{at}/additionalProperties")
        )
        allowed = ", ".join(declared) or "none"
        at_least = f"{fewest} field{'s' if fewest > 1 else ''}"
        if closed and declared:
            at_least += f" of {', '.join(declared)}"

        def check(value: Any, where: str) -> None:
            if not isinstance(value, dict):
                return
            if closed and (unknown := [key for key in value if key not in properties]):
                named = ", ".join(repr(field_path(where, key)) for key in unknown)
                plural = "s" if len(unknown) > 1 else ""
                raise BadRequest(f"Unknown field{plural} {named}: allowed are {allowed}")
            if len(value) < fewest:
                raise BadRequest(f"{subject(where)} must have at least {at_least}")
            for name in required:
                if name not in value:
                    raise BadRequest(f"{field_path(where, name)} is required")
            for name, field in value.items():
                field_check = properties.get(name, other)
                if field_check is not None:
                    field_check(field, field_path(where, name))

        return check
