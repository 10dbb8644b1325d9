"""A helper script of bench/ in a process of its own, serving until its stdin closes.

The loopback server and the stand-in run apart from the client they serve, so that they
never compete with it for the GIL. Each prints one line when it is ready (its port or
base URL) and serves until the parent closes its stdin, or exits.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

HERE = Path(__file__).resolve().parent


@contextmanager
def serving(
    script: str, *args: str, first_line: bytes | None = None, last: list[str] | None = None
) -> Iterator[str]:
    """Run ``bench/<script> args``, send it ``first_line`` on stdin if given, and give
    the line it prints when ready; stop it on the way out, and add to ``last``, if given,
    the line it prints as it stops (empty if none)."""
    process = subprocess.Popen(
        [sys.executable, str(HERE / script), *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
    )
    assert process.stdin is not None
    assert process.stdout is not None
    try:
        if first_line is not None:
            process.stdin.write(first_line + b"\n")
            process.stdin.flush()
        yield process.stdout.readline().decode().strip()
    finally:
        process.stdin.close()
        if last is not None:
            last.append(process.stdout.readline().decode().strip())
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
