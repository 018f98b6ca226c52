"""End to end over real HTTP: push/pull to external cards, combo, acquiring and RPPS bills.

The SDK talks to the sandbox served by uvicorn on 127.0.0.1 (the ``connectfi_sandbox``
fixture); webhooks go to a tiny ASGI receiver served the same way. Status changes are driven
by ``app.advance()`` and webhook deliveries awaited with ``app.drain_webhooks()``: no sleeps.
"""

# mypy: disable-error-code="arg-type"
# (bodies are sent as plain dicts, some deliberately wrong, to test the runtime checks; typed
# bodies are type-checked on a user script in tests/test_user_script_types.py)

from __future__ import annotations

import asyncio
import base64
import json
from collections import Counter
from collections.abc import AsyncIterator, Awaitable, Callable, MutableMapping
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import httpx
import pytest

from connectfi_async import ConnectFi, RetryPolicy, errors, new_reference, reference_from_key
from connectfi_async._bindings import PROCESS_BINDINGS
from connectfi_async._generated.models import BillsWebhookPayload
from connectfi_async.sandbox import Fault
from connectfi_async.testing import SandboxServer
from connectfi_async.webhooks import parse_webhook

RETRY = RetryPolicy(max_attempts=8, backoff_initial=0.005, backoff_max=0.02)
PAN, CVV = "4000056655665556", "737"
CLEAR_CARD = {"cardNumber": PAN, "cvv": CVV, "expiryDate": "203012"}
OWNER = {
    "name": {"first": "John", "middle": "M", "last": "Doe", "suffix": "III"},
    "address": {
        "addressLine1": "1346 Pleasant Ave",
        "city": "Salt Lake City",
        "state": "UT",
        "postalCode": "12345",
        "country": "US",
    },
    "phone": {"countryCode": "1", "number": "5556667777"},
}
# The documented flat RPPS webhook: these fields for Sent, plus dtsSent and processing later.
SENT_FIELDS = {
    "reference",
    "cFiTransactionId",
    "merchantId",
    "cFiTraceNumber",
    "status",
    "amount",
    "currency",
    "dtsCreated",
    "billerId",
}
PROCESSING_FIELDS = {"dateProcessed", "isReversal", "remarks", "responseCode", "status", "traceId"}

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]


class Receiver:
    """A webhook receiver as an ASGI app: keeps every POST (path, body) and answers 200."""

    def __init__(self) -> None:
        self.posts: list[tuple[str, bytes]] = []

    async def __call__(
        self,
        scope: Scope,
        receive: Callable[[], Awaitable[Message]],
        send: Callable[[Message], Awaitable[None]],
    ) -> None:
        if scope["type"] != "http":
            return
        chunks = []
        while True:
            message = await receive()
            chunks.append(message.get("body", b""))
            if not message.get("more_body"):
                break
        self.posts.append((scope["path"], b"".join(chunks)))
        headers = [(b"content-length", b"0")]
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        await send({"type": "http.response.body", "body": b""})


@pytest.fixture
async def cf(connectfi_sandbox: SandboxServer) -> AsyncIterator[ConnectFi]:
    async with connectfi_sandbox.client(retry=RETRY) as client:
        yield client
    await connectfi_sandbox.app.store.webhooks.aclose()


def new_card(**extra: Any) -> dict[str, Any]:
    """A register body. Its oneOf hides `reference` from the SDK, which generates none: the
    body carries one."""
    return {"reference": new_reference(), "clearCard": CLEAR_CARD, **extra}


async def register(cf: ConnectFi) -> str:
    card = await cf.transfer_to.card.register(new_card(owner=OWNER))
    return str(card.c_fi_card_id)


def items(answer: object) -> list[Any]:
    """A list answer. The generated namespaces that also have a ``list`` attribute annotate
    their list answers with it (mypy reads ``list[...]`` there as that attribute)."""
    assert isinstance(answer, list)
    return answer


def transfer(card_id: str, amount: Decimal | str = "1.00") -> dict[str, Any]:
    return {"cFiCardId": card_id, "amount": amount, "currency": "USD", "narrative": "Payout"}


# -- exactly once ------------------------------------------------------------------------------


async def test_push_pull_and_acquiring_pull_are_exactly_once_through_dropped_responses(
    connectfi_sandbox: SandboxServer, cf: ConnectFi
) -> None:
    """200 pushes, 200 pulls and 200 acquiring pulls, 20% of answers lost after commit."""
    app = connectfi_sandbox.app
    card_id = await register(cf)
    acquired = str((await cf.acquiring.register(new_card())).c_fi_card_id)
    amounts = [Decimal(f"{k % 50}.{(k * 37) % 100:02d}") + Decimal("0.01") for k in range(200)]
    paths = ["/transfer-to/card/push", "/transfer-to/card/pull", "/acquiring/pull"]
    faults = [
        app.faults.add(Fault("drop", path=path, probability=0.2, seed=seed))
        for seed, path in enumerate(paths, start=11)
    ]
    raw = cf.with_raw_response
    calls: list[Awaitable[Any]] = []
    for kind, send, card in (
        ("push", raw.transfer_to.card.push, card_id),
        ("pull", raw.transfer_to.card.pull, card_id),
        ("acquiring", raw.acquiring.pull, acquired),
    ):
        calls += [
            send(transfer(card, amount), reference=reference_from_key(kind, k))
            for k, amount in enumerate(amounts)
        ]
    results = await asyncio.gather(*calls)
    app.faults.clear()

    dropped = sum(f.fired for f in faults)
    assert 60 <= dropped <= 200
    assert all(f.fired > 0 for f in faults)
    # A call whose answer was lost is answered by its recovered transaction.
    recovered = sum(r.recovered for r in results)
    assert dropped * 0.7 <= recovered <= dropped
    for result, amount in zip(results, amounts * 3, strict=True):
        assert result.data.reference == result.reference
        assert result.data.amount == amount
        assert result.data.status == "Initiated"
    for family, kinds in (("card", {"push": 200, "pull": 200}), ("acquiring", {"pull": 200})):
        records = list(app.store.family(family).values())
        per_reference = Counter(r["reference"] for r in records)
        assert set(per_reference.values()) == {1}, "exactly one record per reference"
        assert Counter(r["transactionType"] for r in records) == kinds
        assert sum(r["amount"] for r in records) == sum(amounts) * len(kinds)


# -- paging ------------------------------------------------------------------------------------


async def test_list_iterators_yield_every_item_once_over_several_pages(
    connectfi_sandbox: SandboxServer, cf: ConnectFi
) -> None:
    app = connectfi_sandbox.app
    card_id = await register(cf)
    card_txs = await asyncio.gather(
        *(cf.transfer_to.card.push(transfer(card_id)) for _ in range(13)),
        *(cf.transfer_to.card.pull(transfer(card_id)) for _ in range(10)),
    )
    acquiring = await asyncio.gather(*(cf.acquiring.pull(transfer(card_id)) for _ in range(17)))
    bill = {"billerId": "0011460198", "accountNumber": "5550001234", "amount": "12.34"}
    bills = await asyncio.gather(*(cf.transfer_to.bills.initiate(bill) for _ in range(11)))

    pages = cf.transfer_to.card.list.iter_transactions({}, page_size=5)
    card_ids = [str(t.c_fi_transaction_id) async for t in pages]
    assert sorted(card_ids) == sorted(str(t.c_fi_transaction_id) for t in card_txs)
    acquiring_ids = [
        str(t.c_fi_transaction_id) async for t in cf.acquiring.iter_list({}, page_size=4)
    ]
    assert sorted(acquiring_ids) == sorted(str(t.c_fi_transaction_id) for t in acquiring)
    bill_ids = [
        b.c_fi_transaction_id async for b in cf.transfer_to.bills.iter_list({}, page_size=3)
    ]
    assert sorted(str(i) for i in bill_ids) == sorted(str(b.c_fi_transaction_id) for b in bills)

    # The `more` flag, the page bounds and the filters.
    page = await cf.with_raw_response.transfer_to.card.list.transactions({"numberOfRecords": 20})
    assert (len(page.data), page.more) == (20, True)
    last = await cf.with_raw_response.transfer_to.card.list.transactions(
        {"numberOfRecords": 20, "skipRecords": 20}
    )
    assert (len(last.data), last.more) == (3, False)
    with pytest.raises(errors.ApiError) as caught:
        await cf.acquiring.list({"numberOfRecords": 1001})
    assert caught.value.code == "greaterNumberOfRecords"
    assert caught.value.context == {"maxNumberOfRecords": 1000}
    app.advance()
    await cf.transfer_to.card.reversal({"cFiTransactionId": card_txs[-1].c_fi_transaction_id})
    reversed_ = await cf.transfer_to.card.list.transactions({"reversalStatus": "Reversal"})
    assert [t.c_fi_transaction_id for t in reversed_] == [card_txs[-1].c_fi_transaction_id]
    complete = await cf.acquiring.list({"status": "Complete", "dateCreateFrom": str(date.today())})
    assert len(complete) == 17
    yesterday = str(date.today() - timedelta(days=1))
    assert await cf.transfer_to.card.list.transactions({"dateCreateTo": yesterday}) == []


# -- reversals ---------------------------------------------------------------------------------


async def cannot(call: Awaitable[Any]) -> errors.ApiError:
    with pytest.raises(errors.ApiError) as caught:
        await call
    return caught.value


async def test_only_pending_or_complete_pulls_are_reversed_and_only_once(
    connectfi_sandbox: SandboxServer, cf: ConnectFi
) -> None:
    app = connectfi_sandbox.app
    card_id = await register(cf)
    reverse = cf.transfer_to.card.reversal
    push = await cf.transfer_to.card.push(transfer(card_id))
    refused = await cannot(reverse({"cFiTransactionId": push.c_fi_transaction_id}))
    assert (refused.code, refused.status_code) == ("toucanCannotReverseError", 400)
    assert refused.context == {"cFiTransactionId": push.c_fi_transaction_id}

    pending, done, declined = [await cf.transfer_to.card.pull(transfer(card_id)) for _ in range(3)]
    first = await reverse({"cFiTransactionId": pending.c_fi_transaction_id})
    assert (first["status"], first["reversalStatus"]) == ("Initiated", "Reversal")
    again = await cannot(reverse({"cFiTransactionId": pending.c_fi_transaction_id}))
    assert again.code == "toucanCannotReverseError"
    app.store.family("card")[str(declined.c_fi_transaction_id)]["status"] = "Declined"
    app.advance()  # Initiated -> Complete, Reversal -> Reversed
    (after,) = items(
        await cf.transfer_to.card.transactions_query(
            {"cFiTransactionIds": [pending.c_fi_transaction_id]}
        )
    )
    assert (after.status, after.reversal_status) == ("Complete", "Reversed")
    completed = await reverse({"cFiTransactionId": done.c_fi_transaction_id})
    assert (completed["status"], completed["reversalStatus"]) == ("Complete", "Reversal")
    refused = await cannot(reverse({"cFiTransactionId": declined.c_fi_transaction_id}))
    assert refused.code == "toucanCannotReverseError"
    missing = await cannot(reverse({"cFiTransactionId": "sandbox_0000000000000000000000"}))
    assert (missing.code, missing.context) == (
        "transactionNotFound",
        {"cFiTransactionId": "sandbox_0000000000000000000000"},
    )

    # Acquiring: its own transactions, the same rules.
    pulled = await cf.acquiring.pull(transfer(card_id, "9.99"))
    result = await cf.acquiring.reversal({"cFiTransactionId": pulled.c_fi_transaction_id})
    assert result["reversalStatus"] == "Reversal"
    twice = await cannot(cf.acquiring.reversal({"cFiTransactionId": pulled.c_fi_transaction_id}))
    assert twice.code == "toucanCannotReverseError"
    other = await cannot(cf.acquiring.reversal({"cFiTransactionId": done.c_fi_transaction_id}))
    assert other.code == "transactionNotFound"
    app.advance()
    (final,) = items(await cf.acquiring.transactions_query({"references": [pulled.reference]}))
    assert (final.status, final.reversal_status) == ("Complete", "Reversed")


# -- combo ---------------------------------------------------------------------------------------


async def test_combo_creates_the_record_of_its_rail(
    connectfi_sandbox: SandboxServer, cf: ConnectFi
) -> None:
    app = connectfi_sandbox.app
    card = await cf.transfer_to.combo.card.register(new_card(owner=OWNER))
    card_id = str(card.c_fi_card_id)
    # The combo body is a oneOf too: the SDK generates no reference, the body carries one.
    push = await cf.transfer_to.combo.create(
        {"transferType": "push", "reference": new_reference(), **transfer(card_id)}
    )
    pull = await cf.transfer_to.combo.create(
        {"transferType": "pull", "reference": new_reference(), **transfer(card_id, "2.5")}
    )
    found = items(
        await cf.transfer_to.card.transactions_query(
            {"references": [push["reference"], pull["reference"], "unknownRef"]}
        )
    )
    assert [(t.reference, t.amount) for t in found] == [
        (push["reference"], Decimal("1.00")),
        (pull["reference"], Decimal("2.50")),
    ]
    ach = await cf.transfer_to.combo.create(
        {
            "transferType": "ach",
            "reference": new_reference(),
            "standardEntryClassCode": "WEB",
            "individualName": "John Smith",
            "routingNumber": "123456789",
            "DFIAccountNumber": "1234567890123456",
            "accountType": "Checking",
            "transactionType": "Credit",
            "amount": "7.15",
            "currency": "USD",
            "companyEntryDescription": "PAYMENT",
        }
    )
    assert ach["transferType"] == "ach"
    records = list(app.store.family("ach").values())
    assert [r["reference"] for r in records] == [ach["reference"]]
    # A combo reference is unique across transfer types. The SDK refuses the reuse before
    # sending; another process (no shared bindings) reaches the sandbox, which refuses it too.
    with pytest.raises(errors.ReferenceReusedError):
        await cf.transfer_to.combo.create(
            {"transferType": "push", "reference": ach["reference"], **transfer(card_id)}
        )
    PROCESS_BINDINGS.clear()
    reused = await cannot(
        cf.transfer_to.combo.create(
            {"transferType": "push", "reference": ach["reference"], **transfer(card_id)}
        )
    )
    assert reused.code == "referenceExists"
    assert isinstance(reused, errors.ReferenceExistsError)
    assert reused.entity_id == records[0]["cFiTransactionId"]
    invalid = await cannot(
        cf.transfer_to.combo.create(
            {"transferType": "pull", "reference": "x1", "cFiCardId": card_id, "amount": 0}
        )
    )
    assert invalid.code == "requestValidateError"


# -- clear card secrecy --------------------------------------------------------------------------


def _strings(value: Any) -> list[str]:
    if isinstance(value, dict):
        return [*value.keys(), *(s for v in value.values() for s in _strings(v))]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return [value] if isinstance(value, str) else []


async def test_a_clear_card_number_or_cvv_is_never_answered_nor_kept(
    connectfi_sandbox: SandboxServer,
) -> None:
    app = connectfi_sandbox.app
    answers: list[bytes] = []

    async def keep(response: httpx.Response) -> None:
        answers.append(await response.aread())

    async with (
        httpx.AsyncClient(event_hooks={"response": [keep]}) as http,
        connectfi_sandbox.client(retry=RETRY, http_client=http) as cf,
    ):
        registered = [
            await cf.transfer_to.card.register(new_card(owner=OWNER)),
            await cf.transfer_to.combo.card.register(new_card()),
            await cf.acquiring.register(new_card()),
        ]
        for card in registered:
            # The docs allow at most the last 4 digits, under a name not seen: the sandbox
            # answers only the documented fields.
            assert set(card.to_dict()) == {"cFiCardId", "reference"}
        card_id = str(registered[0].c_fi_card_id)
        assert (await cf.transfer_to.card.get(card_id)).c_fi_card_id == card_id
        with pytest.raises(errors.ReferenceReusedError):
            await cf.transfer_to.card.register(new_card(reference=str(registered[0].reference)))
        PROCESS_BINDINGS.clear()  # another process: the sandbox refuses the reuse
        reused = await cannot(
            cf.transfer_to.card.register(new_card(reference=str(registered[0].reference)))
        )
        assert isinstance(reused, errors.ReferenceExistsError)
        assert reused.entity_id == card_id
        await cf.transfer_to.card.push(transfer(card_id))
        await cf.transfer_to.card.pull(transfer(card_id))
        await cf.acquiring.pull(transfer(str(registered[2].c_fi_card_id)))
        await cf.transfer_to.card.list.transactions({})
        await cf.acquiring.list({})
        ciphertext = {"encryptedData": "bm90IHJlYWxseSBhIGNpcGhlcnRleHQ", "keyId": "k1"}
        encrypted = await cf.transfer_to.card.register(
            {"reference": new_reference(), "card": ciphertext}
        )
        assert "encryptedData" not in encrypted
        assert "last4" not in encrypted
        bad_key = await cannot(
            cf.acquiring.register({"reference": "k2", "card": {"encryptedData": "AAAA"}})
        )
        assert (bad_key.code, bad_key.message) == ("extToucan", "Invalid keyId")
    assert len(answers) >= 12
    for answer in answers:
        assert PAN.encode() not in answer
        assert CVV not in _strings(json.loads(answer))
    assert PAN not in repr(app.store.entities)
    assert CVV not in _strings(app.store.entities)


# -- RPPS bills ----------------------------------------------------------------------------------


async def test_bill_payment_moves_through_rpps_and_posts_the_documented_webhooks(
    connectfi_sandbox: SandboxServer, cf: ConnectFi
) -> None:
    app = connectfi_sandbox.app
    billers = await cf.transfer_to.bills.billers.download()
    assert "0011460198" in {b.biller_id for b in billers}
    receiver = Receiver()
    async with SandboxServer(app=receiver) as hooks:
        url = f"{hooks.base_url}/rpps/bill1"
        body = {
            "billerId": "0011460198",
            "accountNumber": "5550001234",
            "firstName": "Joe",
            "lastName": "Doe",
            "amount": "10.93",
            "currency": "USD",
            "deliveryTimeCode": "N",
            "webhookUrl": url,
            "narrative": "Electricity",
        }
        initiated = await cf.with_raw_response.transfer_to.bills.initiate(body)
        bill = initiated.data
        assert (bill.status, bill.amount, bill.reference) == (
            "Initiated",
            Decimal("10.93"),
            initiated.reference,
        )
        assert "5550001234" not in json.dumps(bill.to_dict(), default=str)
        assert "accountNumberMasked" not in bill.to_dict()  # not a documented field
        executed = await cf.transfer_to.bills.execute(
            {"cFiTransactionId": bill.c_fi_transaction_id}
        )
        assert executed.status == "Processing"
        again = await cannot(
            cf.transfer_to.bills.execute({"cFiTransactionId": bill.c_fi_transaction_id})
        )
        assert again.code == "rppsBillStatus"
        assert again.context == {
            "cFiTransactionId": bill.c_fi_transaction_id,
            "cFiAggregatorId": "sandbox",
            "entityStatus": "Processing",
        }
        await app.drain_webhooks()
        assert receiver.posts == [], "Initiated -> Processing posts no webhook"

        payloads: list[BillsWebhookPayload] = []
        for expected in ("Sent", "Complete", "Settled"):
            app.advance()
            await app.drain_webhooks()
            path, raw = receiver.posts[-1]
            assert path == "/rpps/bill1"
            document = json.loads(raw)
            later = {"dtsSent", "processing"} if expected != "Sent" else set()
            assert set(document) == SENT_FIELDS | later
            payload = parse_webhook(raw)
            assert isinstance(payload, BillsWebhookPayload)
            assert (payload.status, payload.reference) == (expected, initiated.reference)
            assert (payload.amount, payload.currency) == (Decimal("10.93"), "USD")
            assert payload.c_fi_transaction_id == bill.c_fi_transaction_id
            assert (payload.biller_id, payload.merchant_id) == ("0011460198", "10000001")
            assert payload.c_fi_trace_number == bill.c_fi_trace_number
            payloads.append(payload)
        assert len(receiver.posts) == 3
        processing = payloads[1].to_dict()["processing"]
        assert set(processing) == PROCESSING_FIELDS
        assert (processing["status"], processing["isReversal"]) == ("Completed", False)
        app.advance()  # Settled is final
        await app.drain_webhooks()
        assert len(receiver.posts) == 3
    assert [status for _, _, status in app.store.webhooks.sent] == [200, 200, 200]

    (settled,) = items(await cf.transfer_to.bills.query({"references": [initiated.reference]}))
    assert settled.status == "Settled"
    summary = (await cf.transfer_to.bills.summary({"date": str(date.today())})).to_dict()
    assert summary["summary"]["disburse"] == {"count": 1, "amount": Decimal("10.93")}
    assert [t["reference"] for t in summary["transactions"]] == [initiated.reference]
    assert (await cf.transfer_to.bills.query({"cFiTransactionIds": ["nope"]})) == []
    # A card account at the card biller goes encrypted (RSA-2048: 256 bytes, 344 characters).
    encrypted = base64.b64encode(bytes(range(256))).decode()
    card_bill = await cf.transfer_to.bills.initiate(
        {"billerId": "9000005588", "accountNumberEncrypted": encrypted, "amount": "20.00"}
    )
    assert card_bill.status == "Initiated"
    assert encrypted not in json.dumps(card_bill.to_dict(), default=str)
    unknown = await cannot(cf.transfer_to.bills.execute({"cFiTransactionId": "sandbox_nope"}))
    assert (unknown.code, unknown.context) == ("billNotFound", {"cFiTransactionId": "sandbox_nope"})


@pytest.mark.parametrize(
    ("change", "code"),
    [
        ({"billerId": "0000000000"}, "rppsBillerNotFound"),
        ({"billerId": "9000005588"}, "rppsAccountNumberEncrypted"),
        ({"billerId": "1234567890", "accountNumber": "12345"}, "rppsMaskMatch"),
        (
            {"accountNumber": None, "accountNumberEncrypted": "bm90IGEgY2lwaGVydGV4dA=="},
            "rppsDecryptAccountNumber",
        ),
        ({"currency": "EUR"}, "currencyNotSupported"),
        ({"webhookUrl": "https://example.com/hook"}, "webhookUrlNotAllowed"),
    ],
)
async def test_documented_bill_errors(cf: ConnectFi, change: dict[str, Any], code: str) -> None:
    body = {"billerId": "0011460198", "accountNumber": "5550001234", "amount": "5.00", **change}
    failure = await cannot(
        cf.transfer_to.bills.initiate({k: v for k, v in body.items() if v is not None})
    )
    assert (failure.code, failure.status_code) == (code, 400)
    assert "5550001234" not in json.dumps(failure.body, default=str)
