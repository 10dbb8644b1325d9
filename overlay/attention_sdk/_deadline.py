"""A deadline for each attempt, however slowly the server drips its answer.

httpx's timeouts bound each network operation, not a request: a server that sends one
byte just within the read timeout keeps a call going for as long as it likes. The
clients set a deadline (a monotonic time) around each attempt in a context variable, and
the network streams of the httpx client (the SDK's, or a caller's with httpx's default
transport) clamp every read, write and connect to what is left of it, raising
httpcore's timeouts (which httpx turns into its own) when nothing is. A client with a
transport of its own keeps it untouched; for it, the body is still read against the
deadline chunk by chunk (_body.py).

The streams are reached through httpx's and httpcore's private attributes (the transport's
pool and its network backend); the versions are pinned, and install() returns False,
and the tests fail, if that structure ever changes. They live in _deadline_streams.py,
imported by install(): httpcore (and h11) load with the first client, not with
``import attention_sdk``, as httpx itself does.
"""

from __future__ import annotations

import contextvars
import time

import httpx

_DEADLINE: contextvars.ContextVar[float | None] = contextvars.ContextVar(
    "attention_sdk_deadline", default=None
)


def start(seconds: float) -> contextvars.Token[float | None]:
    """Set a deadline ``seconds`` from now, in this context (so per thread, per task);
    end() it with the token, in a finally."""
    return _DEADLINE.set(time.monotonic() + seconds)


def end(token: contextvars.Token[float | None]) -> None:
    _DEADLINE.reset(token)


def due() -> float | None:
    """The current attempt's deadline (a time.monotonic() value), or None outside one."""
    return _DEADLINE.get()


def check() -> None:
    """httpx.ReadTimeout if the deadline has passed (between chunks of a body)."""
    due = _DEADLINE.get()
    if due is not None and time.monotonic() >= due:
        raise httpx.ReadTimeout("the attempt's deadline passed")


def install(client: httpx.Client | httpx.AsyncClient) -> bool:
    """Put deadline-aware streams under an httpx client; False if it can't.

    Outside an SDK call no deadline is set and the streams do what they did, so a
    caller's own client behaves as before for its other requests.
    """
    from ._deadline_streams import wrap_backend

    return wrap_backend(client)
