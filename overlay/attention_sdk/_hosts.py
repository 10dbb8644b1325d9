"""Which hosts count as loopback: the only place plain http (or the stand-in) may be used."""

from __future__ import annotations

import ipaddress


def is_loopback(host: str) -> bool:
    """Whether host names a loopback address: localhost, 127.0.0.0/8 or ::1."""
    try:
        return host == "localhost" or ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
