"""Argument checks for the generated operations: a clear error, before anything is sent.

Each ``Check`` knows one kind of value from the spec (a string, a bounded integer, a
list, an object schema...). Called with an argument's name and value, it returns the
value in the form the generated request builders take, or raises ``TypeError`` (wrong
kind) or ``ValueError`` (right kind, refused value) naming the argument. ``wire`` does
the same for a value nested in a mapping, returning its JSON form. The generated
resources describe every parameter with these objects, so this module does not grow
with the number of operations.
"""

from __future__ import annotations

import datetime
import math
import re
from abc import ABC, abstractmethod
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Generic, TypeVar

from attention_client.types import UNSET, Unset, format_datetime

from ._config import MAX_ID_LENGTH
from ._types import M

T = TypeVar("T")


def _kind(value: object) -> str:
    return type(value).__name__


def _key(name: str, key: object) -> str:
    if not isinstance(key, str):
        raise TypeError(f"{name} keys must be str, got {key!r}")
    return key


def _finite(name: str, value: float) -> float:
    if not math.isfinite(value):  # JSON has no NaN or infinity
        raise ValueError(f"{name} must be a finite number, got {value}")
    return value


class Check(ABC, Generic[T]):
    """One kind of value; ``expected`` completes "<name> must be ..."."""

    expected: str

    @abstractmethod
    def __call__(self, name: str, value: object) -> T:
        """The checked value, as the generated builders take it."""

    def wire(self, name: str, value: object) -> Any:
        """The checked value in its JSON form, for a value nested in a mapping."""
        return self(name, value)

    def _refuse(self, name: str, value: object) -> TypeError:
        return TypeError(f"{name} must be {self.expected}, got {_kind(value)}")


class Str(Check[str]):
    expected = "a str"

    def __init__(self, pattern: str | None = None) -> None:
        self.pattern = None if pattern is None else re.compile(pattern)

    def __call__(self, name: str, value: object) -> str:
        if not isinstance(value, str):
            raise self._refuse(name, value)
        if self.pattern is not None and not self.pattern.fullmatch(value):
            raise ValueError(f"{name} must match {self.pattern.pattern!r}, got {value!r}")
        return value


_STR = Str()


class OneOf(Check[Any]):
    """A str from a closed set (the spec's ``enum``); typed Any because the generated
    builders take it as their Literal type."""

    def __init__(self, values: tuple[str, ...]) -> None:
        self.values = values
        self.expected = "a str"

    def __call__(self, name: str, value: object) -> Any:
        if not isinstance(value, str):
            raise self._refuse(name, value)
        if value not in self.values:
            raise ValueError(
                f"{name} must be one of {', '.join(map(repr, self.values))}, got {value!r}"
            )
        return value


class Bool(Check[bool]):
    expected = "a bool"

    def __call__(self, name: str, value: object) -> bool:
        if not isinstance(value, bool):
            raise self._refuse(name, value)
        return value


class Int(Check[int]):
    expected = "an int"

    def __init__(self, minimum: int | None = None, maximum: int | None = None) -> None:
        self.minimum, self.maximum = minimum, maximum

    def __call__(self, name: str, value: object) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise self._refuse(name, value)
        if self.minimum is not None and value < self.minimum:
            raise ValueError(f"{name} must be at least {self.minimum}, got {value}")
        if self.maximum is not None and value > self.maximum:
            raise ValueError(f"{name} must be at most {self.maximum}, got {value}")
        return value


class Number(Check[float]):
    expected = "a number"

    def __call__(self, name: str, value: object) -> float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self._refuse(name, value)
        return _finite(name, value)


class DateTime(Check[datetime.datetime]):
    """An aware datetime, as the instant the API is sent: UTC, to the whole second.

    The live API refuses offsets and fractions (see the spec's header), so every
    date-time goes out as ``2026-12-06T16:33:05Z``. ``round="up"`` is for an upper
    bound, which must not exclude the instant it was given; anything else drops the
    fraction, which for a lower bound rounds down.
    """

    expected = "a datetime.datetime"

    def __init__(self, round: str = "down") -> None:
        self.up = round == "up"

    def __call__(self, name: str, value: object) -> datetime.datetime:
        if not isinstance(value, datetime.datetime):
            raise self._refuse(name, value)
        if value.utcoffset() is None:
            # A naive time would be read in the server's zone, not the caller's.
            raise ValueError(
                f"{name} must be timezone-aware, e.g. datetime(2026, 1, 31, tzinfo=timezone.utc)"
            )
        instant = value.astimezone(datetime.UTC)
        whole = instant.replace(microsecond=0)
        if self.up and whole != instant:
            whole += datetime.timedelta(seconds=1)
        return whole

    def wire(self, name: str, value: object) -> str:
        # The generated models' own formatter: one form for every date-time sent.
        return format_datetime(self(name, value))


class AnyJson(Check[Any]):
    """Any value JSON can carry: a free-form field the docs leave open."""

    expected = "a JSON value (dict, list, str, int, float, bool or None)"

    def __call__(self, name: str, value: object) -> Any:
        if isinstance(value, Mapping):
            for key, item in value.items():
                self(f"{name}[{_key(name, key)!r}]", item)
        elif isinstance(value, list | tuple):
            for index, item in enumerate(value):
                self(f"{name}[{index}]", item)
        elif isinstance(value, float):
            _finite(name, value)
        elif value is not None and not isinstance(value, str | int | float):
            raise self._refuse(name, value)
        return value


class ListOf(Check[list[T]]):
    def __init__(self, item: Check[T], max_items: int | None = None) -> None:
        self.item, self.max_items = item, max_items
        self.expected = f"a list (each item {item.expected})"

    def _items(self, name: str, value: object) -> Sequence[object]:
        # A str is a sequence too, and would be sent one character per item.
        if not isinstance(value, Sequence) or isinstance(value, str | bytes | bytearray):
            raise self._refuse(name, value)
        if self.max_items is not None and len(value) > self.max_items:
            raise ValueError(f"{name} may hold at most {self.max_items} items, got {len(value)}")
        return value

    def __call__(self, name: str, value: object) -> list[T]:
        return [self.item(f"{name}[{i}]", v) for i, v in enumerate(self._items(name, value))]

    def wire(self, name: str, value: object) -> list[Any]:
        return [self.item.wire(f"{name}[{i}]", v) for i, v in enumerate(self._items(name, value))]


class Shape(Check[M]):
    """An object schema: the generated model itself, or a mapping in the API's JSON form.

    ``fields`` are the declared properties (by their JSON names), ``required`` the ones
    that must be present, and ``extra`` checks any other key (None: other keys are
    refused, so a misspelt field fails here instead of being ignored by the server).
    """

    def __init__(
        self,
        model: type[M],
        fields: Mapping[str, Check[Any]] | None = None,
        *,
        required: frozenset[str] = frozenset(),
        extra: Check[Any] | None = None,
    ) -> None:
        self.model, self.fields, self.required, self.extra = model, fields or {}, required, extra
        if self.fields:
            self.expected = f"a {model.__name__} or a mapping"
        else:
            self.expected = (
                f"a mapping of str to {(extra or AnyJson()).expected.removeprefix('a ')}"
            )

    def __call__(self, name: str, value: object) -> M:
        if isinstance(value, self.model):
            return value
        return self.model.from_dict(self.wire(name, value))

    def wire(self, name: str, value: object) -> dict[str, Any]:
        if isinstance(value, self.model):
            return value.to_dict()
        if not isinstance(value, Mapping):
            raise self._refuse(name, value)
        checked: dict[str, Any] = {}
        for key, item in value.items():
            check = self.fields.get(_key(name, key), self.extra)
            if check is None:
                known = ", ".join(sorted(self.fields))
                raise ValueError(f"{name} has an unknown key {key!r}; known keys: {known}")
            checked[key] = check.wire(f"{name}[{key!r}]", item)
        if missing := sorted(self.required - checked.keys()):
            raise ValueError(f"{name} is missing {', '.join(map(repr, missing))}")
        return checked


def path_param(name: str, value: object) -> str:
    """A path segment: a non-empty str that cannot step out of its place in the URL."""
    value = _STR(name, value)
    if not value.strip():
        raise ValueError(f"{name} must be a non-empty str")
    if value in (".", ".."):
        # Percent-encoding leaves dots alone, and URL normalisation would resolve them.
        raise ValueError(f"{name} must not be {value!r}")
    if len(value) > MAX_ID_LENGTH:
        raise ValueError(f"{name} must be at most {MAX_ID_LENGTH} characters, got {len(value)}")
    return value


def empty_body(operation: str, fields: Sequence[str]) -> ValueError:
    """The error for a call that would send an empty body (the schema's minProperties: 1)."""
    *first, last = fields
    names = f"{', '.join(first)} and {last}" if first else last
    return ValueError(f"{operation} needs at least one of {names}")


def absent(value: object) -> bool:
    """Whether an optional argument was left out: None (the default) or UNSET."""
    return value is None or isinstance(value, Unset)


def given(check: Callable[[str, object], T], name: str, value: object) -> T | Unset:
    """``check`` applied to an optional argument; None (or UNSET) leaves it out."""
    return UNSET if absent(value) else check(name, value)


# The values extra_query sends: what httpx puts in a query string, and datetimes.
_QUERY_SCALARS = (str, int, float, bool, datetime.datetime)


def _query_value(name: str, value: object) -> Any:
    if isinstance(value, datetime.datetime):
        return _DATETIME.wire(name, value)
    if isinstance(value, float):
        return _finite(name, value)
    if not isinstance(value, _QUERY_SCALARS):
        raise TypeError(
            f"{name} must be a str, int, float, bool or datetime, or a list of them, "
            f"got {_kind(value)}"
        )
    return value


def extra_query(value: object, declared: Mapping[str, str]) -> dict[str, Any]:
    """``extra_query``: parameters the spec does not declare, in the form httpx sends.

    A key the operation declares is refused, naming its argument: the two would be sent
    twice, and a page walk would overwrite the argument (``page``) but not the extra.
    None leaves a key out; a list or tuple is sent as repeated keys.
    """
    return _extras("extra_query", "parameter", value, declared, _query_item)


def extra_body(value: object, declared: Mapping[str, str]) -> dict[str, Any]:
    """``extra_body``: JSON fields the spec does not declare, merged into the body.

    A field the operation declares is refused, naming its argument; datetimes are sent
    like every date-time. None, unlike in extra_query, is sent: it is JSON's null.
    """
    return _extras("extra_body", "field", value, declared, _json_value)


_LEFT_OUT = object()  # what an extra's conversion returns for a key not to send


def _extras(
    name: str,
    kind: str,
    value: object,
    declared: Mapping[str, str],
    convert: Callable[[str, object], Any],
) -> dict[str, Any]:
    if not isinstance(value, Mapping):
        raise TypeError(f"{name} must be a mapping, got {_kind(value)}")
    checked: dict[str, Any] = {}
    for key, item in value.items():
        key = _key(name, key)
        where = f"{name}[{key!r}]"
        if key in declared:
            raise ValueError(f"{where} is a {kind} of this method: pass {declared[key]}=")
        if (converted := convert(where, item)) is not _LEFT_OUT:
            checked[key] = converted
    return checked


def _query_item(where: str, item: object) -> Any:
    if item is None:
        return _LEFT_OUT
    if isinstance(item, list | tuple):
        return [_query_value(f"{where}[{i}]", v) for i, v in enumerate(item)]
    return _query_value(where, item)


def _json_value(name: str, value: object) -> Any:
    if isinstance(value, datetime.datetime):
        return _DATETIME.wire(name, value)
    if isinstance(value, Mapping):
        return {_key(name, k): _json_value(f"{name}[{k!r}]", v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_json_value(f"{name}[{i}]", v) for i, v in enumerate(value)]
    return _ANY_JSON(name, value)


_DATETIME = DateTime()
_ANY_JSON = AnyJson()
