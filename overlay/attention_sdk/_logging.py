"""The `attention_sdk` logger. ATTENTION_LOG=debug (or info) turns it on without code."""

from __future__ import annotations

import logging
import os

from ._config import LOG_ENV

logger = logging.getLogger("attention_sdk")


def configure_from_env() -> None:
    """Honour ATTENTION_LOG once, at import; an app's own logging config still wins."""
    level = os.environ.get(LOG_ENV, "").strip().upper()
    if level not in ("DEBUG", "INFO") or logger.handlers:
        return
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(level)
