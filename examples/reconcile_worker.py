"""A resumable payout worker: pay a batch exactly once, however often it runs.

Each payout is ``(business key, card ID, amount)``. Its reference is
``reference_from_key("payout", key)``, so every run sends the same reference for the same key:
a payout that an earlier run (or a crashed one) already made is answered ``referenceExists``,
and ``return_existing=True`` makes the SDK fetch and return that earlier transfer instead of
paying again. Card statuses are looked up first, concurrently, and payouts to cards that are
closed or unknown fail without being sent. Everything runs on one ``ConnectFi`` with at most
``concurrency`` requests in flight (an ``asyncio.Semaphore``).

    payouts = [Payout("invoice-1001", "icrd_...", Decimal("21.10")), ...]
    summary = await reconcile(cf, payouts)          # run it again: nothing is paid twice
    print(summary.paid, summary.already_paid, summary.failed, summary.total_amount)
"""

from __future__ import annotations

import asyncio
import os
import sys
from collections.abc import Awaitable, Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from typing import Any, TypeVar

from connectfi_async import (
    ConnectFi,
    ConnectFiError,
    NotFoundError,
    ValidationError,
    reference_from_key,
)
from connectfi_async.params import IbisInquiryTransactionHistoryParams

T = TypeVar("T")
R = TypeVar("R")

DEFAULT_CONCURRENCY = 50
ZERO = Decimal("0.00")
# Status codes of /ibis/card/status that cannot receive money.
UNPAYABLE = {"F": "card is closed"}
UNKNOWN_CARD = "unknown"


@dataclass(frozen=True)
class Payout:
    """One payout to make: ``key`` is your business key (an invoice ID, a payroll line)."""

    key: str
    card_id: str
    amount: Decimal

    @property
    def reference(self) -> str:
        """The connectFi reference of this payout: the same on every run."""
        return reference_from_key("payout", self.key)


@dataclass
class Summary:
    """What one run did.

    ``paid``: transfers this run created. ``already_paid``: payouts whose transfer was found
    by its reference (made by an earlier run, or by an attempt of this run whose answer was
    lost: either way paid exactly once). ``failed``: payouts that are not paid, with why.
    """

    paid: int = 0
    already_paid: int = 0
    failed: int = 0
    paid_amount: Decimal = ZERO
    already_paid_amount: Decimal = ZERO
    failures: dict[str, str] = field(default_factory=dict)
    transfers: dict[str, str] = field(default_factory=dict)
    """Business key -> cFiFundsId of every payout that is paid."""

    @property
    def total(self) -> int:
        """How many payouts are paid (now or before)."""
        return self.paid + self.already_paid

    @property
    def total_amount(self) -> Decimal:
        """The amount of every payout that is paid (now or before)."""
        return self.paid_amount + self.already_paid_amount


async def bounded(
    items: Iterable[T], work: Callable[[T], Awaitable[R]], concurrency: int
) -> list[R]:
    """``work(item)`` for every item, at most ``concurrency`` at a time, results in order.

    If one fails, the others are cancelled before the error propagates (nothing keeps paying in
    the background; a re-run picks up where this one stopped).
    """
    if concurrency < 1:
        raise ValueError("concurrency must be at least 1")
    gate = asyncio.Semaphore(concurrency)

    async def one(item: T) -> R:
        async with gate:
            return await work(item)

    tasks = [asyncio.ensure_future(one(item)) for item in items]
    try:
        return list(await asyncio.gather(*tasks))
    except BaseException:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        raise


async def card_statuses(
    cf: ConnectFi, card_ids: Iterable[str], concurrency: int = DEFAULT_CONCURRENCY
) -> dict[str, str]:
    """The status code ("A", "B", "I", "S", "F") of each card; ``"unknown"`` when not found.

    Other failures (the API down after the client's retries) propagate: run the batch again.
    """
    unique = list(dict.fromkeys(card_ids))

    async def status(card_id: str) -> str:
        try:
            card = await cf.ibis.card.status({"cFiCardId": card_id})
        except (NotFoundError, ValidationError):  # no such card, or not even a card ID
            return UNKNOWN_CARD
        code = getattr(card.status, "code", None)
        return code if isinstance(code, str) else UNKNOWN_CARD

    return dict(zip(unique, await bounded(unique, status, concurrency), strict=True))


async def paid_amount(cf: ConnectFi, transfer: Any) -> Decimal | None:
    """What an earlier funds transfer moved, or None when it cannot be read.

    No documented funds answer carries the amount, so it is read from the card's transaction
    history entry with the transfer's arn (history needs a card that was activated,
    so for a card never activated the amount cannot be checked).
    """
    if transfer.c_fi_status == "Error" or not isinstance(transfer.arn, str):
        return None
    day = date.fromisoformat(str(transfer.dts_created_at)[:10])
    window: IbisInquiryTransactionHistoryParams = {
        "cFiCardId": str(transfer.c_fi_card_id),
        "dateFrom": (day - timedelta(days=1)).isoformat(),
        "dateTo": (day + timedelta(days=1)).isoformat(),
    }
    try:
        history = await cf.ibis.inquiry.transaction_history(window)
    except ConnectFiError:
        return None
    for tx in history.transactions:
        if tx.arn == transfer.arn:
            return abs(tx.amount)
    return None


async def reconcile(
    cf: ConnectFi, payouts: Sequence[Payout], concurrency: int = DEFAULT_CONCURRENCY
) -> Summary:
    """Make every payout that is not made yet; safe to run again after a crash or a success."""
    keys = [p.key for p in payouts]
    if len(set(keys)) != len(keys):
        raise ValueError("payout keys must be unique (one key, one payment)")
    statuses = await card_statuses(cf, (p.card_id for p in payouts), concurrency)
    summary = Summary()

    async def pay(payout: Payout) -> None:
        status = statuses[payout.card_id]
        if status == UNKNOWN_CARD or status in UNPAYABLE:
            summary.failed += 1
            summary.failures[payout.key] = UNPAYABLE.get(status, "card not found")
            return
        try:
            result = await cf.with_raw_response.ibis.financial.funds_credit(
                {
                    "cFiCardId": payout.card_id,
                    "amount": payout.amount,
                    "currency": "USD",
                    "description": "Payout",
                },
                reference=payout.reference,
                return_existing=True,
            )
        except ConnectFiError as exc:
            summary.failed += 1
            summary.failures[payout.key] = f"{type(exc).__name__}: {exc}"
            return
        transfer = result.data
        if transfer.c_fi_status == "Error":
            # An earlier run was declined; its reference is used up, so a human must look.
            summary.failed += 1
            summary.failures[payout.key] = f"declined earlier: {transfer.c_fi_funds_id}"
            return
        paid = await paid_amount(cf, transfer) if result.recovered else payout.amount
        if transfer.c_fi_card_id != payout.card_id or paid not in (None, payout.amount):
            # The key was paid before, but to another card or amount: a human must look.
            summary.failed += 1
            summary.failures[payout.key] = (
                f"already paid differently: {transfer.c_fi_funds_id} "
                f"({paid} USD to {transfer.c_fi_card_id})"
            )
            return
        summary.transfers[payout.key] = str(transfer.c_fi_funds_id)
        if result.recovered:
            summary.already_paid += 1
            summary.already_paid_amount += payout.amount
        else:
            summary.paid += 1
            summary.paid_amount += payout.amount

    await bounded(payouts, pay, concurrency)
    return summary


def read_payouts(lines: Iterable[str]) -> list[Payout]:
    """Payouts from lines ``key,card_id,amount`` (blank lines and ``#`` comments skipped)."""
    payouts = []
    for line in lines:
        text = line.strip()
        if not text or text.startswith("#"):
            continue
        key, card_id, amount = (part.strip() for part in text.split(","))
        payouts.append(Payout(key, card_id, Decimal(amount)))
    return payouts


async def _main(payouts: Sequence[Payout]) -> int:
    base_url = os.environ.get("CONNECTFI_BASE_URL") or "http://127.0.0.1:8080"
    login = os.environ.get("CONNECTFI_LOGIN") or "sandbox"
    password = os.environ.get("CONNECTFI_PASSWORD") or "sandbox-password"
    async with ConnectFi(base_url, login, password) as cf:
        summary = await reconcile(cf, payouts)
    print(
        f"paid {summary.paid} ({summary.paid_amount} USD), already paid {summary.already_paid} "
        f"({summary.already_paid_amount} USD), failed {summary.failed}; "
        f"total {summary.total_amount} USD"
    )
    for key, why in sorted(summary.failures.items()):
        print(f"  {key}: {why}")
    return 1 if summary.failed else 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: reconcile_worker.py PAYOUTS.csv   (lines: key,card_id,amount)")
    with open(sys.argv[1], encoding="utf-8") as handle:
        batch = read_payouts(handle)
    sys.exit(asyncio.run(_main(batch)))
