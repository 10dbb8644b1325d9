"""``attention``: the command line for the Attention API (the ``cli`` extra).

Install with ``pip install ./generated "./overlay[cli]"``; then ``attention --help``, or
``python -m attention_sdk.cli``. It needs click and rich, which the core package never
imports: ``import attention_sdk`` does not load this package.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import NoReturn

__all__ = ["main"]


def main(argv: Sequence[str] | None = None) -> NoReturn:
    """The ``attention`` console script: run the command line, exit with its code."""
    try:
        from ._app import run
    except ImportError as error:  # installed without the extra
        if error.name not in ("click", "rich"):
            raise
        sys.stderr.write(
            f"attention: the command line needs {error.name}, which comes with the cli "
            "extra: pip install 'attention-sdk[cli]' (from this repository: "
            "pip install ./generated './overlay[cli]')\n"
        )
        raise SystemExit(2) from None
    raise SystemExit(run(argv))
