"""The pydantic v2 peer: models generated from our spec by datamodel-code-generator.

They are generated at bench time into a temporary directory and imported from there,
so no peer code is ever committed. The options give the peer the same contract as our
models: snake_case attributes with the API's camelCase names as aliases, and unknown
fields kept (``extra='allow'``), as our ``additional_properties`` keeps them.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import tempfile
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "attention.yaml"

CODEGEN_OPTIONS = [
    "--input-file-type",
    "openapi",
    "--output-model-type",
    "pydantic_v2.BaseModel",
    "--target-python-version",
    "3.11",
    "--snake-case-field",
    "--extra-fields",
    "allow",
    "--formatters",
    "builtin",
    "--disable-timestamp",
]


def codegen_version() -> str:
    from importlib.metadata import version

    return version("datamodel-code-generator")


def generate() -> ModuleType:
    """Generate the peer models from the spec and import them (as ``bench_pydantic_peer``)."""
    with tempfile.TemporaryDirectory(prefix="attention-bench-peer-") as tmp:
        output = Path(tmp) / "bench_pydantic_peer.py"
        command = [
            sys.executable,
            "-m",
            "datamodel_code_generator",
            "--input",
            str(SPEC),
            "--output",
            str(output),
            *CODEGEN_OPTIONS,
        ]
        subprocess.run(command, check=True, capture_output=True)
        spec = importlib.util.spec_from_file_location("bench_pydantic_peer", output)
        assert spec
        assert spec.loader
        module = importlib.util.module_from_spec(spec)
        # pydantic resolves the postponed annotations through sys.modules.
        sys.modules[spec.name] = module
        spec.loader.exec_module(module)
    return module


def conversation_model(module: ModuleType) -> Any:
    """The peer's Conversation class (typed as Any: it only exists at bench time)."""
    return module.Conversation
