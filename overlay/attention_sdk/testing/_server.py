"""An in-memory stand-in of the Attention REST API v2, served over HTTP on loopback.

It lets users and the SDK's own tests exercise a client offline through real sockets, so
keep-alive, retries, timeouts and error handling meet real HTTP, and faults (error statuses,
dropped or closed connections, latency) can be injected on demand.

Where each rule comes from (openapi/attention.yaml, written from the public docs):
- Every operation of the spec is served, under /v2 (_routes.py): by the generic engine,
  which reads from the spec what each does to which collection (_plan.py, _engine.py,
  _store.py), or by a hook named by its operationId where the spec cannot say
  (_conversations.py, with the list's rules in _listing.py and the seeded conversations
  in _data.py).
- Every request is checked against the spec the package carries (data/openapi.json, which
  make gen writes from openapi/attention.yaml; see _validate.py): a query parameter or body
  field the spec does not declare, a malformed value, or a body that breaks its schema is
  a 400 naming it. How the live API treats what it does not declare is not documented,
  so the stand-in refuses it rather than answer as if it understood; a test can accept
  named extras (accept_extra).
- Authorization is "Bearer <key>" (the authentication guide) or the raw key (the example on
  each endpoint's page), so both are accepted, on every route.
- 429 and 5xx answers may carry Retry-After (TooManyRequests); fail_next() can send it.
- No rate limit is documented (no numbers, no Retry-After, no rate-limit headers), so
  rate_limit() is the stand-in's own: a token bucket over every route (_ratelimit.py),
  off unless a test turns it on.

The order in which a request is answered is the stand-in's own: it is recorded, then waits
out the latency, then meets any injected drop or fault (before the key is checked, so a
fault can stand for a proxy in front of the API), then the key is checked (401 before any
404), then the rate limit, if on, takes a token or answers 429 (after the key, as an API
gateway limits a caller it has identified, so a request with a wrong key is a 401 and
takes no token; before routing, so a 404, 405 or 400 takes one as a 200 does), then the
route is resolved and the request checked (_routes.py says in which order). A 429 of the
limit changes nothing and counts no write; like every request, it is recorded.
The docs show no error bodies: every error body here ({"message": ..., "code": ...}) is the
stand-in's own choice, shaped to fit the spec's tolerant Error schema.
"""

from __future__ import annotations

import contextlib
import copy
import json
import random
import socket
import threading
import time
from collections import deque
from collections.abc import Iterable, Mapping
from functools import cache
from typing import Any, Self

from .._hosts import is_loopback
from . import _data
from ._conversations import CONVERSATION, HOOKS, PARAMS, conversations, seeder
from ._http import Server
from ._listing import ordered
from ._messages import RecordedRequest, Reply, error, fault
from ._plan import Collection, read_plan
from ._ratelimit import Clock, RetryAfter, TokenBucket
from ._routes import Router
from ._store import fresh_id, load, seed
from ._validate import NO_EXTRAS, Extras, load_operations, spec_document, spec_operations

__all__ = ["DEFAULT_API_KEY", "AttentionStandIn", "RecordedRequest"]

DEFAULT_API_KEY = "stand-in-key"
_POLL_INTERVAL = 0.05  # the longest stop() waits for serve_forever() to notice


@cache
def _shipped() -> tuple[Router, bytes]:
    """The router of the spec the package carries, and its default seed: made once."""
    plan = read_plan(spec_document())
    router = Router(plan, spec_operations(), HOOKS)
    return router, seed(plan, {CONVERSATION: seeder()})


def _router_and_seed(
    spec: Mapping[str, Any] | None, given: Iterable[dict[str, Any]] | None
) -> tuple[Router, bytes]:
    if spec is None and given is None:
        return _shipped()
    if spec is None:
        router = _shipped()[0]
    else:  # the hooks of the operations it has
        plan = read_plan(spec)
        hooks = {name: hook for name, hook in HOOKS.items() if name in plan.ids}
        router = Router(plan, load_operations(spec), hooks)
    seeders = {}
    if CONVERSATION in router.plan.collections:
        seeders[CONVERSATION] = seeder(given)  # ValueError for an id that is not a str
    elif given is not None:
        raise ValueError(f"the spec has no {CONVERSATION} collection to put conversations in")
    return router, seed(router.plan, seeders)


class AttentionStandIn:
    """The Attention API, in memory, on a loopback HTTP server: every operation of the
    spec the package carries (or of the spec given, an OpenAPI document as a dict).

    Its conversations are the docs' two examples and 120 generated ones (conv-0001 to
    conv-0120, imported as ext-0001 to ext-0120), or only the conversations given (each a
    JSON-serialisable dict with a string "id"). Every other collection (one per item
    schema of the spec: Label, Scorecard, ...) starts with its schema's example and
    generated items, 25 in all, and nested ones (a scorecard's items) under their first
    two parents: ids(), item() and add_items() read and add to them.

    It answers only what the spec declares: an unknown query parameter or body field, or
    a malformed value, is a 400 naming it. accept_extra() lets a test send named extras.

    latency (seconds to wait before each answer) and close_connections (answer with
    "Connection: close", then close) are plain attributes: a single assignment is atomic,
    so they may be set at any time from any thread. rate_limit() puts a token-bucket
    limit over every route (a 429 with Retry-After beyond it); throttled and allowed
    count what it did.
    """

    def __init__(
        self,
        api_key: str = DEFAULT_API_KEY,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        conversations: Iterable[dict[str, Any]] | None = None,
        spec: Mapping[str, Any] | None = None,
    ) -> None:
        if not api_key:
            raise ValueError("api_key must not be empty")
        if not is_loopback(host):  # a well-known key and no TLS: never face a network
            raise ValueError(f"host must be a loopback address, not {host!r}")
        # ValueError for a conversation id that is not a str; SpecError (a ValueError) for
        # a spec the stand-in cannot serve.
        self._router, self._seed = _router_and_seed(spec, conversations)
        self._api_key, self._address = api_key, (host, port)
        self._lock = threading.Lock()
        self._stopping = threading.Event()  # cuts latency sleeps short on stop()
        self._httpd: Server | None = None
        self._thread: threading.Thread | None = None
        self._connections: set[socket.socket] = set()
        self._connections_opened = 0
        self.reset()

    def reset(self) -> None:
        """Restore the seeded data; clear faults, latency, close_connections, the log, the
        write counts and the extras accepted; turn the rate limit off and zero its counts.

        Imported conversations, external ids, upload keys and created items are forgotten
        too, and every sequence of ids starts again.
        """
        store = load(self._seed)  # outside the lock: requests need not wait for it
        with self._lock:
            self._store = store
            self._faults: deque[Reply] = deque()
            self._random_faults: tuple[float, list[Reply], random.Random] | None = None
            self._drops = 0
            self._requests: list[RecordedRequest] = []
            self._extras = NO_EXTRAS
            self._bucket: TokenBucket | None = None
            self._throttled = self._allowed = 0
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
            return copy.deepcopy(conversations(self._store)[conversation_id])

    def add_conversations(self, conversations: Iterable[dict[str, Any]]) -> None:
        """Add conversations (one with an id already there replaces it) until the next reset().

        For data a single test needs; each is a JSON-serialisable dict with a string "id",
        shaped like GET /conversations/{id}'s answer.
        """
        added = json.loads(_data.seed(conversations))["conversations"]  # checked, and copied
        with self._lock:
            self._store.group(CONVERSATION).update(added)

    def writes(self, item_id: str) -> int:
        """How many changes were applied to the item with this id since the start or reset().

        A change is a 2xx of an update or a delete of the item, of an action on it other
        than GET (PUT and DELETE on /conversations/{id}..., POST
        /knowledge-base/sources/{sourceId}/confirm-upload), counted even when nothing
        differs afterwards, or of the create (or import) that made it; reads, injected
        faults, 400s and 404s count nothing. An id never written, or unknown, gives 0.
        For proving that a job wrote each item exactly once.
        """
        with self._lock:
            return self._store.writes[item_id]

    def write_counts(self) -> dict[str, int]:
        """writes() for every item written at least once, as a new dict."""
        with self._lock:
            return dict(self._store.writes)

    def conversation_ids(self) -> list[str]:
        """Every conversation's id, in the order GET /conversations/list gives them unfiltered.

        Newest createdAt first, ties by id; archived and imported conversations included.
        """
        with self._lock:
            return [c["id"] for c in ordered(conversations(self._store).values())]

    @property
    def collections(self) -> list[str]:
        """The name of each collection: the item schemas of the spec's lists, retrieves,
        updates and deletes (Conversation, Label, ...), parents before children."""
        return list(self._router.plan.collections)

    def ids(self, schema: str, parent: str | None = None) -> list[str]:
        """The ids of a collection's items, in the order lists give them: the children of
        the item parent names (in a nested collection), or every item when parent is None.

        schema is the item schema's name (a collection); KeyError for one that is not.
        The id is the item's ``id``, else its ``uuid``; items with neither have ids of the
        stand-in's own (``team-member-3``). Conversations are listed newest first:
        conversation_ids() gives that order.
        """
        self._collection(schema)
        with self._lock:
            return self._store.ids(schema, parent)

    def item(self, schema: str, item_id: str, parent: str | None = None) -> dict[str, Any]:
        """A copy of an item of a collection (under parent, or under any); KeyError if
        there is none."""
        self._collection(schema)
        with self._lock:
            found = self._store.find(schema, item_id, parent)
            if found is None:
                raise KeyError(item_id)
            return copy.deepcopy(found)

    def add_items(
        self, schema: str, items: Iterable[dict[str, Any]], parent: str | None = None
    ) -> list[str]:
        """Add items to a collection (one with an id already there replaces it), under
        parent in a nested collection, until the next reset(); returns their ids.

        Each is a JSON-serialisable dict shaped like the schema (it is not checked), with a
        string id key where the schema has one (``id``, else ``uuid``): ValueError
        otherwise; items of a schema with neither get ids of the stand-in's own.
        """
        collection = self._collection(schema)
        key = collection.key
        added = json.loads(json.dumps(list(items)))  # copied, and JSON
        if key is not None and not all(isinstance(item.get(key), str) for item in added):
            raise ValueError(f"every {schema} needs a string {key!r}")
        with self._lock:
            group = self._store.group(schema, parent or "")
            ids = [item[key] if key else fresh_id(self._store, collection)[0] for item in added]
            group.update(zip(ids, added, strict=True))
            return ids

    def example_path(self, operation_id: str) -> str:
        """A path of the operation (with the /v2 prefix), its parameters naming items that
        exist now: the first of each collection (under the item before it), or, where a
        parameter names no collection, a value a hook keeps (the first external id).

        For tests that call every operation; KeyError for an unknown operationId.
        """
        with self._lock:
            return self._router.example_path(self._store, operation_id, PARAMS.get(operation_id))

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

    def rate_limit(
        self,
        rate: float | None,
        *,
        burst: int | None = None,
        retry_after: RetryAfter = 1,
        headers: Mapping[str, str] | None = None,
        clock: Clock = time.monotonic,
    ) -> None:
        """Limit every route to rate requests a second, with bursts of burst, until
        reset() or rate_limit(None).

        A token bucket over all routes together: it holds burst tokens (default: one
        second's worth, rate rounded up, at least 1), starts full, and refills at rate
        tokens a second. Each request that gets past the faults and the key check takes
        a token; one that finds none is answered 429 with the stand-in's error body
        ({"message": "Rate limit exceeded: ...", "code": "rate_limited"}) and
        ``Retry-After: <retry_after>``: whole seconds (int), a value sent as given (str:
        an HTTP-date, or a malformed value to test a client with), a timezone-aware
        datetime (sent as an HTTP-date), or None for no Retry-After at all. headers adds
        others to each 429. A 429 changes nothing and counts no write; it is recorded in
        requests, and counted in throttled (the requests let through, in allowed).

        clock gives the time in seconds (time.monotonic unless told): a test can pass a
        clock of its own and move it, to check a client against the limit without
        sleeping. Calling it again starts a new, full bucket; the counts go on until
        reset().
        """
        if rate is None and burst is not None:
            raise ValueError("burst needs a rate")
        bucket = None if rate is None else TokenBucket(rate, burst, retry_after, headers, clock)
        with self._lock:
            self._bucket = bucket

    @property
    def throttled(self) -> int:
        """How many requests the rate limit answered 429, since the start or reset()."""
        with self._lock:
            return self._throttled

    @property
    def allowed(self) -> int:
        """How many requests the rate limit let through (each took a token), since the
        start or reset(); requests while no limit is on are not counted."""
        with self._lock:
            return self._allowed

    def drop_next(self, count: int = 1) -> None:
        """Read the next count requests, then close their connection without answering."""
        if count < 0:
            raise ValueError("count must be >= 0")
        with self._lock:
            self._drops += count

    def _collection(self, schema: str) -> Collection:
        try:
            return self._router.plan.collections[schema]
        except KeyError:
            raise KeyError(f"{schema!r} is not a collection of the spec") from None

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
            if (bucket := self._bucket) is not None:
                if not bucket.take():
                    self._throttled += 1
                    return bucket.reply
                self._allowed += 1
            return self._router.dispatch(
                self._store, request.method, request.path, request.body, self._extras
            )
