"""An in-memory stand-in of the Attention REST API v2, served over HTTP on loopback.

It lets users and the SDK's own tests exercise a client offline through real sockets, so
keep-alive, retries, timeouts and error handling meet real HTTP, and faults (error statuses,
dropped or closed connections, latency) can be injected on demand.

Where each rule comes from (openapi/attention.yaml, written from the public docs):
- Every operation of the spec is served, under /v2, from the route table in _routes.py
  (which says where each route's rules come from); the list's rules are in _listing.py and
  the seeded conversations in _data.py.
- Every request is checked against the spec the package carries (data/openapi.json, which
  make gen writes from openapi/attention.yaml; see _validate.py): a query parameter or body
  field the spec does not declare, a malformed value, or a body that breaks its schema is
  a 400 naming it. How the live API treats what it does not declare is not documented,
  so the stand-in refuses it rather than answer as if it understood; a test can accept
  named extras (accept_extra).
- Authorization is "Bearer <key>" (the authentication guide) or the raw key (the example on
  each endpoint's page), so both are accepted, on every route.
- 429 and 5xx answers may carry Retry-After (TooManyRequests); fail_next() can send it.

The order in which a request is answered is the stand-in's own: it is recorded, then waits
out the latency, then meets any injected drop or fault (before the key is checked, so a
fault can stand for a proxy in front of the API), then the key is checked (401 before any
404), then the route is resolved and the request checked (_routes.py says in which order).
The docs show no error bodies: every error body here ({"message": ..., "code": ...}) is the
stand-in's own choice, shaped to fit the spec's tolerant Error schema.
"""

from __future__ import annotations

import contextlib
import copy
import random
import socket
import threading
from collections import deque
from collections.abc import Iterable, Mapping
from typing import Any, Self

from .._hosts import is_loopback
from . import _data
from ._http import Server
from ._listing import ordered
from ._messages import RecordedRequest, Reply, error, fault
from ._routes import ROUTES, Router
from ._validate import NO_EXTRAS, Extras, spec_operations

__all__ = ["DEFAULT_API_KEY", "AttentionStandIn", "RecordedRequest"]

DEFAULT_API_KEY = "stand-in-key"
_POLL_INTERVAL = 0.05  # the longest stop() waits for serve_forever() to notice
_ROUTER = Router(ROUTES, spec_operations())  # the spec is read and compiled once, here


class AttentionStandIn:
    """The Attention API's conversation endpoints, in memory, on a loopback HTTP server.

    It starts with the docs' two example conversations and 120 generated ones
    (conv-0001 to conv-0120, imported as ext-0001 to ext-0120), or with only the
    conversations given (each a JSON-serialisable dict with a string "id").

    It answers only what the spec declares: an unknown query parameter or body field, or
    a malformed value, is a 400 naming it. accept_extra() lets a test send named extras.

    latency (seconds to wait before each answer) and close_connections (answer with
    "Connection: close", then close) are plain attributes: a single assignment is atomic,
    so they may be set at any time from any thread.
    """

    def __init__(
        self,
        api_key: str = DEFAULT_API_KEY,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        conversations: Iterable[dict[str, Any]] | None = None,
    ) -> None:
        if not api_key:
            raise ValueError("api_key must not be empty")
        if not is_loopback(host):  # a well-known key and no TLS: never face a network
            raise ValueError(f"host must be a loopback address, not {host!r}")
        self._seed = _data.seed(conversations)  # ValueError for an id that is not a str
        self._api_key, self._address = api_key, (host, port)
        self._lock = threading.Lock()
        self._stopping = threading.Event()  # cuts latency sleeps short on stop()
        self._httpd: Server | None = None
        self._thread: threading.Thread | None = None
        self._connections: set[socket.socket] = set()
        self._connections_opened = 0
        self.reset()

    def reset(self) -> None:
        """Restore the seeded conversations; clear faults, latency, close_connections, the log,
        the write counts and the extras accepted.

        Imported conversations, external ids and upload keys are forgotten too, and the
        upload keys and import ids start their sequences again.
        """
        store = _data.load(self._seed)  # outside the lock: requests need not wait for it
        with self._lock:
            self._store = store
            self._faults: deque[Reply] = deque()
            self._random_faults: tuple[float, list[Reply], random.Random] | None = None
            self._drops = 0
            self._requests: list[RecordedRequest] = []
            self._extras = NO_EXTRAS
            self.latency: float = 0.0
            self.close_connections: bool = False

    def start(self) -> Self:
        """Start serving on a background thread."""
        if self._httpd is not None:
            raise RuntimeError("the stand-in is already running")
        self._stopping.clear()
        self._httpd = httpd = Server(self, *self._address)
        self._thread = threading.Thread(
            target=httpd.serve_forever,
            args=(_POLL_INTERVAL,),
            name="attention-standin",
            daemon=True,
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Close the listening socket and every open connection; join the threads."""
        if self._httpd is None or self._thread is None:
            return
        self._stopping.set()
        self._httpd.shutdown()
        self._thread.join()
        with self._lock:
            open_sockets = list(self._connections)
        for sock in open_sockets:  # wakes handlers waiting for a next keep-alive request
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
        for handler in self._httpd.handler_threads:
            handler.join(timeout=5)
        self._httpd.server_close()
        self._httpd = self._thread = None

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def __repr__(self) -> str:
        return f"AttentionStandIn({f'base_url={self.base_url!r}' if self._httpd else 'stopped'})"

    @property
    def port(self) -> int:
        """The port it listens on."""
        return int(self._running().server_address[1])

    @property
    def base_url(self) -> str:
        """The API root, like https://api.attention.tech/v2."""
        host = str(self._running().server_address[0])
        return f"http://{f'[{host}]' if ':' in host else host}:{self.port}/v2"

    @property
    def requests(self) -> list[RecordedRequest]:
        """Every request received since the start or the last reset(), in order."""
        with self._lock:
            return list(self._requests)

    @property
    def connections_opened(self) -> int:
        """TCP connections accepted so far."""
        with self._lock:
            return self._connections_opened

    @property
    def open_connections(self) -> int:
        """Connections open right now, on the server side."""
        with self._lock:
            return len(self._connections)

    def conversation(self, conversation_id: str) -> dict[str, Any]:
        """A copy of the stored conversation; KeyError if there is none with this id."""
        with self._lock:
            return copy.deepcopy(self._store.conversations[conversation_id])

    def add_conversations(self, conversations: Iterable[dict[str, Any]]) -> None:
        """Add conversations (one with an id already there replaces it) until the next reset().

        For data a single test needs; each is a JSON-serialisable dict with a string "id",
        shaped like GET /conversations/{id}'s answer.
        """
        added = _data.load(_data.seed(conversations)).conversations  # validated, and copied
        with self._lock:
            self._store.conversations.update(added)

    def writes(self, conversation_id: str) -> int:
        """How many changes were applied to this conversation since the start or reset().

        A change is a 200 from a route that changes a conversation (PUT and DELETE on
        /conversations/{id}..., counted even when nothing differs afterwards) or the
        import that created it; reads, injected faults, 400s and 404s count nothing.
        An id never written, or unknown, gives 0. For proving that a job wrote each
        conversation exactly once.
        """
        with self._lock:
            return self._store.writes[conversation_id]

    def write_counts(self) -> dict[str, int]:
        """writes() for every conversation written at least once, as a new dict."""
        with self._lock:
            return dict(self._store.writes)

    def conversation_ids(self) -> list[str]:
        """Every conversation's id, in the order GET /conversations/list gives them unfiltered.

        Newest createdAt first, ties by id; archived and imported conversations included.
        """
        with self._lock:
            return [c["id"] for c in ordered(self._store.conversations.values())]

    def fail_next(
        self,
        count: int,
        status: int,
        *,
        retry_after: str | int | None = None,
        headers: Mapping[str, str] | None = None,
        body: bytes | None = None,
    ) -> None:
        """Answer the next count requests with this error status, before checking the key."""
        if count < 0:
            raise ValueError("count must be >= 0")
        reply = fault(status, retry_after, headers, body)
        with self._lock:
            self._faults.extend([reply] * count)

    def fail_randomly(
        self,
        rate: float,
        statuses: Iterable[int],
        *,
        retry_after: str | int | None = None,
        headers: Mapping[str, str] | None = None,
        seed: int = 0,
    ) -> None:
        """From now on, answer each request with one of statuses with probability rate.

        The choice is seeded, so a run is repeatable for one order of requests. A rate of
        0 turns it off. Queued fail_next faults and drops still come first.
        """
        if not 0 <= rate <= 1:
            raise ValueError("rate must be between 0 and 1")
        replies = [fault(status, retry_after, headers, None) for status in statuses]
        if rate and not replies:
            raise ValueError("statuses must name at least one status")
        with self._lock:
            self._random_faults = (rate, replies, random.Random(seed))

    def accept_extra(self, *, query: Iterable[str] = (), body: Iterable[str] = ()) -> None:
        """Accept these query parameters and body fields beyond the spec, until reset().

        The stand-in refuses, with a 400 naming it, any query parameter or body field that
        the spec does not declare for the operation called, as the live API may not
        understand it either. To test a call that sends one on purpose (a parameter the
        SDK does not cover yet, through a method's extra_query= or extra_body=, or
        client.request(params=..., json=...)), name it here:
        ``server.accept_extra(query=["withFoo"], body=["bar"])``. Names only (``body``
        names fields at the top level of a JSON object body; a body of accepted fields
        alone may go to an operation that declares none), on every route;
        each call adds to the names accepted before. Accepted extras are recorded in
        ``requests`` like the rest, and otherwise ignored: the routes behave as if they
        had not been sent. A name the spec declares is checked as the spec says.
        """
        if isinstance(query, str) or isinstance(body, str):
            raise TypeError('query and body are lists of names, such as query=["withFoo"]')
        names = (frozenset(query), frozenset(body))
        if not all(isinstance(name, str) and name for group in names for name in group):
            raise ValueError("every extra must be a non-empty name")
        with self._lock:
            extras = self._extras
            self._extras = Extras(extras.query | names[0], extras.body | names[1])

    def drop_next(self, count: int = 1) -> None:
        """Read the next count requests, then close their connection without answering."""
        if count < 0:
            raise ValueError("count must be >= 0")
        with self._lock:
            self._drops += count

    def _running(self) -> Server:
        if self._httpd is None:
            raise RuntimeError("the stand-in is not running: call start() or use `with`")
        return self._httpd

    def _connection_opened(self, sock: socket.socket) -> None:
        with self._lock:
            self._connections_opened += 1
            self._connections.add(sock)

    def _connection_closed(self, sock: socket.socket) -> None:
        with self._lock:
            self._connections.discard(sock)

    def _respond(self, request: RecordedRequest, authorization: str | None) -> Reply | None:
        """The reply to a request, or None to drop the connection without one."""
        with self._lock:
            self._requests.append(request)
        if (latency := self.latency) and self._stopping.wait(latency):
            return None  # stop() came first: close instead of answering
        with self._lock:
            if self._drops:
                self._drops -= 1
                return None
            if self._faults:
                return self._faults.popleft()
            if self._random_faults is not None:
                rate, replies, rng = self._random_faults
                if rng.random() < rate:
                    return rng.choice(replies)
        if authorization not in (self._api_key, f"Bearer {self._api_key}"):
            return error(401, "Authentication failed: a valid API key is required", "unauthorized")
        with self._lock:  # one request's change at a time, and no reader sees half of one
            return _ROUTER.dispatch(
                self._store, request.method, request.path, request.body, self._extras
            )
