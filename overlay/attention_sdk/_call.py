"""One API call as data: what to send, how to read the answer, whether it may be resent.

The generated resources build a ``Call`` from checked arguments with the generated
``_get_kwargs`` of the operation and hand it to a client's ``_execute``, which runs it
through the one retry loop. Building sends nothing, so a call can be inspected (and
tested) without HTTP.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Generic, NamedTuple, TypeVar

import httpx
from attention_client.types import UNSET, Unset

from ._checks import extra_body, extra_query
from ._decode import NotJSON, json_value
from ._exceptions import APIResponseValidationError
from ._json import dumps
from ._types import M, TimeoutTypes

T_co = TypeVar("T_co", covariant=True)

# A field the spec requires, and the JSON type it must have: checked before the model
# is built, so a malformed 2xx says which field is wrong.
Required = tuple[tuple[str, type], ...]

_IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})


# NamedTuples, not attrs classes: one of each is made per call, and a tuple is built in
# a third of the time a frozen attrs instance takes (bench: the per-call figures).
class Call(NamedTuple, Generic[T_co]):
    """An HTTP request relative to the client's base URL, and the parser of its 2xx body."""

    method: str
    path: str
    parse: Callable[[httpx.Response], T_co]
    params: Mapping[str, Any] | None = None
    json: Any = None
    headers: Mapping[str, str] = {}  # never mutated: a shared empty default is safe
    idempotent: bool = True
    """False: resent only when the request surely never reached the server."""


def call(
    kwargs: Mapping[str, Any], parse: Callable[[httpx.Response], T_co], *, idempotent: bool | None
) -> Call[T_co]:
    """A Call from the arguments a generated ``_get_kwargs`` returns.

    ``idempotent=None`` takes the method's meaning (HTTP semantics: GET, PUT and DELETE
    may be repeated, POST may not); the spec's ``x-sdk-idempotent`` overrides it.
    """
    method = str(kwargs["method"]).upper()
    body = kwargs.get("json")
    headers = kwargs.get("headers", {})
    if body is not None and not headers:  # the body is encoded by us, not by httpx's json=
        headers = _JSON_HEADERS
    return Call(
        method,
        kwargs["url"],
        parse,
        kwargs.get("params"),
        body,
        headers,
        method in _IDEMPOTENT_METHODS if idempotent is None else idempotent,
    )


_JSON_HEADERS = {"Content-Type": "application/json"}


def encode_body(body: Any) -> bytes:
    """A request body as JSON bytes; ValueError or TypeError naming ``json`` if it is not
    JSON (only the low-level request() can be given such a value)."""
    try:
        return dumps(body)
    except ValueError as exc:  # NaN or infinity
        raise ValueError(f"json must be JSON: {exc}") from exc
    except TypeError as exc:  # a value of a type JSON has no form for
        raise TypeError(f"json must be JSON: {exc}") from exc


class RequestOptions(NamedTuple):
    """The per-call options every method takes; None (or UNSET) means "the client's"."""

    timeout: TimeoutTypes | Unset | None = UNSET
    max_retries: int | Unset | None = UNSET
    extra_headers: Mapping[str, str] | None = None


def with_extras(
    call: Call[T_co],
    query: Mapping[str, object] | None,
    body: Mapping[str, object] | None,
    declared: Mapping[str, Mapping[str, str]],
) -> Call[T_co]:
    """The call with ``extra_query`` and ``extra_body`` added, checked first.

    ``declared`` maps the operation's own wire names (under "query" and "body") to their
    arguments: an extra that repeats one is refused, naming the argument to use instead.
    A body-less operation given ``extra_body`` sends it alone, as a JSON object.
    """
    if query is None and body is None:
        return call
    params, json = call.params, call.json
    if query is not None:
        params = {**(params or {}), **extra_query(query, declared["query"])}
    if body is not None:
        json = {**(json or {}), **extra_body(body, declared["body"])}
    headers = call.headers or (_JSON_HEADERS if json is not None else {})
    return call._replace(params=params, json=json, headers=headers)


def json_body(response: httpx.Response) -> Any:
    """The decoded body of a 2xx, or APIResponseValidationError (never a raw parse error)."""
    try:
        return json_value(response.content)
    except NotJSON as exc:
        kind = response.headers.get("content-type", "no content type")
        raise APIResponseValidationError(
            f"Response body is not JSON ({kind})", response=response
        ) from exc


def model_parser(model: type[M], required: Required = ()) -> Callable[[httpx.Response], M]:
    """A parser of a 2xx body into ``model``, checking the ``required`` fields first."""
    name = model.__name__

    def parse(response: httpx.Response) -> M:
        data = json_body(response)
        if not isinstance(data, dict):
            raise APIResponseValidationError(
                f"Expected a {name} object, got a JSON {type(data).__name__}", response=response
            )
        for field, expected in required:
            if not isinstance(data.get(field), expected):
                raise APIResponseValidationError(
                    f"{name} {field!r} is missing or not a {expected.__name__}", response=response
                )
        try:
            return model.from_dict(data)
        except (KeyError, TypeError, ValueError, AttributeError, RecursionError) as exc:
            raise APIResponseValidationError(
                f"{name} does not match the documented shape: {exc!r}", response=response
            ) from exc

    return parse


def list_parser(model: type[M]) -> Callable[[httpx.Response], list[M]]:
    """A parser of a 2xx body that is a JSON array of ``model`` objects."""
    name = model.__name__

    def parse(response: httpx.Response) -> list[M]:
        data = json_body(response)
        if not isinstance(data, list):
            raise APIResponseValidationError(
                f"Expected a JSON array of {name}, got a JSON {type(data).__name__}",
                response=response,
            )
        items = []
        for index, item in enumerate(data):
            if not isinstance(item, dict):
                raise APIResponseValidationError(
                    f"Item {index} is not a {name} object", response=response
                )
            try:
                items.append(model.from_dict(item))
            except (KeyError, TypeError, ValueError, AttributeError, RecursionError) as exc:
                raise APIResponseValidationError(
                    f"Item {index} does not match the documented {name}: {exc!r}",
                    response=response,
                ) from exc
        return items

    return parse


def unwrapped(
    parse: Callable[[httpx.Response], Any], field: str
) -> Callable[[httpx.Response], Any]:
    """A parser that reads an envelope (``{"data": ...}``) and returns the field it wraps
    (``x-sdk-unwrap`` in the spec): a method returns the label, not ``{data: label}``."""

    def parse_field(response: httpx.Response) -> Any:
        return getattr(parse(response), field)

    return parse_field


def no_content(response: httpx.Response) -> None:
    """The parser of an operation whose 2xx has no body: whatever was sent is ignored."""
    return None


def any_json(response: httpx.Response) -> Any:
    """The decoded body, or None for an empty one: the low-level ``request``'s default."""
    return json_body(response) if response.content else None


_METHODS = frozenset({"GET", "POST", "PUT", "PATCH", "DELETE"})


def raw_call(
    method: object,
    path: object,
    parse: Callable[[httpx.Response], T_co],
    *,
    params: object,
    json: object,
    idempotent: object,
) -> Call[T_co]:
    """The Call behind the low-level ``request``, with its arguments checked."""
    if not isinstance(method, str) or method.upper() not in _METHODS:
        raise ValueError(f"method must be one of {', '.join(sorted(_METHODS))}, got {method!r}")
    if not isinstance(path, str):
        raise TypeError(f"path must be a str, got {type(path).__name__}")
    # Relative to base_url, so the key only ever goes to the configured host and prefix.
    if not path.startswith("/") or "://" in path:
        raise ValueError(f"path must start with '/' and be relative to base_url, got {path!r}")
    if any(char in path for char in "?#") or any(ord(char) <= 0x20 for char in path):
        raise ValueError(
            f"path must not hold a query, a fragment, spaces or control characters "
            f"(pass params=...), got {path!r}"
        )
    if any(segment in (".", "..") for segment in path.split("/")):
        raise ValueError(f"path must not have '.' or '..' segments, got {path!r}")
    if params is not None and not isinstance(params, Mapping):
        raise TypeError(f"params must be a mapping, got {type(params).__name__}")
    if idempotent is not None and not isinstance(idempotent, bool):
        raise TypeError(f"idempotent must be a bool or None, got {type(idempotent).__name__}")
    kwargs: dict[str, Any] = {"method": method, "url": path, "params": params}
    if json is not UNSET:
        kwargs["json"] = json
    return call(kwargs, parse, idempotent=idempotent)
