"""Cookies at no cost when a response sets none.

httpx hands every response to its cookie jar through urllib's request and response
adapters, about 17 µs a call, whether or not the response has a ``Set-Cookie`` header
(the Attention API authenticates by key and sets none). The SDK's own clients get a
jar that looks for the header first and otherwise does exactly what httpx does; a
caller's client is left as it is.

httpx's ``cookies`` setter copies into a plain ``httpx.Cookies``, so the jar is put in
place through the private ``_cookies`` attribute; ``install()`` returns False, and the
tests fail, if that ever changes (httpx is pinned).
"""

from __future__ import annotations

import httpx


class _SetCookiesOnly(httpx.Cookies):
    def extract_cookies(self, response: httpx.Response) -> None:
        if response.headers.get_list("set-cookie"):
            super().extract_cookies(response)


def install(client: httpx.Client | httpx.AsyncClient) -> bool:
    """Give ``client`` the jar above, keeping its cookies; False if it can't."""
    cookies = getattr(client, "_cookies", None)
    if type(cookies) is not httpx.Cookies:
        return False
    client._cookies = _SetCookiesOnly(cookies.jar)
    return True
