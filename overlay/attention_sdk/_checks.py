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
from abc import ABC, abstractmethod
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Generic, TypeVar

from attention_client.types import Unset

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

    def __call__(self, name: str, value: object) -> str:
        if not isinstance(value, str):
            raise self._refuse(name, value)
        return value


_STR = Str()


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
    expected = "a datetime.datetime"

    def __call__(self, name: str, value: object) -> datetime.datetime:
        if not isinstance(value, datetime.datetime):
            raise self._refuse(name, value)
        if value.utcoffset() is None:
            # A naive time would be read in the server's zone, not the caller's.
            raise ValueError(
                f"{name} must be timezone-aware, e.g. datetime(2026, 1, 31, tzinfo=timezone.utc)"
            )
        return value

    def wire(self, name: str, value: object) -> str:
        return self(name, value).isoformat()


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


def given(check: Callable[[str, object], T], name: str, value: object) -> T | Unset:
    """``check`` applied to an optional argument, which may be left out (UNSET)."""
    return value if isinstance(value, Unset) else check(name, value)
