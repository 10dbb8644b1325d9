"""Rename and relabel one conversation, and show it before and after.

    ATTENTION_API_KEY=... ATTENTION_CONVERSATION_ID=... python examples/update_conversation.py

`make demo` runs this against the built-in stand-in when no key is set.
"""

from __future__ import annotations

import os
import sys

from attention_sdk import Attention, AttentionError, Conversation


def show(label: str, conversation: Conversation) -> None:
    attributes = conversation.attributes
    print(f"{label}:")
    print(f"  id:     {conversation.id}")
    print(f"  title:  {attributes.title}")
    print(f"  labels: {dict(attributes.labels)}")  # empty when the API sent none


def main() -> int:
    conversation_id = os.environ.get("ATTENTION_CONVERSATION_ID")
    if not conversation_id:
        print("Set ATTENTION_CONVERSATION_ID to the conversation to update.", file=sys.stderr)
        return 2
    title = os.environ.get("ATTENTION_DEMO_TITLE", "Q4 review (synced by attention-sdk)")
    try:
        with Attention() as client:  # the key and base URL come from the environment
            print(f"Using {client.base_url}")
            show("Before", client.conversations.retrieve(conversation_id))
            updated = client.conversations.update(
                conversation_id, title=title, labels={"synced_by": "attention-sdk"}
            )
            show("After", updated)
    except AttentionError as exc:
        print(f"Failed: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
