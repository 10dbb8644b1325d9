"""make gen, second step: the overlay's resource groups, operation table and types index.

openapi-python-client writes generated/ (models and one request builder per operation)
but has no hook for files outside it, and drops the spec's x-* keys. This package parses
the same spec with the same pinned generator, used as a library, for the names it gave
(endpoint modules, parameter and model names), reads the x-sdk-* keys and the schemas
from the raw document, and renders templates/sdk/ into overlay/attention_sdk/:

- resources/<tag>.py: one module per top-level group, with the builders and the four
  views (sync, async, and their raw-response twins) of every operation of the group and
  of the groups nested in it (x-sdk-group);
- resources/__init__.py: one lazily built attribute per top-level group on the clients;
- resources/_operations.py: the table of operations the `attention` command reads;
- types.py: every model, grouped by what the user does with it;
- testing/data/openapi.json: the spec the stand-in reads.

Modules: names (identifiers), spec (references, request value kinds), plan (groups,
operations and each method's four views, worked out in Python so the templates only
print), model_index (types.py), render (files). It refuses what would generate broken or
surprising code: names that are not identifiers, duplicate names, schema keywords it
does not know, a group that shadows a client attribute, and a schema that is both sent
and received (templates/model_roles.jinja could not classify it).
"""
