"""Test helpers for attention-sdk: an in-memory stand-in of the Attention API.

The stand-in is a real HTTP server on loopback that serves every operation of the spec,
so a client is exercised through real sockets, offline::

    from attention_sdk.testing import AttentionStandIn

    with AttentionStandIn(api_key="test-key") as server:
        server.fail_next(1, 503, retry_after="1")
        ...  # point a client at server.base_url with api key "test-key"

It refuses, with a 400 naming it, any query parameter or body field that the spec does
not declare and any malformed value; ``server.accept_extra(query=[...], body=[...])``
lets a test send named extras.

Run it on its own with ``python -m attention_sdk.testing --port 8080``. pytest fixtures
are in ``attention_sdk.testing.pytest_plugin`` (opt in with ``pytest_plugins``), and
``vcr_config()`` gives vcrpy settings for cassettes recorded against the stand-in.
``build_example(schema)`` gives a value of one of the spec's schemas (by name), from its
examples or else a minimal one: a request body the stand-in accepts, say.
"""

from attention_sdk.testing._instances import build_example
from attention_sdk.testing._recording import vcr_config
from attention_sdk.testing._server import AttentionStandIn, RecordedRequest

__all__ = ["AttentionStandIn", "RecordedRequest", "build_example", "vcr_config"]
