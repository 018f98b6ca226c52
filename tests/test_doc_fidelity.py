"""Where the spec and the sandbox follow the documentation rather than an earlier guess (issue 11).

Each test names the documented fact it holds the code to: the seed documents, the current
connectFi pages and the fact sheets in /work/shared/reference/connectfi.
"""

# mypy: disable-error-code="arg-type"
# (bodies are sent as plain dicts, some deliberately wrong, to test the runtime checks; typed
# bodies are type-checked on a user script in tests/test_user_script_types.py)

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from decimal import Decimal
from typing import Any

import httpx
import pytest
from spec_support import SEEDS, load_jsonc, operation, operations, spec
from test_e2e_cards import Receiver

from connectfi_async import ConnectFi, errors
from connectfi_async._generated.models import AkepaWebhook
from connectfi_async._spec import document
from connectfi_async._validation import RequestValidators
from connectfi_async.sandbox import DEFAULT_LOGIN, DEFAULT_PASSWORD, SandboxApp
from connectfi_async.sandbox.ibis import MAX_PIN_FAILURES
from connectfi_async.testing import SandboxServer
from connectfi_async.webhooks import parse_webhook

BASE = "http://sandbox.local"
VALIDATORS = RequestValidators(document())
PROFILE = {"occupation": "Student", "nameOnCard": "JO DOE"}


def violations(operation_id: str, body: Any) -> list[tuple[str, str]]:
    return [(v.field, v.keyword) for v in VALIDATORS.validate(operation_id, body)]


def bad_request_text(operation_id: str) -> str:
    return str(operation(operation_id)["responses"]["400"]["description"])


# -- spec ------------------------------------------------------------------------------------------


def test_akepa_status_is_the_documented_post_with_customer_and_application() -> None:
    paths = spec()["paths"]
    assert "/akepa/status/{customerId}" not in paths
    op = paths["/akepa/status"]["post"]
    assert op["operationId"] == "akepaStatus"
    body = op["requestBody"]["content"]["application/json"]["schema"]
    assert body == {"$ref": "#/components/schemas/AkepaStatusRequest"}
    # The seed's older form stays on record in the description.
    assert "/akepa/status/:customerId" in op["description"]
    ids = {"customerId": "cstap_1", "applicationId": "iapp_1"}
    assert violations("akepaStatus", ids) == []
    assert ("(body)", "required") in violations("akepaStatus", {"customerId": "cstap_1"})
    assert "404" in op["responses"]


def test_customer_update_references_the_documented_customer_update_object() -> None:
    schema = spec()["components"]["schemas"]["CustomerUpdateRequest"]
    ref = "#/components/schemas/CustomerUpdateRequestCustomerUpdate"
    assert schema["properties"]["customerUpdate"]["$ref"] == ref
    assert "required" not in schema
    assert "additionalProperties" not in schema
    body = {"customerId": "cstap_1", "customerUpdate": {"email": "not-an-email"}}
    assert ("customerUpdate.email", "pattern") in violations("customerUpdate", body)
    body["customerUpdate"] = {"email": "jo@example.com"}
    assert violations("customerUpdate", body) == []


def test_check_print_takes_the_documented_logo() -> None:
    schema = spec()["components"]["schemas"]["CheckPrintRequest"]
    assert schema["properties"]["logo"]["type"] == "string"
    assert ("logo", "type") in violations("checkPrint", {"reference": "chk1", "logo": 1})


def test_credit_limit_is_a_number_at_least_zero_as_the_seed_says() -> None:
    base = {
        "customerId": "cstap_1",
        "reference": "ref1",
        "profile": PROFILE,
        "cardProgramId": "Evolve_Test",
        "applicationId": "gsa_1",
        "creditLimitCurrency": "USD",
    }
    assert violations("ibisCreditCardAdd", {**base, "creditLimit": 0}) == []
    assert violations("ibisCreditCardAdd", {**base, "creditLimit": Decimal("600.125")}) == []
    refused = violations("ibisCreditCardAdd", {**base, "creditLimit": Decimal("-0.01")})
    assert refused == [("creditLimit", "minimum")]


def test_reversal_amount_has_no_unstated_precision() -> None:
    body = {"cFiFundsId": "ifnd_1", "amount": Decimal("1.005")}
    assert violations("ibisFinancialReversal", body) == []
    assert violations("ibisFinancialReversal", {**body, "amount": 0}) == [
        ("amount", "exclusiveMinimum")
    ]


OPENED: dict[str, dict[str, Any]] = {
    "ibisAccountAdd": {"customerId": "cstap_1", "reference": "ref1"},
    "ibisDebitCardAdd": {
        "customerId": "cstap_1",
        "reference": "ref1",
        "cardProgramId": "d_gpr_test",
        "profile": PROFILE,
    },
    "ibisCreditCardAdd": {
        "customerId": "cstap_1",
        "reference": "ref1",
        "profile": PROFILE,
        "cardProgramId": "Evolve_Test",
        "applicationId": "gsa_1",
        "creditLimit": 600,
        "creditLimitCurrency": "USD",
    },
    "ibisCardList": {"customerId": "cstap_1"},
}


@pytest.mark.parametrize("operation_id", sorted(OPENED))
def test_requests_whose_current_table_was_never_seen_are_open(operation_id: str) -> None:
    body = {**OPENED[operation_id], "someNewField": "x"}
    assert violations(operation_id, body) == []
    ref = operation(operation_id)["requestBody"]["content"]["application/json"]["schema"]["$ref"]
    schema = spec()["components"]["schemas"][ref.rsplit("/", 1)[-1]]
    assert "policy for unseen tables" in schema["description"]
    # What the seed's table requires is still required.
    assert ("(body)", "required") in violations(operation_id, {"someNewField": "x"})


def test_a_fully_seen_request_stays_closed() -> None:
    body = {"cFiCardId": "icrd_1", "pin": "1234", "someNewField": "x"}
    assert violations("ibisCardSetPin", body) == [("(body)", "additionalProperties")]


ERRORS_PAGE_CODES = {
    "ibisAllocatedCreditLimit": {"ibisDebitCardAdd", "ibisCreditCardAdd"},
    "ibisCardExpirationFormat": {"ibisCardActivate"},
    "ibisProgramIdClosed": {"ibisDebitCardAdd", "ibisCreditCardAdd"},
    "ibisCheckPinCardLocked": {"ibisCardCheckPin"},
}


def test_each_ibis_operation_lists_its_own_documented_errors() -> None:
    ibis = [op["operationId"] for _, path, op in operations() if path.startswith("/ibis/")]
    assert len(ibis) == 19
    texts = {op_id: bad_request_text(op_id) for op_id in ibis}
    assert len(set(texts.values())) == 19  # no description pasted onto every operation
    for code, owners in ERRORS_PAGE_CODES.items():
        assert {op_id for op_id, text in texts.items() if code in text} == owners, code
    # ibisCardStatusError is named where an operation acts on an existing card.
    assert "ibisCardStatusError" in texts["ibisCardSetPin"]
    assert "ibisCardStatusError" not in texts["ibisCreditCardApplication"]
    # subCode 12 is what the docs use it for, never a generic "invalid request".
    assert not any("invalid request" in text for text in texts.values())
    (limit,) = [ln for ln in texts["ibisCreditCardAdd"].splitlines() if "subCode 12" in ln]
    assert "creditLimit" in limit
    (dates,) = [ln for ln in texts["ibisInquiryTransactionHistory"].splitlines() if " 12" in ln]
    assert "dateFrom is later than dateTo" in dates
    # Every seed error example's code is listed by its own operation.
    for entry in load_seed_errors():
        assert entry["code"] in texts[entry["operationId"]], entry


def load_seed_errors() -> list[dict[str, str]]:
    found = []
    for path in sorted((SEEDS / "ibis").glob("*_error.jsonc")):
        operation_id = re.sub(r"^\d+_|_error\.jsonc$", "", path.name)
        found.append({"operationId": operation_id, "code": load_jsonc(path)["code"]})
    assert len(found) == 45
    return found


def test_the_four_error_page_codes_have_examples_shaped_as_documented() -> None:
    def example(operation_id: str, code: str) -> dict[str, Any]:
        content = operation(operation_id)["responses"]["400"]["content"]["application/json"]
        return dict(content["examples"][code]["value"])

    locked = example("ibisCardCheckPin", "ibisCheckPinCardLocked")
    assert set(locked["context"]) == {"cFiCardId", "maxAttempts", "until"}
    assert example("ibisDebitCardAdd", "ibisProgramIdClosed")["context"] == {
        "programId": "ClosedProgramId"
    }
    assert set(example("ibisCreditCardAdd", "ibisAllocatedCreditLimit")["context"]) == {
        "reference",
        "cardtype",
    }
    assert "context" not in example("ibisCardActivate", "ibisCardExpirationFormat")
    status_error = example("ibisCardSetPin", "ibisCardStatusError")["context"]
    assert set(status_error["error"]) == {"code", "message", "boTransId"}


# -- sandbox ---------------------------------------------------------------------------------------


@pytest.fixture
def app() -> SandboxApp:
    return SandboxApp()


@pytest.fixture
async def cf(app: SandboxApp) -> AsyncIterator[ConnectFi]:
    transport = httpx.ASGITransport(app=app)
    async with ConnectFi(BASE, DEFAULT_LOGIN, DEFAULT_PASSWORD, transport=transport) as client:
        yield client


async def customer(cf: ConnectFi, last_name: str = "Doe", *, kyc: bool = True) -> str:
    made = await cf.customer.init(
        {"customerType": "individual", "customer": {"firstName": "Jo", "lastName": last_name}}
    )
    if kyc:
        await cf.akepa.identification({"customerId": made.customer_id})
    return str(made.customer_id)


async def debit_card(cf: ConnectFi, customer_id: str, *, active: bool = True) -> str:
    body = {"customerId": customer_id, "cardProgramId": "d_gpr_test", "profile": PROFILE}
    card_id = str((await cf.ibis.debit_card.add(body)).c_fi_card_id)
    if active:
        await cf.ibis.card.activate({"cFiCardId": card_id})
    return card_id


async def test_check_pin_locks_after_max_pin_failures(cf: ConnectFi) -> None:
    card_id = await debit_card(cf, await customer(cf))
    await cf.ibis.card.set_pin({"cFiCardId": card_id, "pin": "2468"})
    for _ in range(MAX_PIN_FAILURES):
        with pytest.raises(errors.InvalidPinError):
            await cf.ibis.card.check_pin({"cFiCardId": card_id, "pin": "1111"})
    # Locked now: even the right PIN is refused, with the documented code and context.
    with pytest.raises(errors.ApiError) as caught:
        await cf.ibis.card.check_pin({"cFiCardId": card_id, "pin": "2468"})
    assert caught.value.code == "ibisCheckPinCardLocked"
    context = caught.value.context
    assert isinstance(context, dict)
    assert (context["cFiCardId"], context["maxAttempts"]) == (card_id, MAX_PIN_FAILURES)
    assert str(context["until"]).endswith("Z")
    status = await cf.ibis.card.status({"cFiCardId": card_id})
    assert status.to_dict()["isBadPinTriesExceeded"] == "Y"


async def test_a_right_pin_resets_the_failure_count(cf: ConnectFi) -> None:
    card_id = await debit_card(cf, await customer(cf))
    await cf.ibis.card.set_pin({"cFiCardId": card_id, "pin": "2468"})
    for _ in range(3):
        for _ in range(MAX_PIN_FAILURES - 1):
            with pytest.raises(errors.InvalidPinError):
                await cf.ibis.card.check_pin({"cFiCardId": card_id, "pin": "1111"})
        await cf.ibis.card.check_pin({"cFiCardId": card_id, "pin": "2468"})


async def test_accounts_and_debit_cards_do_not_require_approved_kyc(cf: ConnectFi) -> None:
    """ "It is the client's responsibility to check the KYC/KYB status" (seed 002)."""
    for customer_id in (
        await customer(cf, kyc=False),
        await customer(cf, "WaitReview"),
    ):
        account = await cf.ibis.account.add({"customerId": customer_id})
        assert account.c_fi_status == "Complete"
        card_id = await debit_card(cf, customer_id, active=False)
        assert (await cf.ibis.card.status({"cFiCardId": card_id})).c_fi_status == "Complete"
    # The documented refusal of a credit application without KYC stays.
    with pytest.raises(errors.PreconditionError) as caught:
        await cf.ibis.credit_card.application(
            {
                "customerId": await customer(cf, kyc=False),
                "employer": "A",
                "totalAnnualIncome": 90000,
                "totalAnnualIncomeCurrency": "USD",
            }
        )
    assert caught.value.code == "kycNotInitialized"


async def test_a_declined_transfer_is_an_error_entity_and_uses_up_its_reference(
    cf: ConnectFi,
) -> None:
    card_id = await debit_card(cf, await customer(cf))
    body = {"cFiCardId": card_id, "amount": "5.00", "currency": "USD"}
    with pytest.raises(errors.InsufficientFundsError):
        await cf.ibis.financial.funds_debit(body, reference="declined1")
    with pytest.raises(errors.ReferenceExistsError) as again:
        await cf.ibis.financial.funds_debit(body, reference="declined1")
    (found,) = await cf.ibis.financial.retrieve({"reference": "declined1"})
    assert found.c_fi_funds_id == again.value.entity_id
    seen = found.to_dict()
    assert seen["cFiStatus"] == "Error"
    assert seen["error"]["code"] == "51"
    assert "arn" not in seen
    assert "amount" not in seen
    # Nothing moved.
    assert (await cf.ibis.card.status({"cFiCardId": card_id})).balance == 0


async def test_a_declined_card_to_card_is_kept_and_cannot_be_reversed(cf: ConnectFi) -> None:
    customer_id = await customer(cf)
    source, target = (
        await debit_card(cf, customer_id, active=False),
        await debit_card(cf, customer_id),
    )
    move = {"cardFromId": source, "cardToId": target, "amount": 1, "currency": "USD"}
    with pytest.raises(errors.DeclinedError) as caught:
        await cf.ibis.financial.card_to_card(move, reference="c2c1")
    assert caught.value.sub_code == "PA"
    (found,) = await cf.ibis.financial.retrieve({"reference": "c2c1"})
    assert found.c_fi_status == "Error"
    with pytest.raises(errors.PreconditionError) as refused:
        await cf.ibis.financial.reversal({"cFiFundsId": found.c_fi_funds_id})
    assert refused.value.code == "ibisCannotReverseError"


async def test_a_declined_credit_card_is_listed_with_error_status(cf: ConnectFi) -> None:
    """The seed's card/list example shows a card with cFiStatus "Error" and its error."""
    customer_id = await customer(cf)
    application = await cf.ibis.credit_card.application(
        {
            "customerId": customer_id,
            "employer": "A",
            "totalAnnualIncome": 90000,
            "totalAnnualIncomeCurrency": "USD",
        }
    )
    body = {
        "customerId": customer_id,
        "cardProgramId": "Evolve_Test",
        "applicationId": application.application_id,
        "profile": PROFILE,
        "creditLimit": "2000.01",
        "creditLimitCurrency": "USD",
    }
    with pytest.raises(errors.DeclinedError) as caught:
        await cf.ibis.credit_card.add(body, reference="cc1")
    assert caught.value.sub_code == "12"
    (listed,) = await cf.ibis.card.list({"customerId": customer_id})
    seen = listed.to_dict()
    documented = load_jsonc(SEEDS / "ibis/073_ibisCardList_success.jsonc")["data"][2]
    assert set(seen) == set(documented)
    assert (seen["cFiStatus"], seen["reference"]) == ("Error", "cc1")
    assert seen["error"] == {"code": "12", "message": caught.value.message}
    with pytest.raises(errors.ReferenceExistsError):
        await cf.ibis.credit_card.add(body, reference="cc1")
    by_reference = await cf.ibis.card.status({"reference": "cc1"})
    assert by_reference.c_fi_status == "Error"
    with pytest.raises(errors.PreconditionError) as status_error:
        await cf.ibis.card.activate({"cFiCardId": seen["cFiCardId"]})
    assert status_error.value.code == "ibisCardStatusError"
    context = status_error.value.context
    assert isinstance(context, dict)
    assert set(context) == {"cFiCardId", "reference", "error"}


async def test_closed_programs_and_debit_credit_limits_answer_the_error_page_codes(
    cf: ConnectFi,
) -> None:
    customer_id = await customer(cf)
    body: dict[str, Any] = {
        "customerId": customer_id,
        "cardProgramId": "d_gpr_closed",
        "profile": PROFILE,
    }
    with pytest.raises(errors.PreconditionError) as closed:
        await cf.ibis.debit_card.add(body)
    assert (closed.value.code, closed.value.context) == (
        "ibisProgramIdClosed",
        {"programId": "d_gpr_closed"},
    )
    body = {**body, "cardProgramId": "d_gpr_test", "allocatedCreditLimit": 100}
    with pytest.raises(errors.PreconditionError) as allocated:
        await cf.ibis.debit_card.add(body, reference="deb1")
    assert allocated.value.code == "ibisAllocatedCreditLimit"
    assert allocated.value.context == {"reference": "deb1", "cardtype": "debit"}


def seed_funds_answers() -> list[tuple[str, dict[str, Any]]]:
    found = []
    for name in ("FundsCredit", "FundsDebit", "CardToCard", "Reversal", "Retrieve"):
        for path in sorted((SEEDS / "ibis").glob(f"*_ibisFinancial{name}_success.jsonc")):
            data = load_jsonc(path)["data"]
            for item in data if isinstance(data, list) else [data]:
                found.append((name, item))
    return found


async def test_funds_and_reversal_answers_carry_only_documented_fields(cf: ConnectFi) -> None:
    documented: dict[str, set[str]] = {}
    reversal_fields: set[str] = set()
    for name, item in seed_funds_answers():
        documented.setdefault(name, set()).update(item)
        reversal_fields.update(item.get("reversal", {}))
    assert "amount" not in set().union(*documented.values()) | reversal_fields

    customer_id = await customer(cf)
    source, target = await debit_card(cf, customer_id), await debit_card(cf, customer_id)
    credit = await cf.ibis.financial.funds_credit(
        {"cFiCardId": source, "amount": "10.00", "currency": "USD"}
    )
    debit = await cf.ibis.financial.funds_debit(
        {"cFiCardId": source, "amount": "1.00", "currency": "USD"}
    )
    move = await cf.ibis.financial.card_to_card(
        {"cardFromId": source, "cardToId": target, "amount": "4.00", "currency": "USD"}
    )
    back = await cf.ibis.financial.reversal({"cFiFundsId": move.c_fi_funds_id, "amount": "1.5"})
    (found,) = await cf.ibis.financial.retrieve({"cFiFundsId": credit.c_fi_funds_id})
    answers = {
        "FundsCredit": credit,
        "FundsDebit": debit,
        "CardToCard": move,
        "Reversal": back,
        "Retrieve": found,
    }
    for name, answer in answers.items():
        fields = set(answer.to_dict())
        assert fields <= documented[name] | {"reversal"}, (name, fields - documented[name])
        assert not fields & {"amount", "currency"}, name
    assert set(back.to_dict()["reversal"]) == reversal_fields
    assert (await cf.ibis.card.status({"cFiCardId": source})).balance == Decimal("6.50")


async def test_akepa_answers_use_the_documented_fields_values_and_prefix(
    cf: ConnectFi, app: SandboxApp
) -> None:
    customer_id = await customer(cf, kyc=False)
    started = await cf.akepa.identification({"customerId": customer_id, "reference": "kyc1"})
    answer = started.to_dict()
    assert str(answer["applicationId"]).startswith("iapp_")
    assert set(answer) == {
        "applicationId",
        "aggregatorId",
        "customerId",
        "reference",
        "status",
        "outcome",
        "entityApplications",
    }
    assert (answer["status"], answer["outcome"], answer["reference"]) == (
        "completed",
        "Approved",
        "kyc1",
    )
    assert answer["entityApplications"] == [
        {"entityId": customer_id, "isCustomer": True, "status": "completed", "outcome": "approved"}
    ]
    ids = {"customerId": customer_id, "applicationId": answer["applicationId"]}
    assert (await cf.akepa.status(ids)).to_dict() == answer


async def test_akepa_wait_review_follows_the_documented_sandbox_steps(
    cf: ConnectFi, app: SandboxApp
) -> None:
    customer_id = await customer(cf, "WaitReview", kyc=False)
    started = await cf.akepa.identification({"customerId": customer_id})
    assert (started.status, started.to_dict().get("outcome")) == ("pending_step_up", None)
    document_ids = []
    for side in ("front", "back"):
        made = await cf.akepa.document.generate(
            {"workflow": "PERSONAL", "name": side, "extension": "jpg", "type": "license"}
        )
        assert made.to_dict() == {"id": made.id}
        assert str(made.id).startswith("doc_")
        document_ids.append(str(made.id))
    with pytest.raises(errors.NotFoundError) as missing_file:
        await cf.akepa.update({"entityId": customer_id, "documents": document_ids})
    assert missing_file.value.code == "fileNotFound"
    for document_id in document_ids:
        uploaded = await cf.akepa.document.upload(document_id, {"file": b"\xff\xd8 image"})
        assert uploaded.to_dict() == {"id": document_id}
    updated = await cf.akepa.update({"entityId": customer_id, "documents": document_ids})
    assert isinstance(updated, dict)  # the update answer was not documented: untyped
    assert updated["status"] == "waiting_review"
    decided = app.review_kyc(str(started.application_id), "Denied")
    assert (decided["status"], decided["outcome"]) == ("completed", "Denied")
    assert decided["entityApplications"][0]["outcome"] == "denied"
    with pytest.raises(errors.ApiError) as completed:
        await cf.akepa.update({"entityId": customer_id, "documents": document_ids})
    assert completed.value.code == "statusApplicationEntity"


async def test_a_kyc_review_over_http_completes_the_application_and_posts_its_webhook(
    connectfi_sandbox: SandboxServer,
) -> None:
    """After a manual review the documented akepa webhook is POSTed once to webhookURL."""
    app = connectfi_sandbox.app
    receiver = Receiver()
    async with SandboxServer(app=receiver) as hooks, connectfi_sandbox.client() as cf:
        customer_id = await customer(cf, "WaitReview", kyc=False)
        started = await cf.akepa.identification(
            {"customerId": customer_id, "webhookURL": f"{hooks.base_url}/kyc"}
        )
        ids = {"customerId": customer_id, "applicationId": str(started.application_id)}
        await app.drain_webhooks()
        assert receiver.posts == [], "a status returned in a response posts no webhook"
        async with httpx.AsyncClient(base_url=connectfi_sandbox.base_url) as http:
            review = {"applicationId": ids["applicationId"], "outcome": "Approved"}
            answer = await http.post("/_sandbox/kyc-review", json=review)
            assert answer.status_code == 200
            unknown = await http.post("/_sandbox/kyc-review", json={"applicationId": "iapp_x"})
            assert (unknown.status_code, unknown.json()["code"]) == (404, "applicationNotFound")
        await app.drain_webhooks()
        ((path, raw),) = receiver.posts
        assert path == "/kyc"
        payload = parse_webhook(raw)
        assert isinstance(payload, AkepaWebhook)
        assert payload.code == "0"
        data = payload.to_dict()["data"]
        assert (data["status"], data["outcome"]) == ("completed", "Approved")
        assert data["applicationId"] == ids["applicationId"]
        assert (await cf.akepa.status(ids)).outcome == "Approved"
    await app.store.webhooks.aclose()


async def test_application_not_found_is_404(cf: ConnectFi) -> None:
    customer_id = await customer(cf)
    with pytest.raises(errors.NotFoundError) as caught:
        await cf.akepa.status({"customerId": customer_id, "applicationId": "iapp_unknown"})
    assert (caught.value.status_code, caught.value.code) == (404, "applicationNotFound")
    assert caught.value.context == {"applicationId": "iapp_unknown"}


async def test_change_password_with_a_wrong_old_password_answers_wrong_old_password(
    cf: ConnectFi,
) -> None:
    with pytest.raises(errors.ApiError) as caught:
        await cf.user.change_password({"oldPassword": "Not-It-123!", "newPassword": "N3wPass!x"})
    assert (caught.value.status_code, caught.value.code) == (400, "wrongOldPassword")
    assert caught.value.message == f"Wrong old password (login={DEFAULT_LOGIN})"


async def test_a_fractional_delay_fault_set_over_http_delays_and_answers() -> None:
    server = await SandboxServer().start()
    try:
        async with httpx.AsyncClient(base_url=server.base_url) as http:
            added = await http.post(
                "/_sandbox/faults", json={"mode": "delay", "path": "/health", "delay": 0.05}
            )
            assert added.status_code == 200
            token = await http.post(
                "/auth/get-token",
                json={"user": {"login": server.login, "password": server.password}},
            )
            headers = {"x-connectfi-token": token.json()["data"]["token"]}
            answer = await http.get("/health", headers=headers)
            assert answer.status_code == 200, answer.text
            assert answer.json()["data"]["status"] == "ok"
        (rule,) = server.app.faults.rules
        assert rule.fired == 1
        assert isinstance(rule.delay, float)
    finally:
        await server.stop()
