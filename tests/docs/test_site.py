"""The built site holds what the issue promised: every method of every client group has
its reference text (signature, HTTP call, arguments, result, errors), every model and
every command are there, and nothing is loaded from outside the site."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from html import unescape
from pathlib import Path

import click
import pytest
from attention_sdk import Attention
from attention_sdk.resources._operations import OPERATIONS, Operation

from ..support.keys import KEY
from ..support.operations import group_view
from .site import built_site


@pytest.fixture(scope="module")
def site() -> Path:
    return built_site()


@cache
def _page(site: Path, name: str) -> str:
    """A page of the built site (each is read once: the group pages are large)."""
    return (site / name).read_text()


def _text(html: str) -> str:
    return unescape(re.sub(r"<[^>]+>", "", html))


def _section(html: str, anchor: str) -> str:
    """The HTML of one object's entry: from its heading to the next heading of a method or
    class."""
    start = html.index(f'id="{anchor}"')
    following = re.compile(r'<h[1-4] id="attention_sdk\.|<h2 id="async"')
    end = following.search(html, start + 1)
    return html[start : end.start() if end else len(html)]


@pytest.fixture(scope="module")
def client() -> Iterator[Attention]:
    with Attention(api_key=KEY) as client:
        yield client


@pytest.mark.parametrize(
    "op", OPERATIONS, ids=[".".join([*op.group, op.method]) for op in OPERATIONS]
)
def test_every_method_has_its_reference_text(site: Path, client: Attention, op: Operation) -> None:
    # mkdocstrings anchors an entry at the method's dotted path, as Python names it.
    method = getattr(group_view(client, op.group), op.method)
    anchor = f"{method.__module__}.{method.__qualname__}"
    html = _page(site, f"reference/{op.group[0]}.html")
    assert f'id="{anchor}"' in html, f"no reference entry {anchor}"
    text = _text(_section(html, anchor))
    assert f"{op.http_method} {op.path}" in text  # its HTTP call
    for part in ("Parameters:", "Returns:", "Raises:", "APIStatusError"):
        assert part in text, f"{anchor}: no {part!r}"
    assert "max_retries" in text  # the arguments, with their descriptions


def test_every_operation_is_listed_and_links_to_its_entry(site: Path) -> None:
    html = _page(site, "reference/operations.html")
    text = _text(html)
    for op in OPERATIONS:
        assert f"{op.http_method} {op.path}" in text
    links = set(re.findall(r'href="([a-z_]+\.html#attention_sdk\.[^"]+)"', html))
    assert len(links) == len(OPERATIONS)
    for link in links:
        page, anchor = link.split("#")
        assert f'id="{anchor}"' in _page(site, f"reference/{page}"), link


def test_every_model_has_its_entry(site: Path) -> None:
    import attention_sdk.types

    html = (site / "reference" / "models.html").read_text()
    for name in attention_sdk.types.__all__:
        assert f'id="attention_client.models.{name}"' in html, name


def _command_paths(group: click.Group, prefix: str) -> list[str]:
    """Every command under a group, as typed (``attention scorecards items list``)."""
    found = []
    for name in group.list_commands(click.Context(group)):
        command = group.get_command(click.Context(group), name)
        assert command is not None, name
        found.append(f"{prefix} {name}")
        if isinstance(command, click.Group):
            found += _command_paths(command, f"{prefix} {name}")
    return found


def test_every_command_is_on_the_commands_page(site: Path) -> None:
    from attention_sdk.cli._app import cli

    assert isinstance(cli, click.Group)
    text = _text((site / "reference" / "commands.html").read_text())
    paths = _command_paths(cli, "attention")
    assert "attention conversations bulk-update" in paths
    assert "attention scorecards items list" in paths
    missing = [path for path in paths if path not in text]
    assert missing == []


def test_the_changelog_page_is_the_changelog(site: Path) -> None:
    from ..conftest import ROOT

    first = (ROOT / "CHANGELOG.md").read_text().splitlines()[0].lstrip("# ")
    assert first in _text((site / "changelog.html").read_text())


def test_no_page_loads_anything_from_outside_the_site(site: Path) -> None:
    outside = re.compile(r'<(?:script|link|img|iframe)\b[^>]*\b(?:src|href)="(?:https?:)?//')
    for page in site.rglob("*.html"):
        assert not outside.search(page.read_text()), page
    for sheet in site.rglob("*.css"):
        assert not re.search(r"@import|url\((?:['\"])?(?:https?:)?//", sheet.read_text()), sheet
