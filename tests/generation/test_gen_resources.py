"""The promise of `make gen`: a spec change gives a typed, retried method on every view.

The spec is copied and extended with a new tag and operations, both generation steps
run into a temporary tree, and a fresh interpreter imports the result: the new
`client.people` exists on both clients with typed parameters, sends the documented
requests, and retries as its spec says. No hand-written line is involved.
"""

from __future__ import annotations

import copy
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
import yaml

from ..conftest import ROOT, SPEC_PATH
from ..support import yamlfile
from ..support.operations import GEN
from ..support.strategies import reachable_schemas

BIN = Path(sys.executable).parent

NEW_PATHS = {
    "/users/{userId}": {
        "get": {
            "operationId": "getUser",
            "tags": ["people"],
            "summary": "Get one user",
            "description": "A test operation.",
            "parameters": [
                {
                    "name": "userId",
                    "in": "path",
                    "required": True,
                    "description": "The user's UUID.",
                    "schema": {"type": "string"},
                }
            ],
            "responses": {
                "200": {
                    "description": "The user.",
                    "content": {
                        "application/json": {"schema": {"$ref": "#/components/schemas/User"}}
                    },
                }
            },
        }
    },
    "/users/{userId}/ping": {
        "post": {
            "operationId": "pingUser",
            "x-sdk-idempotent": True,
            "tags": ["people"],
            "summary": "Ping a user",
            "description": "A test operation that is safe to repeat.",
            "parameters": [
                {
                    "name": "userId",
                    "in": "path",
                    "required": True,
                    "description": "The user's UUID.",
                    "schema": {"type": "string"},
                }
            ],
            "requestBody": {
                "required": True,
                "description": "The ping.",
                "content": {
                    "application/json": {"schema": {"$ref": "#/components/schemas/PingRequest"}}
                },
            },
            "responses": {
                "200": {
                    "description": "The user.",
                    "content": {
                        "application/json": {"schema": {"$ref": "#/components/schemas/User"}}
                    },
                }
            },
        }
    },
    "/users/import": {
        "post": {
            "operationId": "import",
            "tags": ["people"],
            "summary": "Import users",
            "description": "A test operation named by a Python keyword.",
            "parameters": [
                {
                    "name": "dryRun",
                    "in": "query",
                    "description": "Only check.",
                    "schema": {"type": "boolean"},
                }
            ],
            "responses": {
                "200": {
                    "description": "The user.",
                    "content": {
                        "application/json": {"schema": {"$ref": "#/components/schemas/User"}}
                    },
                }
            },
        }
    },
}
PING_REQUEST = {
    "type": "object",
    "description": "A ping.",
    "additionalProperties": False,
    "required": ["noteText"],
    "properties": {"noteText": {"type": "string", "description": "What to say."}},
}


def _spec(**changes: Any) -> dict[str, Any]:
    spec: dict[str, Any] = copy.deepcopy(yamlfile.load(SPEC_PATH))
    spec["paths"].update(copy.deepcopy(NEW_PATHS))
    spec["components"]["schemas"]["PingRequest"] = copy.deepcopy(PING_REQUEST)
    spec["tags"].append({"name": "people", "description": "People of the organisation."})
    for path, value in changes.items():
        spec["paths"][path] = value
    return spec


ENV = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ['PATH']}", "RUFF_NO_CACHE": "true"}


def _render(spec: dict[str, Any], tree: Path) -> subprocess.CompletedProcess[str]:
    """The second step of `make gen` alone: the resources, into ``tree``."""
    (tree / "openapi").mkdir(parents=True)
    (tree / "openapi/attention.yaml").write_text(yaml.safe_dump(spec, sort_keys=False))
    return subprocess.run(
        [sys.executable, ROOT / "scripts/gen_resources.py", "--spec", "openapi/attention.yaml",
         "--config", ROOT / "generator-config.yaml", "--templates", ROOT / "templates/sdk",
         "--out", "overlay/attention_sdk/resources"],
        cwd=tree, env=ENV, capture_output=True, text=True, check=False,
    )  # fmt: skip


def _generate(spec: dict[str, Any], tree: Path) -> None:
    """Both steps of `make gen`, into ``tree``, over a copy of the overlay."""
    shutil.copytree(ROOT / "overlay", tree / "overlay")
    rendered = _render(spec, tree)
    assert rendered.returncode == 0, rendered.stderr
    first = subprocess.run(
        [BIN / "openapi-python-client", "generate", "--path", "openapi/attention.yaml",
         "--config", ROOT / "generator-config.yaml", "--custom-template-path", ROOT / "templates",
         "--meta", "uv", "--fail-on-warning", "--overwrite", "--output-path", "generated"],
        cwd=tree, env=ENV, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert first.returncode == 0, first.stdout + first.stderr


USE_THE_NEW_TAG = """
import asyncio, inspect, httpx
from attention_sdk import Attention, AsyncAttention, InternalServerError, RetryPolicy

sent = []
def answer(request):
    sent.append(request)
    if request.url.path.endswith("/ping") and len(sent) == 1:
        return httpx.Response(503)
    return httpx.Response(200, json={"uuid": "u-1", "email": "a@example.com"})

client = Attention(
    api_key="k",
    http_client=httpx.Client(transport=httpx.MockTransport(answer)),
    retry_policy=RetryPolicy.instant(),
)
user = client.people.ping_user("u-1", note_text="hi")   # POST, but declared idempotent
assert user.email == "a@example.com", user
assert [r.method for r in sent] == ["POST", "POST"], sent
assert sent[0].url.path == "/v2/users/u-1/ping" and sent[0].content == b'{"noteText":"hi"}'
assert client.people.get_user("u-1").uuid == "u-1"
assert sent[-1].method == "GET" and sent[-1].url.path == "/v2/users/u-1"
client.people.import_(dry_run=True)
assert str(sent[-1].url).endswith("/v2/users/import?dryRun=true"), sent[-1].url
raw = client.people.with_raw_response.get_user("u-2")
assert raw.status_code == 200 and raw.parsed.uuid == "u-1"
try:
    client.people.get_user("..")
except ValueError as error:
    assert "user_id" in str(error)
else:
    raise AssertionError("a hostile path parameter was sent")

signature = inspect.signature(client.people.ping_user)
assert list(signature.parameters)[:2] == ["user_id", "note_text"], signature
assert signature.parameters["note_text"].annotation == "str"
assert inspect.getdoc(client.people.ping_user).startswith("Ping a user.")

async def go():
    transport = httpx.MockTransport(answer)
    async_client = AsyncAttention(api_key="k", http_client=httpx.AsyncClient(transport=transport))
    assert (await async_client.people.get_user("u-3")).uuid == "u-1"
    assert (await async_client.people.with_raw_response.get_user("u-3")).status_code == 200
asyncio.run(go())
print("ok")
"""


def test_a_new_tag_in_the_spec_becomes_a_typed_retried_resource(tmp_path: Path) -> None:
    _generate(_spec(), tmp_path)
    source = (tmp_path / "overlay/attention_sdk/resources/people.py").read_text()
    assert "Generated by `make gen`" in source
    assert "def import_(" in source
    paths = [tmp_path / "generated", tmp_path / "overlay"]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(map(str, paths))}
    used = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(USE_THE_NEW_TAG)],
        env=env, capture_output=True, text=True, check=False, cwd=tmp_path,
    )  # fmt: skip
    assert used.returncode == 0, used.stderr
    assert used.stdout.strip() == "ok"


def _small_spec() -> dict[str, Any]:
    """The test's tag alone: its paths and the schemas they reach. Generation reads the
    whole spec, so the refusals are checked on this one, in a second rather than ten."""
    spec = _spec()
    spec["paths"] = copy.deepcopy(NEW_PATHS)
    spec["tags"] = [tag for tag in spec["tags"] if tag["name"] == "people"]
    kept = reachable_schemas("User", spec) | reachable_schemas("PingRequest", spec)
    spec["components"] = {
        "securitySchemes": spec["components"]["securitySchemes"],
        "schemas": {n: s for n, s in spec["components"]["schemas"].items() if n in kept},
    }
    return spec


def _refused(tmp_path: Path, spec: dict[str, Any]) -> str:
    result = _render(spec, tmp_path)
    assert result.returncode == 1, result.stdout + result.stderr
    return result.stderr


def test_two_operations_with_one_name_are_refused(tmp_path: Path) -> None:
    spec = _small_spec()
    spec["paths"]["/users/{userId}"]["get"]["x-sdk-method"] = "ping_user"
    assert "group 'people': more than one member is named ['ping_user']" in _refused(tmp_path, spec)


def test_a_method_name_that_is_not_an_identifier_is_refused(tmp_path: Path) -> None:
    spec = _small_spec()
    spec["paths"]["/users/{userId}"]["get"]["x-sdk-method"] = "9lives"
    assert "does not make a Python identifier" in _refused(tmp_path, spec)


def test_a_parameter_that_clashes_with_the_options_is_refused(tmp_path: Path) -> None:
    spec = _small_spec()
    spec["paths"]["/users/import"]["post"]["parameters"][0]["name"] = "timeout"
    assert "clash with each other or the options" in _refused(tmp_path, spec)


def test_a_tag_that_would_shadow_a_client_attribute_is_refused(tmp_path: Path) -> None:
    spec = _small_spec()
    spec["paths"]["/users/import"]["post"]["tags"] = ["with_options"]
    assert "would shadow client.with_options" in _refused(tmp_path, spec)


def test_a_schema_keyword_the_checks_do_not_know_is_refused(tmp_path: Path) -> None:
    spec = _small_spec()
    spec["components"]["schemas"]["PingRequest"]["properties"]["noteText"]["minLength"] = 1
    assert "schema keywords ['minLength'] are not supported" in _refused(tmp_path, spec)


def test_a_schema_both_sent_and_received_is_refused(tmp_path: Path) -> None:
    # The model templates could not tell whether it reads None or UNSET for a field left out.
    spec = _small_spec()
    user = spec["components"]["schemas"]["User"]["properties"]
    user["lastPing"] = {"$ref": "#/components/schemas/PingRequest"}
    assert "schemas ['PingRequest'] are both sent and received" in _refused(tmp_path, spec)


def test_a_schema_no_operation_uses_is_refused(tmp_path: Path) -> None:
    spec = _small_spec()
    spec["components"]["schemas"]["Orphan"] = {"type": "object", "description": "Unused."}
    assert "schemas ['Orphan'] are in no request body and no response" in _refused(tmp_path, spec)


def test_types_lists_every_model_in_its_group(tmp_path: Path) -> None:
    assert _render(_small_spec(), tmp_path).returncode == 0
    types = (tmp_path / "overlay/attention_sdk/types.py").read_text()
    returned = types.index("What the methods return:")
    contained = types.index("What those contain:")
    bodies = types.index("Request bodies")
    assert returned < types.index("    User: An Attention user.") < contained
    assert bodies < types.index("    PingRequest: A ping.")
    assert '"PingRequest",' in types


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("mediaURL", "media_url"),
        ("userID", "user_id"),
        ("fromDateTime", "from_date_time"),
        ("skip_analysis", "skip_analysis"),
        ("filter[title]", "filter_title"),
        ("filter[owner.email]", "filter_owner_email"),
        ("filter[crm_field.entity_code]", "filter_crm_field_entity_code"),
        ("skipCRMFieldsCalculation", "skip_crm_fields_calculation"),
        ("conversationUUIDs", "conversation_uuids"),
        ("scorecardsItemsUUIDs", "scorecards_items_uuids"),
        ("teamUUID", "team_uuid"),
        ("IDs", "ids"),
        ("externalId", "external_id"),
        ("import", "import_"),
        ("class", "class_"),
        ("match", "match_"),
    ],
)
def test_python_names(name: str, expected: str) -> None:
    assert GEN.python_name(name, "test") == expected
