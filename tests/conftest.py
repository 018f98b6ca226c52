"""Shared pytest configuration."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from connectfi_async._bindings import PROCESS_BINDINGS

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
