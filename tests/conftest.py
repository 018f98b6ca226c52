"""Shared pytest configuration."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from connectfi_async._bindings import PROCESS_BINDINGS
from connectfi_async.sandbox import SandboxApp

# The generator driver and the examples are scripts, not packages; the tests import them by path.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "generator"))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "examples"))

# The pinned generator (openapi-python-client 0.29.1) needs Python 3.11+, while the client it
# writes supports 3.10: there, the tests that run the generator are not collected, and the
# header of the run says so.
GENERATOR_TESTS = ["test_generation.py", "test_generator_authoring.py", "test_surface_report.py"]
GENERATOR_RUNS = sys.version_info >= (3, 11)
# httpx2 and httpx2-pytest support Python 3.11+ only (the SDK's default there is httpx).
HTTPX2_TESTS = ["test_httpx2.py"]
collect_ignore = [] if GENERATOR_RUNS else GENERATOR_TESTS + HTTPX2_TESTS


def pytest_report_header() -> str | None:
    if GENERATOR_RUNS:
        return None
    return (
        "generator tests not collected on Python < 3.11 (openapi-python-client 0.29.1 needs"
        f" 3.11+): {', '.join(GENERATOR_TESTS)}; nor httpx2's (3.11+): {', '.join(HTTPX2_TESTS)}"
    )


@pytest.fixture(autouse=True)
def _fresh_reference_bindings() -> Iterator[None]:
    """Each test starts as a new process would: no reference bound to a request yet."""
    PROCESS_BINDINGS.clear()
    yield
    PROCESS_BINDINGS.clear()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # The slow tests first: with parallel workers (make test), a test of many seconds handed
    # out last would leave every other worker idle while it runs. The order stays the same
    # on every worker (pytest-xdist requires it); no test depends on it.
    items.sort(key=lambda item: item.get_closest_marker("slow") is None)


# -- every sandbox answer is held to its documented schema, closed (issue 22) ---------------------
#
# Each test's sandbox answers are checked as they are made: a 200 answer against its response
# schema with every object closed (tests/strict_schema.py), so a field the spec does not
# declare, or one in the wrong place, fails the test that saw it. A handler that indexes a body
# field the request schema does not declare (``body["x"]``: it fails without it) fails too.

SANDBOX_FINDINGS: list[str] = []
ANSWERED: set[str] = set()  # operations the sandbox answered 200 in this session


def _declared_request_fields(operation_id: str) -> frozenset[str] | None:
    from connectfi_async._spec import request_schema, resolve

    schema = request_schema(operation_id)
    if schema is None:
        return None
    names = set(schema.get("properties", {}))
    for key in ("oneOf", "anyOf"):
        for branch in schema.get(key, []):
            names |= set(resolve(branch).get("properties", {}))
    return frozenset(names)


# Undeclared fields a handler may look at without needing them, and why.
TOLERATED_READS = {
    # The docs' init example says customerReference, stored customers show reference.
    ("customerInit", "reference"): "either name of the customer's reference",
    # The business branch's contents were not documented.
    ("customerInit", "business"): "business details, when sent under that name",
    # The date property's name was not documented (the spec declares none).
    ("transferToAchReturnRates", "date"): "an optional reporting date",
}


class _IndexedBody(dict):  # type: ignore[type-arg]
    """A request body that reports a handler reading a field the spec does not declare:
    indexing one (it fails without it) always, ``get`` unless ``TOLERATED_READS`` says why."""

    operation_id = ""
    declared: frozenset[str] = frozenset()

    def __getitem__(self, key: str) -> object:
        if key not in self.declared:
            SANDBOX_FINDINGS.append(
                f"{self.operation_id}: the sandbox requires {key!r}, undeclared in the spec"
            )
        return super().__getitem__(key)

    def get(self, key: str, default: object = None) -> object:
        if key not in self.declared and (self.operation_id, key) not in TOLERATED_READS:
            SANDBOX_FINDINGS.append(
                f"{self.operation_id}: the sandbox reads {key!r}, undeclared in the spec"
            )
        return super().get(key, default)


@pytest.fixture(autouse=True)
def _sandbox_answers_match_their_schemas(monkeypatch: pytest.MonkeyPatch) -> object:
    from strict_schema import strict_violations

    from connectfi_async._json import json_loads

    parse, handle = SandboxApp._parse, SandboxApp._handle

    def checked_parse(self: SandboxApp, operation_id: str, *args: object) -> object:
        body = parse(self, operation_id, *args)  # type: ignore[arg-type]
        declared = _declared_request_fields(operation_id)
        if type(body) is dict and declared is not None:
            indexed = _IndexedBody(body)
            indexed.operation_id, indexed.declared = operation_id, declared
            return indexed
        return body

    def checked_handle(self: SandboxApp, operation_id: str, *args: object) -> tuple[int, bytes]:
        status, payload = handle(self, operation_id, *args)  # type: ignore[arg-type]
        if status == 200:
            ANSWERED.add(operation_id)
            for violation in strict_violations(operation_id, status, json_loads(payload)):
                SANDBOX_FINDINGS.append(f"{operation_id} answered {violation}")
        return status, payload

    monkeypatch.setattr(SandboxApp, "_parse", checked_parse)
    monkeypatch.setattr(SandboxApp, "_handle", checked_handle)
    SANDBOX_FINDINGS.clear()
    yield
    found = sorted(set(SANDBOX_FINDINGS))
    SANDBOX_FINDINGS.clear()
    assert not found, "the sandbox broke the spec:\n" + "\n".join(found)


@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node: Any, error: object) -> None:
    """pytest-xdist: a worker's answered operations join the controller's."""
    ANSWERED.update(node.workeroutput.get("answered", []))


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """On a full, green run: every operation was answered 200 (so each was checked above)."""
    from connectfi_async._spec import document

    workeroutput = getattr(session.config, "workeroutput", None)
    if workeroutput is not None:  # a pytest-xdist worker: the controller checks the union
        workeroutput["answered"] = sorted(ANSWERED)
        return

    whole = not session.config.option.keyword and all(
        Path(arg).resolve() == Path(__file__).resolve().parent for arg in session.config.args
    )
    if not whole or exitstatus != 0:
        return
    every = {op["operationId"] for item in document()["paths"].values() for op in item.values()}
    never = sorted(every - ANSWERED)
    if never:
        print(f"\nthe sandbox never answered 200 (unchecked): {', '.join(never)}")
        session.exitstatus = 1
