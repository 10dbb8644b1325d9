# attention-sdk: one Makefile for generation, checks and tests.
# `make test` and `make demo` are all a newcomer needs; both set up what they use.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
SPEC   := openapi/attention.yaml
PACKAGE   := overlay/attention_sdk
RESOURCES := $(PACKAGE)/resources
TYPES     := overlay/attention_sdk/types.py
SPEC_JSON := overlay/attention_sdk/testing/data/openapi.json

# The generator runs with these exact versions (pinned in requirements/dev.txt),
# so a fresh `make gen` reproduces generated/ byte for byte.
GEN_ARGS := generate --config generator-config.yaml \
            --custom-template-path templates --meta uv --fail-on-warning --overwrite

.PHONY: help venv gen check-spec check-drift lint test docs docs-serve browser demo cassettes \
        fuzz bench reliability dist test-deps lock clean

help:
	@echo "make test    set up .venv, then run every check and test"
	@echo "make docs    build the documentation site into site/ (strict); make docs-serve previews it"
	@echo "make demo    relabel conversations on the built-in stand-in (LIVE=1: the live API)"
	@echo "make cassettes  re-record tests/cassettes/ against the stand-in (LIVE=1: the live API)"
	@echo "make fuzz    the property-based round trips and the contract, with many more examples"
	@echo "make bench   benchmark ratios; writes bench/RESULTS.md (BEFORE=rev: compare per call)"
	@echo "make reliability  the fault, load and security scenarios; writes docs/reliability.md"
	@echo "make gen     regenerate generated/, $(RESOURCES)/ and $(TYPES) from $(SPEC)"
	@echo "make lint    ruff and mypy --strict over everything we write and generate"
	@echo "make dist    build both packages' wheels and sdists into dist/, check and install them"
	@echo "make test-deps  the smoke tests on the newest and the oldest dependencies allowed"
	@echo "make lock    refresh requirements/dev.txt from requirements/dev.in"

# The venv is rebuilt when the pinned requirements change.
$(BIN)/.installed: requirements/dev.txt
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11+ is required; set PYTHON=/path/to/python3.11")'
	$(PYTHON) -m venv $(VENV)
	@# uv installs the pinned set in seconds, where pip spends a minute of CPU resolving
	@# and unpacking it; pip only bootstraps uv itself, at its pin in dev.txt.
	$(BIN)/python -m pip install --quiet --disable-pip-version-check "$$(grep '^uv==' requirements/dev.txt)"
	$(BIN)/uv pip install --quiet --python $(BIN)/python -r requirements/dev.txt
	@touch $@

# generated/ and overlay/ are installed as users install them (not editable), and
# reinstalled when their files change. No build isolation: hatchling is pinned in the
# venv, so nothing is downloaded.
PACKAGE_FILES := $(shell find generated overlay -type f -not -path '*/__pycache__/*' 2>/dev/null)
$(BIN)/.packages: $(BIN)/.installed $(PACKAGE_FILES)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps \
	    --no-build-isolation --force-reinstall ./generated ./overlay
	@touch $@

venv: $(BIN)/.packages

# Two steps: openapi-python-client writes generated/ (models and request builders), then
# scripts/gen_resources.py renders the overlay's resource classes and attention_sdk.types
# from the same spec.
# Both read the spec as JSON (scripts/spec_to_json.py): the same document, parsed in a
# fraction of the time YAML takes.
gen: $(BIN)/.installed
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	$(BIN)/python scripts/spec_to_json.py $(SPEC) "$$tmp/attention.json" && \
	echo "openapi-python-client: generated/ from $(SPEC)" && \
	RUFF_NO_CACHE=true PATH="$(abspath $(BIN)):$$PATH" $(BIN)/openapi-python-client $(GEN_ARGS) \
	    --path "$$tmp/attention.json" --output-path generated && \
	PATH="$(abspath $(BIN)):$$PATH" $(BIN)/python scripts/gen_resources.py --spec "$$tmp/attention.json" \
	    --package $(PACKAGE) --out $(RESOURCES) --types $(TYPES) --spec-json $(SPEC_JSON) \
	    --docs docs

check-spec: $(BIN)/.installed
	$(BIN)/openapi-spec-validator $(SPEC)

# Regenerates into a temporary copy and compares; never rewrites the tree.
check-drift: $(BIN)/.installed
	PATH="$(CURDIR)/$(BIN):$$PATH" scripts/check-drift

lint: $(BIN)/.packages
	$(BIN)/ruff check scripts tests overlay examples bench
	$(BIN)/ruff format --check scripts tests overlay examples bench
	cd generated && ../$(BIN)/ruff check --no-cache . && ../$(BIN)/ruff format --no-cache --check .
	$(BIN)/mypy --config-file= --strict generated/attention_client
	$(BIN)/mypy overlay/attention_sdk tests examples bench

# -n auto: one worker per core (pytest-xdist); the suite grows with the spec.
PYTEST_WORKERS := -n auto --maxprocesses=4

# Chromium (for the site's browser check) is installed, when missing, while the checks
# run: both take most of a minute on a new machine, one on the network, one on the CPU.
test: $(BIN)/.packages
	@scripts/ensure-chromium > $(VENV)/browser.log 2>&1 & browser=$$!; \
	$(MAKE) --no-print-directory check-spec check-drift lint docs; checks=$$?; \
	wait $$browser || { cat $(VENV)/browser.log; exit 1; }; exit $$checks
	$(BIN)/pytest $(PYTEST_WORKERS)
	@# The JSON codec's other half: orjson ([speedups]) is installed, so these run again
	@# with the standard library alone (attention_sdk/_json.py).
	ATTENTION_JSON=stdlib $(BIN)/pytest $(PYTEST_WORKERS) -q -p no:cacheprovider $(CODEC_TESTS)

# The site (mkdocs.yml): guides from docs/, the reference from the docstrings make gen
# writes. Strict: a broken link, a missing reference or any warning fails the build.
# The banner Material 9.8 prints about its end of life is answered in docs/contributing.md.
MKDOCS := NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs
docs: $(BIN)/.packages
	$(MKDOCS) build --strict --quiet

docs-serve: $(BIN)/.packages
	$(MKDOCS) serve --strict --dev-addr 127.0.0.1:8000

# The browser check (tests/docs/test_browser.py) drives Debian's chromium; make test
# installs it this way, in the background.
browser:
	@scripts/ensure-chromium

# make demo needs none of the tools: its own venv holds the two packages and their pinned
# runtime dependencies (requirements/runtime.txt; hatchling too, to build the packages
# without downloading it), so the first run takes seconds. Rebuilt when either changes.
DEMO_VENV := .venv-demo
$(DEMO_VENV)/.installed: requirements/runtime.txt
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11+ is required; set PYTHON=/path/to/python3.11")'
	@echo "Setting up $(DEMO_VENV): the SDK and its runtime dependencies, pinned (once)."
	@rm -rf $(DEMO_VENV) && $(PYTHON) -m venv $(DEMO_VENV)
	@$(DEMO_VENV)/bin/python -m pip install --quiet --disable-pip-version-check -r requirements/runtime.txt
	@touch $@

$(DEMO_VENV)/.packages: $(DEMO_VENV)/.installed $(PACKAGE_FILES)
	@$(DEMO_VENV)/bin/python -m pip install --quiet --disable-pip-version-check --no-deps \
	    --no-build-isolation --force-reinstall ./generated ./overlay
	@touch $@

# LIVE=1 runs on the live API with ATTENTION_API_KEY; without it, always the stand-in.
demo: $(DEMO_VENV)/.packages
	PYTHON_BIN=$(DEMO_VENV)/bin/python scripts/demo $(if $(LIVE),--live)

# LIVE=1 records against the live API with ATTENTION_API_KEY (what it can: no faults there).
cassettes: $(BIN)/.packages
	$(BIN)/python -m tests.support.cassettes $(if $(LIVE),--live)

# make test runs the property tests at 1,000 examples; this runs the "fuzz" profile.
fuzz: $(BIN)/.packages
	ATTENTION_HYPOTHESIS_PROFILE=fuzz $(BIN)/pytest $(PYTEST_WORKERS) -p no:cacheprovider \
	    tests/core/test_properties.py tests/standin/test_contract.py

# The suites where the codec decides: both codecs side by side, error bodies, hostile
# bodies (NaN, byte-order marks, huge integers) and every operation's recorded exchange.
CODEC_TESTS := tests/core/test_json_codec.py tests/core/test_errors.py \
               tests/core/test_hostile.py tests/core/test_cassettes.py
RELIABILITY_TESTS := tests/core/test_faults.py tests/core/test_bulk.py \
                     tests/core/test_security.py tests/core/test_hostile.py \
                     tests/core/test_corrupt_body.py tests/core/test_with_options.py \
                     tests/core/test_properties.py
reliability: $(BIN)/.packages
	$(BIN)/python -m pytest -p no:cacheprovider -p tests.support.reliability_report \
	    --reliability-report docs/reliability.md $(RELIABILITY_TESTS)

# Every figure (bench/README.md), one module each, as ratios measured in the same run; the
# results go to bench/results.json, rendered into bench/RESULTS.md and docs/performance.md.
# BEFORE=<git revision> adds today's overlay and models against those at that revision,
# in the same run (the resource layer was held to within 2% of the hand-written one
# this way).
bench: $(BIN)/.packages
	$(BIN)/python bench/run.py $(if $(BEFORE),--before $(BEFORE))

# build and twine (requirements/release.txt) are installed into .venv by make dist and
# make test-deps only, so that make test (and CI) does not install what it never runs.
$(BIN)/.release: $(BIN)/.installed requirements/release.txt
	$(BIN)/uv pip install --quiet --python $(BIN)/python -r requirements/release.txt
	@touch $@

# The release artifacts: a wheel and an sdist of each package (each wheel built from its
# sdist, so the sdist is known to be complete), with the pinned hatchling of the venv (no
# build isolation: nothing is downloaded, and the same tree builds the same files).
# twine checks the metadata as PyPI renders it; scripts/dist_check.py installs the wheels
# with the extras into a fresh venv and runs the README's Quickstart and `attention --help`
# there. Not part of make test: the install alone takes longer than CI can spare.
dist: $(BIN)/.release
	rm -rf dist
	$(BIN)/python -m build --no-isolation --outdir dist generated
	$(BIN)/python -m build --no-isolation --outdir dist overlay
	$(BIN)/twine check --strict dist/*
	$(BIN)/python scripts/dist_check.py --dist dist --readme README.md

# The smoke suite (scripts/test_deps.py) on the newest and on the oldest versions that the
# two packages' dependency ranges allow, extras included, each set resolved by uv and
# installed into a fresh venv; the sets and logs go to build/test-deps/. Run it before a
# release and when a dependency publishes a major version. Not part of make test: it takes
# minutes, and the newest versions change while the commit does not.
test-deps: $(BIN)/.release
	$(BIN)/python scripts/test_deps.py

lock:
	rm -rf /tmp/attention-sdk-lock && $(PYTHON) -m venv /tmp/attention-sdk-lock
	/tmp/attention-sdk-lock/bin/pip install --quiet -r requirements/dev.in
	{ echo "# Frozen from requirements/dev.in by 'make lock'. Do not edit by hand."; \
	  /tmp/attention-sdk-lock/bin/pip freeze; } > requirements/dev.txt

clean:
	rm -rf $(VENV) $(DEMO_VENV) .pytest_cache .mypy_cache .ruff_cache
