"""The one key the suite's own clients and stand-ins use.

It is the key of the package's pytest plugin (attention_sdk.testing.pytest_plugin), so a
test that builds its own stand-in or client and one that takes the attention_* fixtures
send and accept the same key. A test that needs a second key on purpose (a wrong key,
distinct secrets to redact, the cassettes' recording key) names its own for what it is for.
"""

from __future__ import annotations

from attention_sdk.testing.pytest_plugin import API_KEY

KEY = API_KEY
