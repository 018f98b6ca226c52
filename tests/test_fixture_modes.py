"""The ``connectfi_sandbox`` fixture under every way of running async tests, and sync ones.

Each inner test file runs in its own pytest process (the plugin comes from the package's entry
point) and makes real calls through the fixture; the outer test checks its outcome.
"""

from __future__ import annotations

import asyncio
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
