"""Keeping the API key out of every string an error, a log line or a repr can carry.

A server (or a proxy) may echo the key back: in a body as it was sent, JSON-escaped
(``\\/`` for ``/``, ``\\u0041`` for any character), in the reason phrase, or an HTTP
library may quote the header in its own error text. Each of these is redacted here.

How much is redacted depends on the key's length. A key of ``ANYWHERE_FROM`` characters
or more (real keys are JWTs, hundreds of characters) is redacted wherever it appears.
A shorter one (a placeholder, a test key such as ``bul``) would match inside ordinary
words (``bulk-update``) and rewrite them, so it is redacted only where it stands alone:
in free text (an error message, a log line) as a whole token, delimited by whitespace,
quotes or the ends of the text; in a value (``redact_json(..., whole_values=True)``)
only where the whole value equals it.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

REDACTED = "[redacted]"
# The shortest key redacted inside other text. Real keys are far longer; a key this short
# inside a word is far more likely chance than an echo.
ANYWHERE_FROM = 8


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

    body = "".join(one(char) for char in secret)
    if len(secret) >= ANYWHERE_FROM:
        return re.compile(body)
    # A whole token: after the start, whitespace or a quote; before the end, whitespace,
    # a quote, or an escaped quote (the key as a string inside JSON that was itself quoted).
    return re.compile(rf"(?<![^\s\"']){body}(?=$|[\s\"']|\\[\"'])")


def redact(text: str, secret: str) -> str:
    """Free text with the secret replaced, in any of its echoed forms: everywhere, or for a
    short secret (see the module's docstring) where it is a whole token."""
    if not secret or not text:
        return text
    if secret in text or "\\" in text:
        return _pattern(secret).sub(REDACTED, text)
    return text


def redact_json(value: Any, secret: str, *, whole_values: bool = False) -> Any:
    """A decoded JSON value with the secret redacted from every string in it, keys included.

    Each string is free text (``redact``), as in an error body; with ``whole_values``, each
    is a value, as in a conversation printed by the command line: then a short secret is
    redacted only from a string that is exactly it, so that no title or label is rewritten.
    """
    if isinstance(value, str):
        if whole_values and len(secret) < ANYWHERE_FROM:
            return REDACTED if secret and value == secret else value
        return redact(value, secret)
    if isinstance(value, list):
        return [redact_json(item, secret, whole_values=whole_values) for item in value]
    if isinstance(value, dict):
        return {
            redact_json(k, secret, whole_values=whole_values): redact_json(
                v, secret, whole_values=whole_values
            )
            for k, v in value.items()
        }
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
