"""End to end over real HTTP: the SDK against the sandbox served by uvicorn on 127.0.0.1."""

# mypy: disable-error-code="arg-type"
# (bodies are sent as plain dicts, some deliberately wrong, to test the runtime checks; typed
# bodies are type-checked on a user script in tests/test_user_script_types.py)

from __future__ import annotations

import asyncio
import itertools
from collections.abc import AsyncIterator
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import pytest
from client_support import E2E_BACKENDS

from connectfi_async import ConnectFi, RetryPolicy, errors, reference_from_key
from connectfi_async._generated import models
from connectfi_async.sandbox import Fault
from connectfi_async.testing import SandboxServer

RETRY = RetryPolicy(max_attempts=8, backoff_initial=0.005, backoff_max=0.02)
DATES = {"dateFrom": "2000-01-01", "dateTo": "2100-01-01"}
# 1,000 calls at once on a busy 2-core runner: no attempt may time out, or it would add retries
# (and drops and recoveries) the seeded fault counts below do not expect.
LOADED = 110.0


@dataclass
class World:
    cf: ConnectFi
    server: SandboxServer
    customer_id: str
    application_id: str


@pytest.fixture
def backend() -> str:
    """The SDK's default HTTP backend; the main flows are also parametrized over aiohttp."""
    return E2E_BACKENDS[0]


BOTH = pytest.mark.parametrize("backend", E2E_BACKENDS)


@pytest.fixture
async def world(connectfi_sandbox: SandboxServer, backend: str) -> AsyncIterator[World]:
    async with connectfi_sandbox.client(retry=RETRY, backend=backend) as cf:
        assert cf.backend == backend
        customer = await cf.customer.init(
            {"customerType": "individual", "customer": {"firstName": "Jo", "lastName": "Doe"}}
        )
        kyc = await cf.akepa.identification({"customerId": customer.customer_id})
        yield World(cf, connectfi_sandbox, str(customer.customer_id), str(kyc.application_id))


async def debit_card(world: World, status: str = "B", funds: str | None = None) -> str:
    cf = world.cf
    card = await cf.ibis.debit_card.add(
        {
            "customerId": world.customer_id,
            "cardProgramId": "d_gpr_test",
            "profile": {"occupation": "Student", "nameOnCard": "JO DOE"},
        }
    )
    card_id = str(card.c_fi_card_id)
    if funds is not None:
        await cf.ibis.financial.funds_credit(
            {"cFiCardId": card_id, "amount": funds, "currency": "USD"}
        )
    if status != "A":
        await cf.ibis.card.activate({"cFiCardId": card_id})
    if status not in ("A", "B"):
        await cf.ibis.card.set_status({"cFiCardId": card_id, "statusCode": status})
    return card_id


async def balance(cf: ConnectFi, card_id: str) -> Decimal:
    card = await cf.ibis.card.status({"cFiCardId": card_id})
    assert isinstance(card.balance, Decimal)
    return card.balance


@BOTH
async def test_card_lifecycle(world: World) -> None:
    cf = world.cf
    kyc = await cf.akepa.status(
        {"customerId": world.customer_id, "applicationId": world.application_id}
    )
    assert (kyc.status, kyc.outcome) == ("completed", "Approved")
    account = await cf.ibis.account.add({"customerId": world.customer_id})
    first = await debit_card(world, status="A")
    second = await debit_card(world)
    state = (await cf.ibis.card.status({"cFiCardId": first})).status
    assert isinstance(state, models.IbisCardStatusCode)
    assert state.code == "A"
    await cf.ibis.card.activate({"cFiCardId": first})
    await cf.ibis.card.set_pin({"cFiCardId": first, "pin": "2468"})
    await cf.ibis.card.check_pin({"cFiCardId": first, "pin": "2468"})
    await cf.ibis.financial.funds_credit(
        {"cFiCardId": first, "amount": Decimal("150.00"), "currency": "USD"}
    )
    moved = await cf.with_raw_response.ibis.financial.card_to_card(
        {"cardFromId": first, "cardToId": second, "amount": "21.10", "currency": "USD"}
    )
    assert moved.data.from_card_balance == Decimal("128.90")
    assert await balance(cf, first) == Decimal("128.90")
    reversed_ = await cf.ibis.financial.reversal({"cFiFundsId": moved.data.c_fi_funds_id})
    assert isinstance(reversed_.reversal, models.IbisFundsReversal)
    assert reversed_.reversal.c_fi_status == "Complete"
    (found,) = await cf.ibis.financial.retrieve({"reference": moved.reference})
    assert found.c_fi_funds_id == moved.data.c_fi_funds_id
    assert await balance(cf, first) == Decimal("150.00")
    history = [
        t.amount
        async for t in cf.ibis.inquiry.iter_transaction_history(
            {"cFiCardId": first, **DATES}, page_size=2
        )
    ]
    assert history == [Decimal("21.10"), Decimal("-21.10"), Decimal("150.00")]
    application = await cf.ibis.credit_card.application(
        {
            "customerId": world.customer_id,
            "employer": "ABC123 Inc.",
            "totalAnnualIncome": 50000,
            "totalAnnualIncomeCurrency": "USD",
        }
    )
    assert application.decision == "Approve"
    credit = await cf.ibis.credit_card.add(
        {
            "customerId": world.customer_id,
            "cardProgramId": "Evolve_Test",
            "applicationId": application.application_id,
            "profile": {"occupation": "Student", "nameOnCard": "JO DOE"},
            "creditLimit": "1000.00",
            "creditLimitCurrency": "USD",
        }
    )
    assert credit.program_type == "credit"
    cards = await cf.ibis.card.list({"customerId": world.customer_id})
    assert {c.c_fi_card_id for c in cards} >= {first, second, credit.c_fi_card_id}
    assert account.c_fi_account_id not in {first, second}


@pytest.mark.slow
@BOTH
async def test_exactly_once_through_dropped_responses(world: World) -> None:
    """1,000 credits and card-to-card moves, 20% of answers lost after commit."""
    cf, app = world.cf, world.server.app
    source = await debit_card(world, funds="100000.00")
    target = await debit_card(world)
    credits = [Decimal(f"{k % 97}.{k % 100:02d}") + Decimal("0.01") for k in range(500)]
    moves = [Decimal(f"{k % 13}.{(k * 7) % 100:02d}") + Decimal("0.01") for k in range(500)]
    faults = [
        app.faults.add(Fault("drop", path=path, probability=0.2, seed=seed))
        for seed, path in enumerate(
            ["/ibis/financial/funds-credit", "/ibis/financial/card-to-card"]
        )
    ]
    calls: list[Any] = [
        cf.with_raw_response.ibis.financial.funds_credit(
            {"cFiCardId": source, "amount": amount, "currency": "USD"},
            reference=reference_from_key("credit", k),
            timeout=LOADED,
        )
        for k, amount in enumerate(credits)
    ] + [
        cf.with_raw_response.ibis.financial.card_to_card(
            {"cardFromId": source, "cardToId": target, "amount": amount, "currency": "USD"},
            reference=reference_from_key("move", k),
            timeout=LOADED,
        )
        for k, amount in enumerate(moves)
    ]
    results = await asyncio.gather(*calls)
    app.faults.clear()
    dropped = sum(f.fired for f in faults)
    assert 150 <= dropped <= 250
    # A call whose answer was lost is answered by its recovered entity (a retry may be lost too).
    recovered = sum(r.recovered for r in results)
    assert dropped * 0.7 <= recovered <= dropped
    references = [r.data.reference for r in results]
    assert len(set(references)) == 1000
    postings = [t for t in app.store.transfers.values() if t.reference in set(references)]
    assert len(postings) == 1000
    assert await balance(cf, source) == Decimal("100000.00") + sum(credits) - sum(moves)
    assert await balance(cf, target) == sum(moves)


@BOTH
async def test_one_login_for_500_calls_across_a_token_expiry(world: World) -> None:
    cf, app = world.cf, world.server.app
    card = await debit_card(world)
    logins = app.store.logins
    app.expire_tokens()
    cards = await asyncio.gather(*(cf.ibis.card.status({"cFiCardId": card}) for _ in range(500)))
    assert {c.c_fi_card_id for c in cards} == {card}
    assert app.store.logins == logins + 1


async def test_a_rerun_with_the_same_key_never_pays_twice(world: World) -> None:
    cf = world.cf
    card = await debit_card(world)
    body = {"cFiCardId": card, "amount": "10.00", "currency": "USD"}
    reference = reference_from_key("invoice", "INV-1")
    first = await cf.ibis.financial.funds_credit(body, reference=reference)
    with pytest.raises(errors.ReferenceExistsError) as caught:
        await cf.ibis.financial.funds_credit(body, reference=reference)
    assert caught.value.entity_id == first.c_fi_funds_id
    again = await cf.ibis.financial.funds_credit(body, reference=reference, return_existing=True)
    assert again.c_fi_funds_id == first.c_fi_funds_id
    assert await balance(cf, card) == Decimal("10.00")


@BOTH
async def test_server_faults_are_retried_or_surfaced(world: World) -> None:
    cf, app = world.cf, world.server.app
    card = await debit_card(world)
    app.faults.add(Fault("rate_limit", path="/ibis/card/status", times=1, retry_after=0.01))
    app.faults.add(Fault("error", path="/ibis/card/status", times=1, status=503))
    assert (await cf.ibis.card.status({"cFiCardId": card})).c_fi_card_id == card
    app.faults.add(Fault("error", path="/ibis/card/check-pin", status=500))
    with pytest.raises(errors.ServerError):
        await cf.ibis.card.check_pin({"cFiCardId": card, "pin": "1234"})
    assert app.faults.rules[-1].fired == 1, "a non-idempotent call is not re-sent after a 5xx"


# -- every documented /ibis error, reached over HTTP -------------------------------------------


@dataclass
class Cards:
    pre_active: str
    on: str
    inactive: str
    off: str
    closed: str


@pytest.fixture
async def cards(world: World) -> Cards:
    return Cards(
        pre_active=await debit_card(world, "A"),
        on=await debit_card(world, "B", funds="50.00"),
        inactive=await debit_card(world, "I"),
        off=await debit_card(world, "S"),
        closed=await debit_card(world, "F"),
    )


def expect(code: str, sub_code: str | None = None) -> tuple[str, str | None]:
    return code, sub_code


async def application(world: World, income: int = 50000) -> str:
    result = await world.cf.ibis.credit_card.application(
        {
            "customerId": world.customer_id,
            "employer": "ABC",
            "totalAnnualIncome": income,
            "totalAnnualIncomeCurrency": "USD",
        }
    )
    return str(result.application_id)


def credit_card(world: World, application_id: str, limit: str) -> dict[str, Any]:
    return {
        "customerId": world.customer_id,
        "cardProgramId": "Evolve_Test",
        "applicationId": application_id,
        "profile": {"occupation": "Student", "nameOnCard": "JO DOE"},
        "creditLimit": limit,
        "creditLimitCurrency": "USD",
    }


async def c2c(world: World, source: str, target: str, amount: str = "1.00") -> Any:
    return await world.cf.ibis.financial.card_to_card(
        {"cardFromId": source, "cardToId": target, "amount": amount, "currency": "USD"}
    )


SCENARIOS = {
    "account add: reference exists": expect("referenceExists"),
    "debit card: reference exists": expect("referenceExists"),
    "debit card: program not supported": expect("ibisProgramNotSupported"),
    "credit application: KYC not initialized": expect("kycNotInitialized"),
    "application: not found": expect("ibisApplicationNotFound"),
    "credit card: application not approved": expect("ibisApplicationIsNotApproved"),
    "credit card: reference exists": expect("referenceExists"),
    "credit card: over the approved limit": expect("ibisApplicationCreditLimit"),
    "credit card: over the per-card maximum": expect("extIbis", "12"),
    "credit card: under the per-card minimum": expect("extIbis", "12"),
    "activate: already active": expect("extIbis", "97"),
    "activate: closed": expect("extIbis", "SD"),
    "set pin: pattern": expect("requestValidateError"),
    "set pin: blocked": expect("extIbis", "59"),
    "set pin: inactive": expect("extIbis", "SA"),
    "set pin: closed": expect("extIbis", "SD"),
    "check pin: pre-active": expect("extIbis", "PA"),
    "check pin: blocked": expect("extIbis", "59"),
    "check pin: inactive": expect("extIbis", "SA"),
    "check pin: closed": expect("extIbis", "SD"),
    "check pin: wrong PIN": expect("extIbis", "55"),
    "status: both selectors": expect("requestValidateError"),
    "set status: A is not settable": expect("requestValidateError"),
    "set status: closed": expect("extIbis", "SD"),
    "set status: transition not allowed": expect("extIbis", "57"),
    "cardholder profile: closed": expect("extIbis", "SD"),
    "reissue: reference exists": expect("referenceExists"),
    "reissue: reason not allowed": expect("extIbis", "57"),
    "reissue: closed": expect("extIbis", "SD"),
    "card to card: pre-active source": expect("extIbis", "PA"),
    "card to card: insufficient funds": expect("extIbis", "51"),
    "card to card: reference exists": expect("referenceExists"),
    "funds credit: currency": expect("ibisFundsCurrency"),
    "funds credit: amount must be > 0": expect("requestValidateError"),
    "funds credit: reference exists": expect("referenceExists"),
    "funds debit: pre-active": expect("extIbis", "PA"),
    "funds debit: insufficient funds": expect("extIbis", "51"),
    "funds debit: reference exists": expect("referenceExists"),
    "reversal: not a card-to-card transfer": expect("ibisCannotReverseError"),
    "retrieve: several selectors": expect("requestValidateError"),
    "retrieve: not found": expect("ibisFundsTransferNotFound"),
    "history: not allowed": expect("extIbis", "57"),
    "history: from after to": expect("extIbis", "12"),
}


async def provoke(name: str, world: World, cards: Cards, raw: ConnectFi) -> None:
    """Drive the sandbox into the documented error named ``name``."""
    cf, w = world.cf, world
    profile = {"occupation": "Student", "nameOnCard": "JO DOE"}
    debit = {"customerId": w.customer_id, "cardProgramId": "d_gpr_test", "profile": profile}
    card_ref = str((await cf.ibis.card.status({"cFiCardId": cards.on})).reference)
    if name == "account add: reference exists":
        await cf.ibis.account.add({"customerId": w.customer_id}, reference=card_ref)
    elif name == "debit card: reference exists":
        await cf.ibis.debit_card.add(debit, reference=card_ref)
    elif name == "debit card: program not supported":
        await cf.ibis.debit_card.add({**debit, "cardProgramId": "d_gpr_test1"})
    elif name == "credit application: KYC not initialized":
        other = await cf.customer.init({"customerType": "individual", "customer": {}})
        await cf.ibis.credit_card.application(
            {
                "customerId": other.customer_id,
                "employer": "A",
                "totalAnnualIncome": 1,
                "totalAnnualIncomeCurrency": "USD",
            }
        )
    elif name == "application: not found":
        await cf.ibis.credit_card.get_application("gsa_hsTrKNlU8sapLGjUimPrG1")
    elif name == "credit card: application not approved":
        await cf.ibis.credit_card.add(credit_card(w, await application(w, income=100), "600"))
    elif name == "credit card: reference exists":
        await cf.ibis.credit_card.add(
            credit_card(w, await application(w), "600"), reference=card_ref
        )
    elif name == "credit card: over the approved limit":
        await cf.ibis.credit_card.add(credit_card(w, await application(w), "3600"))
    elif name == "credit card: over the per-card maximum":
        await cf.ibis.credit_card.add(credit_card(w, await application(w), "2600"))
    elif name == "credit card: under the per-card minimum":
        await cf.ibis.credit_card.add(credit_card(w, await application(w), "200"))
    elif name.startswith("activate"):
        await cf.ibis.card.activate({"cFiCardId": cards.on if "active" in name else cards.closed})
    elif name == "set pin: pattern":
        await raw.ibis.card.set_pin({"cFiCardId": cards.on, "pin": "12345"})
    elif name.startswith("set pin"):
        target = {"blocked": cards.off, "inactive": cards.inactive, "closed": cards.closed}
        await cf.ibis.card.set_pin({"cFiCardId": target[name.split(": ")[1]], "pin": "1234"})
    elif name == "check pin: wrong PIN":
        await cf.ibis.card.set_pin({"cFiCardId": cards.on, "pin": "1234"})
        await cf.ibis.card.check_pin({"cFiCardId": cards.on, "pin": "4321"})
    elif name.startswith("check pin"):
        target = {
            "pre-active": cards.pre_active,
            "blocked": cards.off,
            "inactive": cards.inactive,
            "closed": cards.closed,
        }
        await cf.ibis.card.check_pin({"cFiCardId": target[name.split(": ")[1]], "pin": "1234"})
    elif name == "status: both selectors":
        await raw.ibis.card.status({"cFiCardId": cards.on, "reference": card_ref})
    elif name == "set status: A is not settable":
        await raw.ibis.card.set_status({"cFiCardId": cards.on, "statusCode": "A"})
    elif name == "set status: closed":
        await cf.ibis.card.set_status({"cFiCardId": cards.closed, "statusCode": "B"})
    elif name == "set status: transition not allowed":
        await cf.ibis.card.set_status({"cFiCardId": cards.off, "statusCode": "I"})
    elif name == "cardholder profile: closed":
        await cf.ibis.card.cardholder_profile({"cFiCardId": cards.closed})
    elif name.startswith("reissue"):
        card = cards.closed if name.endswith("closed") else cards.on
        reason = "1" if "reason" in name else "3"
        await cf.ibis.card.reissue(
            {"cFiCardId": card, "reissueType": "3", "reasonCode": reason},
            reference=card_ref if "reference" in name else None,
        )
    elif name == "card to card: pre-active source":
        await c2c(w, cards.pre_active, cards.on)
    elif name == "card to card: insufficient funds":
        await c2c(w, cards.on, cards.pre_active, "5000.00")
    elif name == "card to card: reference exists":
        done = await cf.with_raw_response.ibis.financial.card_to_card(
            {"cardFromId": cards.on, "cardToId": cards.pre_active, "amount": 1, "currency": "USD"}
        )
        await cf.ibis.financial.card_to_card(
            {"cardFromId": cards.on, "cardToId": cards.pre_active, "amount": 1, "currency": "USD"},
            reference=done.reference,
        )
    elif name == "funds credit: currency":
        await cf.ibis.financial.funds_credit(
            {"cFiCardId": cards.on, "amount": 5, "currency": "CND"}
        )
    elif name == "funds credit: amount must be > 0":
        await raw.ibis.financial.funds_credit(
            {"cFiCardId": cards.on, "amount": 0, "currency": "USD", "reference": "ExtCFunds1"}
        )
    elif name.endswith("reference exists"):
        kind = cf.ibis.financial.funds_credit if "credit" in name else cf.ibis.financial.funds_debit
        body = {"cFiCardId": cards.on, "amount": 1, "currency": "USD"}
        done = await (
            cf.with_raw_response.ibis.financial.funds_credit
            if "credit" in name
            else cf.with_raw_response.ibis.financial.funds_debit
        )(body)
        await kind(body, reference=done.reference)
    elif name == "funds debit: pre-active":
        await cf.ibis.financial.funds_debit(
            {"cFiCardId": cards.pre_active, "amount": 1, "currency": "USD"}
        )
    elif name == "funds debit: insufficient funds":
        await cf.ibis.financial.funds_debit(
            {"cFiCardId": cards.on, "amount": "5000", "currency": "USD"}
        )
    elif name == "reversal: not a card-to-card transfer":
        credit = await cf.ibis.financial.funds_credit(
            {"cFiCardId": cards.on, "amount": 1, "currency": "USD"}
        )
        await cf.ibis.financial.reversal({"cFiFundsId": credit.c_fi_funds_id})
    elif name == "retrieve: several selectors":
        await raw.ibis.financial.retrieve({"cFiFundsId": "ifnd_1", "arn": "0000000000000006LAzw"})
    elif name == "retrieve: not found":
        await cf.ibis.financial.retrieve({"cFiFundsId": "ifnd_4AMYgtpc9kgAk5Ku21q3JGe"})
    elif name == "history: not allowed":
        await cf.ibis.inquiry.transaction_history({"cFiCardId": cards.pre_active, **DATES})
    elif name == "history: from after to":
        await cf.ibis.inquiry.transaction_history(
            {"cFiCardId": cards.on, "dateFrom": "2024-02-01", "dateTo": "2024-01-01"}
        )
    else:  # pragma: no cover - every scenario above has a branch
        raise AssertionError(name)


CLASSES: dict[tuple[str, str | None], type[errors.ApiError]] = {
    ("referenceExists", None): errors.ReferenceExistsError,
    ("requestValidateError", None): errors.RequestValidationError,
    ("ibisFundsTransferNotFound", None): errors.NotFoundError,
    ("ibisApplicationNotFound", None): errors.NotFoundError,
    ("extIbis", "51"): errors.InsufficientFundsError,
    ("extIbis", "55"): errors.InvalidPinError,
}


@pytest.mark.parametrize("name", list(SCENARIOS))
async def test_documented_ibis_error_is_reachable(name: str, world: World, cards: Cards) -> None:
    code, sub_code = SCENARIOS[name]
    async with world.server.client(validate=False) as raw:
        with pytest.raises(errors.ApiError) as caught:
            await provoke(name, world, cards, raw)
    error = caught.value
    assert (error.code, error.sub_code) == (code, sub_code)
    assert error.status_code == 400
    assert error.request_id
    default = errors.DeclinedError if code == "extIbis" else errors.PreconditionError
    cls = CLASSES.get((code, sub_code), default)
    assert type(error) is cls


def test_every_seed_error_code_has_a_scenario() -> None:
    from spec_support import SEEDS, load_jsonc, seed_examples

    documented = {
        (body["code"], body.get("subCode"))
        for e in seed_examples()
        if e["kind"] == "error"
        for body in [load_jsonc(SEEDS / e["file"])]
    }
    assert documented <= set(SCENARIOS.values())


def test_scenarios_are_distinct() -> None:
    assert len(set(itertools.chain(SCENARIOS))) == len(SCENARIOS)
