"""vcrpy settings for cassettes recorded against the stand-in (vcrpy is not a dependency)."""

from __future__ import annotations

from typing import Any


def vcr_config(*, record_mode: str = "once") -> dict[str, Any]:
    """Options for ``vcr.VCR(**vcr_config())``, or for pytest-recording's ``vcr_config``
    fixture, that make a cassette recorded against the stand-in replay on a later run.

    - Requests match on method, scheme, host, path, query and body, but not on the port,
      which a stand-in started with port 0 picks afresh on every run.
    - The Authorization header, which carries the key, is never written to a cassette.
    - ``record_mode="once"`` records a cassette that does not exist yet and replays one
      that does; ``"none"`` (for CI) fails any request that is not in the cassette.
    """
    return {
        "match_on": ("method", "scheme", "host", "path", "query", "body"),
        "filter_headers": ["authorization"],
        "decode_compressed_response": True,
        "record_mode": record_mode,
    }
