"""Names: how the spec's wire names and tags become Python identifiers and docstrings."""

from __future__ import annotations

import keyword
import re
import textwrap

from openapi_python_client.strings import safe_for_docstring


class SpecError(Exception):
    """The spec asks for something this generator cannot render safely."""


def snake_case(name: str) -> str:
    """mediaURL -> media_url, filter[owner.email] -> filter_owner_email, fromDateTime ->
    from_date_time, teamUUIDs -> team_uuids. The generator's own snake_case drops the
    brackets' separator (filtertitle), so the mapping is ours."""
    bracketed = re.fullmatch(r"(\w+)\[([\w.]+)\]", name)
    if bracketed:
        name = f"{bracketed[1]}_{bracketed[2]}"
    # An acronym's plural is one word: conversationUUIDs -> conversation_uuids.
    name = re.sub(r"([A-Z]{2,})s(?![a-z])", lambda m: m[1] + "S", name)
    name = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", name)
    name = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name)
    return re.sub(r"[^0-9A-Za-z]+", "_", name).strip("_").lower()


def python_name(name: str, where: str) -> str:
    """A safe identifier: snake_case, with a trailing underscore for keywords (import_)."""
    result = snake_case(name)
    if keyword.iskeyword(result) or keyword.issoftkeyword(result):
        result += "_"
    if not result.isidentifier():
        raise SpecError(f"{where}: {name!r} does not make a Python identifier ({result!r})")
    return result


def pascal_case(name: str) -> str:
    return "".join(part.capitalize() for part in snake_case(name).split("_"))


def path_shape(path: str) -> str:
    """A path with its parameters blanked (the generator renames externalId to external_id)."""
    return re.sub(r"\{[^}]*\}", "{}", path)


def docstring(text: str) -> str:
    """Text from the spec, safe inside a triple-quoted docstring (escaped as the generator
    escapes the models' docstrings)."""
    return safe_for_docstring(text).strip()


def wrap(text: str, indent: int, first: int = 0) -> str:
    """Docstring text filled to the line length, continuation lines indented."""
    lines = textwrap.wrap(
        " ".join(docstring(text).split()),
        width=100 - indent,
        initial_indent=" " * first,
        break_on_hyphens=False,
        break_long_words=False,
    )
    return ("\n" + " " * indent).join(lines).lstrip()


def sentence(text: str) -> str:
    return text if text.rstrip().endswith(".") else f"{text.rstrip()}."
