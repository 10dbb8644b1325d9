"""make dist, last step: install the built distributions as a user would, and use them.

In a fresh venv in a temporary directory, pip installs
``attention-sdk[cli,speedups,aiohttp]`` with ``--find-links dist``: the two packages at
the versions just built (pinned, so an index can never supply them), every third-party
dependency from the index. pip's installation report must show both packages coming from
the wheels in dist/. Then, from that venv and outside the source tree, the README's
Quickstart blocks run against the stand-in the wheel ships (attention_sdk.testing), with
ATTENTION_API_KEY and ATTENTION_BASE_URL set as the README says, and ``attention --help``
runs.

    python scripts/dist_check.py [--dist dist] [--readme README.md]
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import venv
from pathlib import Path

EXTRAS = "cli,speedups,aiohttp"
PACKAGES = {"attention-sdk": "attention_sdk", "attention-client": "attention_client"}

# Run by the fresh venv's Python: a stand-in for each block, and the block as a script of
# its own, with the environment a reader who followed the README would have.
RUN_BLOCK = """\
import os, secrets, subprocess, sys
from attention_sdk.testing import AttentionStandIn

key = "dist-check-" + secrets.token_hex(8)
with AttentionStandIn(api_key=key) as server:
    env = {**os.environ, "ATTENTION_API_KEY": key, "ATTENTION_BASE_URL": server.base_url}
    sys.exit(subprocess.run([sys.executable, sys.argv[1]], env=env).returncode)
"""

# Where each package was imported from, and the extras' libraries, in the fresh venv.
SHOW_INSTALLED = """\
import importlib.metadata, json
import attention_client, attention_sdk
print(json.dumps({
    "attention_sdk": attention_sdk.__file__,
    "attention_client": attention_client.__file__,
    "versions": {name: importlib.metadata.version(name) for name in
                 ("attention-sdk", "attention-client", "click", "rich", "orjson", "aiohttp")},
}))
"""


def quickstart_blocks(readme: str) -> list[str]:
    """The python fenced blocks of the section headed "Quickstart", at whatever level."""
    heading = re.search(r"^(#+) Quickstart[ \t]*$", readme, re.M)
    if heading is None:
        raise SystemExit("README has no Quickstart heading")
    level = len(heading.group(1))
    rest = readme[heading.end() :]
    # The section ends at the next heading of the same level or above (outside code blocks).
    prose = re.sub(r"```.*?```", lambda m: " " * len(m.group()), rest, flags=re.S)
    end = re.search(rf"^#{{1,{level}}} ", prose, re.M)
    section = rest[: end.start()] if end else rest
    blocks = re.findall(r"^```python[ \t]*\n(.*?)^```", section, re.M | re.S)
    if not blocks:
        raise SystemExit("README's Quickstart has no python block")
    return blocks


def built_wheels(dist: Path) -> dict[str, Path]:
    """The one wheel of each package in dist/, by distribution name."""
    wheels: dict[str, Path] = {}
    for name, module in PACKAGES.items():
        found = sorted(dist.glob(f"{module}-*-py3-none-any.whl"))
        if len(found) != 1:
            raise SystemExit(f"expected one {module} wheel in {dist}, found {found}")
        wheels[name] = found[0]
    return wheels


def run(command: list[str], *, cwd: Path | None = None, capture: bool = False) -> str:
    """Run a command, failing the check with its output if it fails; its stdout if captured."""
    print("+", " ".join(arg if "\n" not in arg else "'...'" for arg in command), flush=True)
    result = subprocess.run(command, cwd=cwd, capture_output=capture, text=True, check=False)
    if result.returncode != 0:
        output = (result.stdout or "") + (result.stderr or "")
        raise SystemExit(f"{command[0]} exited {result.returncode}\n{output}")
    return result.stdout or ""


def install(python: Path, dist: Path, wheels: dict[str, Path], report: Path) -> None:
    """pip install the extras with --find-links dist, and check where ours came from."""
    version = {name: wheel.name.split("-")[1] for name, wheel in wheels.items()}
    run([
        str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
        "--find-links", str(dist), "--report", str(report),
        f"attention-sdk[{EXTRAS}]=={version['attention-sdk']}",
        f"attention-client=={version['attention-client']}",
    ])  # fmt: skip
    installed = json.loads(report.read_text())["install"]
    sources = {item["metadata"]["name"]: item["download_info"]["url"] for item in installed}
    for name, wheel in wheels.items():
        if sources.get(name) != wheel.resolve().as_uri():
            raise SystemExit(f"{name} came from {sources.get(name)}, not {wheel}")
        print(f"{name} {version[name]} installed from {wheel}")
    others = sorted(f"{i['metadata']['name']}=={i['metadata']['version']}" for i in installed)
    print("from the index:", *(pin for pin in others if pin.split("==")[0] not in wheels))


def check_imports(python: Path, venv_dir: Path) -> None:
    shown = json.loads(run([str(python), "-c", SHOW_INSTALLED], capture=True))
    for module in PACKAGES.values():
        if not Path(shown[module]).resolve().is_relative_to(venv_dir.resolve()):
            raise SystemExit(f"{module} was imported from {shown[module]}, outside the venv")
    print("imported from the venv:", shown["versions"])


def run_quickstart(python: Path, work: Path, blocks: list[str]) -> None:
    """Each block as a script of its own, against a fresh stand-in."""
    runner = work / "run_block.py"
    runner.write_text(RUN_BLOCK)
    for index, block in enumerate(blocks, 1):
        script = work / f"quickstart_{index}.py"
        script.write_text(block)
        lines = run([str(python), str(runner), str(script)], cwd=work, capture=True).splitlines()
        print(f"Quickstart block {index} of {len(blocks)}: {len(lines)} lines, first {lines[:1]}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=Path("dist"))
    parser.add_argument("--readme", type=Path, default=Path("README.md"))
    args = parser.parse_args()
    dist: Path = args.dist.resolve()
    blocks = quickstart_blocks(args.readme.read_text("utf-8"))
    wheels = built_wheels(dist)
    with tempfile.TemporaryDirectory(prefix="attention-dist-check-") as tmp:
        work = Path(tmp)  # the working directory too: nothing of the source tree is importable
        venv_dir = work / "venv"
        venv.EnvBuilder(with_pip=True).create(venv_dir)
        python = venv_dir / "bin" / "python"
        install(python, dist, wheels, work / "report.json")
        check_imports(python, venv_dir)
        run_quickstart(python, work, blocks)
        usage = run([str(venv_dir / "bin" / "attention"), "--help"], cwd=work, capture=True)
        print(usage.splitlines()[0])
    print(f"make dist: {', '.join(w.name for w in wheels.values())} install and run.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
