"""The public surface: one export list, and clients that take the same options.

The resources' four views are compared in tests/core/test_resources.py.
"""

from __future__ import annotations

import inspect
import subprocess
import sys

import attention_client.models
import attention_sdk
import attention_sdk.types
import pytest
from attention_sdk import AsyncAttention, Attention
from attention_sdk.types import ConversationLabels, CrmRecordReference, Participant

from ..conftest import MODEL_NAMES, SPEC_PATH
from ..support import yamlfile


def test_all_is_sorted_and_complete() -> None:
    exported = attention_sdk.__all__
    assert exported == sorted(exported, key=lambda name: (not name.isupper(), name))
    public = {name for name in dir(attention_sdk) if not name.startswith("_")}
    public -= {"resources", "testing", "types", "cli"}  # submodules, not re-exported names
    public -= {"TYPE_CHECKING", "Any"}  # for the lazy Conversation
    assert set(exported) - {"__version__"} == public
    for name in exported:
        assert getattr(attention_sdk, name) is not None


def test_every_status_error_is_exported() -> None:
    for error in attention_sdk.APIStatusError.__subclasses__():
        assert error.__name__ in attention_sdk.__all__


def test_the_clients_take_the_same_options() -> None:
    sync_params = inspect.signature(Attention.__init__).parameters
    async_params = inspect.signature(AsyncAttention.__init__).parameters
    assert list(sync_params) == list(async_params)
    for name in sync_params:
        if name != "http_client":
            assert sync_params[name].default == async_params[name].default, name


def test_types_has_every_model_of_the_spec() -> None:
    """attention_sdk.types is the one public place for models, generated with the spec."""
    exported = attention_sdk.types.__all__
    # The models, and the Literal types of the spec's named enums (values the methods take).
    schemas = yamlfile.load(SPEC_PATH)["components"]["schemas"]
    enums = [name for name, schema in schemas.items() if "enum" in schema]
    assert sorted(exported) == sorted(MODEL_NAMES + enums)
    assert exported == sorted(exported)
    doc = attention_sdk.types.__doc__ or ""
    for name in exported:
        assert getattr(attention_sdk.types, name) is getattr(attention_client.models, name)
        assert f"\n    {name}: " in doc, name  # listed, with what it is
    assert attention_sdk.Conversation is attention_sdk.types.Conversation
    assert set(exported) <= set(dir(attention_sdk.types))
    with pytest.raises(AttributeError, match="NoSuchModel"):
        _ = attention_sdk.types.NoSuchModel  # type: ignore[attr-defined]


def test_types_are_the_models_mypy_sees() -> None:
    # Imported at the top of this module; mypy --strict checks these uses.
    participant: Participant = Participant.from_dict({"name": "Jane"})
    assert participant.name == "Jane"
    assert ConversationLabels.from_dict({"stage": "won"}).get("stage") == "won"
    assert CrmRecordReference(id="deal-42", code="deals").to_dict() == {
        "id": "deal-42",
        "code": "deals",
    }


IMPORT_COST = """
import sys
import attention_sdk
def loaded(*packages):
    return sorted(m for m in sys.modules if m.split(".")[0] in packages)
# What the first client or the first response needs is loaded then, as httpx loads
# httpcore with its first client.
assert loaded("attr", "attrs", "httpcore", "h11") == [], loaded("attr", "attrs", "httpcore", "h11")
assert "attention_sdk.types" not in sys.modules
assert loaded("attention_client") == ["attention_client", "attention_client.types"]
before = set(loaded("attention_client", "attention_sdk"))
from attention_sdk.types import Participant
new = sorted(set(loaded("attention_client", "attention_sdk")) - before)
assert new == ["attention_client.models", "attention_client.models.participant",
    "attention_sdk.types"], new
assert "attrs" in sys.modules
attention_sdk.Attention(api_key="k").close()
assert "httpcore" in sys.modules
assert attention_sdk.Conversation.__name__ == "Conversation"
assert "Conversation" in dir(attention_sdk)
"""


def test_types_loads_each_model_on_first_use() -> None:
    """import attention_sdk stays cheap: types is not imported, and it imports one model."""
    result = subprocess.run(
        [sys.executable, "-c", IMPORT_COST], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
