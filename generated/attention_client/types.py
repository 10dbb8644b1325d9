"""Contains some shared types for properties"""

import datetime
import itertools
import re
from collections.abc import Callable, Mapping, MutableMapping
from dataclasses import dataclass
from http import HTTPStatus
from types import MappingProxyType
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar


class Unset:
    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"

    def __reduce__(self) -> str:
        return "UNSET"  # pickle: the module's UNSET, by name

    def __copy__(self) -> "Unset":
        return self

    def __deepcopy__(self, memo: dict[int, Any]) -> "Unset":
        return self


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@dataclass(slots=True)
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@dataclass(slots=True)
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


def parse_datetime(value: str) -> datetime.datetime:
    """Parse an RFC 3339 / ISO 8601 date-time as the API may send it.

    The C ``fromisoformat`` is tried first because it is fast and accepts what the
    API documents (``Z`` suffix, ``+00:00`` offsets, fractional seconds). Forms it
    refuses but RFC 3339 allows (a lowercase ``t`` or ``z``, comma fractions) fall
    back to dateutil's ``isoparse``, imported only when needed.
    """
    try:
        return datetime.datetime.fromisoformat(value)
    except ValueError:
        from dateutil.parser import isoparse  # noqa: PLC0415

        try:
            return isoparse(value)
        except (ValueError, OverflowError) as exc:
            raise ValueError(f"Invalid date-time: {value!r}") from exc


def format_datetime(value: datetime.datetime) -> str:
    """A date-time as the API takes it: UTC, whole seconds, ``Z`` (``2024-03-18T10:45:00Z``).

    Every date-time the client sends (query parameters and request bodies) goes through
    here: the API is reported to answer 400 to ``isoformat()`` output (``+00:00``, a
    fraction) in a query. Another zone is converted to UTC; a fraction of a second is
    dropped (truncated: the instant sent is never later than the one given). A naive
    datetime is refused with ValueError: which zone it means is unknown, and taking the
    machine's own would send another instant from every server set to another zone.
    """
    offset = value.utcoffset()
    if offset is None:
        raise ValueError(f"a date-time to send must be timezone-aware, got the naive {value.isoformat()!r}")
    try:
        utc = value.replace(tzinfo=None) - offset
    except OverflowError as exc:  # within an offset of the years 1 and 9999
        raise ValueError(f"{value.isoformat()!r} is out of range in UTC") from exc
    # An offset may hold microseconds, so the fraction is dropped after the conversion.
    return utc.replace(microsecond=0).isoformat() + "Z"


class Unparsed:
    """The JSON of a nested field that a response model parses on first read.

    A response model keeps its lazy fields' JSON (see model_roles.jinja) in their slots
    as received, boxed in an Unparsed; each field's property parses it on first read.
    """

    __slots__ = ("json",)

    def __init__(self, json: Any) -> None:
        self.json = json


# What parsing a nested value of no declared shape raises (an item that is not an object,
# a required field missing below); the field then reads as one left out, and the value is
# kept as it came (model_fast_paths.jinja). A RecursionError is not among them: it is
# raised (from_dict of a value nested deeper than the stack allows, or a lazy field read
# from a stack that is nearly full, which then stays unparsed).
PARSE_ERRORS = (TypeError, ValueError, AttributeError, KeyError)


# The classes of a JSON number, as the response models check them (model_fast_paths.jinja):
# exact, so True is not a number.
JSON_NUMBER = (int, float)
# isinstance of each item, iterated in C by all(map(...)): a few times faster than a loop
# in Python over a list of 40 participants (exact classes would need such a loop).
_IS_STR = str.__instancecheck__
_IS_DICT = dict.__instancecheck__


def is_str_list(value: Any) -> bool:
    """Whether ``value`` is a JSON array of strings."""
    return type(value) is list and all(map(_IS_STR, value))


def is_object_list(value: Any) -> bool:
    """Whether ``value`` is a JSON array of objects."""
    return type(value) is list and all(map(_IS_DICT, value))


def mismatch(found: dict[str, Any] | None, key: str, value: Any) -> dict[str, Any]:
    """``found`` (a new dict for None) with the value of ``key``, which fits no declared shape.

    What from_dict calls when a field's value fits no declared shape; rare, so a call.
    """
    if found is None:
        found = {}
    found[key] = value
    return found


def mismatch_error(model: str, key: str, value: Any, expected: str) -> TypeError:
    """What a required field of the wrong type raises (the overlay makes it an
    APIResponseValidationError): the field and the JSON type found, never the value."""
    found = "null" if value is None else _JSON_NAMES.get(type(value), type(value).__name__)
    return TypeError(f"{model}.{key} must be {expected}, got {found}")


_JSON_NAMES = {
    dict: "an object",
    list: "an array",
    str: "a string",
    bool: "a boolean",
    int: "a number",
    float: "a number",
}
_NOTHING: Mapping[str, Any] = MappingProxyType({})


def mismatched_fields(model: Any) -> Mapping[str, Any]:
    """A response model's ``mismatched_fields``: the values of its own fields that fit no
    declared shape, by JSON name, as they came; read-only. All are known once from_dict
    returns (lazy fields are checked before they are boxed), so nothing is parsed here."""
    found: dict[str, Any] | None = getattr(model, "_mismatched", None)
    return MappingProxyType(found) if found else _NOTHING


class LazyField:
    """What a response model knows of one of its lazy fields (model.py.jinja).

    The field's slot stays where attrs put it, also reachable as ``_<name>_slot``; it
    holds the field's value, or its JSON boxed in an Unparsed until the first read. On
    the class, the field's name is a plain property: its getter (generated per field)
    parses an Unparsed value and keeps the result; setting or deleting the field acts on
    the slot. The attrs field itself is unchanged, so ``__init__``, ``attrs.fields``,
    ``attrs.asdict``, ``attrs.evolve``, equality, pickling and copies see it as before:
    they read it, and so parse it.
    """

    __slots__ = ("parse", "slot")

    def __init__(self, slot: Any, parse: Callable[[Any], Any]) -> None:
        self.slot = slot
        self.parse = parse

    def peek(self, instance: Any) -> Any:
        """The field's value as a read gives it, without keeping a parse (for the repr)."""
        value = self.slot.__get__(instance)
        return self.parse(value.json) if type(value) is Unparsed else value


def make_lazy(cls: type, name: str, read: Callable[[Any], Any], parse: Callable[[Any], Any]) -> None:
    """Make the attrs field ``name`` of the slotted class ``cls`` parse on first read.

    ``read`` is the getter: it reads the slot as ``_<name>_slot`` (at slot speed) and
    parses an Unparsed value as ``parse`` does, which cannot fail (from_dict boxes only
    JSON of the field's shape). ``parse`` serves the repr, which parses without keeping.
    """
    slot = cls.__dict__[name]  # the slot's member descriptor
    alias = f"_{name}_slot"
    if alias in cls.__dict__:
        raise TypeError(f"{cls.__name__}.{alias} is taken")
    setattr(cls, alias, slot)
    setattr(cls, name, property(read, slot.__set__, slot.__delete__))
    setattr(cls, "_lazy_fields", {**lazy_fields(cls), name: LazyField(slot, parse)})


def lazy_fields(cls: type) -> Mapping[str, LazyField]:
    """The lazy fields of a model class, by attribute name (empty for most models)."""
    found: Mapping[str, LazyField] = getattr(cls, "_lazy_fields", {})
    return found


# The response models' __repr__ (model.py.jinja): what print(conversation) shows.
REPR_ITEMS = 3  # list items, map entries and unknown keys shown before "... N more"
REPR_TEXT = 40  # a longer string is cut to this many characters, "..." included
REPR_DEPTH = 2  # a model nested this deep (a list's items count one deeper) is Name(...)
REPR_WIDTH = (600, 240)  # characters of fields shown at depth 0 and 1; the rest are counted
# JWT-shaped strings, which is what Attention's API keys look like: never shown.
_KEY_SHAPED = re.compile(r"eyJ[A-Za-z0-9_-]{2,}\.[A-Za-z0-9_-]{2,}(?:\.[A-Za-z0-9_-]*)?")


def short_repr(model: Any) -> str:
    """A response model's repr, short enough to print whatever the payload.

    Fields that are None (or an empty map standing for a field left out) are left out,
    strings are cut at REPR_TEXT characters and JWT-shaped ones masked, lists and maps
    show REPR_ITEMS entries and count the rest, nested models show their fields down
    to REPR_DEPTH, and unknown keys and the fields whose value fit no declared shape
    (mismatched_fields) are shown by name only.
    """
    return _repr_model(model, 0)


def _repr_model(model: Any, depth: int) -> str:
    name = type(model).__name__
    if isinstance(model, Mapping):  # an open map (labels, transcript, ...): its entries
        return name + "({" + _repr_map(model, depth) + "})"
    if depth >= REPR_DEPTH:
        return f"{name}(...)"
    parts: list[str] = []
    used = skipped = 0
    cls = type(model)
    for field in model.__attrs_attrs__:
        if field.name.startswith("_") or field.name == "additional_properties":
            continue
        lazy = lazy_fields(cls).get(field.name)
        # A lazy field is shown as it reads, but left unparsed on the model.
        value = getattr(model, field.name) if lazy is None else lazy.peek(model)
        if value is None or (getattr(value, "_placeholder", False) and not value):
            continue
        if used >= REPR_WIDTH[depth]:
            skipped += 1
            continue
        part = f"{field.name}={_repr_value(value, depth + 1)}"
        parts.append(part)
        used += len(part) + 2
    if skipped:
        parts.append(f"... {skipped} more")
    for member, keys in (
        ("additional_properties", getattr(model, "additional_properties", None)),
        ("mismatched_fields", getattr(model, "_mismatched", None)),
    ):
        if keys:
            names = [f"{_repr_text(str(key))}: ..." for key in itertools.islice(keys, REPR_ITEMS)]
            more = len(keys) - len(names)
            parts.append(member + "={" + ", ".join(names + ([f"... {more} more"] if more else [])) + "}")
    return f"{name}({', '.join(parts)})"


def _repr_value(value: Any, depth: int) -> str:
    if isinstance(value, str):
        return _repr_text(value)
    if isinstance(value, datetime.datetime):
        return value.isoformat()
    if isinstance(value, list):
        if value and depth >= REPR_DEPTH + 1:
            return f"[... {len(value)} items]"
        items = [_repr_value(item, depth + 1) for item in value[:REPR_ITEMS]]
        more = len(value) - len(items)
        return "[" + ", ".join(items + ([f"... {more} more"] if more else [])) + "]"
    if isinstance(value, dict):
        return "{" + _repr_map(value, depth + 1) + "}"
    if hasattr(type(value), "__attrs_attrs__"):
        return _repr_model(value, depth)
    return repr(value)


def _repr_map(mapping: Mapping[Any, Any], depth: int) -> str:
    if mapping and depth > REPR_DEPTH:
        return f"... {len(mapping)} key{'s' if len(mapping) > 1 else ''}"
    entries = [
        f"{_repr_value(key, depth)}: {_repr_value(value, depth)}"
        for key, value in itertools.islice(mapping.items(), REPR_ITEMS)
    ]
    more = len(mapping) - len(entries)
    return ", ".join(entries + ([f"... {more} more"] if more else []))


def _repr_text(text: str) -> str:
    text = _KEY_SHAPED.sub("eyJ***", text)
    return repr(text if len(text) <= REPR_TEXT else text[: REPR_TEXT - 3] + "...")


__all__ = [
    "JSON_NUMBER",
    "PARSE_ERRORS",
    "UNSET",
    "File",
    "FileTypes",
    "LazyField",
    "RequestFiles",
    "Response",
    "Unparsed",
    "Unset",
    "format_datetime",
    "is_object_list",
    "is_str_list",
    "lazy_fields",
    "make_lazy",
    "mismatch",
    "mismatch_error",
    "mismatched_fields",
    "parse_datetime",
    "short_repr",
]
