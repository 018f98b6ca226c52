# connectfi-async developer commands. Every target installs what it needs into .venv.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
REDOCLY := @redocly/cli@2.77.0
SANDBOX_PORT ?= 8080
DEMO_PORT ?= 8080
FLEET_PAYOUTS ?= 10000

.PHONY: setup generate check test lint types drift lint-spec bench demo sandbox fleet clean

setup: $(STAMP)

$(STAMP): pyproject.toml generator/requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]' -r generator/requirements.txt
	touch $(STAMP)

generate: setup  ## regenerate src/connectfi_async/_generated from openapi/connectfi.yaml
	$(BIN)/python generator/generate.py

drift: setup  ## fail when the committed generated code differs from a fresh generation
	$(BIN)/python generator/generate.py --check

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

types: setup
	$(BIN)/mypy

lint-spec: setup  ## openapi-spec-validator and Redocly CLI on the document
	$(BIN)/openapi-spec-validator openapi/connectfi.yaml
	npx --yes $(REDOCLY) lint --config openapi/redocly.yaml openapi/connectfi.yaml

test: setup lint-spec
	$(BIN)/pytest

check: lint types drift test

bench: setup  ## raw httpx, raw aiohttp and ConnectFi against nginx on 127.0.0.1; writes BENCHMARKS.md
	$(BIN)/pip install --quiet -e '.[bench]'
	$(BIN)/python bench/run.py

sandbox: setup  ## serve the local sandbox on 127.0.0.1:$(SANDBOX_PORT) (login sandbox / sandbox-password)
	$(BIN)/python -m connectfi_async.sandbox --host 127.0.0.1 --port $(SANDBOX_PORT)

demo: setup  ## start the sandbox, run examples/card_lifecycle.py against it, stop the sandbox
	$(BIN)/python examples/run_demo.py --port $(DEMO_PORT)

fleet: setup  ## redis-server, the sandbox and 4 arq workers: 10,000 payouts, 20% answers dropped, a worker killed
	@command -v redis-server >/dev/null || { echo "redis-server is missing: apt-get install redis-server"; exit 2; }
	$(BIN)/pip install --quiet -e '.[fleet]'
	$(BIN)/python examples/fleet.py --payouts $(FLEET_PAYOUTS)

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
