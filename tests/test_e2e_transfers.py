"""End to end over real HTTP: ACH, wires and checks against the sandbox on 127.0.0.1.

Exactly-once creates through lost answers, list iterators over several pages, status
progression with webhooks to a loopback receiver, the documented wire sandbox triggers and the
webhook URL rule (loopback only).
"""

# mypy: disable-error-code="arg-type"
# (bodies are sent as plain dicts, some deliberately wrong, to test the runtime checks; typed
# bodies are type-checked on a user script in tests/test_user_script_types.py)

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from typing import Any, TypeVar

import httpx
import pytest

from connectfi_async import ConnectFi, RetryPolicy, errors, reference_from_key
from connectfi_async._generated import models
from connectfi_async.sandbox import Fault
from connectfi_async.testing import SandboxServer
from connectfi_async.webhooks import (
    AchWebhookPayload,
    CheckWebhookPayload,
    WireWebhookPayload,
    parse_webhook,
)

T = TypeVar("T")
RETRY = RetryPolicy(max_attempts=8, backoff_initial=0.005, backoff_max=0.02)
ADDRESS = {"addressLine1": "999 Main Street", "city": "San Francisco", "state": "CA"}


def ach_body(amount: Decimal | str, **extra: Any) -> dict[str, Any]:
    return {
        "standardEntryClassCode": "WEB",
        "individualName": "John Smith",
        "routingNumber": "123456789",
        "DFIAccountNumber": "123456789",
        "accountType": "Checking",
        "transactionType": "Credit",
        "amount": amount,
        "currency": "USD",
        "companyEntryDescription": "PAYMENT",
        **extra,
    }


def wire_body(
    amount: Decimal | str,
    *,
    aba: str = "123456789",
    line1: str = "1346 Pleasant Ave",
    **extra: Any,
) -> dict[str, Any]:
    return {
        "amount": amount,
        "currency": "USD",
        "endUserAccount": "12345678901234567",
        "originator": {"commonName": "John Doe", "legalName": "John Doe", "address": ADDRESS},
        "beneficiary": {
            "bankName": "Unicorn Bank",
            "bankABANumber": aba,
            "accountNumber": "12345678",
            "name": "John Smith",
            "address": {**ADDRESS, "addressLine1": line1, "city": "Salt Lake City"},
        },
        "narrative": "sandbox test",
        "memos": ["a note"],
        **extra,
    }


def check_body(amount: Decimal | str, **extra: Any) -> dict[str, Any]:
    return {
        "checkAttributes": {
            "amount": amount,
            "currency": "USD",
            "payerName": "Jim Payer",
            "payeeName": "ABC123abc Energy",
            "payeeAddress": {"addressLine1": "123 Some Road", "city": "Minneapolis"},
            "memo": "sandbox test",
        },
        **extra,
    }


class Receiver:
    """A webhook receiver on 127.0.0.1: a minimal HTTP/1.1 server that keeps each POST."""

    def __init__(self) -> None:
        self.posts: list[tuple[str, bytes]] = []
        self.base_url = ""
        self._server: asyncio.Server | None = None
        self._writers: set[asyncio.StreamWriter] = set()

    def url(self, path: str) -> str:
        return f"{self.base_url}/{path}"

    def bodies(self, path: str) -> list[bytes]:
        return [body for where, body in self.posts if where == f"/{path}"]

    async def __aenter__(self) -> Receiver:
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", 0)
        port = self._server.sockets[0].getsockname()[1]
        self.base_url = f"http://127.0.0.1:{port}"
        return self

    async def __aexit__(self, *exc: object) -> None:
        assert self._server is not None
        self._server.close()
        for writer in self._writers:
            writer.close()
        await self._server.wait_closed()

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self._writers.add(writer)
        try:
            while True:  # keep-alive: one connection carries many POSTs
                head = await reader.readuntil(b"\r\n\r\n")
                request_line, *lines = head.decode("latin-1").split("\r\n")
                length = 0
                for line in lines:
                    name, _, value = line.partition(":")
                    if name.strip().lower() == "content-length":
                        length = int(value)
                self.posts.append((request_line.split(" ")[1], await reader.readexactly(length)))
                writer.write(b"HTTP/1.1 200 OK\r\ncontent-length: 0\r\n\r\n")
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            self._writers.discard(writer)
            writer.close()


@pytest.fixture
async def cf(connectfi_sandbox: SandboxServer) -> AsyncIterator[ConnectFi]:
    async with connectfi_sandbox.client(retry=RETRY) as client:
        yield client


@pytest.fixture
async def receiver(connectfi_sandbox: SandboxServer) -> AsyncIterator[Receiver]:
    async with Receiver() as hooks:
        yield hooks
        await connectfi_sandbox.app.store.webhooks.aclose()


def utc_today() -> date:
    """The sandbox dates its records in UTC."""
    return datetime.now(timezone.utc).date()


def one(found: list[T]) -> T:
    """The only item of a list answer.

    The call sites annotate the result: in the generated namespaces, methods declared after a
    ``list`` method get their ``list[...]`` return type from that method, not the builtin.
    """
    assert len(found) == 1, found
    return found[0]


async def step(server: SandboxServer) -> None:
    """One status step, every webhook it sends delivered before the next."""
    server.app.advance()
    await server.app.drain_webhooks()


# -- exactly once ------------------------------------------------------------------------------


CREATES: dict[str, tuple[str, str]] = {  # family: (path, status on create)
    "ach": ("/transfer-to/ach/create", "Initiated"),
    "wire": ("/transfer-to/wire", "Sent"),
}


@pytest.mark.parametrize("family", list(CREATES))
async def test_creates_are_exactly_once_through_dropped_responses(
    family: str, connectfi_sandbox: SandboxServer, cf: ConnectFi
) -> None:
    """200 creates, 20% of answers lost after commit: every call succeeds, once each."""
    app = connectfi_sandbox.app
    path, status = CREATES[family]
    # Wire amounts stay clear of the sandbox triggers (12.91/12.92, 16.95 and up).
    amounts = [Decimal(f"{1 + k % 11}.{(k * 37) % 100:02d}") for k in range(200)]
    references = [reference_from_key(family, k) for k in range(200)]
    fault = app.faults.add(Fault("drop", path=path, probability=0.2, seed=7))
    raw = cf.with_raw_response.transfer_to
    create: Callable[[dict[str, Any], str], Awaitable[Any]] = (
        (lambda body, ref: raw.ach.create(body, reference=ref))
        if family == "ach"
        else (lambda body, ref: raw.wire.create(body, reference=ref))
    )
    build = ach_body if family == "ach" else wire_body
    results = await asyncio.gather(
        *(create(build(amount), ref) for amount, ref in zip(amounts, references, strict=True))
    )
    app.faults.clear()
    assert 25 <= fault.fired <= 80  # about 0.2 of 250 attempts (200 calls and their retries)
    recovered = [r for r in results if r.recovered]
    assert fault.fired * 0.6 <= len(recovered) <= fault.fired
    assert [r.reference for r in results] == references
    assert {r.data.status for r in results} == {status}
    records = app.store.family(family)
    assert Counter(r["reference"] for r in records.values()) == Counter(references)
    by_reference = {r["reference"]: r for r in records.values()}
    for result, amount in zip(results, amounts, strict=True):
        record = by_reference[result.reference]
        assert result.data.c_fi_transaction_id == record["cFiTransactionId"]
        assert result.data.amount == amount == record["amount"]
    assert sum(r["amount"] for r in records.values()) == sum(amounts)


async def test_a_reused_reference_is_refused_or_returns_the_first(cf: ConnectFi) -> None:
    reference = reference_from_key("payout", "INV-1")
    first = await cf.transfer_to.ach.create(ach_body("10.00"), reference=reference)
    with pytest.raises(errors.ReferenceExistsError) as caught:
        await cf.transfer_to.ach.create(ach_body("10.00"), reference=reference)
    assert caught.value.entity_id == first.c_fi_transaction_id
    again = await cf.transfer_to.ach.create(
        ach_body("10.00"), reference=reference, return_existing=True
    )
    assert again.c_fi_transaction_id == first.c_fi_transaction_id
    check = await cf.check.print(check_body("11.13"), reference=reference)  # another family
    again_check = await cf.check.print(
        check_body("11.13"), reference=reference, return_existing=True
    )
    assert again_check.c_fi_check_id == check.c_fi_check_id


# -- lists and queries -------------------------------------------------------------------------


async def test_list_iterators_walk_every_page(
    connectfi_sandbox: SandboxServer, cf: ConnectFi
) -> None:
    achs = [await cf.transfer_to.ach.create(ach_body(f"{k + 1}.25")) for k in range(25)]
    checks = [await cf.check.print(check_body(f"{k + 1}.50")) for k in range(25)]
    wires = [await cf.transfer_to.wire.create(wire_body(f"{k % 12 + 1}.75")) for k in range(25)]
    listed_achs = [
        a.c_fi_transaction_id async for a in cf.transfer_to.ach.iter_list({}, page_size=10)
    ]
    assert listed_achs == [a.c_fi_transaction_id for a in achs]
    listed_checks = [c.c_fi_check_id async for c in cf.check.iter_list({}, page_size=10)]
    assert listed_checks == [c.c_fi_check_id for c in checks]
    listed_wires = [
        w.c_fi_transaction_id async for w in cf.transfer_to.wire.iter_list({}, page_size=10)
    ]
    assert listed_wires == [w.c_fi_transaction_id for w in wires]
    serials = [c.serial for c in checks]
    assert len(set(serials)) == 25

    pages = [
        await cf.with_raw_response.transfer_to.ach.list(
            {"numberOfRecords": 10, "skipRecords": skip}
        )
        for skip in (0, 10, 20)
    ]
    assert [(len(p.data), p.more) for p in pages] == [(10, True), (10, True), (5, False)]

    today = utc_today()
    tomorrow, yesterday = str(today + timedelta(days=1)), str(today - timedelta(days=1))
    assert await cf.transfer_to.ach.list({"dateCreateFrom": tomorrow}) == []
    assert await cf.check.list({"dateCreateTo": yesterday}) == []
    around = {"dateCreateFrom": yesterday, "dateCreateTo": tomorrow}
    assert len(await cf.transfer_to.wire.list(around)) == 25
    only = await cf.check.list({"reference": checks[3].reference})
    assert [c.c_fi_check_id for c in only] == [checks[3].c_fi_check_id]
    await step(connectfi_sandbox)
    assert len(await cf.check.list({"status": "Sent"})) == 25
    assert await cf.check.list({"status": "Processing"}) == []
    assert len(await cf.transfer_to.ach.list({"status": "Sent"})) == 25
    with pytest.raises(errors.ApiError) as caught:
        await cf.transfer_to.ach.list({"numberOfRecords": 1001})
    assert caught.value.code == "greaterNumberOfRecords"
    assert caught.value.context == {"maxNumberOfRecords": 1000}


async def test_queries_by_ids_and_references(cf: ConnectFi) -> None:
    first = await cf.with_raw_response.transfer_to.ach.create(ach_body("3.15"))
    second = await cf.transfer_to.ach.create(ach_body("4.15"))
    ids = [second.c_fi_transaction_id, first.data.c_fi_transaction_id, second.c_fi_transaction_id]
    found: list[models.AchTransfer] = await cf.transfer_to.ach.query(
        {"cFiTransactionIds": ["sandbox_unknown", *ids]}
    )
    assert [a.c_fi_transaction_id for a in found] == ids[:2]  # each once, in asked order
    by_reference: models.AchTransfer = one(
        await cf.transfer_to.ach.query({"references": [first.reference]})
    )
    assert by_reference.amount == Decimal("3.15")
    assert await cf.transfer_to.ach.query({"references": ["nothing"]}) == []

    wire = await cf.with_raw_response.transfer_to.wire.create(wire_body("1.01"))
    found_wire: models.WireTransfer = one(
        await cf.transfer_to.wire.query({"references": [wire.reference]})
    )
    assert found_wire.c_fi_transaction_id == wire.data.c_fi_transaction_id

    check = await cf.with_raw_response.check.print(check_body("11.13"))
    check_id = str(check.data.c_fi_check_id)
    got = await cf.check.get(check_id)
    assert (got.c_fi_check_status, got.amount, got.init_void) == (
        "Processing",
        Decimal("11.13"),
        False,
    )
    queried: models.Check = one(await cf.check.query({"references": [check.reference]}))
    assert queried.c_fi_check_id == check_id
    assert await cf.check.query({"cFiCheckIds": ["chk_unknown"]}) == []
    with pytest.raises(errors.NotFoundError) as caught:
        await cf.check.get("chk_unknown")
    assert caught.value.code == "transactionNotFound"


async def test_documented_ach_errors(cf: ConnectFi) -> None:
    cases = {
        "currencyNotSupported": ach_body("1.00", currency="EUR"),
        "achEffectiveEntryDate": ach_body("1.00", effectiveEntryDate="2023-06-28"),
    }
    for code, body in cases.items():
        with pytest.raises(errors.ApiError) as caught:
            await cf.transfer_to.ach.create(body)
        assert (caught.value.code, caught.value.status_code) == (code, 400)
    later = ach_body("1.00", effectiveEntryDate=str(utc_today() + timedelta(days=7)))
    assert (await cf.transfer_to.ach.create(later)).effective_entry_date == later[
        "effectiveEntryDate"
    ]
    rates: list[models.AchReturnRate] = await cf.transfer_to.ach.return_rates({})
    assert len(rates) == 30
    days = [str(r.max_date) for r in rates]
    assert days == sorted(days, reverse=True)
    yesterday = str(utc_today() - timedelta(days=1))
    rate: models.AchReturnRate = one(await cf.transfer_to.ach.return_rates({"date": yesterday}))
    assert rate.max_date == yesterday
    # Only maxDate was documented: the sandbox invents no rate fields.
    assert rate.to_dict() == {"maxDate": yesterday}
    with pytest.raises(errors.ApiError) as caught:
        await cf.transfer_to.ach.return_rates({"date": str(utc_today())})
    assert caught.value.code == "returnRateNotFound"
    assert caught.value.context == {"cFiAggregatorId": "sandbox", "date": str(utc_today())}


# -- status progression and webhooks -----------------------------------------------------------


async def test_status_progression_sends_the_documented_webhooks_in_order(
    connectfi_sandbox: SandboxServer, cf: ConnectFi, receiver: Receiver
) -> None:
    app = connectfi_sandbox.app
    url = receiver.url
    ach = await cf.transfer_to.ach.create(ach_body("3.15", webhookUrl=url("ach")))
    wire = await cf.transfer_to.wire.create(wire_body("1.01", webhookURL=url("wire")))
    nightly = await cf.transfer_to.wire.create(wire_body("16.95", webhookURL=url("nightly")))
    balance = await cf.transfer_to.wire.create(wire_body("16.97", webhookURL=url("balance")))
    assert (wire.status, nightly.status, balance.status) == ("Sent", "Initiated", "Initiated")
    check = await cf.check.print(check_body("11.13", webhookUrl=url("check")))
    void_now = await cf.check.print(check_body("2.00", webhookUrl=url("void-now")))
    void_later = await cf.check.print(check_body("3.00", webhookUrl=url("void-later")))
    assert check.c_fi_check_status == "Processing"
    assert check.webhook_url == url("check")

    voided = await cf.check.void({"cFiCheckId": void_now.c_fi_check_id, "reason": "Lost"})
    assert (voided.c_fi_check_status, voided.init_void) == ("Cancelled", False)
    await step(connectfi_sandbox)
    pending = await cf.check.void({"cFiCheckId": void_later.c_fi_check_id})
    assert (pending.c_fi_check_status, pending.init_void) == ("Sent", True)
    for code, check_id in [
        ("checkVoidNotAllowed", void_now.c_fi_check_id),  # already cancelled
        ("checkVoidNotAllowed", void_later.c_fi_check_id),  # void already with the bank
        ("transactionNotFound", "chk_unknown"),
    ]:
        with pytest.raises(errors.ApiError) as caught:
            await cf.check.void({"cFiCheckId": check_id})
        assert (caught.value.code, caught.value.status_code) == (code, 400)
    # The control route does the same as app.advance().
    async with httpx.AsyncClient(base_url=connectfi_sandbox.base_url) as control:
        answer = await control.post("/_sandbox/advance", json={"steps": 1})
        assert answer.json() == {"advanced": True}
    await app.drain_webhooks()
    for _ in range(3):  # two more steps finish everything; one more changes nothing
        await step(connectfi_sandbox)

    def statuses(path: str) -> list[str | None]:
        out: list[str | None] = []
        for body in receiver.bodies(path):
            payload = parse_webhook(body)
            if isinstance(payload, CheckWebhookPayload):
                out.append(str(payload.c_fi_check_status))
            else:
                assert isinstance(payload, (AchWebhookPayload, WireWebhookPayload))
                out.append(str(payload.status))
        return out

    assert statuses("ach") == ["Sent", "Complete", "Settled"]
    assert statuses("wire") == ["Complete"]
    assert statuses("nightly") == ["Sent", "Complete"]
    assert statuses("balance") == ["Cancelled"]
    assert statuses("check") == ["Sent", "InBank", "Complete"]
    assert statuses("void-now") == ["Cancelled"]
    assert statuses("void-later") == ["Sent", "Cancelled"]

    ach_hooks = [parse_webhook(b, kind="ach") for b in receiver.bodies("ach")]
    for hook in ach_hooks:
        assert isinstance(hook, AchWebhookPayload)
        assert (hook.c_fi_transaction_id, hook.amount) == (ach.c_fi_transaction_id, Decimal("3.15"))
        assert (hook.reference, hook.individual_name) == (ach.reference, "John Smith")
    done = parse_webhook(receiver.bodies("wire")[-1])
    assert isinstance(done, WireWebhookPayload)
    assert done.c_fi_transaction_id == wire.c_fi_transaction_id
    assert done.amount == Decimal("1.01")
    assert isinstance(done.transaction_receipt_id, str)
    assert isinstance(done.dts_completed, str)
    printed = parse_webhook(receiver.bodies("check")[-1])
    assert isinstance(printed, CheckWebhookPayload)
    assert (printed.bo_status, printed.serial) == ("Printed", check.serial)
    assert isinstance(printed.dts_sent, str)
    assert isinstance(printed.bo_tracking, str)
    cancelled = parse_webhook(receiver.bodies("void-later")[-1])
    assert isinstance(cancelled, CheckWebhookPayload)
    assert (cancelled.init_void, cancelled.bo_status) == (True, "Cancelled")

    settled: models.AchTransfer = one(
        await cf.transfer_to.ach.query({"cFiTransactionIds": [ach.c_fi_transaction_id]})
    )
    assert settled.status == "Settled"
    assert (await cf.check.get(str(check.c_fi_check_id))).c_fi_check_status == "Complete"
    assert all(status == 200 for _, _, status in app.store.webhooks.sent)
    assert len(receiver.posts) == 13


# -- wire sandbox triggers ---------------------------------------------------------------------

TRIGGERS: dict[str, tuple[dict[str, Any], str]] = {
    "16.98": (wire_body("16.98"), "Invalid Source Account."),
    "16.99": (wire_body("16.99"), "Core System downstream error. Wire not created."),
    **{
        amount: (
            wire_body(amount),
            "Wire Amount will exceed Account Daily Total Amount Limit. Wire not created.",
        )
        for amount in ("17.01", "18.00")
    },
    **{
        amount: (
            wire_body(amount),
            "Wire Amount Exceeds Limit for the Wire Account. Wire not created.",
        )
        for amount in ("18.01", "19.00")
    },
    **{
        amount: (
            wire_body(amount),
            "Wire Amount will exceed Company Daily Total Limit. Wire not created.",
        )
        for amount in ("19.01", "20.00")
    },
    **{
        amount: (
            wire_body(amount),
            "Wire Amount exceeds Company Wire Amount Limit. Wire not created.",
        )
        for amount in ("20.01", "250000.00")
    },
    "aba 110000000": (wire_body("1.01", aba="110000000"), "ABA Number is not in Wire ABA file"),
    "aba 120000000": (
        wire_body("1.01", aba="120000000"),
        "The receiving DFI is not a Funds Transfer Bank",
    ),
    "P.O. box": (
        wire_body("1.01", line1="P.O. Box 123"),
        "Request Errors. See Detail for more information. "
        "BeneficiaryInformation.BeneficiaryAddress.addressLine1 appears to be a P.O. Box.",
    ),
}


@pytest.mark.parametrize("trigger", list(TRIGGERS))
async def test_wire_trigger_refuses_the_wire(
    trigger: str, connectfi_sandbox: SandboxServer, cf: ConnectFi
) -> None:
    body, message = TRIGGERS[trigger]
    reference = reference_from_key("wire-trigger", trigger)
    with pytest.raises(errors.DeclinedError) as caught:
        await cf.transfer_to.wire.create(body, reference=reference)
    assert (caught.value.code, caught.value.message) == ("extWire", message)
    assert caught.value.status_code == 400
    assert connectfi_sandbox.app.store.family("wire") == {}
    created = await cf.transfer_to.wire.create(wire_body("1.01"), reference=reference)
    assert created.status == "Sent"  # no wire was created: the reference is still free


async def test_wire_amounts_next_to_the_triggers_are_sent(cf: ConnectFi) -> None:
    for amount in ("12.90", "16.96", "17.00"):
        assert (await cf.transfer_to.wire.create(wire_body(amount))).status == "Sent"


@pytest.mark.parametrize(("amount", "final"), [("12.91", "Complete"), ("12.92", "Declined")])
async def test_wire_resolved_by_a_query(
    amount: str, final: str, connectfi_sandbox: SandboxServer, cf: ConnectFi, receiver: Receiver
) -> None:
    wire = await cf.transfer_to.wire.create(wire_body(amount, webhookURL=receiver.url("w")))
    assert wire.status == "Initiated"
    await step(connectfi_sandbox)  # advance() leaves it to the query
    assert receiver.posts == []
    ids = {"cFiTransactionIds": [wire.c_fi_transaction_id]}
    first: models.WireTransfer = one(await cf.transfer_to.wire.query(ids))
    assert first.status == "Initiated"
    await connectfi_sandbox.app.drain_webhooks()
    (hook,) = [parse_webhook(body) for body in receiver.bodies("w")]
    assert isinstance(hook, WireWebhookPayload)
    assert (hook.status, hook.c_fi_transaction_id) == (final, wire.c_fi_transaction_id)
    second: models.WireTransfer = one(await cf.transfer_to.wire.query(ids))
    assert second.status == final
    await cf.transfer_to.wire.query(ids)
    await connectfi_sandbox.app.drain_webhooks()
    assert len(receiver.posts) == 1


# -- webhook URLs ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "code"),
    [
        ("https://example.com/hooks", "webhookUrlNotAllowed"),
        ("http://10.0.0.1/hooks", "webhookUrlNotAllowed"),
        ("http://[2001:db8::1]/hooks", "webhookUrlNotAllowed"),
        ("ftp://127.0.0.1/hooks", "webhookUrlInvalid"),
    ],
)
async def test_a_webhook_url_off_loopback_is_refused(
    url: str, code: str, connectfi_sandbox: SandboxServer, cf: ConnectFi
) -> None:
    creates: list[Callable[[], Awaitable[Any]]] = [
        lambda: cf.transfer_to.ach.create(ach_body("1.00", webhookUrl=url)),
        lambda: cf.transfer_to.wire.create(wire_body("1.00", webhookURL=url)),
        lambda: cf.check.print(check_body("1.00", webhookUrl=url)),
    ]
    for create in creates:
        with pytest.raises(errors.ApiError) as caught:
            await create()
        assert (caught.value.code, caught.value.status_code) == (code, 400)
    assert not any(connectfi_sandbox.app.store.entities.values())
    accepted = await cf.transfer_to.ach.create(ach_body("1.00", webhookUrl="http://localhost:9/x"))
    assert accepted.status == "Initiated"


async def test_models_are_typed(cf: ConnectFi) -> None:
    ach = await cf.transfer_to.ach.create(ach_body("7.15"))
    assert isinstance(ach, models.AchTransfer)
    wire = await cf.transfer_to.wire.create(wire_body("1.01"))
    assert isinstance(wire, models.WireTransfer)
    check = await cf.check.print(check_body("11.13"))
    assert isinstance(await cf.check.get(str(check.c_fi_check_id)), models.Check)
