"""ConnectFi over pytest-httpx: namespaces, tokens, exactly-once, errors, retries, money."""

# mypy: disable-error-code="arg-type"
# (bodies are sent as plain dicts, some deliberately wrong, to test the runtime checks; typed
# bodies are type-checked on a user script in tests/test_user_script_types.py)

from __future__ import annotations

import asyncio
import inspect
import json
import logging
import re
from collections.abc import AsyncIterator
from decimal import Decimal
from typing import Any

import httpx
import pytest
from client_support import (
    BASE,
    FUNDS,
    LOGIN,
    PASSWORD,
    TOKEN,
    card_answer,
    envelope,
    error,
    login_response,
    required_fields,
)
from pytest_httpx import HTTPXMock
from spec_support import operations

import connectfi_async
from connectfi_async import (
    ConnectFi,
    ReferenceExistsError,
    RetryPolicy,
    TransportError,
    ValidationError,
    errors,
)
from connectfi_async._generated import models
from connectfi_async._generated.operations import OPERATIONS
from connectfi_async._recovery import recover

FAST = RetryPolicy(max_attempts=3, backoff_initial=0.001, backoff_max=0.002)
ARN = "0000000000000006LAzl"
CREDIT_BODY = {"cFiCardId": "icrd_3ZBErpQcsauarnR0Qj97Lu", "amount": "21.10", "currency": "USD"}


@pytest.fixture(autouse=True)
def _httpx_backend(monkeypatch: pytest.MonkeyPatch) -> None:
    """pytest-httpx patches httpx, so these tests run on the httpx backend, as an application
    on httpx mocks it; test_httpx2.py mocks the default (httpx2) with httpx2-pytest."""
    monkeypatch.setenv("CONNECTFI_BACKEND", "httpx")


@pytest.fixture
async def cf() -> AsyncIterator[ConnectFi]:
    async with ConnectFi(BASE, LOGIN, PASSWORD, retry=FAST) as client:
        yield client


@pytest.fixture
def waits(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Record the client's backoff waits instead of sleeping."""
    recorded: list[float] = []

    async def fake_sleep(seconds: float) -> None:
        recorded.append(seconds)

    monkeypatch.setattr("connectfi_async._engine._sleep", fake_sleep)
    return recorded


def sent(httpx_mock: HTTPXMock, path: str) -> list[httpx.Request]:
    return [r for r in httpx_mock.get_requests() if r.url.path == path]


# -- namespaces ---------------------------------------------------------------------------------


def test_every_operation_is_a_typed_method() -> None:
    client = ConnectFi(BASE, LOGIN, PASSWORD)
    for _, path, op in operations():
        for root in (client, client.with_raw_response):
            target: Any = root
            for part in op["x-connectfi-method"].split("."):
                target = getattr(target, part)
            assert inspect.iscoroutinefunction(target), path
            assert inspect.signature(target).return_annotation != inspect.Signature.empty
    assert len(OPERATIONS) == 64


async def test_methods_mirror_the_api_paths(cf: ConnectFi, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(url=f"{BASE}/auth/get-token", content=login_response().content)
    httpx_mock.add_response(
        url=f"{BASE}/customer/status/cstap_6reGTr3k8vpAu8uFV7EdiN",
        method="GET",
        content=envelope({"customerId": "cstap_6reGTr3k8vpAu8uFV7EdiN", "kycStatus": "APPROVED"}),
    )
    customer = await cf.customer.status("cstap_6reGTr3k8vpAu8uFV7EdiN")
    assert customer.customer_id == "cstap_6reGTr3k8vpAu8uFV7EdiN"
    (request,) = sent(httpx_mock, "/customer/status/cstap_6reGTr3k8vpAu8uFV7EdiN")
    assert request.headers["x-connectfi-token"] == TOKEN


async def test_raw_response_is_reachable(cf: ConnectFi, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(url=f"{BASE}/auth/get-token", content=login_response().content)
    httpx_mock.add_response(
        url=f"{BASE}/ibis/card/status",
        content=envelope(card_answer("icrd_1"), request_id="4c8018d0c36511edaa15c5641dffda7c"),
        headers={"x-trace": "t1"},
    )
    result = await cf.with_raw_response.ibis.card.status({"cFiCardId": "icrd_1"})
    assert result.status_code == 200
    assert result.request_id == "4c8018d0c36511edaa15c5641dffda7c"
    assert result.headers["x-trace"] == "t1"
    assert isinstance(result.data, models.IbisCard)


def test_configuration_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CONNECTFI_BASE_URL", "http://127.0.0.1:7")
    monkeypatch.setenv("CONNECTFI_LOGIN", "env_login")
    monkeypatch.setenv("CONNECTFI_PASSWORD", "env-password-123")
    client = ConnectFi()
    assert str(client.http_client.base_url) == "http://127.0.0.1:7"
    assert "env-password-123" not in repr(client)
    assert "env_login" in repr(client)


def test_missing_base_url_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CONNECTFI_BASE_URL", raising=False)
    with pytest.raises(ValueError, match="base_url"):
        ConnectFi()


async def test_user_http_client_and_transport(httpx_mock: HTTPXMock) -> None:
    calls: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request.url.path)
        if request.url.path == "/auth/get-token":
            return login_response()
        return httpx.Response(200, content=envelope({"status": "ok"}))

    transport = httpx.MockTransport(handler)
    async with ConnectFi(BASE, LOGIN, PASSWORD, transport=transport) as cf:
        await cf.health()
    own = httpx.AsyncClient(base_url=BASE, transport=transport)
    async with ConnectFi(login=LOGIN, password=PASSWORD, http_client=own) as cf:
        await cf.health()
    assert not own.is_closed, "a client the user passed in stays the user's to close"
    await own.aclose()
    assert calls == ["/auth/get-token", "/health", "/auth/get-token", "/health"]


# -- tokens -------------------------------------------------------------------------------------


@pytest.mark.httpx_mock(assert_all_responses_were_requested=False)
async def test_a_thousand_calls_on_an_expired_token_log_in_once(
    cf: ConnectFi, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(
        url=f"{BASE}/auth/get-token", content=login_response().content, is_reusable=True
    )
    httpx_mock.add_response(
        url=f"{BASE}/ibis/card/status", content=envelope(card_answer("c")), is_reusable=True
    )
    await cf.ibis.card.status({"cFiCardId": "c"})
    cf.token_auth.expire()
    await asyncio.gather(*(cf.ibis.card.status({"cFiCardId": "c"}) for _ in range(1000)))
    assert len(sent(httpx_mock, "/auth/get-token")) == 2
    assert cf.token_auth.logins == 2


async def test_token_is_refreshed_before_it_expires(cf: ConnectFi, httpx_mock: HTTPXMock) -> None:
    from datetime import datetime, timedelta, timezone

    clock = [1000.0]
    cf.token_auth._clock = lambda: clock[0]
    expires = (datetime.now(timezone.utc) + timedelta(seconds=100)).isoformat()
    httpx_mock.add_response(
        url=f"{BASE}/auth/get-token",
        content=login_response(expires=expires).content,
        is_reusable=True,
    )
    httpx_mock.add_response(url=f"{BASE}/health", content=envelope({}), is_reusable=True)
    await cf.health()
    clock[0] += 60  # 40 s left: more than the 30 s margin, the token is still used
    await cf.health()
    assert len(sent(httpx_mock, "/auth/get-token")) == 1
    clock[0] += 15  # 25 s left: inside the margin, log in before it expires
    await cf.health()
    assert len(sent(httpx_mock, "/auth/get-token")) == 2


async def test_rejected_token_logs_in_again_and_replays_once(
    cf: ConnectFi, httpx_mock: HTTPXMock
) -> None:
    tokens: list[str] = []

    def health(request: httpx.Request) -> httpx.Response:
        tokens.append(request.headers["x-connectfi-token"])
        if len(tokens) == 1:
            return httpx.Response(401, content=b'{"code":"unauthorized"}')
        return httpx.Response(200, content=envelope({}))

    httpx_mock.add_response(
        url=f"{BASE}/auth/get-token", content=login_response("old" * 22).content
    )
    httpx_mock.add_response(
        url=f"{BASE}/auth/get-token", content=login_response("new" * 22).content
    )
    httpx_mock.add_callback(health, url=f"{BASE}/health", is_reusable=True)
    await cf.health()
    assert tokens == ["old" * 22, "new" * 22]


async def test_a_token_rejected_twice_raises(cf: ConnectFi, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(
        url=f"{BASE}/auth/get-token", content=login_response().content, is_reusable=True
    )
    httpx_mock.add_response(
        url=f"{BASE}/health", status_code=401, content=b'{"code":"unauthorized"}', is_reusable=True
    )
    with pytest.raises(errors.AuthenticationError) as caught:
        await cf.health()
    assert caught.value.status_code == 401
    assert len(sent(httpx_mock, "/health")) == 2


async def test_bad_credentials_raise_without_the_password(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(
        url=f"{BASE}/auth/get-token",
        status_code=401,
        content=b'{"code": "unauthorized", "message": "Authentication error"}',
    )
    async with ConnectFi(BASE, LOGIN, PASSWORD) as cf:
        with pytest.raises(errors.AuthenticationError) as caught:
            await cf.health()
    assert PASSWORD not in str(caught.value)
    body = json.loads(sent(httpx_mock, "/auth/get-token")[0].content)
    assert body == {"user": {"login": LOGIN, "password": PASSWORD}}


# -- references and exactly-once ----------------------------------------------------------------


def test_new_reference_is_32_alphanumerics() -> None:
    seen = {connectfi_async.new_reference() for _ in range(200)}
    assert len(seen) == 200
    for ref in seen:
        assert re.fullmatch(r"[0-9a-zA-Z]{32}", ref)


def test_reference_from_key_is_deterministic() -> None:
    a = connectfi_async.reference_from_key("payout", 42)
    assert a == connectfi_async.reference_from_key("payout", 42)
    assert a != connectfi_async.reference_from_key("payout", 43)
    assert connectfi_async.reference_from_key("a", "bc") != connectfi_async.reference_from_key(
        "ab", "c"
    )
    assert re.fullmatch(r"[0-9a-zA-Z]{32}", a)
    with pytest.raises(ValueError, match="at least one"):
        connectfi_async.reference_from_key()


async def test_reference_is_filled_in_and_reused_on_every_retry(
    cf: ConnectFi, httpx_mock: HTTPXMock, waits: list[float]
) -> None:
    httpx_mock.add_response(url=f"{BASE}/auth/get-token", content=login_response().content)
    httpx_mock.add_response(url=f"{BASE}/ibis/financial/funds-credit", status_code=503, content=b"")
    httpx_mock.add_response(url=f"{BASE}/ibis/financial/funds-credit", content=envelope(FUNDS))
    result = await cf.with_raw_response.ibis.financial.funds_credit(CREDIT_BODY)
    bodies = [json.loads(r.content) for r in sent(httpx_mock, "/ibis/financial/funds-credit")]
    assert len(bodies) == 2
    assert bodies[0]["reference"] == bodies[1]["reference"] == result.reference
    assert len(result.reference or "") == 32
    assert len(waits) == 1


async def test_response_lost_after_commit_gives_one_success(
    cf: ConnectFi, httpx_mock: HTTPXMock, waits: list[float]
) -> None:
    """The server committed the credit but the answer was lost: one entity, one success."""
    committed: dict[str, Any] = {}

    def credit(request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        if body["reference"] in committed:
            return error(
                "referenceExists",
                context={"reference": body["reference"], "entityId": committed[body["reference"]]},
            )
        committed[body["reference"]] = "ifnd_1JtrIpQ3S1D6bsksiwmddO"
        raise httpx.ReadTimeout("response lost", request=request)

    def retrieve(request: httpx.Request) -> httpx.Response:
        reference = json.loads(request.content)["reference"]
        entity = {**FUNDS, "reference": reference, "cFiFundsId": committed[reference], "arn": ARN}
        return httpx.Response(200, content=envelope([entity]))

    # The retrieve answer has no amount: the card's history shows it under the transfer's arn.
    history = {"transactions": [{"transId": "F1", "arn": ARN, "amount": "21.10"}]}
    httpx_mock.add_response(url=f"{BASE}/auth/get-token", content=login_response().content)
    httpx_mock.add_callback(credit, url=f"{BASE}/ibis/financial/funds-credit", is_reusable=True)
    httpx_mock.add_callback(retrieve, url=f"{BASE}/ibis/financial/retrieve")
    httpx_mock.add_response(
        url=f"{BASE}/ibis/inquiry/transaction-history", content=envelope(history)
    )
    result = await cf.with_raw_response.ibis.financial.funds_credit(
        CREDIT_BODY, reference="ExtCFunds143"
    )
    assert result.recovered is True
    assert isinstance(result.data, models.IbisFundsTransfer)
    assert result.data.c_fi_funds_id == "ifnd_1JtrIpQ3S1D6bsksiwmddO"
    assert result.data.reference == "ExtCFunds143"
    assert list(committed) == ["ExtCFunds143"]
    assert len(sent(httpx_mock, "/ibis/financial/funds-credit")) == 2


async def test_reference_exists_on_a_first_attempt_raises(
    cf: ConnectFi, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(url=f"{BASE}/auth/get-token", content=login_response().content)
    httpx_mock.add_response(
        url=f"{BASE}/ibis/financial/funds-credit",
        content=error(
            "referenceExists",
            context={"reference": "ExtCFunds143", "entityId": "ifnd_1JtrIpQ3S1D6bsksiwmddO"},
        ).content,
        status_code=400,
    )
    with pytest.raises(ReferenceExistsError) as caught:
        await cf.ibis.financial.funds_credit(CREDIT_BODY, reference="ExtCFunds143")
    assert caught.value.reference == "ExtCFunds143"
    assert caught.value.entity_id == "ifnd_1JtrIpQ3S1D6bsksiwmddO"


async def test_reference_exists_can_return_the_existing_entity(
    cf: ConnectFi, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(url=f"{BASE}/auth/get-token", content=login_response().content)
    httpx_mock.add_response(
        url=f"{BASE}/ibis/debit-card/add",
        status_code=400,
        content=error(
            "referenceExists",
            context={"reference": "extCrd119", "entityId": "icrd_1oSrT1U8G73S5Jdt27YvYk"},
        ).content,
    )
    httpx_mock.add_response(
        url=f"{BASE}/ibis/card/status",
        content=envelope(
            card_answer(
                "icrd_1oSrT1U8G73S5Jdt27YvYk", reference="extCrd119", cardProgramId="d_gpr_test"
            )
        ),
    )
    card = await cf.ibis.debit_card.add(
        {
            "customerId": "cstap_52fZPjmd0jqFaR3FpZRhec",
            "cardProgramId": "d_gpr_test",
            "profile": {"occupation": "Student", "nameOnCard": "JOHN TESTMAN"},
        },
        reference="extCrd119",
        return_existing=True,
    )
    assert card.c_fi_card_id == "icrd_1oSrT1U8G73S5Jdt27YvYk"
    assert json.loads(sent(httpx_mock, "/ibis/card/status")[0].content) == {
        "reference": "extCrd119"
    }


# -- retries ------------------------------------------------------------------------------------


async def test_reads_are_retried_after_server_errors(
    cf: ConnectFi, httpx_mock: HTTPXMock, waits: list[float]
) -> None:
    httpx_mock.add_response(url=f"{BASE}/auth/get-token", content=login_response().content)
    httpx_mock.add_response(url=f"{BASE}/ibis/card/status", status_code=502, content=b"<html>")
    httpx_mock.add_exception(httpx.ReadTimeout("slow"), url=f"{BASE}/ibis/card/status")
    httpx_mock.add_response(url=f"{BASE}/ibis/card/status", content=envelope(card_answer("c")))
    card = await cf.ibis.card.status({"cFiCardId": "c"})
    assert card.c_fi_card_id == "c"
    assert len(waits) == 2


async def test_non_idempotent_write_is_never_resent_after_it_may_have_arrived(
    cf: ConnectFi, httpx_mock: HTTPXMock, waits: list[float]
) -> None:
    httpx_mock.add_response(url=f"{BASE}/auth/get-token", content=login_response().content)
    httpx_mock.add_exception(httpx.ReadTimeout("slow"), url=f"{BASE}/ibis/credit-card/application")
    body = {
        "customerId": "cstap_1Vu13vFOsYLXR2Tsvm68jW",
        "employer": "ABC123 Inc.",
        "totalAnnualIncome": 50000,
        "totalAnnualIncomeCurrency": "USD",
    }
    with pytest.raises(TransportError) as caught:
        await cf.ibis.credit_card.application(body)
    assert caught.value.may_have_reached_server is True
    assert len(sent(httpx_mock, "/ibis/credit-card/application")) == 1
    assert waits == []


async def test_non_idempotent_write_is_not_retried_after_a_5xx(
    cf: ConnectFi, httpx_mock: HTTPXMock, waits: list[float]
) -> None:
    httpx_mock.add_response(url=f"{BASE}/auth/get-token", content=login_response().content)
    httpx_mock.add_response(url=f"{BASE}/ibis/card/check-pin", status_code=500, content=b"{}")
    with pytest.raises(errors.ServerError):
        await cf.ibis.card.check_pin({"cFiCardId": "c", "pin": "1234"})
    assert waits == []


async def test_failures_before_sending_are_retried_for_any_write(
    cf: ConnectFi, httpx_mock: HTTPXMock, waits: list[float]
) -> None:
    httpx_mock.add_response(url=f"{BASE}/auth/get-token", content=login_response().content)
    httpx_mock.add_exception(httpx.ConnectError("refused"), url=f"{BASE}/ibis/card/set-status")
    httpx_mock.add_response(url=f"{BASE}/ibis/card/set-status", content=envelope(card_answer("c")))
    await cf.ibis.card.set_status({"cFiCardId": "c", "statusCode": "B"})
    assert len(sent(httpx_mock, "/ibis/card/set-status")) == 2
    assert len(waits) == 1


async def test_retry_after_is_honoured_up_to_a_cap(
    httpx_mock: HTTPXMock, waits: list[float]
) -> None:
    policy = RetryPolicy(max_attempts=3, max_retry_after=5.0, backoff_initial=0.001)
    httpx_mock.add_response(url=f"{BASE}/auth/get-token", content=login_response().content)
    httpx_mock.add_response(url=f"{BASE}/health", status_code=429, headers={"Retry-After": "2"})
    httpx_mock.add_response(url=f"{BASE}/health", status_code=429, headers={"Retry-After": "600"})
    httpx_mock.add_response(url=f"{BASE}/health", content=envelope({}))
    async with ConnectFi(BASE, LOGIN, PASSWORD, retry=policy) as cf:
        await cf.health()
    assert waits == [2.0, 5.0]


async def test_backoff_grows_with_jitter_and_attempts_are_bounded(
    httpx_mock: HTTPXMock, waits: list[float]
) -> None:
    policy = RetryPolicy(max_attempts=4, backoff_initial=1.0, backoff_max=3.0)
    httpx_mock.add_response(url=f"{BASE}/auth/get-token", content=login_response().content)
    httpx_mock.add_response(url=f"{BASE}/health", status_code=503, is_reusable=True)
    async with ConnectFi(BASE, LOGIN, PASSWORD, retry=policy) as cf:
        with pytest.raises(errors.ServerError):
            await cf.health()
    assert len(sent(httpx_mock, "/health")) == 4
    assert len(waits) == 3
    for wait, cap in zip(waits, [1.0, 2.0, 3.0], strict=True):
        assert 0 <= wait <= cap


async def test_total_deadline_bounds_the_call(httpx_mock: HTTPXMock, waits: list[float]) -> None:
    policy = RetryPolicy(max_attempts=10, deadline=0.5)
    httpx_mock.add_response(url=f"{BASE}/auth/get-token", content=login_response().content)
    httpx_mock.add_response(url=f"{BASE}/health", status_code=503, headers={"Retry-After": "1"})
    async with ConnectFi(BASE, LOGIN, PASSWORD, retry=policy) as cf:
        with pytest.raises(errors.ServerError):
            await cf.health()
    assert waits == []


# -- validation before sending ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("call", "body", "field", "keyword"),
    [
        ("ibis.card.set_pin", {"cFiCardId": "c", "pin": "12345"}, "pin", "pattern"),
        ("ibis.card.set_status", {"cFiCardId": "c", "statusCode": "A"}, "statusCode", "enum"),
        ("ibis.financial.funds_credit", {**CREDIT_BODY, "amount": 0}, "amount", "exclusiveMinimum"),
        (
            "ibis.financial.funds_credit",
            {**CREDIT_BODY, "amount": Decimal("1.005")},
            "amount",
            "multipleOf",
        ),
        ("ibis.financial.funds_credit", {**CREDIT_BODY, "amount": 21.1}, "amount", "type"),
        (
            "ibis.financial.funds_credit",
            {**CREDIT_BODY, "reference": "EXT_1"},
            "reference",
            "pattern",
        ),
        ("ibis.card.status", {"cFiCardId": "c", "reference": "r"}, "(body)", "oneOf"),
    ],
)
async def test_bad_requests_are_refused_before_sending(
    cf: ConnectFi, call: str, body: dict[str, Any], field: str, keyword: str
) -> None:
    target: Any = cf
    for part in call.split("."):
        target = getattr(target, part)
    with pytest.raises(ValidationError) as caught:
        await target(body)
    assert field in {v.field for v in caught.value.violations}
    assert keyword in {v.keyword for v in caught.value.violations}
    assert field in str(caught.value)


# -- exact money --------------------------------------------------------------------------------


async def test_amounts_are_sent_and_received_exactly(cf: ConnectFi, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(url=f"{BASE}/auth/get-token", content=login_response().content)
    answer = envelope({**FUNDS, "balance": 0}).replace(
        b'"balance": 0', b'"balance": 98765432109876543210.10'
    )
    httpx_mock.add_response(url=f"{BASE}/ibis/financial/funds-credit", content=answer)
    result = await cf.ibis.financial.funds_credit(CREDIT_BODY)
    assert result.balance == Decimal("98765432109876543210.10")
    assert str(result.balance) == "98765432109876543210.10"
    (request,) = sent(httpx_mock, "/ibis/financial/funds-credit")
    assert b'"amount":21.10' in request.content


@pytest.mark.parametrize("amount", [Decimal("21.10"), "21.10", 21])
def test_request_amounts_accept_decimal_int_and_numeric_strings(amount: Any) -> None:
    from connectfi_async._generated.codecs import codec

    normalize = codec("ibisFinancialFundsCredit")[0]
    body = {**CREDIT_BODY, "amount": amount}
    normalize(body)
    assert body["amount"] == Decimal(str(amount))
    assert not isinstance(body["amount"], float)


# -- logging and redaction ----------------------------------------------------------------------


async def test_secrets_never_reach_logs_reprs_or_errors(
    httpx_mock: HTTPXMock, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    pin, pan, cvv, account = "4831", "4111111111111111", "987", "1234567890123456"
    ssn, blob = "666989698", "RSAOAEPbase64EncryptedBlobOfPanExpiryAndCvv=="
    httpx_mock.add_response(url=f"{BASE}/auth/get-token", content=login_response().content)
    httpx_mock.add_response(
        url=f"{BASE}/ibis/debit-card/add",
        content=envelope(
            {
                **card_answer("icrd_9"),
                "vAccountNumber": account,
                "newCardNumber": {"number": pan, "expiryDate": "032026"},
            }
        ),
    )
    httpx_mock.add_response(
        url=f"{BASE}/ibis/card/set-pin",
        status_code=400,
        content=error(
            "extIbis", subCode="59", message="Set Card PIN Decline", context={"transId": "F1"}
        ).content,
    )
    seen: list[str] = []
    async with ConnectFi(BASE, LOGIN, PASSWORD) as cf:
        card = await cf.ibis.debit_card.add(
            {
                "customerId": "cstap_1",
                "cardProgramId": "d_gpr_test",
                "profile": {"occupation": "Student", "nameOnCard": "JOHN TESTMAN"},
            }
        )
        seen += [repr(card), str(card), repr(card.new_card_number), repr(cf), repr(cf.token_auth)]
        request = models.IbisCardPinRequest(c_fi_card_id="icrd_9", pin=pin)
        seen.append(repr(request))
        with pytest.raises(errors.DeclinedError) as caught:
            await cf.ibis.card.set_pin(request)
        seen += [str(caught.value), repr(caught.value)]
        with pytest.raises(ValidationError) as refused:
            await cf.ibis.card.set_pin({"cFiCardId": "icrd_9", "pin": f"{pin}9"})
        seen += [str(refused.value), repr(refused.value)]
        seen += await _calls_carrying_identity_and_card_secrets(cf, httpx_mock, ssn, pan, cvv, blob)
    seen += [r.getMessage() for r in caplog.records]
    text = "\n".join(seen)
    for secret in (pin, pan, account, cvv, ssn, blob, PASSWORD, TOKEN):
        assert secret not in text
    for part in ("requestId=", "attempt=1", "elapsed_ms="):
        assert part in text
    assert "POST /ibis/card/set-pin -> 400" in text


# -- pagination ---------------------------------------------------------------------------------


async def test_transaction_history_iterates_every_page(
    cf: ConnectFi, httpx_mock: HTTPXMock
) -> None:
    history = [{"transId": f"F{i}", "amount": f"-{i}.50"} for i in range(7)]
    pages: list[dict[str, Any]] = []

    def page(request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        pages.append(body)
        chunk = history[body["skipRecords"] : body["skipRecords"] + body["numberOfRecords"]]
        return httpx.Response(200, content=envelope({"transactions": chunk}))

    httpx_mock.add_response(url=f"{BASE}/auth/get-token", content=login_response().content)
    httpx_mock.add_callback(page, url=f"{BASE}/ibis/inquiry/transaction-history", is_reusable=True)
    body = {"cFiCardId": "icrd_1", "dateFrom": "2023-03-01", "dateTo": "2023-05-02"}
    seen = [t.trans_id async for t in cf.ibis.inquiry.iter_transaction_history(body, page_size=3)]
    assert seen == [f"F{i}" for i in range(7)]
    assert [(p["skipRecords"], p["numberOfRecords"]) for p in pages] == [(0, 3), (3, 3), (6, 3)]


async def test_list_endpoints_follow_the_more_flag(cf: ConnectFi, httpx_mock: HTTPXMock) -> None:
    answers = [
        b'{"code": "0", "data": [{"cFiTransactionId": "a", "status": "Sent"},'
        b' {"cFiTransactionId": "b", "status": "Sent"}], "more": true}',
        b'{"code": "0", "data": [{"cFiTransactionId": "c", "status": "Sent"}], "more": true}',
        b'{"code": "0", "data": [{"cFiTransactionId": "d", "status": "Sent"}], "more": false}',
    ]
    httpx_mock.add_response(url=f"{BASE}/auth/get-token", content=login_response().content)
    for answer in answers:
        httpx_mock.add_response(url=f"{BASE}/transfer-to/ach/list", content=answer)
    seen = [t.c_fi_transaction_id async for t in cf.transfer_to.ach.iter_list({}, page_size=2)]
    assert seen == ["a", "b", "c", "d"]
    skips = [
        json.loads(r.content)["skipRecords"] for r in sent(httpx_mock, "/transfer-to/ach/list")
    ]
    assert skips == [0, 2, 3]


async def _calls_carrying_identity_and_card_secrets(
    cf: ConnectFi, httpx_mock: HTTPXMock, ssn: str, pan: str, cvv: str, blob: str
) -> list[str]:
    """A customer with an SSN, a clear card (PAN, CVV) and an encrypted card, all declined."""
    seen: list[str] = []
    for path in ("/customer/init", "/transfer-to/card/register"):
        httpx_mock.add_response(
            url=f"{BASE}{path}",
            status_code=400,
            content=error("customerExists", context={"customerId": "cstap_1"}).content,
            is_reusable=True,
        )
    customer = {
        "customerReference": "ExtRefICust100",
        "customerType": "individual",
        "customer": {
            "firstName": "Janice",
            "lastName": "Sample",
            "identificationDocuments": [{"type": "SSN", "value": ssn}],
        },
    }
    cards = [
        {"reference": "reg1", "clearCard": {"number": pan, "cvv": cvv, "expiry": "202912"}},
        {"reference": "reg2", "card": {"encryptedData": blob}},
    ]
    with pytest.raises(errors.ApiError) as caught:
        await cf.customer.init(customer)
    seen += [str(caught.value), repr(caught.value)]
    for card in cards:
        with pytest.raises(errors.ApiError) as caught:
            await cf.transfer_to.card.register(card)
        seen += [str(caught.value), repr(caught.value)]
    seen.append(repr(models.CustomerIdentificationSsn.from_dict({"type": "SSN", "value": ssn})))
    return seen


# -- every family: list iterators and recovery by reference -------------------------------------

PAGED = sorted(op for op, spec_ in OPERATIONS.items() if spec_.pagination)
RECOVERABLE = sorted(op for op, spec_ in OPERATIONS.items() if spec_.lookup)


def namespace_method(root: Any, operation_id: str, prefix: str = "") -> Any:
    from spec_support import operation as spec_operation

    *path, name = spec_operation(operation_id)["x-connectfi-method"].split(".")
    target = root
    for part in path:
        target = getattr(target, part)
    return getattr(target, prefix + name)


@pytest.mark.parametrize("operation_id", PAGED)
async def test_every_list_iterator_walks_all_pages(
    cf: ConnectFi, httpx_mock: HTTPXMock, operation_id: str
) -> None:
    op = OPERATIONS[operation_id]
    assert op.pagination is not None
    has_more, items_attr = op.pagination.more_flag, op.pagination.items
    total, size = 7, 3
    pages: list[dict[str, Any]] = []
    filler = required_fields(models.IbisTransaction if items_attr else op.data_class)

    def page(request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        pages.append(body)
        start = body["skipRecords"]
        chunk = [{**filler, "marker": f"item{i}"} for i in range(start, min(start + size, total))]
        data: Any = {items_attr_json: chunk} if items_attr else chunk
        answer: dict[str, Any] = {"code": "0", "data": data}
        if has_more:
            answer["more"] = start + size < total
        return httpx.Response(200, content=json.dumps(answer).encode())

    items_attr_json = "transactions" if items_attr else ""
    httpx_mock.add_response(url=f"{BASE}/auth/get-token", content=login_response().content)
    httpx_mock.add_callback(page, url=f"{BASE}{op.path}", is_reusable=True)
    body = (
        {"cFiCardId": "icrd_1", "dateFrom": "2024-01-01", "dateTo": "2024-12-31"}
        if items_attr
        else {}
    )
    seen = [
        item async for item in namespace_method(cf, operation_id, "iter_")(body, page_size=size)
    ]
    markers = [
        i["marker"] if isinstance(i, dict) else i.additional_properties["marker"] for i in seen
    ]
    assert markers == [f"item{i}" for i in range(total)]
    assert [p["skipRecords"] for p in pages] == [0, 3, 6]


@pytest.mark.parametrize("operation_id", RECOVERABLE)
async def test_every_reference_write_recovers_through_its_lookup(
    cf: ConnectFi, httpx_mock: HTTPXMock, operation_id: str
) -> None:
    """After an unknown outcome, referenceExists is answered with the entity found by reference."""
    op = OPERATIONS[operation_id]
    assert op.lookup is not None
    how = op.lookup
    lookup = OPERATIONS[how.operation_id]
    entity: dict[str, Any] = {
        **required_fields(lookup.data_class),
        "reference": "Ref123",
        "marker": "found",
    }
    for ours, theirs in how.field_map:
        entity[theirs] = entity.pop(ours, "x")
    # The entity must carry what the operation expects of it (a credit for funds-credit).
    entity.update(dict(how.expect))
    found: Any = [entity] if lookup.data_is_list else entity
    path = lookup.path
    if how.field is None:
        path = path.format(**{lookup.path_params[0]: "e1"})
    httpx_mock.add_response(url=f"{BASE}/auth/get-token", content=login_response().content)
    httpx_mock.add_response(url=f"{BASE}{path}", content=envelope(found))
    exists = errors.ReferenceExistsError(
        status_code=400, code="referenceExists", context={"reference": "Ref123", "entityId": "e1"}
    )
    result = await recover(cf._engine, op, "Ref123", {}, exists)
    assert result.recovered is True
    assert result.reference == "Ref123"
    data = result.data
    marker = data["marker"] if isinstance(data, dict) else data.additional_properties["marker"]
    assert marker == "found"
    if op.data_class is not None:
        assert isinstance(data, op.data_class)
    (query,) = sent(httpx_mock, path)
    if how.field is not None:
        key = ["Ref123"] if how.is_array else "Ref123"
        assert json.loads(query.content) == {how.field: key}


def test_money_transfer_families_are_exactly_once() -> None:
    """ACH, wire, push, pull, bills, checks and acquiring pulls recover through a query."""
    for operation_id in (
        "transferToAchCreate",
        "transferToWire",
        "transferToCardPush",
        "transferToCardPull",
        "transferToBillsInitiate",
        "checkPrint",
        "acquiringPull",
    ):
        assert OPERATIONS[operation_id].has_reference, operation_id
        assert OPERATIONS[operation_id].lookup is not None, operation_id


async def test_token_auth_serves_a_callers_httpx_client(
    cf: ConnectFi, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(url=f"{BASE}/auth/get-token", content=login_response().content)
    httpx_mock.add_response(url=f"{BASE}/elsewhere", json={})
    async with httpx.AsyncClient(auth=cf.token_auth.httpx_auth()) as own:
        await own.get(f"{BASE}/elsewhere")
    assert httpx_mock.get_requests()[-1].headers["x-connectfi-token"] == TOKEN


def test_an_aiohttp_client_imports_neither_httpx_nor_the_spec() -> None:
    import subprocess
    import sys

    code = (
        "import sys, connectfi_async\n"
        "cf = connectfi_async.ConnectFi('http://127.0.0.1:9', 'a', 'b', backend='aiohttp')\n"
        "from connectfi_async._generated.codecs import codec\n"
        "codec('ibisFinancialFundsCredit')[2]({'reference': 'r', 'cFiFundsId': 'f',"
        " 'type': 'credit', 'cFiStatus': 'Complete'})\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('httpx', 'httpx2')"
        " or m.endswith(('_validation', '_spec'))))\n"
        "print(sorted(m.rsplit('.', 1)[1] for m in sys.modules"
        " if m.startswith('connectfi_async._generated.models.')))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    # The transfer's model and the two it nests (from_dict imports those on first use).
    models = "['ibis_entity_error', 'ibis_funds_reversal', 'ibis_funds_transfer']"
    assert out.stdout.split("\n")[:2] == ["[]", models]
