"""Reading YAML in the tests: libyaml's parser when PyYAML has it. The pure-Python one
took 8 s of each pytest-xdist worker's collection for the spec alone."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load(path: Path) -> Any:
    """The YAML file's content, as yaml.safe_load reads it."""
    return yaml.load(path.read_text(), Loader=_LOADER)
