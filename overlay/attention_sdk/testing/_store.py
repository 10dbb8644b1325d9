"""The stand-in's state: a collection of items per item schema of the spec (_plan.py), what
hooks keep of their own, and the write counts.

Seeding, the stand-in's own choice (the spec's examples are the docs'):
- A collection starts with its item schema's ``example``, as documented, then generated
  items, SEEDED in all: enough that a list has several pages at a small size. Without an
  example, items start from a minimal instance of the schema (_instances.build_example).
- A generated item is the example with a new id (UUID-shaped where the example's is a
  UUID, else the example's id numbered: ``sc-uuid-123-0002``), and, at its top level and
  in ``attributes``, every string with a space numbered (``Discovery call 2``) and every
  email address tagged (``ana+2@acme.example``); the rest is the example's, so an item
  keeps its schema. Items with no id key are numbered by the stand-in (``team-member-3``).
- A nested collection is seeded under the first CHILDREN_OF items of its parent; a field
  of a child that holds the parent example's id holds its own parent's id instead.
- A hook may seed a collection itself (the conversations, in _conversations.py).

The whole state is kept as JSON bytes between resets: json.loads makes a fresh copy
several times faster than copy.deepcopy.
"""

from __future__ import annotations

import copy
import json
import re
import uuid
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from ._instances import build_example
from ._plan import Collection, Plan

__all__ = ["CHILDREN_OF", "SEEDED", "Seeder", "Store", "fresh_id", "load", "new_item", "seed"]

SEEDED = 25
CHILDREN_OF = 2
_NAMESPACE = "https://stand-in.invalid/"
Item = dict[str, Any]


@dataclass
class Store:
    """Everything a route may read or change; the stand-in holds its lock while one does."""

    # item schema -> parent id ("" for items with no parent) -> id -> item
    collections: dict[str, dict[str, dict[str, Item]]]
    state: dict[str, Any] = field(default_factory=dict)  # hooks' own, JSON
    sequences: Counter[str] = field(default_factory=Counter)  # numbers handed out, by name
    writes: Counter[str] = field(default_factory=Counter)  # 2xx changes, by item id

    def group(self, name: str, parent: str = "") -> dict[str, Item]:
        """The items of a collection under one parent (created empty when missing)."""
        return self.collections.setdefault(name, {}).setdefault(parent, {})

    def find(self, name: str, item_id: str, parent: str | None = None) -> Item | None:
        """An item by id, under parent, or under any parent when parent is None."""
        groups = self.collections.get(name, {})
        if parent is not None:
            return groups.get(parent, {}).get(item_id)
        return next((group[item_id] for group in groups.values() if item_id in group), None)

    def ids(self, name: str, parent: str | None = None) -> list[str]:
        """The ids of a collection's items, under parent or all of them, in order."""
        groups = self.collections.get(name, {})
        if parent is not None:
            return list(groups.get(parent, {}))
        return [item_id for group in groups.values() for item_id in group]


Seeder = Callable[[Store], None]


def encode(store: Store) -> bytes:
    """The store as JSON, writes left out (a fresh store has none)."""
    state = {"collections": store.collections, "state": store.state, "sequences": store.sequences}
    return json.dumps(state).encode()


def load(seed: bytes) -> Store:
    """A fresh Store from seed()."""
    state = json.loads(seed)
    return Store(state["collections"], state["state"], Counter(state["sequences"]))


def seed(plan: Plan, seeders: Mapping[str, Seeder]) -> bytes:
    """The starting state: each collection seeded (see the module's doc), parents first;
    a collection named in seeders is seeded by it instead."""
    store = Store({})
    for name, collection in plan.collections.items():
        store.collections[name] = {}
        if name in seeders:
            seeders[name](store)
            continue
        parents = [""] if collection.flat else []
        if collection.parent is not None:
            parents += store.ids(collection.parent)[:CHILDREN_OF]
        for number, parent in enumerate(p for p in parents for _ in range(SEEDED)):
            new_item(store, plan, collection, parent, first=number == 0, vary=number > 0)
    return encode(store)


def _kebab(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "-", name).lower()


def _numbered(collection: Collection, base: str, number: int) -> str:
    if collection.key is None or not base:
        return f"{_kebab(collection.name)}-{number}"
    try:
        uuid.UUID(base)
    except ValueError:
        return f"{base}-{number:04d}"
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"{_NAMESPACE}{collection.name}/{number}"))


def _varied(text: str, number: int) -> str:
    if "@" in text and not any(c.isspace() for c in text):
        local, _, domain = text.partition("@")
        return f"{local}+{number}@{domain}"
    return f"{text} {number}" if any(c.isspace() for c in text) else text


def _levels(item: Item) -> list[Item]:
    """The objects whose strings seeding varies: the item and its attributes."""
    attributes = item.get("attributes")
    return [item, attributes] if isinstance(attributes, dict) else [item]


def fresh_id(store: Store, collection: Collection, base: str = "") -> tuple[str, int]:
    """The next id of collection that none of its items has, and its number."""
    while True:
        store.sequences[collection.name] += 1
        number = store.sequences[collection.name]
        item_id = _numbered(collection, base, number)
        if store.find(collection.name, item_id) is None:
            return item_id, number


def template(plan: Plan, collection: Collection) -> Item:
    """A copy of what a new item of collection starts from: the example, or a minimal one."""
    built = build_example(collection.schema, plan.schemas)
    return built if isinstance(built, dict) else {}


def new_item(
    store: Store,
    plan: Plan,
    collection: Collection,
    parent: str,
    *,
    first: bool = False,
    vary: bool = False,
) -> tuple[str, Item]:
    """Add a new item to collection under parent, made from its template: with a fresh
    id (the first seeded keeps the example's), varied if asked (see the module's doc),
    and naming its parent where the template names the parent example. Returns its id
    and the item."""
    item = template(plan, collection)
    key = collection.key
    base = item.get(key) if key is not None else None
    base = base if isinstance(base, str) else ""
    group = store.group(collection.name, parent)
    if not first or not base or store.find(collection.name, base) is not None:
        item_id, number = fresh_id(store, collection, base)
        if vary:
            for level in _levels(item):
                for name, value in level.items():
                    if isinstance(value, str) and name != key:
                        level[name] = _varied(value, number)
    else:
        item_id = base
    if key is not None:
        item[key] = item_id
    if parent and collection.parent is not None:
        _name_parent(plan, plan.collections[collection.parent], item, parent)
    group[item_id] = item
    return item_id, item


def _name_parent(plan: Plan, parent: Collection, item: Item, parent_id: str) -> None:
    if parent.key is None:
        return
    example_id = template(plan, parent).get(parent.key)
    if not isinstance(example_id, str) or not example_id:
        return
    for level in _levels(item):
        for name, value in level.items():
            if value == example_id:
                level[name] = parent_id


def copied(item: Item) -> Item:
    """A deep copy, for what leaves the store."""
    return copy.deepcopy(item)
