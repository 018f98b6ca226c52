"""A fleet of reconciliation workers on arq: one job per payout, keyed by its business key.

Run as many of these processes as you like, on as many machines, all pointed at the same Redis:

    FLEET_REDIS_URL=redis://127.0.0.1:6379/0 CONNECTFI_BASE_URL=... CONNECTFI_LOGIN=... \\
    CONNECTFI_PASSWORD=... arq fleet_worker.WorkerSettings      # or: python fleet_worker.py

and enqueue a batch from anywhere with :func:`enqueue_batch`. Why it pays each payout once:

- The arq job ID is ``payout:<key>``: enqueueing a key that is queued, running or done (its
  result is kept for a day) is refused, so a batch can be enqueued again after any failure.
- The payout's reference is ``reference_from_key("payout", key)``: when a job runs twice anyway
  (its worker was killed after paying, arq re-ran it), connectFi answers ``referenceExists`` and
  ``return_existing=True`` returns the transfer made the first time.
- Each process runs at most ``FLEET_CONCURRENCY`` jobs at a time (arq's ``max_jobs``), on one
  ``ConnectFi`` whose token lives in Redis (:class:`RedisTokenStore`): one login per token
  expiry for the whole fleet.

Jobs are JSON (amounts as strings, so exact): a worker never unpickles what it reads from Redis.
"""

from __future__ import annotations

import asyncio
import json
import os
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from arq import Retry
from arq.connections import ArqRedis, RedisSettings
from arq.worker import run_worker

from connectfi_async import (
    ConnectFi,
    ConnectFiError,
    DeclinedError,
    NotFoundError,
    RedisTokenStore,
    ReferenceMismatchError,
    ReferenceReusedError,
    RequestValidationError,
    ValidationError,
    reference_from_key,
)

QUEUE = "connectfi:payouts"
DEFAULT_CONCURRENCY = 50
# A job that has not finished in this time is cancelled and tried again (same reference); a
# killed worker's jobs are picked up by another worker 10 s after this.
JOB_TIMEOUT = float(os.environ.get("FLEET_JOB_TIMEOUT") or 15)
MAX_TRIES = 8
KEEP_RESULT = 24 * 3600


@dataclass(frozen=True)
class Payout:
    """One payout: ``key`` is your business key (an invoice ID, a payroll line)."""

    key: str
    card_id: str
    amount: Decimal

    @property
    def job_id(self) -> str:
        """The arq job ID: one job per business key."""
        return f"payout:{self.key}"

    @property
    def reference(self) -> str:
        """The connectFi reference: the same on every run of this payout."""
        return reference_from_key("payout", self.key)

    @property
    def description(self) -> str:
        """The transfer's description (1-60 characters), naming the business key."""
        return f"Payout {self.key}"[:60]


def dumps(job: dict[str, Any]) -> bytes:
    """arq's job serializer: JSON (Decimal as a string), never pickle."""
    return json.dumps(job, default=str).encode()


def loads(raw: bytes) -> dict[str, Any]:
    """arq's job deserializer."""
    job: dict[str, Any] = json.loads(raw)
    return job


async def enqueue_batch(redis: ArqRedis, payouts: Iterable[Payout], concurrency: int = 50) -> int:
    """Enqueue one job per payout; returns how many were new (the others exist already)."""
    gate = asyncio.Semaphore(concurrency)

    async def one(payout: Payout) -> bool:
        async with gate:
            job = await redis.enqueue_job(
                "pay",
                payout.key,
                payout.card_id,
                str(payout.amount),
                _job_id=payout.job_id,
                _queue_name=QUEUE,
            )
            return job is not None

    return sum(await asyncio.gather(*(one(p) for p in payouts)))


async def pay(ctx: dict[str, Any], key: str, card_id: str, amount: str) -> dict[str, Any]:
    """The job: pay ``amount`` to ``card_id`` for ``key``, or find the payment made before."""
    cf: ConnectFi = ctx["connectfi"]
    payout = Payout(key, card_id, Decimal(amount))
    call = cf.with_raw_response.ibis.financial.funds_credit(
        {
            "cFiCardId": payout.card_id,
            "amount": payout.amount,
            "currency": "USD",
            "description": payout.description,
        },
        reference=payout.reference,
        return_existing=True,
    )
    try:
        # Inside arq's job_timeout: a job arq times out is failed for good, one that raises
        # Retry is run again (and the same reference makes that safe).
        result = await asyncio.wait_for(call, JOB_TIMEOUT * 0.8)
    except ReferenceReusedError:
        # The key was sent before with another card or amount (by this process or, with a
        # RedisTokenStore, by the fleet): nothing was sent, and a human must look.
        return {"key": key, "status": "conflict", "fundsId": None}
    except ReferenceMismatchError as exc:
        # The key was paid before, to another card or amount (found after a lost answer).
        found = getattr(exc.found, "c_fi_funds_id", None)
        return {"key": key, "status": "conflict", "fundsId": found}
    except (DeclinedError, NotFoundError, ValidationError, RequestValidationError) as exc:
        # Final answers: this payout cannot be made as it is; running it again changes nothing.
        return {"key": key, "status": "failed", "why": f"{type(exc).__name__}: {exc}"}
    except (ConnectFiError, asyncio.TimeoutError) as exc:
        # The outcome is unknown or refused for now (after the client's own retries).
        raise Retry(defer=min(30.0, 0.5 * ctx["job_try"])) from exc
    transfer = result.data
    await ctx["redis"].incr(f"{QUEUE}:done:{os.getpid()}")
    return {
        "key": key,
        "status": "already_paid" if result.recovered else "paid",
        "fundsId": transfer.c_fi_funds_id,
    }


async def startup(ctx: dict[str, Any]) -> None:
    """One ConnectFi per process, its token shared with the fleet through Redis."""
    token_url = os.environ.get("FLEET_TOKEN_REDIS_URL") or os.environ["FLEET_REDIS_URL"]
    store = RedisTokenStore.from_url(token_url)
    ctx["token_store"] = store
    ctx["connectfi"] = ConnectFi(token_store=store)  # CONNECTFI_BASE_URL, _LOGIN, _PASSWORD


async def shutdown(ctx: dict[str, Any]) -> None:
    """Close the client and the token store's Redis connection."""
    await ctx["connectfi"].aclose()
    await ctx["token_store"].aclose()


class WorkerSettings:
    """``arq fleet_worker.WorkerSettings`` (configured from the environment)."""

    functions = [pay]  # noqa: RUF012  (arq reads these class attributes)
    on_startup = startup
    on_shutdown = shutdown
    queue_name = QUEUE
    redis_settings = RedisSettings.from_dsn(
        os.environ.get("FLEET_REDIS_URL") or "redis://127.0.0.1:6379/0"
    )
    max_jobs = int(os.environ.get("FLEET_CONCURRENCY") or DEFAULT_CONCURRENCY)
    job_timeout = JOB_TIMEOUT
    max_tries = MAX_TRIES
    keep_result = KEEP_RESULT
    poll_delay = 0.05
    burst = os.environ.get("FLEET_BURST") == "1"  # stop when the queue is empty
    job_serializer = staticmethod(dumps)
    job_deserializer = staticmethod(loads)
    log_results = False


if __name__ == "__main__":
    run_worker(WorkerSettings)  # type: ignore[arg-type]
