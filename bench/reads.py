"""What the parse figures read from a parsed conversation: its top, or everything.

"The top-level fields": what the README's Quickstart reads (the id, the title, the
labels), and every other field of a conversation and its attributes that holds a
string, a number, a boolean or a date-time. "Everything": every field of every model,
its unknown keys, every item and map value. The same reads exist for the plain JSON
(the baseline) and for the pydantic peer (context).
"""

from __future__ import annotations

from typing import Any

import attention_client.models
import attrs
from attention_client.models import Conversation, ConversationAttributes

_SCALARS = frozenset({"str", "int", "float", "bool", "datetime.datetime"})


def _scalar_fields(model: type) -> tuple[str, ...]:
    # Public fields only: a model's private ones (a date-time's text, ...) are not read.
    return tuple(
        field.name
        for field in attrs.fields(model)
        if not field.name.startswith("_") and str(field.type).removesuffix(" | None") in _SCALARS
    )


TOP_FIELDS = _scalar_fields(Conversation)
TOP_ATTRIBUTES = (*_scalar_fields(ConversationAttributes), "labels")
TOP_COUNT = len(TOP_FIELDS) + len(TOP_ATTRIBUTES)


def read_top(conversation: Any) -> None:
    for name in TOP_FIELDS:
        getattr(conversation, name)
    attributes = conversation.attributes
    for name in TOP_ATTRIBUTES:
        getattr(attributes, name)


# The public fields of each model class, filled in by register_models.
_FIELDS: dict[type, tuple[str, ...]] = {}


def register_models(package: Any) -> None:
    """Let walk() read the models of a generated package (today's, or --before's)."""
    for name in package.__all__:
        model = getattr(package, name)
        if not attrs.has(model):  # the Literal type of an enum, not a model
            continue
        fields = [field.name for field in attrs.fields(model)]
        _FIELDS[model] = tuple(
            name for name in fields if not name.startswith("_") and name != "additional_properties"
        )


register_models(attention_client.models)


def walk(value: Any) -> None:
    """Read everything: every field of every model, its unknown keys, every item and value."""
    kind = type(value)
    if kind is list:
        for item in value:
            walk(item)
    elif kind is dict:  # a value kept as it came
        for item in value.values():
            walk(item)
    else:
        names = _FIELDS.get(kind)
        if names is not None:
            for name in names:
                walk(getattr(value, name))
            for item in value.additional_properties.values():  # open maps: their entries
                walk(item)


def walk_json(value: Any) -> None:
    """The same walk over the plain JSON: every item, every value."""
    kind = type(value)
    if kind is list:
        for item in value:
            walk_json(item)
    elif kind is dict:
        for item in value.values():
            walk_json(item)


# The pydantic peer: the same fields by its names (ours add "_" to a name like "type").
def peer_top(conversation_model: Any) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The peer's names for TOP_FIELDS and TOP_ATTRIBUTES; every one must exist."""
    attributes_model = conversation_model.model_fields["attributes"].annotation

    def names(ours: tuple[str, ...], model: Any) -> tuple[str, ...]:
        found = tuple(n if n in model.model_fields else n.removesuffix("_") for n in ours)
        missing = [n for n in found if n not in model.model_fields]
        if missing:
            raise LookupError(f"the pydantic peer has no field {missing}")
        return found

    return names(TOP_FIELDS, conversation_model), names(TOP_ATTRIBUTES, attributes_model)


def read_top_peer(conversation: Any, top: tuple[tuple[str, ...], tuple[str, ...]]) -> None:
    fields, attribute_fields = top
    for name in fields:
        getattr(conversation, name)
    attributes = conversation.attributes
    for name in attribute_fields:
        getattr(attributes, name)


def walk_peer(value: Any) -> None:
    """Read everything of a pydantic model: every field, its extra keys, every item."""
    if isinstance(value, list):
        for item in value:
            walk_peer(item)
    elif isinstance(value, dict):
        for item in value.values():
            walk_peer(item)
    else:
        fields = getattr(type(value), "model_fields", None)
        if fields is not None:
            for name in fields:
                walk_peer(getattr(value, name))
            for item in (value.__pydantic_extra__ or {}).values():
                walk_peer(item)
