"""The ``connectfi_sandbox`` fixture under every way of running async tests, and sync ones.

Each inner test file runs in its own pytest process (the plugin comes from the package's entry
point) and makes real calls through the fixture; the outer test checks its outcome.
"""

from __future__ import annotations

import asyncio
import subprocess
import sys
import threading

import pytest

from connectfi_async.testing import SandboxServer

pytest_plugins = ["pytester"]

BODY = """
    async with connectfi_sandbox.client() as cf:
        created = await cf.customer.init(
            {"customerType": "individual", "customer": {"firstName": "Jo", "lastName": "Doe"}}
        )
        await cf.akepa.identification({"customerId": created.customer_id})
        found = await cf.customer.status(created.customer_id)
    assert found.customer_id == created.customer_id
    assert connectfi_sandbox.app.store.logins == 1
    connectfi_sandbox.app.expire_tokens()
"""

STRICT = "import pytest\n\n@pytest.mark.asyncio\nasync def test_calls(connectfi_sandbox):" + BODY
AUTO = "async def test_calls(connectfi_sandbox):" + BODY
ANYIO = "import pytest\n\n@pytest.mark.anyio\nasync def test_calls(connectfi_sandbox):" + BODY
SYNC = (
    """
import asyncio

def test_calls(connectfi_sandbox):
    async def main():"""
    + BODY.replace("\n    ", "\n        ")
    + """
    asyncio.run(main())
    assert connectfi_sandbox.app.store.logins == 1
"""
)

# Plugins the inner runs do not use are left out: schemathesis alone takes seconds to import.
UNUSED = ("schemathesis", "hypothesispytest", "pytest_httpx", "respx", "cacheprovider")
OPTIONS = (
    *(option for name in UNUSED for option in ("-p", f"no:{name}")),
    *("-o", "asyncio_default_fixture_loop_scope=function"),
)


@pytest.mark.parametrize(
    ("source", "mode"),
    [(STRICT, "strict"), (AUTO, "auto"), (ANYIO, "strict"), (SYNC, "strict")],
    ids=["pytest-asyncio-strict", "pytest-asyncio-auto", "anyio", "sync"],
)
def test_the_fixture_serves_real_calls_in_every_test_style(
    pytester: pytest.Pytester, source: str, mode: str
) -> None:
    pytester.makepyfile(test_inner=source)
    # -W error: a warning (an unclosed loop, an exception in the server thread) fails it too.
    result = pytester.runpytest_subprocess(*OPTIONS, "-o", f"asyncio_mode={mode}", "-W", "error")
    result.assert_outcomes(passed=1)


def test_a_strict_mode_failure_inside_the_fixture_is_reported_as_a_failure(
    pytester: pytest.Pytester,
) -> None:
    """The outer check can fail: an inner assertion about the sandbox's state that is false."""
    pytester.makepyfile(test_inner=STRICT.replace("logins == 1", "logins == 2"))
    result = pytester.runpytest_subprocess(*OPTIONS, "-o", "asyncio_mode=strict")
    result.assert_outcomes(failed=1)


async def test_the_fixture_serves_from_its_own_thread_and_state_changes_run_there(
    connectfi_sandbox: SandboxServer,
) -> None:
    here = threading.get_ident()
    serving = connectfi_sandbox.call(threading.get_ident)
    assert serving != here
    async with connectfi_sandbox.client() as cf:
        await cf.health()
        assert connectfi_sandbox.app.loop is not asyncio.get_running_loop()
        # Changed on the serving loop, seen by the next call: the old token is refused.
        connectfi_sandbox.app.expire_tokens()
        await cf.health()
    assert connectfi_sandbox.app.store.logins == 2


# What loading the plugin must not import: the sandbox app, its server, the client and its
# HTTP stack are imported when a fixture (or SandboxServer) is first used.
DEFERRED = ("uvicorn", "connectfi_async.sandbox", "connectfi_async._client", "httpx", "aiohttp")


def test_importing_the_plugin_imports_neither_the_sandbox_nor_uvicorn() -> None:
    check = (
        "import sys, connectfi_async.testing\n"
        f"print(sorted(m for m in {DEFERRED!r} if m in sys.modules))"
    )
    run = subprocess.run([sys.executable, "-c", check], capture_output=True, text=True, check=True)
    assert run.stdout.strip() == "[]"


UNUSED_FIXTURE = f"""
import sys

def test_without_the_fixture():
    assert "connectfi_async.testing" in sys.modules  # the plugin is loaded
    assert [m for m in {DEFERRED[:3]!r} if m in sys.modules] == []

def test_with_the_fixture(connectfi_sandbox):
    assert connectfi_sandbox.base_url.startswith("http://127.0.0.1:")
    assert "uvicorn" in sys.modules and "connectfi_async.sandbox" in sys.modules
"""


def test_a_test_run_that_uses_no_fixture_loads_no_sandbox(pytester: pytest.Pytester) -> None:
    """A user's run: the plugin comes from the entry point; the sandbox only with the fixture."""
    pytester.makepyfile(test_inner=UNUSED_FIXTURE)
    result = pytester.runpytest_subprocess(*OPTIONS, "-p", "no:anyio", "-p", "no:asyncio")
    result.assert_outcomes(passed=2)
