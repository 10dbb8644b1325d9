"""Keeping the API key out of every string an error, a log line or a repr can carry.

A server (or a proxy) may echo the key back: in a body as it was sent, JSON-escaped
(``\\/`` for ``/``, ``\\u0041`` for any character), in the reason phrase, or an HTTP
library may quote the header in its own error text. Each of these is redacted here.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

REDACTED = "[redacted]"


@lru_cache(maxsize=8)
def _pattern(secret: str) -> re.Pattern[str]:
    # Each character as itself or as a JSON \\uXXXX escape (either case of hex), and the
    # three visible characters JSON also escapes by a backslash: the forms json.dumps and
    # other encoders write.
    def one(char: str) -> str:
        forms = [re.escape(char), rf"\\u(?i:{ord(char):04x})"]
        if char in '/"\\':
            forms.append(re.escape("\\" + char))
        return f"(?:{'|'.join(forms)})"

    return re.compile("".join(one(char) for char in secret))


def redact(text: str, secret: str) -> str:
    """``text`` with every occurrence of ``secret``, in any of the echoed forms, replaced."""
    if not secret or not text:
        return text
    if secret in text or "\\" in text:
        return _pattern(secret).sub(REDACTED, text)
    return text


def redact_json(value: Any, secret: str) -> Any:
    """A decoded JSON value with the secret redacted from every string in it, keys included."""
    if isinstance(value, str):
        return value.replace(secret, REDACTED) if secret and secret in value else value
    if isinstance(value, list):
        return [redact_json(item, secret) for item in value]
    if isinstance(value, dict):
        return {redact_json(k, secret): redact_json(v, secret) for k, v in value.items()}
    return value


def redact_exception(error: BaseException, secret: str) -> None:
    """Redact the string arguments of an exception and of every cause chained to it.

    Used on the httpx errors that become the causes of our connection errors: their text
    can quote the Authorization header.
    """
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        current.args = tuple(
            redact(arg, secret) if isinstance(arg, str) else arg for arg in current.args
        )
        current = current.__cause__ or current.__context__
