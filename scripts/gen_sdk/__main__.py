"""make gen, second step: ``python -m gen_sdk`` (run from scripts/)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .names import SpecError
from .render import format_files, render

CLIENT_SOURCES = ("_client.py", "_base_client.py")
# The repository this generator lives in (scripts/gen_sdk/..): its overlay by default.
ROOT = Path(__file__).resolve().parents[2]


def main() -> int:
    from . import __doc__ as doc

    parser = argparse.ArgumentParser(description=(doc or "").splitlines()[0])
    parser.add_argument("--spec", type=Path, default=Path("openapi/attention.yaml"))
    parser.add_argument("--config", type=Path, default=Path("generator-config.yaml"))
    parser.add_argument("--templates", type=Path, default=Path("templates/sdk"))
    parser.add_argument(
        "--package",
        type=Path,
        default=Path("overlay/attention_sdk"),
        help="the overlay package the files are written into",
    )
    parser.add_argument(
        "--clients",
        type=Path,
        default=ROOT / "overlay/attention_sdk",
        help="the package whose clients name the attributes a group must not shadow",
    )
    parser.add_argument("--out", type=Path, default=None, help="default: PACKAGE/resources")
    parser.add_argument("--types", type=Path, default=None, help="default: PACKAGE/types.py")
    parser.add_argument(
        "--spec-json",
        type=Path,
        default=None,
        help="where the stand-in's copy of the spec goes "
        "(default: PACKAGE/testing/data/openapi.json)",
    )
    parser.add_argument(
        "--docs",
        type=Path,
        default=None,
        help="the site's pages: DOCS/reference/ is written, and the Reference nav of the "
        "mkdocs.yml beside DOCS (between its markers)",
    )
    args = parser.parse_args()
    package: Path = args.package
    out = args.out or package / "resources"
    types = args.types or package / "types.py"
    spec_json = args.spec_json or package / "testing/data/openapi.json"
    try:
        written = render(
            args.spec,
            args.config,
            args.templates,
            out,
            types,
            [args.clients / name for name in CLIENT_SOURCES],
            spec_json,
            None if args.docs is None else (args.docs, args.docs.parent / "mkdocs.yml"),
        )
    except SpecError as error:
        print(f"gen_sdk: {error}", file=sys.stderr)
        return 1
    format_files(written)
    print(f"Generating {out} ({len(written) - 1} files) and {types}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
