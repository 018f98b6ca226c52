"""What the ``connectfi_async`` logger says, at which level, over real HTTP on both backends.

A plain call logs only DEBUG lines (one per attempt); a retried call adds one INFO line with
the reason and the wait; a call recovered by reference after a lost answer adds a WARNING with
the reference. ``CONNECTFI_LOG`` sets the level (and a stderr handler when none would show
the lines). No line holds a password, a token or a request body.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from collections.abc import Iterator

import pytest
from client_support import E2E_BACKENDS

from connectfi_async import ConnectFi, RetryPolicy, _logging
from connectfi_async.params import CustomerInitParams
from connectfi_async.sandbox import Fault
from connectfi_async.testing import SandboxServer

RETRY = RetryPolicy(max_attempts=4, backoff_initial=0.002, backoff_max=0.01)
FIRST, LAST = "Sarabeth", "Quillfeather"  # request data that must never be logged
CUSTOMER: CustomerInitParams = {
    "customerType": "individual",
    "customer": {"firstName": FIRST, "lastName": LAST},
}
INIT = "POST /customer/init"
SDK = "connectfi_async"


@pytest.fixture
def records(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    caplog.set_level(logging.DEBUG, logger=SDK)
    return caplog


def sdk_lines(records: pytest.LogCaptureFixture) -> list[tuple[int, str]]:
    return [(r.levelno, r.getMessage()) for r in records.records if r.name == SDK]


def assert_no_secrets(server: SandboxServer, records: pytest.LogCaptureFixture) -> None:
    text = "\n".join(r.getMessage() for r in records.records)
    tokens = list(server.app.store.tokens)
    assert tokens
    for secret in (server.password, *tokens, FIRST, LAST):
        assert secret not in text


@pytest.mark.parametrize("backend", E2E_BACKENDS)
async def test_a_plain_call_logs_each_attempt_at_debug_only(
    connectfi_sandbox: SandboxServer, records: pytest.LogCaptureFixture, backend: str
) -> None:
    async with connectfi_sandbox.client(backend=backend) as cf:
        await cf.customer.init(CUSTOMER)
    lines = sdk_lines(records)
    assert [level for level, _ in lines] == [logging.DEBUG, logging.DEBUG]
    assert lines[0][1].startswith("POST /auth/get-token -> 200 requestId=")
    assert lines[1][1].startswith(f"{INIT} -> 200 requestId=")
    assert "attempt=1 elapsed_ms=" in lines[1][1]
    assert_no_secrets(connectfi_sandbox, records)


@pytest.mark.parametrize("backend", E2E_BACKENDS)
async def test_a_retried_call_logs_the_retry_at_info_with_its_reason_and_wait(
    connectfi_sandbox: SandboxServer, records: pytest.LogCaptureFixture, backend: str
) -> None:
    connectfi_sandbox.app.faults.add(Fault("error", path="/customer/init", times=1, status=503))
    async with connectfi_sandbox.client(backend=backend, retry=RETRY) as cf:
        answer = await cf.with_raw_response.customer.init(CUSTOMER)
    assert not answer.recovered
    lines = sdk_lines(records)
    assert [level for level, _ in lines] == [logging.DEBUG] * 2 + [logging.INFO, logging.DEBUG]
    retry = lines[2][1]
    assert retry.startswith(f"{INIT}: attempt 1 failed (HTTP 503 ")
    assert "; retrying in 0.0" in retry
    assert lines[1][1].startswith(f"{INIT} -> 503")
    assert "attempt=2" in lines[3][1]
    assert_no_secrets(connectfi_sandbox, records)


@pytest.mark.parametrize("backend", E2E_BACKENDS)
async def test_a_recovered_call_logs_a_warning_with_its_reference(
    connectfi_sandbox: SandboxServer, records: pytest.LogCaptureFixture, backend: str
) -> None:
    connectfi_sandbox.app.faults.add(Fault("drop", path="/customer/init", times=1))
    async with connectfi_sandbox.client(backend=backend, retry=RETRY) as cf:
        answer = await cf.with_raw_response.customer.init(CUSTOMER)
        assert answer.recovered
        lines = sdk_lines(records)
        levels = {level for level, _ in lines}
        assert levels == {logging.DEBUG, logging.INFO, logging.WARNING}
        (retry,) = [text for level, text in lines if level == logging.INFO]
        assert retry.startswith(f"{INIT}: attempt 1 failed (customerInit: ")
        assert "may have reached the server" in retry
        (warning,) = [text for level, text in lines if level == logging.WARNING]
        assert warning == (
            f"{INIT}: an earlier attempt's outcome was unknown; "
            f"reference={answer.reference} found by reference and returned"
        )
        # Asked for by the caller, the same lookup is only INFO.
        records.clear()
        again = await cf.with_raw_response.customer.init(
            CUSTOMER, reference=answer.reference, return_existing=True
        )
        assert again.data.customer_id == answer.data.customer_id
        lines = sdk_lines(records)
        assert logging.WARNING not in {level for level, _ in lines}
        assert (
            logging.INFO,
            f"{INIT}: reference={answer.reference} already used; found by reference and returned",
        ) in lines
    assert len(connectfi_sandbox.app.store.customers) == 1
    assert_no_secrets(connectfi_sandbox, records)


# -- the CONNECTFI_LOG switch --------------------------------------------------------------------


@pytest.fixture
def fresh_switch(monkeypatch: pytest.MonkeyPatch) -> Iterator[logging.Logger]:
    """CONNECTFI_LOG not yet read, and the logger's level and handlers restored afterwards."""
    logger = _logging.logger
    level, handlers = logger.level, list(logger.handlers)
    monkeypatch.setattr(_logging, "_configured", False)
    yield logger
    logger.setLevel(level)
    logger.handlers[:] = handlers


@pytest.mark.parametrize("value", ["verbose", "error", "10"])
def test_an_unknown_connectfi_log_value_names_the_allowed_ones(
    monkeypatch: pytest.MonkeyPatch, fresh_switch: logging.Logger, value: str
) -> None:
    monkeypatch.setenv("CONNECTFI_LOG", value)
    with pytest.raises(ValueError, match=r"CONNECTFI_LOG must be one of debug, info, warning"):
        ConnectFi("http://127.0.0.1:9", "login", "password")


async def test_connectfi_log_is_read_once_when_the_first_client_is_made(
    monkeypatch: pytest.MonkeyPatch,
    fresh_switch: logging.Logger,
    caplog: pytest.LogCaptureFixture,
    connectfi_sandbox: SandboxServer,
) -> None:
    monkeypatch.setenv("CONNECTFI_LOG", "INFO")
    async with connectfi_sandbox.client() as cf:
        assert fresh_switch.level == logging.INFO
        await cf.customer.init(CUSTOMER)
    assert not [r for r in caplog.records if r.name == SDK]  # per-attempt lines are DEBUG
    # pytest's capture handler is on the root logger: no second handler was added.
    assert fresh_switch.handlers == []
    monkeypatch.setenv("CONNECTFI_LOG", "debug")
    async with connectfi_sandbox.client():
        assert fresh_switch.level == logging.INFO


SCRIPT = """
import asyncio
from connectfi_async import ConnectFi

async def main():
    async with ConnectFi() as cf:
        await cf.customer.init(
            {"customerType": "individual", "customer": {"firstName": "Sarabeth", "lastName": "Q"}}
        )

asyncio.run(main())
"""


@pytest.mark.parametrize("value", ["debug", "warning", ""])
def test_connectfi_log_adds_a_stderr_handler_when_nothing_else_shows_the_lines(
    connectfi_sandbox: SandboxServer, value: str
) -> None:
    env = {
        **os.environ,
        "CONNECTFI_LOG": value,
        "CONNECTFI_BASE_URL": connectfi_sandbox.base_url,
        "CONNECTFI_LOGIN": connectfi_sandbox.login,
        "CONNECTFI_PASSWORD": connectfi_sandbox.password,
    }
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert connectfi_sandbox.app.store.customers
    if value == "debug":
        lines = done.stderr.splitlines()
        assert len(lines) == 2
        assert " DEBUG connectfi_async: POST /auth/get-token -> 200 requestId=" in lines[0]
        assert " DEBUG connectfi_async: POST /customer/init -> 200 requestId=" in lines[1]
        assert connectfi_sandbox.password not in done.stderr
        assert "Sarabeth" not in done.stderr
    else:
        assert done.stderr == ""
