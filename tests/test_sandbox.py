"""The sandbox's documented behaviour, in process through httpx.ASGITransport."""

# mypy: disable-error-code="arg-type"
# (bodies are sent as plain dicts, some deliberately wrong, to test the runtime checks; typed
# bodies are type-checked on a user script in tests/test_user_script_types.py)

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from decimal import Decimal
from typing import Any

import httpx
import pytest
from spec_support import SEEDS, load_jsonc

from connectfi_async import ConnectFi, errors
from connectfi_async.sandbox import DEFAULT_LOGIN, DEFAULT_PASSWORD, Fault, SandboxApp

BASE = "http://sandbox.local"


@pytest.fixture
def app() -> SandboxApp:
    return SandboxApp()


@pytest.fixture
async def http(app: SandboxApp) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(base_url=BASE, transport=httpx.ASGITransport(app=app)) as client:
        yield client


@pytest.fixture
async def cf(app: SandboxApp) -> AsyncIterator[ConnectFi]:
    transport = httpx.ASGITransport(app=app)
    async with ConnectFi(BASE, DEFAULT_LOGIN, DEFAULT_PASSWORD, transport=transport) as client:
        yield client


async def token(http: httpx.AsyncClient) -> str:
    answer = await http.post(
        "/auth/get-token", json={"user": {"login": DEFAULT_LOGIN, "password": DEFAULT_PASSWORD}}
    )
    assert answer.status_code == 200
    data = answer.json()["data"]
    assert data["dtsExpireAt"].endswith("Z")
    return str(data["token"])


async def approved_customer(cf: ConnectFi, last_name: str = "Doe") -> str:
    customer = await cf.customer.init(
        {"customerType": "individual", "customer": {"firstName": "Jo", "lastName": last_name}}
    )
    await cf.akepa.identification({"customerId": customer.customer_id})
    return str(customer.customer_id)


async def card(cf: ConnectFi, customer_id: str) -> str:
    added = await cf.ibis.debit_card.add(
        {
            "customerId": customer_id,
            "cardProgramId": "d_gpr_test",
            "profile": {"occupation": "Student", "nameOnCard": "JO DOE"},
        }
    )
    return str(added.c_fi_card_id)


# -- tokens --------------------------------------------------------------------------------------


@pytest.mark.parametrize("header", [None, "not-a-token"])
async def test_missing_or_unknown_token_is_401(http: httpx.AsyncClient, header: str | None) -> None:
    headers = {"x-connectfi-token": header} if header else {}
    answer = await http.get("/health", headers=headers)
    assert answer.status_code == 401
    assert answer.json()["code"] == "unauthorized"


async def test_expired_token_is_401(http: httpx.AsyncClient, app: SandboxApp) -> None:
    value = await token(http)
    assert (await http.get("/health", headers={"x-connectfi-token": value})).status_code == 200
    app.expire_tokens()
    answer = await http.get("/health", headers={"x-connectfi-token": value})
    assert answer.status_code == 401
    assert answer.json()["message"] == "Token expired"


async def test_wrong_password_is_401(http: httpx.AsyncClient) -> None:
    answer = await http.post(
        "/auth/get-token", json={"user": {"login": DEFAULT_LOGIN, "password": "wrong"}}
    )
    assert answer.status_code == 401
    assert answer.json() == {
        "requestId": answer.json()["requestId"],
        "code": "unauthorized",
        "message": "Authentication error",
    }


# -- validation answers in the documented Ajv format -----------------------------------------------


@pytest.mark.parametrize(
    ("path", "example"),
    [
        ("/ibis/card/set-pin", "ibis/041_ibisCardSetPin_error.jsonc"),
        ("/ibis/card/status", "ibis/056_ibisCardStatus_error.jsonc"),
        ("/ibis/card/set-status", "ibis/059_ibisCardSetStatus_error.jsonc"),
        ("/ibis/account/add", "ibis/009_ibisAccountAdd_error.jsonc"),
        ("/ibis/financial/retrieve", "ibis/103_ibisFinancialRetrieve_error.jsonc"),
    ],
)
async def test_validation_errors_match_the_documented_context(
    http: httpx.AsyncClient, path: str, example: str
) -> None:
    documented = load_jsonc(SEEDS / example)
    bodies = {
        "/ibis/card/set-pin": {"cFiCardId": "icrd_1", "pin": "12345"},
        "/ibis/card/status": {"cFiCardId": "icrd_1", "reference": "extCrd119"},
        "/ibis/card/set-status": {"cFiCardId": "icrd_1", "statusCode": "A"},
        "/ibis/account/add": {"reference": "extIAcct289"},
        "/ibis/financial/retrieve": {"cFiFundsId": "ifnd_1", "arn": "0000000000000006LAzw"},
    }
    answer = await http.post(
        path, json=bodies[path], headers={"x-connectfi-token": await token(http)}
    )
    assert answer.status_code == 400
    body = answer.json()
    assert body["code"] == "requestValidateError"
    assert body["context"] == json.loads(json.dumps(documented["context"]))


async def balance_of(cf: ConnectFi, card_id: str) -> Any:
    return (await cf.ibis.card.status({"cFiCardId": card_id})).balance


# -- KYC and issuing -------------------------------------------------------------------------------


async def test_kyc_wait_review_keeps_the_application_waiting(cf: ConnectFi) -> None:
    customer = await cf.customer.init(
        {"customerType": "individual", "customer": {"firstName": "Jo", "lastName": "WaitReview"}}
    )
    started = await cf.akepa.identification({"customerId": customer.customer_id})
    ids = {"customerId": customer.customer_id, "applicationId": started.application_id}
    status = await cf.akepa.status(ids)
    assert status.to_dict()["status"] == "pending_step_up"
    assert "outcome" not in status.to_dict()


async def test_kyc_approves_by_default(cf: ConnectFi) -> None:
    customer = await cf.customer.init(
        {"customerType": "individual", "customer": {"firstName": "Jo", "lastName": "Doe"}}
    )
    started = await cf.akepa.identification({"customerId": customer.customer_id})
    ids = {"customerId": customer.customer_id, "applicationId": started.application_id}
    assert (await cf.akepa.status(ids)).to_dict()["status"] == "completed"
    assert (await cf.customer.status(str(customer.customer_id))).to_dict()["kycStatus"] == (
        "APPROVED"
    )


TRANSITIONS = {"A": "BFIS", "B": "FIS", "I": "FS", "S": "BF", "F": ""}


async def card_in(cf: ConnectFi, customer_id: str, status: str) -> str:
    card_id = await card(cf, customer_id)
    if status != "A":
        await cf.ibis.card.set_status({"cFiCardId": card_id, "statusCode": status})
    return card_id


@pytest.mark.parametrize("start", list(TRANSITIONS))
async def test_status_changes_follow_the_documented_table(cf: ConnectFi, start: str) -> None:
    customer_id = await approved_customer(cf)
    for target in "IBSF":
        card_id = await card_in(cf, customer_id, start)
        call = cf.ibis.card.set_status({"cFiCardId": card_id, "statusCode": target})
        if target in TRANSITIONS[start]:
            changed = await call
            assert changed.to_dict()["status"]["code"] == target
        else:
            with pytest.raises(errors.DeclinedError) as caught:
                await call
            assert caught.value.sub_code == ("SD" if start == "F" else "57")


# Which card operations each status allows (the documented table).
ALLOWED = {
    "activate": {"A", "S", "I"},
    "check_pin": {"B"},
    "set_pin": {"A", "B"},
    "status": {"A", "B", "I", "S", "F"},
}


@pytest.mark.parametrize("status", ["A", "B", "I", "S", "F"])
async def test_card_operations_each_status_allows(cf: ConnectFi, status: str) -> None:
    customer_id = await approved_customer(cf)
    for operation, allowed in ALLOWED.items():
        card_id = await card_in(cf, customer_id, status)
        if operation == "check_pin" and status == "B":
            await cf.ibis.card.set_pin({"cFiCardId": card_id, "pin": "1234"})
        body: dict[str, Any] = {"cFiCardId": card_id}
        if operation.endswith("pin"):
            body["pin"] = "1234"
        call = getattr(cf.ibis.card, operation)(body)
        if status in allowed:
            await call
        else:
            with pytest.raises(errors.DeclinedError):
                await call


async def test_credit_limit_bounds_per_card(cf: ConnectFi) -> None:
    customer_id = await approved_customer(cf)
    application = await cf.ibis.credit_card.application(
        {
            "customerId": customer_id,
            "employer": "A",
            "totalAnnualIncome": 90000,
            "totalAnnualIncomeCurrency": "USD",
        }
    )
    assert application.credit_limit == 2700

    def body(limit: str) -> dict[str, Any]:
        return {
            "customerId": customer_id,
            "cardProgramId": "Evolve_Test",
            "applicationId": application.application_id,
            "profile": {"occupation": "Student", "nameOnCard": "JO DOE"},
            "creditLimit": limit,
            "creditLimitCurrency": "USD",
        }

    for limit in ("499.99", "2000.01"):
        with pytest.raises(errors.DeclinedError):
            await cf.ibis.credit_card.add(body(limit))
    for limit in ("500", "2000"):
        await cf.ibis.credit_card.add(body(limit))
    with pytest.raises(errors.PreconditionError) as caught:
        await cf.ibis.credit_card.add(body("500"))  # 2,500 of 2,700 already allocated
    assert caught.value.code == "ibisApplicationCreditLimit"


async def test_balances_are_exact(cf: ConnectFi) -> None:
    customer_id = await approved_customer(cf)
    card_id = await card(cf, customer_id)
    for amount in ("0.10", "0.20", "0.01", "99999999999.99"):
        await cf.ibis.financial.funds_credit(
            {"cFiCardId": card_id, "amount": amount, "currency": "USD"}
        )
    status = await cf.ibis.card.status({"cFiCardId": card_id})
    assert str(status.balance) == "100000000000.30"


async def test_debit_only_from_an_active_card_with_funds(cf: ConnectFi) -> None:
    customer_id = await approved_customer(cf)
    card_id = await card(cf, customer_id)
    body = {"cFiCardId": card_id, "amount": "5.00", "currency": "USD"}
    await cf.ibis.financial.funds_credit(body)  # a pre-active card can be credited
    with pytest.raises(errors.DeclinedError) as pre_active:
        await cf.ibis.financial.funds_debit(body)
    assert pre_active.value.sub_code == "PA"
    await cf.ibis.card.activate({"cFiCardId": card_id})
    await cf.ibis.financial.funds_debit(body)
    with pytest.raises(errors.InsufficientFundsError):
        await cf.ibis.financial.funds_debit(body)


async def test_reversal_only_within_one_program(cf: ConnectFi, app: SandboxApp) -> None:
    customer_id = await approved_customer(cf)
    source, target = await card(cf, customer_id), await card(cf, customer_id)
    for card_id in (source, target):
        await cf.ibis.card.activate({"cFiCardId": card_id})
    await cf.ibis.financial.funds_credit({"cFiCardId": source, "amount": 10, "currency": "USD"})
    move = {"cardFromId": source, "cardToId": target, "amount": 4, "currency": "USD"}
    first = await cf.ibis.financial.card_to_card(move)
    reversed_ = await cf.ibis.financial.reversal(
        {"cFiFundsId": first.c_fi_funds_id, "amount": "1.50"}
    )
    assert "amount" not in reversed_.to_dict()["reversal"]
    assert (await balance_of(cf, target), await balance_of(cf, source)) == (2.5, 7.5)
    with pytest.raises(errors.PreconditionError):
        await cf.ibis.financial.reversal({"cFiFundsId": first.c_fi_funds_id})
    app.store.cards[target].program = app.store.cards[target].program.__class__(
        "d_gpr_other", "debit", "Other GPR Program"
    )
    second = await cf.ibis.financial.card_to_card(move)
    with pytest.raises(errors.PreconditionError) as caught:
        await cf.ibis.financial.reversal({"cFiFundsId": second.c_fi_funds_id})
    assert caught.value.code == "ibisCannotReverseError"


async def test_retrieve_by_exactly_one_selector(cf: ConnectFi) -> None:
    customer_id = await approved_customer(cf)
    card_id = await card(cf, customer_id)
    done = await cf.with_raw_response.ibis.financial.funds_credit(
        {"cFiCardId": card_id, "amount": 3, "currency": "USD"}
    )
    for selector in (
        {"cFiFundsId": done.data.c_fi_funds_id},
        {"reference": done.reference},
        {"arn": done.data.arn},
    ):
        (found,) = await cf.ibis.financial.retrieve(selector)
        assert found.c_fi_funds_id == done.data.c_fi_funds_id


async def test_history_filters_dates_and_pages(cf: ConnectFi) -> None:
    customer_id = await approved_customer(cf)
    card_id = await card(cf, customer_id)
    await cf.ibis.card.activate({"cFiCardId": card_id})
    for cents in range(1, 6):
        await cf.ibis.financial.funds_credit(
            {"cFiCardId": card_id, "amount": f"0.0{cents}", "currency": "USD"}
        )
    dates = {"dateFrom": "2000-01-01", "dateTo": "2100-01-01"}
    page = await cf.ibis.inquiry.transaction_history(
        {"cFiCardId": card_id, **dates, "numberOfRecords": 2, "skipRecords": 1}
    )
    assert isinstance(page.transactions, list)
    assert [t.amount for t in page.transactions] == [Decimal("0.04"), Decimal("0.03")]
    past = await cf.ibis.inquiry.transaction_history(
        {"cFiCardId": card_id, "dateFrom": "2000-01-01", "dateTo": "2000-12-31"}
    )
    assert past.transactions == []


async def test_every_reference_bearing_create_answers_reference_exists(cf: ConnectFi) -> None:
    customer_id = await approved_customer(cf)
    card_id = await card(cf, customer_id)
    status = await cf.ibis.card.status({"cFiCardId": card_id})
    with pytest.raises(errors.ReferenceExistsError) as caught:
        await cf.ibis.account.add({"customerId": customer_id}, reference=str(status.reference))
    assert caught.value.entity_id == card_id


# -- faults ----------------------------------------------------------------------------------------


async def test_injected_errors_and_rate_limits(http: httpx.AsyncClient, app: SandboxApp) -> None:
    headers = {"x-connectfi-token": await token(http)}
    app.faults.add(Fault("rate_limit", path="/health", times=1, retry_after=7))
    app.faults.add(Fault("error", path="/health", times=1, status=502))
    limited = await http.get("/health", headers=headers)
    assert (limited.status_code, limited.headers["retry-after"]) == (429, "7")
    assert (await http.get("/health", headers=headers)).status_code == 502
    assert (await http.get("/health", headers=headers)).status_code == 200


async def test_faults_and_tokens_are_controlled_over_http(
    http: httpx.AsyncClient, app: SandboxApp
) -> None:
    headers = {"x-connectfi-token": await token(http)}
    added = await http.post("/_sandbox/faults", json={"mode": "error", "path": "*", "times": 1})
    assert added.status_code == 200
    assert (await http.get("/health", headers=headers)).status_code == 503
    await http.post("/_sandbox/expire-tokens")
    assert (await http.get("/health", headers=headers)).status_code == 401
    stats = (await http.get("/_sandbox/stats")).json()
    assert stats["logins"] == 1
    await http.post("/_sandbox/reset")
    assert app.store.tokens == {}
    assert app.faults.rules == []
