"""Changing what you walk: the README's "collect the ids first", proven on the stand-in.

A walk asks for page after page of one filter. A change that takes a conversation out of
the filter shifts the later ones up, and the next page starts past some never seen: the
README says a rename loop over 9 matches once renamed 6. Both the hazard and the way
around it are held here, so neither claim can go stale.
"""

from __future__ import annotations

from attention_sdk import Attention
from attention_sdk.testing import AttentionStandIn

FILTER = "Acme"  # 8 generated conversations and the docs' "Q1 Deal Review - Acme Corp"


def _renamed(server: AttentionStandIn) -> dict[str, int]:
    return server.write_counts()


def test_renaming_while_walking_skips_conversations(
    attention_client: Attention, attention_standin: AttentionStandIn
) -> None:
    matching = len(list(attention_client.conversations.list(filter_title=FILTER)))
    assert matching == 9
    for conv in attention_client.conversations.list(filter_title=FILTER, size=3):
        attention_client.conversations.update_title(conv.id, title="Renewed")
    assert len(_renamed(attention_standin)) == 6  # 3 of the 9 were never seen


def test_collecting_the_ids_first_changes_every_match_once(
    attention_client: Attention, attention_standin: AttentionStandIn
) -> None:
    ids = [conv.id for conv in attention_client.conversations.list(filter_title=FILTER, size=3)]
    for conversation_id in ids:
        attention_client.conversations.update_title(conversation_id, title="Renewed")
    assert sorted(_renamed(attention_standin)) == sorted(ids)
    assert set(_renamed(attention_standin).values()) == {1}
    assert len(ids) == 9
    assert list(attention_client.conversations.list(filter_title=FILTER)) == []
