"""Exactly-once and failure handling at their edges, over real TCP on both backends.

One test (or a few) per row of the exactly-once issue: no second payment, no wrong entity, no
hang. The sandbox (uvicorn on 127.0.0.1) plays the API where it can; a scripted raw server on
127.0.0.1 gives the answers the sandbox never gives (NaN Retry-After, a skewed Date, an empty
success).
"""

# mypy: disable-error-code="arg-type"
# (bodies are sent as plain dicts, some deliberately wrong, to test the runtime checks; typed
# bodies are type-checked on a user script in tests/test_user_script_types.py)

from __future__ import annotations

import asyncio
import time
import traceback
from collections.abc import AsyncIterator
from decimal import Decimal
from typing import Any

import pytest
from client_support import E2E_BACKENDS
from raw_http import Answer, RawServer, Request, envelope, login

from connectfi_async import ConnectFi, RetryPolicy, errors, new_reference, reference_from_key
from connectfi_async._bindings import PROCESS_BINDINGS
from connectfi_async._generated import models
from connectfi_async.sandbox import Fault
from connectfi_async.testing import SandboxServer

RETRY = RetryPolicy(max_attempts=10, backoff_initial=0.002, backoff_max=0.01)
pytestmark = pytest.mark.parametrize("backend", E2E_BACKENDS)
CUSTOMER = {"customerType": "individual", "customer": {"firstName": "Jo", "lastName": "Doe"}}
CARD_PROFILE = {"occupation": "Student", "nameOnCard": "JO DOE"}
CLEAR_CARD = {"cardNumber": "4000056655665556", "cvv": "737", "expiryDate": "203012"}


@pytest.fixture
async def cf(connectfi_sandbox: SandboxServer, backend: str) -> AsyncIterator[ConnectFi]:
    async with connectfi_sandbox.client(retry=RETRY, backend=backend) as client:
        yield client


async def customer(cf: ConnectFi) -> str:
    created = await cf.customer.init(CUSTOMER)
    await cf.akepa.identification({"customerId": created.customer_id})
    return str(created.customer_id)


async def active_card(cf: ConnectFi, customer_id: str) -> str:
    card = await cf.ibis.debit_card.add(
        {"customerId": customer_id, "cardProgramId": "d_gpr_test", "profile": CARD_PROFILE}
    )
    await cf.ibis.card.activate({"cFiCardId": card.c_fi_card_id})
    return str(card.c_fi_card_id)


async def balance(cf: ConnectFi, card_id: str) -> Decimal:
    card = await cf.ibis.card.status({"cFiCardId": card_id})
    assert isinstance(card.balance, Decimal)
    return card.balance


def raw_client(server: RawServer, backend: str, **kwargs: Any) -> ConnectFi:
    """A client of the scripted server (login "u" / "p")."""
    options: dict[str, Any] = {"backend": backend, **kwargs}
    return ConnectFi(server.base_url, "u", "p", **options)


def drop(server: SandboxServer, path: str, **kwargs: Any) -> Fault:
    fault: Fault = server.app.faults.add(Fault("drop", path=path, **kwargs))
    return fault


# -- 1. customer.init is exactly-once on customerReference ---------------------------------------


async def test_customer_init_creates_each_customer_once_through_lost_answers(
    cf: ConnectFi, connectfi_sandbox: SandboxServer
) -> None:
    fault = drop(connectfi_sandbox, "/customer/init", probability=0.4, seed=7)
    created = await asyncio.gather(
        *(cf.with_raw_response.customer.init(CUSTOMER) for _ in range(100))
    )
    assert fault.fired >= 20
    assert sum(r.recovered for r in created) >= 10
    ids = {r.data.customer_id for r in created}
    assert len(ids) == 100
    assert len(connectfi_sandbox.app.store.customers) == 100
    # The key it was de-duplicated on is the caller's to keep.
    assert all(r.reference and len(r.reference) == 32 for r in created)


# -- 2. a reference reused for another payment is refused, never answered with that payment -------


def another_process() -> None:
    """What a second process (without a shared token store) starts with: no bindings."""
    PROCESS_BINDINGS.clear()


async def test_a_reference_reused_for_another_amount_is_refused_before_sending(
    cf: ConnectFi, connectfi_sandbox: SandboxServer
) -> None:
    owner = await customer(cf)
    card = await active_card(cf, owner)
    reference = new_reference()
    await cf.ibis.financial.funds_credit(
        {"cFiCardId": card, "amount": "5.00", "currency": "USD"}, reference=reference
    )
    # The loser's first answer would be lost: before binding, its retry was told "paid".
    fault = drop(connectfi_sandbox, "/ibis/financial/funds-credit", times=1)
    with pytest.raises(errors.ReferenceReusedError) as refused:
        await cf.ibis.financial.funds_credit(
            {"cFiCardId": card, "amount": "500.00", "currency": "USD"}, reference=reference
        )
    assert fault.fired == 0  # never sent
    assert refused.value.reference == reference
    assert refused.value.scope == "process"
    assert [v.field for v in refused.value.violations] == ["reference"]
    # The same request again is the same payment: recovered, not refused.
    again = await cf.with_raw_response.ibis.financial.funds_credit(
        {"currency": "USD", "amount": Decimal("5.00"), "cFiCardId": card}, reference=reference
    )
    assert fault.fired == 1
    assert again.recovered is True
    assert await balance(cf, card) == Decimal("5.00")


async def test_another_process_reusing_a_reference_for_another_amount_is_never_told_paid(
    cf: ConnectFi, connectfi_sandbox: SandboxServer
) -> None:
    owner = await customer(cf)
    card = await active_card(cf, owner)
    reference = new_reference()
    await cf.ibis.financial.funds_credit(
        {"cFiCardId": card, "amount": "5.00", "currency": "USD"}, reference=reference
    )
    another_process()
    drop(connectfi_sandbox, "/ibis/financial/funds-credit", times=1)
    with pytest.raises(errors.ReferenceMismatchError) as refused:
        await cf.ibis.financial.funds_credit(
            {"cFiCardId": card, "amount": "500.00", "currency": "USD"}, reference=reference
        )
    # The transfer's lookup shows no amount; the card's history shows it under the same arn.
    assert refused.value.mismatches == [("amount", Decimal("500.00"), Decimal("5.00"))]
    assert await balance(cf, card) == Decimal("5.00")


async def test_another_process_reusing_a_card_to_card_reference_is_never_told_paid(
    cf: ConnectFi, connectfi_sandbox: SandboxServer
) -> None:
    owner = await customer(cf)
    source, target = await active_card(cf, owner), await active_card(cf, owner)
    await cf.ibis.financial.funds_credit(
        {"cFiCardId": source, "amount": "600.00", "currency": "USD"}
    )
    reference = new_reference()
    move = {"cardFromId": source, "cardToId": target, "currency": "USD"}
    await cf.ibis.financial.card_to_card({**move, "amount": "5.00"}, reference=reference)
    another_process()
    drop(connectfi_sandbox, "/ibis/financial/card-to-card", times=1)
    with pytest.raises(errors.ReferenceMismatchError) as refused:
        await cf.ibis.financial.card_to_card({**move, "amount": "500.00"}, reference=reference)
    assert [m[0] for m in refused.value.mismatches] == ["amount"]
    assert await balance(cf, target) == Decimal("5.00")
    # The same transfer, retried from a third process, is recovered: the history shows 5.00.
    another_process()
    drop(connectfi_sandbox, "/ibis/financial/card-to-card", times=1)
    same = await cf.with_raw_response.ibis.financial.card_to_card(
        {**move, "amount": "5.00"}, reference=reference
    )
    assert same.recovered is True


async def test_a_reused_reference_never_returns_another_payment(
    cf: ConnectFi, connectfi_sandbox: SandboxServer
) -> None:
    owner = await customer(cf)
    card_a, card_b = await active_card(cf, owner), await active_card(cf, owner)
    reference = new_reference()
    await cf.ibis.financial.funds_credit(
        {"cFiCardId": card_a, "amount": "5.00", "currency": "USD"}, reference=reference
    )
    with pytest.raises(errors.ReferenceReusedError):
        await cf.ibis.financial.funds_credit(
            {"cFiCardId": card_b, "amount": "500.00", "currency": "USD"}, reference=reference
        )
    another_process()
    drop(connectfi_sandbox, "/ibis/financial/funds-credit", times=1)
    with pytest.raises(errors.ReferenceMismatchError) as refused:
        await cf.ibis.financial.funds_credit(
            {"cFiCardId": card_b, "amount": "500.00", "currency": "USD"}, reference=reference
        )
    assert refused.value.reference == reference
    assert [m[0] for m in refused.value.mismatches] == ["cFiCardId"]
    assert isinstance(refused.value.found, models.IbisFundsTransfer)
    assert refused.value.found.c_fi_card_id == card_a
    assert await balance(cf, card_b) == Decimal("0.00")
    assert await balance(cf, card_a) == Decimal("5.00")


# -- 3. recovered data has the operation's own type, every field --------------------------------


async def test_a_recovered_account_has_its_account_id(
    cf: ConnectFi, connectfi_sandbox: SandboxServer
) -> None:
    owner = await customer(cf)
    drop(connectfi_sandbox, "/ibis/account/add", times=1)
    answer = await cf.with_raw_response.ibis.account.add(
        {"customerId": owner, "profile": {"occupation": "Student"}}
    )
    assert answer.recovered is True
    assert isinstance(answer.data, models.IbisAccount)
    assert isinstance(answer.data.c_fi_account_id, str)
    assert answer.data.c_fi_account_id.startswith("icrd_")
    assert answer.data.customer_id == owner


# -- 4. every error of a reference-carrying call names its reference ----------------------------


async def test_errors_carry_the_reference_so_a_retry_cannot_pay_twice(
    connectfi_sandbox: SandboxServer, backend: str
) -> None:
    async with connectfi_sandbox.client(retry=RETRY, backend=backend) as setup:
        card = await active_card(setup, await customer(setup))
    drop(connectfi_sandbox, "/ibis/financial/funds-credit", probability=0.4, seed=3)
    amounts = [Decimal(f"{k}.{k:02d}") for k in range(1, 41)]
    once = RetryPolicy(max_attempts=1)
    async with connectfi_sandbox.client(retry=once, backend=backend) as cf:
        outcomes = await asyncio.gather(
            *(
                cf.ibis.financial.funds_credit(
                    {"cFiCardId": card, "amount": amount, "currency": "USD"}
                )
                for amount in amounts
            ),
            return_exceptions=True,
        )
        failed = [
            (a, o) for a, o in zip(amounts, outcomes, strict=True) if isinstance(o, Exception)
        ]
        assert len(failed) >= 8
        for _, error in failed:
            assert isinstance(error, errors.TransportError)
            assert error.may_have_reached_server is True
            assert isinstance(error.reference, str)
            assert len(error.reference) == 32
        connectfi_sandbox.app.faults.clear()
        # The documented pattern: retry with the reference the error carries.
        for amount, error in failed:
            assert isinstance(error, errors.ConnectFiError)
            again = await cf.with_raw_response.ibis.financial.funds_credit(
                {"cFiCardId": card, "amount": amount, "currency": "USD"},
                reference=error.reference,
                return_existing=True,
            )
            assert again.reference == error.reference
        assert await balance(cf, card) == sum(amounts)
    assert len(connectfi_sandbox.app.store.transfers) == len(amounts)


async def test_a_refused_request_names_its_reference(
    cf: ConnectFi, connectfi_sandbox: SandboxServer
) -> None:
    owner = await customer(cf)
    card = await active_card(cf, owner)
    with pytest.raises(errors.ApiError) as refused:
        await cf.ibis.financial.funds_credit(
            {"cFiCardId": card, "amount": "5.00", "currency": "EUR"},
            reference="Ref42",
        )
    assert refused.value.code == "ibisFundsCurrency"
    assert refused.value.reference == "Ref42"


# -- 5. login is retried like any safe call ------------------------------------------------------


async def test_one_lost_login_answer_costs_a_retry_not_a_failure(
    cf: ConnectFi, connectfi_sandbox: SandboxServer
) -> None:
    fault = drop(connectfi_sandbox, "/auth/get-token", times=1)
    results = await asyncio.gather(*(cf.health() for _ in range(100)), return_exceptions=True)
    assert [r for r in results if isinstance(r, Exception)] == []
    assert fault.fired == 1
    # One login whose answer was lost, one retry of it: not a login per waiter.
    assert connectfi_sandbox.app.store.logins == 2


async def test_a_failed_login_says_the_request_never_left(
    connectfi_sandbox: SandboxServer, backend: str
) -> None:
    connectfi_sandbox.app.faults.add(Fault("drop", path="/auth/get-token"))
    policy = RetryPolicy(max_attempts=2, backoff_initial=0.001, backoff_max=0.002)
    async with connectfi_sandbox.client(retry=policy, backend=backend) as cf:
        results = await asyncio.gather(
            *(cf.ibis.card.status({"cFiCardId": "icrd_x"}) for _ in range(20)),
            return_exceptions=True,
        )
    for result in results:
        assert isinstance(result, errors.TransportError)
        assert result.may_have_reached_server is False


# -- 6. Retry-After is used only when finite and >= 0 --------------------------------------------


@pytest.mark.parametrize("hint", ["nan", "inf", "-inf", "-5", "1e400"])
async def test_an_unusable_retry_after_falls_back_to_backoff(backend: str, hint: str) -> None:
    answers = iter([(503, {"Retry-After": hint}, b"{}")])

    async def handler(request: Request) -> Answer:
        if request.path == "/auth/get-token":
            return login()
        return next(answers, None) or envelope({"status": "ok"})

    async with RawServer(handler) as server, raw_client(server, backend, retry=RETRY) as cf:
        await asyncio.wait_for(cf.health(), 10)
    assert server.paths().count("/health") == 2


# -- 7. the deadline bounds the whole call -------------------------------------------------------


async def test_the_deadline_bounds_slow_attempts(backend: str) -> None:
    held = asyncio.Event()

    async def handler(request: Request) -> Answer:
        if request.path == "/auth/get-token":
            return login()
        await held.wait()  # never answers in time
        return None

    policy = RetryPolicy(max_attempts=5, deadline=1.0, backoff_initial=0.001, backoff_max=0.002)
    client = {"retry": policy, "timeout": 0.9}
    async with RawServer(handler) as server, raw_client(server, backend, **client) as cf:
        started = time.monotonic()
        with pytest.raises(errors.TransportError) as failed:
            await cf.ibis.card.status({"cFiCardId": "icrd_1"})
        elapsed = time.monotonic() - started
        held.set()
    assert failed.value.may_have_reached_server is True
    # Two attempts: 0.9 s, then the 0.1 s left (clamped), not another 0.9 s one (1.8 s in all).
    assert server.paths().count("/ibis/card/status") == 2
    assert elapsed < 1.0 + 0.4


# -- 8 and 9. bad input is refused before sending, naming the field ------------------------------


BAD_INPUTS: list[tuple[str, Any, dict[str, Any], str]] = [
    (
        "empty reference",
        {"cFiCardId": "c", "amount": "1.00", "currency": "USD"},
        {"reference": ""},
        "reference",
    ),
    (
        "empty body reference",
        {"cFiCardId": "c", "amount": "1.00", "currency": "USD", "reference": ""},
        {},
        "reference",
    ),
    ("no body", None, {}, "body"),
    ("list body", [("cFiCardId", "c")], {}, "body"),
    (
        "two references",
        {"cFiCardId": "c", "amount": "1.00", "currency": "USD", "reference": "A1"},
        {"reference": "B2"},
        "reference",
    ),
    ("spaces", {"cFiCardId": "c", "amount": " 21.10 ", "currency": "USD"}, {}, "amount"),
    ("underscore", {"cFiCardId": "c", "amount": "1_000.00", "currency": "USD"}, {}, "amount"),
    (
        "arabic-indic",
        {"cFiCardId": "c", "amount": "\u0661\u0662.00", "currency": "USD"},
        {},
        "amount",
    ),
    ("exponent", {"cFiCardId": "c", "amount": "1e2", "currency": "USD"}, {}, "amount"),
    ("three decimals", {"cFiCardId": "c", "amount": "1.005", "currency": "USD"}, {}, "amount"),
    ("trailing newline", {"cFiCardId": "c", "amount": "1.00\n", "currency": "USD"}, {}, "amount"),
]


@pytest.mark.parametrize(
    ("case", "body", "kwargs", "field"), BAD_INPUTS, ids=[c[0] for c in BAD_INPUTS]
)
async def test_bad_input_is_refused_before_anything_is_sent(
    backend: str, case: str, body: Any, kwargs: dict[str, Any], field: str
) -> None:
    async def handler(request: Request) -> Answer:
        return login() if request.path == "/auth/get-token" else envelope({})

    async with RawServer(handler) as server, raw_client(server, backend) as cf:
        with pytest.raises(errors.ValidationError) as refused:
            await cf.ibis.financial.funds_credit(body, **kwargs)
    assert server.requests == []
    assert next(v.field for v in refused.value.violations) == field
    assert field in str(refused.value)


async def test_exact_money_strings_are_still_accepted(
    cf: ConnectFi, connectfi_sandbox: SandboxServer
) -> None:
    card = await active_card(cf, await customer(cf))
    for amount in ("21", "21.1", "21.10", "0.01"):
        await cf.ibis.financial.funds_credit(
            {"cFiCardId": card, "amount": amount, "currency": "USD"}
        )
    assert await balance(cf, card) == Decimal("63.21")


# -- 10. success answers are checked -------------------------------------------------------------


async def test_a_success_without_the_transfer_id_is_an_unexpected_response(backend: str) -> None:
    async def handler(request: Request) -> Answer:
        return login() if request.path == "/auth/get-token" else envelope({})

    async with RawServer(handler) as server, raw_client(server, backend) as cf:
        with pytest.raises(errors.UnexpectedResponseError) as unexpected:
            await cf.ibis.financial.funds_credit(
                {"cFiCardId": "icrd_1", "amount": "5.00", "currency": "USD"},
                reference="Ref1",
            )
    assert unexpected.value.status_code == 200
    assert unexpected.value.body.startswith(b'{"code": "0", "data": {}')
    assert unexpected.value.request_id == "r" * 32
    assert unexpected.value.reference == "Ref1"


async def test_unknown_status_values_stay_readable_strings(backend: str) -> None:
    transfer = {
        "cFiFundsId": "ifnd_1",
        "reference": "Ref1",
        "type": "credit",
        "cFiStatus": "PendingReview",  # a value no page documents yet
        "cFiCardId": "icrd_1",
    }

    async def handler(request: Request) -> Answer:
        return login() if request.path == "/auth/get-token" else envelope(transfer)

    async with RawServer(handler) as server, raw_client(server, backend) as cf:
        answer = await cf.ibis.financial.funds_credit(
            {"cFiCardId": "icrd_1", "amount": "5.00", "currency": "USD"}, reference="Ref1"
        )
    assert answer.c_fi_status == "PendingReview"


# -- 11. documented "already done" answers resolve to the current state ---------------------------


async def test_a_retried_activate_whose_first_answer_was_lost_returns_the_active_card(
    cf: ConnectFi, connectfi_sandbox: SandboxServer
) -> None:
    owner = await customer(cf)
    card = await cf.ibis.debit_card.add(
        {"customerId": owner, "cardProgramId": "d_gpr_test", "profile": CARD_PROFILE}
    )
    drop(connectfi_sandbox, "/ibis/card/activate", times=1)
    answer = await cf.with_raw_response.ibis.card.activate({"cFiCardId": card.c_fi_card_id})
    assert answer.recovered is True
    assert isinstance(answer.data, models.IbisCard)
    assert answer.data.c_fi_card_id == card.c_fi_card_id
    assert isinstance(answer.data.status, models.IbisCardStatusCode)
    assert answer.data.status.code == "B"


async def test_activating_an_active_card_is_still_an_error_when_nothing_was_lost(
    cf: ConnectFi,
) -> None:
    card = await active_card(cf, await customer(cf))
    with pytest.raises(errors.DeclinedError) as declined:
        await cf.ibis.card.activate({"cFiCardId": card})
    assert declined.value.sub_code == "97"


# -- 12. token lifetime is measured on the server's clock ----------------------------------------


async def test_a_skewed_client_clock_does_not_force_a_login_per_call(backend: str) -> None:
    # The server lives in 2020: its token expires an hour after its own Date, long before the
    # client's "now".
    async def handler(request: Request) -> Answer:
        if request.path == "/auth/get-token":
            return login("2020-01-01T01:00:00.000Z", Date="Wed, 01 Jan 2020 00:00:00 GMT")
        return envelope({"status": "ok"})

    async with RawServer(handler) as server, raw_client(server, backend) as cf:
        for _ in range(20):
            await cf.health()
    assert server.paths().count("/auth/get-token") == 1


# -- 13. change_password updates the client's credentials ----------------------------------------


async def test_the_next_login_after_change_password_uses_the_new_password(
    cf: ConnectFi, connectfi_sandbox: SandboxServer
) -> None:
    await cf.health()
    new_password = "N3w-Passw0rd!"
    await cf.user.change_password(
        {"oldPassword": connectfi_sandbox.password, "newPassword": new_password}
    )
    connectfi_sandbox.app.expire_tokens()
    await cf.customer.init(CUSTOMER)  # logs in again, with the new password
    assert connectfi_sandbox.app.store.logins == 2
    assert "N3w-Passw0rd!" not in repr(cf)


# -- 14. register calls recover, or say plainly that they cannot ---------------------------------


async def test_a_card_registration_whose_answer_was_lost_is_recovered(
    cf: ConnectFi, connectfi_sandbox: SandboxServer
) -> None:
    drop(connectfi_sandbox, "/transfer-to/card/register", times=1)
    answer = await cf.with_raw_response.transfer_to.card.register({"clearCard": CLEAR_CARD})
    assert answer.recovered is True
    assert isinstance(answer.data, models.CardExternalCard)
    registered = [
        c for c in connectfi_sandbox.app.store.family("externalCard").values() if "cFiCardId" in c
    ]
    assert [c["cFiCardId"] for c in registered] == [answer.data.c_fi_card_id]


async def test_a_combo_registration_without_a_lookup_names_the_existing_card(
    cf: ConnectFi, connectfi_sandbox: SandboxServer
) -> None:
    drop(connectfi_sandbox, "/transfer-to/combo/card/register", times=1)
    reference = reference_from_key("combo-card", 1)
    with pytest.raises(errors.ReferenceExistsError) as exists:
        await cf.transfer_to.combo.card.register({"clearCard": CLEAR_CARD}, reference=reference)
    assert exists.value.reference == reference
    assert isinstance(exists.value.entity_id, str)
    assert exists.value.entity_id.startswith("tcrd_")


# -- 15. secrets stay out of reprs and chained exceptions ----------------------------------------


async def test_transport_errors_carry_no_chained_exception_with_the_token(backend: str) -> None:
    token, pin = "T" * 66, str(4800 + 31)

    async def handler(request: Request) -> Answer:
        return login() if request.path == "/auth/get-token" else None

    async with RawServer(handler) as server, raw_client(server, backend, retry=RETRY) as cf:
        with pytest.raises(errors.TransportError) as failed:
            await cf.ibis.card.set_pin({"cFiCardId": "icrd_1", "pin": pin})
    error = failed.value
    assert error.__cause__ is None
    assert error.__context__ is None
    text = "".join(traceback.format_exception(type(error), error, error.__traceback__))
    assert token not in text
    assert pin not in text
    assert token not in repr(vars(error))


def test_account_numbers_are_masked_in_reprs(backend: str) -> None:
    dda = models.IbisPseudoDdaNumber.from_dict({"pseudoDdaNumber": "1211210001590305"})
    assert "1211210001590305" not in repr(dda)
    assert dda.pseudo_dda_number == "1211210001590305"


async def test_a_decline_whose_answer_was_lost_is_raised_not_recovered_as_success(
    cf: ConnectFi, connectfi_sandbox: SandboxServer
) -> None:
    card = await active_card(cf, await customer(cf))
    await cf.ibis.card.set_status({"cFiCardId": card, "statusCode": "F"})
    drop(connectfi_sandbox, "/ibis/financial/funds-credit", times=1)
    with pytest.raises(errors.DeclinedError) as declined:
        await cf.ibis.financial.funds_credit(
            {"cFiCardId": card, "amount": "5.00", "currency": "USD"}, reference="Closed1"
        )
    assert declined.value.code == "extIbis"
    assert declined.value.sub_code == "SD"
    assert declined.value.reference == "Closed1"
    assert await balance(cf, card) == Decimal("0.00")


# -- 15. requests the spec or HTTP forbid are never sent (issue 18) ------------------------------


def nothing_answers() -> tuple[list[Request], RawServer]:
    """A server that records what reaches it: a login, then success for everything."""

    # One answer fits every operation these tests call (answers are open to extra fields).
    data = {"status": "ok", "customerId": "c1", "cFiFundsId": "f1", "reference": "r1"}
    data |= {"type": "credit", "cFiStatus": "Complete"}

    async def handler(request: Request) -> Answer:
        return login() if request.path == "/auth/get-token" else envelope(data)

    server = RawServer(handler)
    return server.requests, server


@pytest.mark.parametrize(
    "customer_id",
    [
        *("..", ".", "a/b", "%2e%2e", "cst\r\nX-Evil: 1", "cstap\n", "cståp", "a b", "x" * 37),
        *("", "a?b=c", "#"),
    ],
)
async def test_a_path_argument_cannot_leave_its_segment(backend: str, customer_id: str) -> None:
    received, server = nothing_answers()
    async with server, raw_client(server, backend) as cf:
        with pytest.raises(errors.ValidationError) as refused:
            await cf.customer.status(customer_id)
        assert [v.field for v in refused.value.violations] == ["customerId"]
        if customer_id.strip():
            assert customer_id not in str(refused.value)  # the value may be a user's input
        await cf.customer.status("cstap_6reGTr3k8vpAu8uFV7EdiN")  # a valid id still goes out
    assert [r.path for r in received] == [
        "/auth/get-token",
        "/customer/status/cstap_6reGTr3k8vpAu8uFV7EdiN",
    ]


async def test_a_lone_surrogate_is_refused_not_sent_as_an_escape(backend: str) -> None:
    received, server = nothing_answers()
    async with server, raw_client(server, backend) as cf:
        with pytest.raises(errors.ValidationError) as refused:
            await cf.ibis.financial.funds_credit(
                {
                    "cFiCardId": "icrd_1",
                    "amount": "5.00",
                    "currency": "USD",
                    "description": "pay\ud800",
                }
            )
    assert [v.field for v in refused.value.violations] == ["description"]
    assert "surrogate" in str(refused.value)
    assert received == []


async def test_non_ascii_text_is_sent_as_utf8_json(backend: str) -> None:
    received, server = nothing_answers()
    async with server, raw_client(server, backend) as cf:
        await cf.ibis.financial.funds_credit(
            {"cFiCardId": "icrd_1", "amount": "5.00", "currency": "USD", "description": "café ✓"}
        )
    assert received[-1].json()["description"] == "café ✓"


@pytest.mark.parametrize(
    "amount", [10**30, Decimal("1E+30"), "10000000000000.00", Decimal("9999999999999.991")]
)
async def test_amounts_beyond_what_the_api_receives_exactly_are_refused(
    backend: str, amount: Any
) -> None:
    received, server = nothing_answers()
    async with server, raw_client(server, backend) as cf:
        with pytest.raises(errors.ValidationError) as refused:
            await cf.ibis.financial.funds_credit(
                {"cFiCardId": "icrd_1", "amount": amount, "currency": "USD"}
            )
        assert {v.field for v in refused.value.violations} == {"amount"}
        assert "maximum" in {v.keyword for v in refused.value.violations}
        await cf.ibis.financial.funds_credit(
            {"cFiCardId": "icrd_1", "amount": Decimal("9999999999999.99"), "currency": "USD"}
        )
    assert [r.path for r in received] == ["/auth/get-token", "/ibis/financial/funds-credit"]
    assert received[-1].body.count(b'"amount":9999999999999.99') == 1


async def test_the_sandbox_refuses_an_amount_beyond_the_maximum_like_the_api(
    connectfi_sandbox: SandboxServer, backend: str
) -> None:
    async with connectfi_sandbox.client(backend=backend, validate=False) as cf:
        with pytest.raises(errors.RequestValidationError) as refused:
            await cf.ibis.financial.funds_credit(
                {"cFiCardId": "icrd_1", "amount": Decimal("1E+30"), "currency": "USD"}
            )
    assert [v["keyword"] for v in refused.value.violations] == ["maximum"]


# -- 16. 401s for an older and a newer token arriving together ----------------------------------


async def test_401s_for_two_tokens_at_once_log_in_again_and_replay_with_a_new_token(
    backend: str,
) -> None:
    issued: list[str] = []
    valid: set[str] = set()
    arrived = [asyncio.Event(), asyncio.Event()]
    release = asyncio.Event()

    async def handler(request: Request) -> Answer:
        if request.path == "/auth/get-token":
            token = f"T{len(issued) + 1}" + "x" * 64
            issued.append(token)
            valid.clear()
            valid.add(token)
            return envelope({"token": token, "dtsExpireAt": "2999-01-01T00:00:00.000Z"})
        token = request.headers.get("x-connectfi-token", "")
        if token in issued[:2] and len(issued) < 3:
            arrived[issued.index(token)].set()
            await release.wait()  # both refusals leave together
            return 401, {"Content-Type": "application/json"}, b'{"code":"unauthorized"}'
        if token in valid:
            return envelope({"status": "ok"})
        return 401, {"Content-Type": "application/json"}, b'{"code":"unauthorized"}'

    async with RawServer(handler) as server, raw_client(server, backend) as cf:
        first = asyncio.create_task(cf.health())
        await arrived[0].wait()
        cf.token_auth.expire()  # the next call logs in again: a second, newer token
        second = asyncio.create_task(cf.health())
        await arrived[1].wait()
        release.set()
        await asyncio.wait_for(asyncio.gather(first, second), 10)
    assert len(issued) == 3  # one more login, not a replay with the token just refused
    replayed = [r.headers["x-connectfi-token"] for r in server.requests[-2:]]
    assert replayed == [issued[2], issued[2]]


# -- 17. a Date header that disagrees with the local clock ----------------------------------------


@pytest.mark.parametrize("skew_hours", [2, -2])
async def test_a_wrong_date_header_neither_forces_logins_nor_stretches_the_token(
    backend: str, skew_hours: int
) -> None:
    from datetime import datetime, timedelta, timezone
    from email.utils import format_datetime

    now = datetime.now(timezone.utc)
    expires = (now + timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M:%S.000Z")
    date = format_datetime(now + timedelta(hours=skew_hours), usegmt=True)

    async def handler(request: Request) -> Answer:
        if request.path == "/auth/get-token":
            return login(expires, Date=date)
        return envelope({"status": "ok"})

    async with RawServer(handler) as server, raw_client(server, backend) as cf:
        await asyncio.gather(*(cf.health() for _ in range(200)))
        left = cf.token_auth._valid_until - time.monotonic()
    assert server.paths().count("/auth/get-token") == 1
    assert left <= 3600  # never past the real expiry, an hour from now
    assert left >= 60  # and never a login per call


async def test_a_reused_reference_names_what_differs_and_is_a_mismatch(backend: str) -> None:
    received, server = nothing_answers()
    first = {"cFiCardId": "icrd_1", "amount": Decimal("5.00"), "currency": "USD"}
    async with server, raw_client(server, backend) as cf:
        await cf.ibis.financial.funds_credit(first, reference="Inv1042")
        with pytest.raises(errors.ReferenceMismatchError) as refused:  # code written for it
            await cf.ibis.financial.funds_credit(
                {**first, "cFiCardId": "icrd_2", "amount": "500.00"}, reference="Inv1042"
            )
    assert isinstance(refused.value, errors.ReferenceReusedError)
    assert refused.value.mismatches == [
        ("cFiCardId", "icrd_2", "icrd_1"),
        ("amount", Decimal("500.00"), Decimal("5.00")),
    ]
    assert refused.value.found is None
    assert "differing: cFiCardId, amount" in str(refused.value)
    assert len(received) == 2  # the login and the first credit only
