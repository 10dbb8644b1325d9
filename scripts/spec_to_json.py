"""make gen, step zero: the YAML spec as JSON, for both generation steps to read.

openapi-python-client reads YAML with PyYAML's pure-Python loader, which took most of
`make gen`'s time once the spec held every resource (about 2 s of each step's 5); the
C loader reads it in a tenth of a second, and JSON parses at once. The output is the same
either way (`make check-drift` compares it).

    python scripts/spec_to_json.py openapi/attention.yaml OUT.json
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import yaml

Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the C loader when PyYAML has it


def main() -> int:
    source, target = map(Path, sys.argv[1:3])
    document = yaml.load(source.read_text("utf-8"), Loader=Loader)  # safe, C or Python
    target.write_text(json.dumps(document, ensure_ascii=False), "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
