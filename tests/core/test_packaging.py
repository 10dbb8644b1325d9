"""The distributions as users install them, and what make demo pins for its venv.

generated/ installs as a normal, typed distribution (what `pip install ./generated` gives);
the overlay's wheel says where its dependency comes from.
"""

from __future__ import annotations

import email
import importlib.metadata
import json
import subprocess
import sys
import zipfile
from pathlib import Path

import attention_client
from attention_client.api.conversations import update_conversation
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from ..conftest import ROOT


def test_the_tests_use_the_installed_package_not_the_source_tree() -> None:
    installed = Path(attention_client.__file__).resolve()
    assert not installed.is_relative_to(ROOT / "generated")
    assert "site-packages" in installed.parts


def test_the_distribution_ships_py_typed_and_declares_its_dependencies() -> None:
    files = {str(f) for f in importlib.metadata.files("attention-client") or []}
    assert "attention_client/py.typed" in files
    assert "attention_client/api/conversations/update_conversation.py" in files
    requires = " ".join(importlib.metadata.requires("attention-client") or [])
    for dependency in ("httpx", "attrs", "python-dateutil"):
        assert dependency in requires
    assert importlib.metadata.version("attention-client") == "1.8.0"


def test_the_update_request_is_a_put_with_the_id_encoded() -> None:
    from attention_client.models import UpdateConversationRequest

    kwargs = update_conversation._get_kwargs("../a/b?c", body=UpdateConversationRequest(title="t"))
    assert kwargs["method"] == "put"
    assert kwargs["url"] == "/conversations/..%2Fa%2Fb%3Fc"
    assert kwargs["json"] == {"title": "t"}


def _pins(name: str) -> dict[str, str]:
    lines = (ROOT / "requirements" / name).read_text().splitlines()
    pairs = (line.split("==") for line in lines if line and not line.startswith("#"))
    return {canonicalize_name(dist): version for dist, version in pairs}


def _requirements_closure(*dists: str, extras: dict[str, str] | None = None) -> set[str]:
    """The installed dists and every one they need on this Python; ``extras`` names the
    one extra of a dist to include (no other extra is)."""
    seen: set[str] = {canonicalize_name(dist) for dist in dists}
    todo = list(seen)
    while todo:
        dist = todo.pop()
        extra = (extras or {}).get(dist, "")
        for line in importlib.metadata.requires(dist) or []:
            requirement = Requirement(line)
            if requirement.marker and not requirement.marker.evaluate({"extra": extra}):
                continue
            name = canonicalize_name(requirement.name)
            if name not in seen:
                seen.add(name)
                todo.append(name)
    return seen


def test_make_demo_pins_the_runtime_closure_at_the_dev_versions() -> None:
    runtime, dev = _pins("runtime.txt"), _pins("dev.txt")
    assert {dist: dev.get(dist) for dist in runtime} == runtime
    # The two packages' dependencies (the overlay's with its cli extra), and hatchling's,
    # which builds them: nothing else.
    needed = _requirements_closure("attention-sdk", "hatchling", extras={"attention-sdk": "cli"})
    needed -= {"attention-sdk", "attention-client"}
    assert set(runtime) == needed


def test_the_overlay_wheel_names_its_project_docs_and_where_attention_client_comes_from(
    tmp_path: Path,
) -> None:
    # Built from the tree now (hatchling is in the venv, so nothing is downloaded).
    pip_wheel = [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps"]
    build = ["--no-build-isolation", "--wheel-dir", str(tmp_path), str(ROOT / "overlay")]
    subprocess.run([*pip_wheel, *build], check=True)
    (wheel,) = tmp_path.glob("attention_sdk-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        (name,) = [n for n in archive.namelist() if n.endswith(".dist-info/METADATA")]
        metadata = email.message_from_bytes(archive.read(name))
        entry_points = archive.read(name.replace("METADATA", "entry_points.txt")).decode()
    assert metadata["Name"] == "attention-sdk"
    assert "attention-client package from ./generated" in metadata["Summary"]
    assert "pip install ./generated ./overlay" in metadata["Summary"]
    assert metadata.get_all("Project-URL") == ["API documentation, https://docs.attention.com"]
    assert "attention-client==1.8.0" in metadata.get_all("Requires-Dist", [])
    assert "pip install ./generated ./overlay" in metadata.get_payload()  # the README
    # Three extras. The command line is pinned to the versions the tests use, with its
    # script; the speedups and the aiohttp transport take any release the dev pins satisfy.
    assert sorted(metadata.get_all("Provides-Extra", [])) == ["aiohttp", "cli", "speedups"]
    dev = _pins("dev.txt")
    extras = [
        Requirement(line) for line in metadata.get_all("Requires-Dist", []) if "extra ==" in line
    ]
    cli = [r for r in extras if r.marker is not None and r.marker.evaluate({"extra": "cli"})]
    assert {canonicalize_name(r.name): str(r.specifier) for r in cli} == {
        "click": f"=={dev['click']}",
        "rich": f"=={dev['rich']}",
    }
    for requirement in extras:
        assert requirement.specifier.contains(dev[canonicalize_name(requirement.name)])
    assert "[console_scripts]\nattention = attention_sdk.cli:main" in entry_points


def test_the_cli_s_libraries_are_direct_development_dependencies() -> None:
    direct = (ROOT / "requirements" / "dev.in").read_text().splitlines()
    for pin in ("click==8.5.1", "rich==15.0.0"):
        assert pin in direct


def test_the_cli_extra_alone_runs_the_command(tmp_path: Path) -> None:
    # A fresh `pip install ./generated "./overlay[cli]"`, offline: a directory holding
    # only the distributions attention-sdk[cli] declares, transitively, linked from this
    # venv, and an interpreter that sees nothing else (-I -S: no site-packages). A
    # dependency the extra forgets to declare fails here, as on a user's machine.
    names = _requirements_closure("attention-sdk", extras={"attention-sdk": "cli"})
    assert {"attention-sdk", "attention-client", "httpx", "click", "rich"} <= names
    assert not names & {"orjson", "aiohttp", "pytest", "hypothesis"}
    site = tmp_path / "site"
    site.mkdir()
    for name in names:
        distribution = importlib.metadata.distribution(name)
        tops = {Path(str(f)).parts[0] for f in distribution.files or [] if ".." not in str(f)}
        for top in tops - {"__pycache__"}:
            target = Path(str(distribution.locate_file(top)))
            if not (site / top).exists():
                (site / top).symlink_to(target)
    run = (
        "import sys; sys.path.insert(0, sys.argv.pop(1)); "
        "from attention_sdk.cli import main; sys.argv[0] = 'attention'; sys.exit(main())"
    )
    command = [sys.executable, "-I", "-S", "-c", run, str(site), "--stand-in"]
    listed = subprocess.run(
        [*command, "conversations", "list", "--limit", "2"],
        capture_output=True,
        text=True,
        timeout=60,
        env={"PATH": "/usr/bin:/bin"},
    )
    assert listed.returncode == 0, listed.stderr
    assert [json.loads(line)["type"] for line in listed.stdout.splitlines()] == [
        "conversations",
        "conversations",
    ]
    dry = subprocess.run(
        [*command, "conversations", "bulk-update", "--csv", "-", "--dry-run"],
        input="id,title,label.stage\nconv-1,Renewal,won\nconv-2,,\n",
        capture_output=True,
        text=True,
        timeout=60,
        env={"PATH": "/usr/bin:/bin"},
    )
    assert dry.returncode == 2, dry.stderr
    assert "line 3 (conv-2): nothing to change" in dry.stderr
    assert "nothing was sent" in dry.stderr
