"""List conversations across pages, then relabel and rename a few, before and after.

    python examples/relabel_conversations.py [--title TEXT] [--pages N] [--yes]

The key and base URL come from ATTENTION_API_KEY and ATTENTION_BASE_URL. It lists the
conversations (those whose title contains TEXT, with --title) 5 to a page, N pages at
most, then updates the first 3: the label synced_by=attention-sdk is added to the labels
they have, and " (synced)" to their titles. Nothing is changed without --yes or a "y"
typed at the prompt; with no terminal to ask on, nothing is changed.

`make demo` runs it on the built-in stand-in (--title Acme --yes); `make demo LIVE=1`
runs it on the live API, without --yes.
"""

from __future__ import annotations

import argparse
import sys

from attention_sdk import Attention, AttentionError, Conversation

PAGE_SIZE = 5
TO_CHANGE = 3
LABEL = {"synced_by": "attention-sdk"}
SUFFIX = " (synced)"


def title_of(conversation: Conversation) -> str:
    return conversation.attributes.title or ""  # None when the API sent no title


def labels_of(conversation: Conversation) -> dict[str, str]:
    labels = conversation.attributes.labels
    return labels.to_dict() if labels else {}


def row(conversation: Conversation) -> str:
    labels = ", ".join(f"{k}={v}" for k, v in labels_of(conversation).items())
    return f"  {conversation.id:<14} {title_of(conversation):<38} {labels or '-'}"


def confirm(question: str) -> bool:
    """A "y" typed at a terminal; anything else, or no terminal at all, is a no."""
    if not sys.stdin.isatty():
        print("No terminal to ask on, so nothing was changed.")
        return False
    try:
        return input(f"{question} [y/N] ").strip().lower() in ("y", "yes")
    except EOFError:
        return False


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--title", help="only conversations whose title contains this")
    parser.add_argument("--pages", type=int, default=2, help="list at most N pages (2)")
    parser.add_argument("--yes", action="store_true", help="change them without asking")
    args = parser.parse_args()
    try:
        with Attention() as client:  # the key and base URL come from the environment
            print(f"Using {client.base_url}")
            matching = f" whose title contains {args.title!r}" if args.title else ""
            print(f"Conversations{matching}, {PAGE_SIZE} to a page:")
            first = client.conversations.list(size=PAGE_SIZE, filter_title=args.title)
            found: list[Conversation] = []
            for page in first.iter_pages():  # each next page is fetched when the loop needs it
                print(f" page {page.number}")
                for conversation in page.items:
                    print(row(conversation))
                found += page.items
                if page.number >= args.pages:
                    break

            chosen = found[:TO_CHANGE]
            if not chosen:
                print("Nothing to change.")
                return 0
            print("Before:")
            for conversation in chosen:
                print(row(conversation))
            if not (args.yes or confirm(f"Change these {len(chosen)} conversations?")):
                return 0
            print("After:")
            for conversation in chosen:
                title = title_of(conversation)
                updated = client.conversations.update(
                    conversation.id,
                    title=title if title.endswith(SUFFIX) else title + SUFFIX,
                    labels={**labels_of(conversation), **LABEL},  # keep the labels it has
                )
                print(row(updated))
    except AttentionError as exc:
        print(f"Failed: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
