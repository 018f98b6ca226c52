"""Views (``with_options``) over one shared core, and a call's policy resolved once.

Over real TCP on both backends: the sandbox (uvicorn on 127.0.0.1) where it can play the API,
a scripted raw server on 127.0.0.1 for answers it never gives (503 on a read).
"""

# mypy: disable-error-code="arg-type"
# (bodies are sent as plain dicts; typed bodies are checked in tests/test_user_script_types.py)

from __future__ import annotations

import asyncio

import httpx
import pytest
from raw_http import Answer, RawServer, Request, envelope, login

from connectfi_async import ConnectFi, RetryPolicy, ServerError
from connectfi_async.testing import SandboxServer

pytestmark = pytest.mark.parametrize("backend", ["httpx", "aiohttp"])
CUSTOMER = {"customerType": "individual", "customer": {"firstName": "Jo", "lastName": "Doe"}}
NO_STATUSES = RetryPolicy(max_attempts=3, backoff_initial=0.0, retry_statuses=frozenset())
THREE = RetryPolicy(max_attempts=3, backoff_initial=0.0)


# -- a password changed through any view is the one every next login sends ----------------------


async def test_a_password_changed_through_a_view_is_used_by_every_next_login(
    connectfi_sandbox: SandboxServer, backend: str
) -> None:
    async with connectfi_sandbox.client(backend=backend) as cf:
        before = cf.with_options(timeout=30)
        await before.health()
        changer = cf.with_options(extra_headers={"X-Job": "rotate"})
        await changer.user.change_password(
            {"oldPassword": connectfi_sandbox.password, "newPassword": "N3w-Passw0rd!"}
        )
        after = cf.with_options(timeout=20)
        for client in (cf, before, changer, after):
            connectfi_sandbox.app.expire_tokens()
            await client.customer.init(CUSTOMER)  # logs in again: only the new password works
        assert connectfi_sandbox.app.store.logins == 5
        for client in (cf, before, changer, after):
            assert "N3w-Passw0rd!" not in repr(client)


async def test_a_password_changed_through_the_parent_reaches_its_views(
    connectfi_sandbox: SandboxServer, backend: str
) -> None:
    async with connectfi_sandbox.client(backend=backend) as cf:
        view = cf.with_options(timeout=30)
        await cf.user.change_password(
            {"oldPassword": connectfi_sandbox.password, "newPassword": "An0ther!Pass"}
        )
        connectfi_sandbox.app.expire_tokens()
        await view.customer.init(CUSTOMER)
        assert connectfi_sandbox.app.store.logins == 2


# -- a call's retry policy decides everything about that call --------------------------------------


async def busy(request: Request) -> Answer:
    if request.path == "/auth/get-token":
        return login()
    return 503, {"Content-Type": "application/json"}, b'{"code":"503","message":"busy"}'


@pytest.mark.parametrize(
    ("client_policy", "call_policy", "sent"),
    [(NO_STATUSES, THREE, 3), (THREE, NO_STATUSES, 1)],
    ids=["call-retries-503", "call-does-not"],
)
async def test_a_per_call_retry_policy_uses_its_own_retry_statuses(
    backend: str, client_policy: RetryPolicy, call_policy: RetryPolicy, sent: int
) -> None:
    async with (
        RawServer(busy) as server,
        ConnectFi(server.base_url, "u", "p", backend=backend, retry=client_policy) as cf,
    ):
        with pytest.raises(ServerError):
            await cf.health(retry=call_policy)
        with pytest.raises(ServerError):
            await cf.with_options(retry=call_policy).health()
        with pytest.raises(ServerError):
            await cf.with_options(retry=client_policy).health(retry=call_policy)
    assert server.paths() == ["/auth/get-token"] + ["/health"] * (3 * sent)


# -- views made per call share one pool, one token, one login ------------------------------------


async def ok(request: Request) -> Answer:
    if request.path == "/auth/get-token":
        return login()
    return envelope({"status": "ok"})


async def test_ten_thousand_views_made_per_call_share_one_pool_token_and_login(
    backend: str,
) -> None:
    pool = 8
    async with (
        RawServer(ok) as server,
        ConnectFi(
            server.base_url,
            "u",
            "p",
            backend=backend,
            limits=httpx.Limits(max_connections=pool, max_keepalive_connections=pool),
        ) as cf,
    ):

        async def one(i: int) -> None:
            await cf.with_options(timeout=10 + i % 7, extra_headers={"X-N": str(i)}).health()

        for start in range(0, 10_000, 500):
            await asyncio.gather(*(one(i) for i in range(start, start + 500)))
        view = cf.with_options(timeout=3)
        assert view.token_auth is cf.token_auth
        assert cf.token_auth.logins == 1
    assert server.paths().count("/auth/get-token") == 1
    assert len(server.requests) == 10_001
    assert server.connections <= pool
    assert {r.headers.get("x-n") for r in server.requests[-500:]} == {
        str(i) for i in range(9_500, 10_000)
    }
