"""What the retry loop did, read from its documented log: attempts (DEBUG) and waits (INFO).

Tests run clients with ``RetryPolicy.instant()`` (public: retries at once, waits still
computed and logged), so nothing sleeps and no private attribute is patched; the waits
the loop decided on are read back from its INFO lines ("retrying PUT /v2/... in 1.00 s").
"""

from __future__ import annotations

import logging
from types import TracebackType
from typing import Self

_LOGGER = logging.getLogger("attention_sdk")
_attached: list[RetryLog] = []


class RetryLog(logging.Handler):
    """A handler on the attention_sdk logger that counts attempts and records waits."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.attempts = 0
        self.waits: list[float] = []
        self._level = _LOGGER.level

    def emit(self, record: logging.LogRecord) -> None:
        if record.msg.startswith("retrying ") and isinstance(record.args, tuple):
            self.waits.append(float(record.args[2]))  # type: ignore[arg-type]
        elif "(attempt " in record.msg:
            self.attempts += 1

    def attach(self) -> Self:
        self._level = _LOGGER.level
        _LOGGER.addHandler(self)
        _LOGGER.setLevel(logging.DEBUG)
        _attached.append(self)
        return self

    def detach(self) -> None:
        if self in _attached:
            _attached.remove(self)
            _LOGGER.removeHandler(self)
            _LOGGER.setLevel(self._level if not _attached else logging.DEBUG)

    def __enter__(self) -> Self:
        return self.attach()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.detach()


def detach_all() -> None:
    """Detach every log a test left attached (tests/conftest.py calls it after each test)."""
    for log in reversed(list(_attached)):
        log.detach()
