"""make gen, second step: ``python scripts/gen_resources.py`` runs the gen_sdk package.

Kept as the entry point the Makefile, check-drift and the tests name; the generator
itself is scripts/gen_sdk/ (see its __init__ for what it writes).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gen_sdk.__main__ import main
from gen_sdk.names import SpecError, pascal_case, python_name, snake_case

__all__ = ["SpecError", "main", "pascal_case", "python_name", "snake_case"]

if __name__ == "__main__":
    sys.exit(main())
