"""What every figure module is given: the run's mode, a scratch directory, --before, and
the costly things figures share (the pydantic peer, the code at --before), made once."""

from __future__ import annotations

import importlib
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any, Literal, TypeVar

import peer
import reads

ROOT = Path(__file__).resolve().parent.parent
Mode = Literal["full", "quick", "tiny"]
T = TypeVar("T")


@dataclass
class Context:
    """``mode``: ``full`` (make bench), ``quick`` (--quick: fewer rounds, noisier) or
    ``tiny`` (the tests: as few rounds as give well-formed results, meaningless figures).
    ``tmp``: a directory that lives as long as the run. ``before``: a git revision whose
    overlay and generated models some figures also measure, in turns with today's."""

    mode: Mode
    tmp: Path
    before: str | None = None
    _made: dict[str, Any] = field(default_factory=dict)

    def pick(self, *, full: int, quick: int, tiny: int = 2) -> int:
        """A count (rounds, repeats) for this run's mode."""
        return {"full": full, "quick": quick, "tiny": tiny}[self.mode]

    def once(self, name: str, make: Callable[[], T]) -> T:
        """``make()``, the first time ``name`` is asked for; the same object after."""
        if name not in self._made:
            self._made[name] = make()
        made: T = self._made[name]
        return made

    def peer_conversation(self) -> Any:
        """The pydantic v2 peer's Conversation (bench/peer.py), generated once a run."""
        return self.once("peer", lambda: peer.conversation_model(peer.generate()))

    def before_models(self) -> Any:
        """The generated models package at --before, imported as attention_client_before."""
        assert self.before is not None
        return self.once("before_models", lambda: _models_at(self.before or "", self.tmp))

    def before_overlay(self) -> ModuleType:
        """The overlay at --before, imported as attention_sdk_before (on today's models)."""
        assert self.before is not None
        return self.once("before_overlay", lambda: _overlay_at(self.before or "", self.tmp))


def _extract(revision: str, path: str, into: Path, name: str) -> None:
    """``path`` as it was at ``revision``, as the directory ``into / name``."""
    archive = subprocess.run(
        ["git", "archive", revision, path], cwd=ROOT, check=True, capture_output=True
    ).stdout
    scratch = into / f"{name}-archive"
    scratch.mkdir()
    subprocess.run(["tar", "-x", "-C", str(scratch)], input=archive, check=True)
    (scratch / path).rename(into / name)
    if str(into) not in sys.path:
        sys.path.insert(0, str(into))


def _models_at(revision: str, into: Path) -> Any:
    """The generated models at a revision, importable beside today's (their imports are
    relative), and known to reads.walk."""
    _extract(revision, "generated/attention_client", into, "attention_client_before")
    models = importlib.import_module("attention_client_before.models")
    reads.register_models(models)
    return models


def _overlay_at(revision: str, into: Path) -> ModuleType:
    """The overlay at a revision, importable beside today's; it runs on today's generated
    package (its own imports are relative)."""
    _extract(revision, "overlay/attention_sdk", into, "attention_sdk_before")
    return importlib.import_module("attention_sdk_before")
