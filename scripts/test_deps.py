"""make test-deps: the smoke suite on the newest and on the oldest dependencies allowed.

The two packages declare ranges (generated/pyproject.toml, overlay/pyproject.toml with
every extra); `make test` only ever sees the versions pinned in requirements/dev.txt. For
each end of the ranges this resolves one set with uv (``--resolution highest``, and
``lowest-direct``: each direct dependency at the lowest version its range allows, what it
needs at their newest), installs it into a fresh venv with the two packages' wheels,
built from the tree, and the test tools at their dev.txt pins, and runs SMOKE_TESTS there.
The resolved sets, what each venv held and the pytest logs are kept in build/test-deps/.

    python scripts/test_deps.py [newest] [oldest]
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
import time
import tomllib
import venv
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "build" / "test-deps"
UV = Path(sys.executable).parent / "uv"
RESOLUTIONS = {"newest": "highest", "oldest": "lowest-direct"}
EXTRAS = "aiohttp,cli,speedups"

# Parsing and the models (attrs, date-times and dateutil's fallback), the sync and async
# clients over httpx, retries and errors, pagination, cassette replay (vcrpy patches
# httpx's transport), the JSON codec with and without orjson, the aiohttp transport and
# the command line (click, rich): about 2,000 tests, a minute on one core.
SMOKE_TESTS = [
    "tests/generation/test_generated_models.py",
    "tests/core/test_client.py",
    "tests/core/test_resources.py",
    "tests/core/test_retry.py",
    "tests/core/test_errors.py",
    "tests/core/test_pagination.py",
    "tests/core/test_cassettes.py",
    "tests/core/test_json_codec.py",
    "tests/core/test_aiohttp_native.py",
    "tests/cli/test_cli.py",
]
# What those tests import beyond the packages, installed at their dev.txt pins. The tests
# check names against the generator's own rules (openapi-python-client); its ranges for
# httpx and attrs hold both ends of ours.
TEST_TOOLS = ["pytest", "pyyaml", "vcrpy", "hypothesis", "openapi-python-client"]


def declared_requirements() -> list[str]:
    """Both packages' dependencies and every extra's, less attention-client (built here)."""
    requirements: list[str] = []
    versions: dict[str, str] = {}
    for package in ("generated", "overlay"):
        project = tomllib.loads((ROOT / package / "pyproject.toml").read_text())["project"]
        versions[project["name"]] = project["version"]
        requirements += project["dependencies"]
        for extra in project.get("optional-dependencies", {}).values():
            requirements += extra
    ours = [r for r in requirements if canonicalize_name(Requirement(r).name) in versions]
    assert ours == [f"attention-client=={versions['attention-client']}"], ours
    return [r for r in requirements if r not in ours]


def pins(text: str) -> dict[str, str]:
    """The name==version lines of a requirements file, by canonical name."""
    found = re.findall(r"^([A-Za-z0-9._-]+)==(\S+)", text, re.M)
    return {canonicalize_name(name): version for name, version in found}


def resolve(resolution: str, requirements: Path, lock: Path) -> dict[str, str]:
    python_version = f"{sys.version_info.major}.{sys.version_info.minor}"
    subprocess.run(
        [str(UV), "pip", "compile", "--quiet", "--resolution", resolution,
         "--python-version", python_version, str(requirements), "-o", str(lock)],
        check=True,
    )  # fmt: skip
    return pins(lock.read_text())


def build_wheels(out: Path) -> list[str]:
    """The two packages' wheels from the tree, as requirements naming the files."""
    for package in ("generated", "overlay"):
        subprocess.run(
            [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(out),
             str(ROOT / package)],
            check=True, capture_output=True,
        )  # fmt: skip
    (client,) = out.glob("attention_client-*.whl")
    (sdk,) = out.glob("attention_sdk-*.whl")
    return [f"attention-client @ {client.as_uri()}", f"attention-sdk[{EXTRAS}] @ {sdk.as_uri()}"]


def install(venv_dir: Path, lock: Path, wheels: list[str], work: Path) -> None:
    """The resolved set exactly, our wheels, and the test tools with what they need at the
    dev pins (a tool that cannot work with the resolved set fails the install here)."""
    venv.EnvBuilder(with_pip=False).create(venv_dir)
    runtime, dev = pins(lock.read_text()), pins((ROOT / "requirements" / "dev.txt").read_text())
    tools = work / "tools.txt"
    tools.write_text("".join(f"{name}=={dev[name]}\n" for name in TEST_TOOLS))
    constraints = work / "constraints.txt"
    others = {name: v for name, v in dev.items() if name not in runtime}
    constraints.write_text("".join(f"{name}=={v}\n" for name, v in sorted(others.items())))
    python = str(venv_dir / "bin" / "python")
    subprocess.run(
        [str(UV), "pip", "install", "--quiet", "--python", python,
         "-r", str(lock), "-r", str(tools), "-c", str(constraints), *wheels],
        check=True,
    )  # fmt: skip
    # What the tests will import: the resolved set exactly, kept beside it.
    frozen = subprocess.run(
        [str(UV), "pip", "freeze", "--python", python], check=True, capture_output=True, text=True
    ).stdout
    (OUT / f"{lock.stem}-installed.txt").write_text(frozen)
    installed = pins(frozen)
    moved = {
        name: (v, installed.get(name)) for name, v in runtime.items() if installed.get(name) != v
    }
    if moved:
        raise RuntimeError(f"installed versions differ from {lock.name}: {moved}")


def smoke(venv_dir: Path, log: Path) -> tuple[bool, str]:
    """pytest over SMOKE_TESTS from the repository root (the tests import the installed
    packages, not the tree); the outcome and pytest's closing line."""
    result = subprocess.run(
        [str(venv_dir / "bin" / "python"), "-m", "pytest", "-q", "-p", "no:cacheprovider",
         *SMOKE_TESTS],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )  # fmt: skip
    log.write_text(result.stdout + result.stderr)
    lines = result.stdout.strip().splitlines()
    return result.returncode == 0, lines[-1] if lines else result.stderr.strip()[-300:]


def run_set(name: str, requirements: Path, wheels: list[str], work: Path) -> bool:
    """Resolve, install and test one set; False when any step fails (the others still run)."""
    started = time.monotonic()
    lock = OUT / f"{name}.txt"
    try:
        resolved = resolve(RESOLUTIONS[name], requirements, lock)
        direct = sorted({canonicalize_name(Requirement(r).name) for r in declared_requirements()})
        print(f"\n{name} ({RESOLUTIONS[name]}): " + " ".join(f"{d}=={resolved[d]}" for d in direct))
        print(f"  all {len(resolved)} pins: {lock.relative_to(ROOT)}", flush=True)
        install(work / f"venv-{name}", lock, wheels, work / name)
    except subprocess.CalledProcessError as error:  # uv has said why, above
        print(f"  {name}: {' '.join(map(str, error.cmd[:3]))} failed ({error.returncode})")
        return False
    except RuntimeError as error:
        print(f"  {name}: {error}")
        return False
    passed, summary = smoke(work / f"venv-{name}", OUT / f"{name}-pytest.log")
    seconds = time.monotonic() - started
    verdict = "PASSED" if passed else "FAILED"
    print(f"  smoke suite {verdict}: {summary} ({seconds:.0f} s; {name}-pytest.log)", flush=True)
    return passed


def main() -> int:
    names = sys.argv[1:] or list(RESOLUTIONS)
    OUT.mkdir(parents=True, exist_ok=True)
    requirements = OUT / "requirements.in"
    requirements.write_text("\n".join(declared_requirements()) + "\n")
    with tempfile.TemporaryDirectory(prefix="attention-test-deps-") as tmp:
        work = Path(tmp)
        for name in names:
            (work / name).mkdir()
        wheels = build_wheels(work / "wheels")
        results = {name: run_set(name, requirements, wheels, work) for name in names}
    failed = [name for name, passed in results.items() if not passed]
    print("\nmake test-deps:", "FAILED on " + ", ".join(failed) if failed else "all passed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
