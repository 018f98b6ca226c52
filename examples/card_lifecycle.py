"""The whole card lifecycle, step by step, against the sandbox (or any connectFi).

    make sandbox                            # in one terminal (or: make demo, which does both)
    .venv/bin/python examples/card_lifecycle.py

Reads CONNECTFI_BASE_URL, CONNECTFI_LOGIN and CONNECTFI_PASSWORD (defaults: the local sandbox
at http://127.0.0.1:8080 with sandbox / sandbox-password). Prints one line per step with the
IDs and the exact amounts; it never prints a PIN, a card number or an account number.

Tests drive :func:`run` with their own client.
"""

from __future__ import annotations

import asyncio
import os
import secrets
import sys
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from decimal import Decimal
from typing import TypeVar

from connectfi_async import ConnectFi, ConnectFiError, new_reference
from connectfi_async.models import IbisCard
from connectfi_async.params import IbisInquiryTransactionHistoryParams

DEFAULT_BASE_URL = "http://127.0.0.1:8080"
DEFAULT_LOGIN = "sandbox"
DEFAULT_PASSWORD = "sandbox-password"

DEBIT_PROGRAM = "d_gpr_test"
CREDIT_PROGRAM = "Evolve_Test"
FUNDING = Decimal("150.00")
TRANSFER = Decimal("21.10")
CREDIT_LIMIT = Decimal("1000.00")
ANNUAL_INCOME = Decimal("85000.00")
HISTORY_PAGE_SIZE = 2

Out = Callable[[str], None]


class LifecycleError(RuntimeError):
    """The API answered, but not what the lifecycle expects (a step's check failed)."""


T = TypeVar("T")


def need(value: T | None, what: str) -> T:
    """An optional field the lifecycle relies on, or LifecycleError naming it."""
    if value is None:
        raise LifecycleError(f"the answer has no {what}")
    return value


def expect(condition: bool, message: str) -> None:
    """Stop the lifecycle with ``message`` when a check fails."""
    if not condition:
        raise LifecycleError(message)


class Steps:
    """Numbered, aligned output lines: ``' 4. open vAccount      account=icrd_...'``."""

    def __init__(self, out: Out) -> None:
        self._out = out
        self._count = 0

    def __call__(self, name: str, details: str) -> None:
        self._count += 1
        self._out(f"{self._count:>2}. {name:<22} {details}")


async def create_customer(
    cf: ConnectFi, *, first_name: str = "Janice", last_name: str = "Sample"
) -> str:
    """A new individual customer (KYC not started yet): its customer ID.

    In the sandbox, the last name "WaitReview" keeps the customer's KYC waiting for review.
    """
    customer = await cf.customer.init(
        {
            "customerReference": new_reference(),
            "customerType": "individual",
            "customer": {
                "firstName": first_name,
                "lastName": last_name,
                "dateOfBirth": "1990-04-12",
                "citizenshipCountryCodeA3": "USA",
                "email": "janice.sample@example.com",
            },
        }
    )
    return customer.customer_id


async def create_approved_customer(cf: ConnectFi) -> str:
    """A new individual customer whose KYC is approved: its customer ID."""
    customer_id = await create_customer(cf)
    await cf.akepa.identification({"customerId": customer_id})
    return customer_id


async def issue_debit_card(cf: ConnectFi, customer_id: str, *, activate: bool = True) -> str:
    """A new debit card on the d_gpr_test program (activated unless told otherwise)."""
    card = await cf.ibis.debit_card.add(
        {
            "customerId": customer_id,
            "cardProgramId": DEBIT_PROGRAM,
            "profile": {"occupation": "Engineer", "nameOnCard": "JANICE SAMPLE"},
        }
    )
    card_id = card.c_fi_card_id
    if activate:
        await cf.ibis.card.activate({"cFiCardId": card_id})
    return card_id


def _status(card: IbisCard) -> str:
    code = card.status.code if card.status is not None else None
    return code or "?"


async def run(cf: ConnectFi, out: Out = print, *, pin: str | None = None) -> None:
    """Run the lifecycle with ``cf``, writing one line per step to ``out``.

    ``pin`` is the PIN to set on the first card (a random one by default); it is never printed.
    """
    step = Steps(out)

    health = await cf.health()
    state = health.get("status", "up") if isinstance(health, dict) else "up"
    step("log in", f"token obtained on the first call; health={state}")

    customer_id = await create_customer(cf)
    step("create customer", f"customer={customer_id}")

    application = await cf.akepa.identification({"customerId": customer_id})
    application_id = need(application.application_id, "applicationId")
    kyc = await cf.akepa.status({"customerId": customer_id, "applicationId": application_id})
    expect(kyc.outcome == "Approved", f"KYC outcome is {kyc.outcome!r}, not 'Approved'")
    step("pass KYC", f"application={application_id} status={kyc.status} outcome={kyc.outcome}")

    account = await cf.ibis.account.add({"customerId": customer_id})
    account_id = account.c_fi_account_id
    step("open vAccount", f"account={account_id} program={account.account_program_id}")

    card = await cf.ibis.debit_card.add(
        {
            "customerId": customer_id,
            "cardProgramId": DEBIT_PROGRAM,
            "profile": {"occupation": "Engineer", "nameOnCard": "JANICE SAMPLE"},
        }
    )
    card_id = card.c_fi_card_id
    step("issue debit card", f"card={card_id} program={DEBIT_PROGRAM} status={_status(card)}")

    activated = await cf.ibis.card.activate({"cFiCardId": card_id})
    expect(_status(activated) == "B", f"card status after activation is {_status(activated)}")
    step("activate card", f"card={card_id} status={_status(activated)}")

    pin = pin or f"{secrets.randbelow(10_000):04d}"
    await cf.ibis.card.set_pin({"cFiCardId": card_id, "pin": pin})
    await cf.ibis.card.check_pin({"cFiCardId": card_id, "pin": pin})
    step("set and check PIN", f"card={card_id} PIN set, check passed")

    funded = await cf.ibis.financial.funds_credit(
        {"cFiCardId": card_id, "amount": FUNDING, "currency": "USD", "description": "Top-up"}
    )
    balance = need(funded.balance, "balance")
    expect(balance == FUNDING, f"balance after funding is {balance}, expected {FUNDING}")
    step("fund card", f"funds={funded.c_fi_funds_id} amount={FUNDING} USD balance={balance} USD")

    second_id = await issue_debit_card(cf, customer_id)
    second = await cf.ibis.card.status({"cFiCardId": second_id})
    step("second card", f"card={second_id} program={DEBIT_PROGRAM} status={_status(second)}")

    moved = await cf.with_raw_response.ibis.financial.card_to_card(
        {
            "cardFromId": card_id,
            "cardToId": second_id,
            "amount": TRANSFER,
            "currency": "USD",
            "description": "Card to card",
        }
    )
    reference = need(moved.reference, "reference")
    funds_id = moved.data.c_fi_funds_id
    step(
        "card to card",
        f"funds={funds_id} reference={reference} amount={TRANSFER} USD "
        f"from={moved.data.from_card_balance} USD to={moved.data.to_card_balance} USD",
    )

    reversed_ = await cf.ibis.financial.reversal({"cFiFundsId": funds_id})
    reversal = reversed_.reversal
    # The reversal answer carries no amount: what came back is the source card's balance change.
    before = need(moved.data.from_card_balance, "fromCardBalance")
    reversed_amount = need(reversed_.balance, "balance") - before
    expect(reversed_amount == TRANSFER, f"reversed {reversed_amount}, expected {TRANSFER}")
    step(
        "reverse transfer",
        f"funds={funds_id} reversed={reversed_amount} USD "
        f"status={reversal.c_fi_status if reversal else '?'}",
    )

    found = await cf.ibis.financial.retrieve({"reference": reference})
    expect(len(found) == 1, f"{len(found)} transfers carry reference {reference}")
    transfer = found[0]
    expect(transfer.c_fi_funds_id == funds_id, "the reference names another transfer")
    step(
        "retrieve by reference",
        f"reference={reference} funds={transfer.c_fi_funds_id} type={transfer.type_} "
        f"status={transfer.c_fi_status} reversed={'yes' if transfer.reversal else 'no'}",
    )

    today = datetime.now(timezone.utc).date()
    window: IbisInquiryTransactionHistoryParams = {
        "cFiCardId": card_id,
        "dateFrom": (today - timedelta(days=1)).isoformat(),
        "dateTo": (today + timedelta(days=1)).isoformat(),
    }
    amounts = [
        tx.amount
        async for tx in cf.ibis.inquiry.iter_transaction_history(
            window, page_size=HISTORY_PAGE_SIZE
        )
    ]
    net = sum(amounts, Decimal("0.00"))
    expect(net == FUNDING, f"the history of {card_id} adds up to {net}, expected {FUNDING}")
    shown = ", ".join(f"{a:+}" for a in amounts)
    step(
        "transaction history",
        f"card={card_id} {len(amounts)} transactions (pages of {HISTORY_PAGE_SIZE}): "
        f"{shown}; net={net} USD",
    )

    decision = await cf.ibis.credit_card.application(
        {
            "customerId": customer_id,
            "employer": "Acme Corp",
            "totalAnnualIncome": ANNUAL_INCOME,
            "totalAnnualIncomeCurrency": "USD",
        }
    )
    credit_application_id = decision.application_id
    expect(decision.decision == "Approve", f"credit decision is {decision.decision!r}")
    step(
        "apply for credit",
        f"application={credit_application_id} decision={decision.decision} "
        f"limit={decision.credit_limit} {decision.credit_limit_currency}",
    )

    credit = await cf.ibis.credit_card.add(
        {
            "customerId": customer_id,
            "applicationId": credit_application_id,
            "cardProgramId": CREDIT_PROGRAM,
            "creditLimit": CREDIT_LIMIT,
            "creditLimitCurrency": "USD",
            "profile": {"occupation": "Engineer", "nameOnCard": "JANICE SAMPLE"},
        }
    )
    credit_id = credit.c_fi_card_id
    step(
        "issue credit card",
        f"card={credit_id} program={CREDIT_PROGRAM} limit={CREDIT_LIMIT} USD "
        f"status={_status(credit)}",
    )

    first, other = await asyncio.gather(
        cf.ibis.card.status({"cFiCardId": card_id}), cf.ibis.card.status({"cFiCardId": second_id})
    )
    first_balance = need(first.balance, "balance")
    other_balance = need(other.balance, "balance")
    expect(first_balance == FUNDING, f"first card holds {first_balance}, expected {FUNDING}")
    expect(other_balance == 0, f"second card holds {other_balance}, expected 0.00")
    step("done", f"balances: {card_id}={first_balance} USD {second_id}={other_balance} USD")


async def _main() -> int:
    base_url = os.environ.get("CONNECTFI_BASE_URL") or DEFAULT_BASE_URL
    login = os.environ.get("CONNECTFI_LOGIN") or DEFAULT_LOGIN
    password = os.environ.get("CONNECTFI_PASSWORD") or DEFAULT_PASSWORD
    print(f"card lifecycle against {base_url} (login {login!r})", flush=True)
    try:
        async with ConnectFi(base_url, login, password) as cf:
            await run(cf, lambda line: print(line, flush=True))
    except (ConnectFiError, LifecycleError) as exc:
        print(f"FAILED: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    return 0


def main() -> int:
    """Run the lifecycle against the environment's connectFi; 0 on success."""
    return asyncio.run(_main())


if __name__ == "__main__":
    sys.exit(main())
