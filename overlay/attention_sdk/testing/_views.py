"""How a stored conversation is shown: what the query's flags add, leave out or reshape.

None of these flags is on a docs page that could be read; public code sends them, and
the spec declares them as third-party (openapi/attention.yaml, x-third-party-source).
What each does here is the stand-in's reading of its name and of how public code uses
it, kept in one place:

- ``filter[include_internal_participants]``, ``filter[include_zoom_metadata]`` and
  ``filter[include_import_metadata]`` (GET /conversations/{id}) add what the store keeps
  beside the conversation (``Store.extras``): the internal participants, ``zoomMetadata``
  and ``importMetadata`` (close-data-sync found ``applicationName`` there only with the
  flag). A conversation with no extras (the docs' examples, anything added by a test)
  is shown as stored.
- ``detailedTranscript=true`` (retrieve and both lists) shows the transcript as a list
  of segments, ``{speaker: {name}, words: [{text}]}``, the shape attention-mcp reads with
  the flag; without it, the transcript is the stored object (``v1.final[]``, as
  close-data-sync reads it). Which shape the live API sends when is not documented.
- ``filter[hide_transcript]`` (lists) leaves the transcript out.
- On GET /conversations/list only, ``extractedIntelligence`` (and its confirmed twin) is
  left out unless ``withIntelligenceItems=true``, and ``linkedCrmRecords`` unless
  ``withCrmRecords=true``: jskit-ai's docs say that list leaves out some extracted
  intelligence by default. The original list, GET /conversations, shows them always.

The store is never changed: a shown conversation is a copy where it differs.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

Flag = Callable[[str], bool]  # whether a boolean query parameter was given as true


def shown(
    conversation: dict[str, Any],
    extras: Mapping[str, Any] | None,
    flag: Flag,
    *,
    optimized_list: bool = False,
) -> dict[str, Any]:
    """The conversation as a route answers it, given the request's flags."""
    attributes = conversation.get("attributes")
    if not isinstance(attributes, dict):
        return conversation
    changed = dict(attributes)
    extras = extras or {}
    if flag("filter[include_internal_participants]") and "participants" in extras:
        changed["participants"] = [*(attributes.get("participants") or []), *extras["participants"]]
    if flag("filter[include_zoom_metadata]") and "zoomMetadata" in extras:
        changed["zoomMetadata"] = extras["zoomMetadata"]
    if flag("filter[include_import_metadata]") and "importMetadata" in extras:
        own = attributes.get("importMetadata")
        changed["importMetadata"] = {
            **(own if isinstance(own, dict) else {}),
            **extras["importMetadata"],
        }
    if flag("filter[hide_transcript]"):
        changed.pop("transcript", None)
    elif flag("detailedTranscript") and "transcript" in attributes:
        changed["transcript"] = detailed(attributes["transcript"])
    if optimized_list:
        if not flag("withIntelligenceItems"):
            changed.pop("extractedIntelligence", None)
            changed.pop("confirmedExtractedIntelligence", None)
        if not flag("withCrmRecords"):
            changed.pop("linkedCrmRecords", None)
    if changed == attributes:
        return conversation
    return {**conversation, "attributes": changed}


def detailed(transcript: Any) -> Any:
    """The transcript as a list of segments: each sentence of ``v1.final[]`` (or each
    entry of ``v2.final[]``, which has words already) becomes one; ``{}`` becomes ``[]``."""
    if not isinstance(transcript, dict):
        return transcript  # a list already, or null: shown as it is
    segments: list[dict[str, Any]] = []
    for version in ("v1", "v2"):
        form = transcript.get(version)
        final = form.get("final") if isinstance(form, dict) else None
        for entry in final if isinstance(final, list) else []:
            if not isinstance(entry, dict):
                continue
            words = entry.get("words")
            if not isinstance(words, list):
                words = [{"text": text} for text in str(entry.get("sentence", "")).split()]
            segments.append({"speaker": {"name": entry.get("speaker")}, "words": words})
    return segments
