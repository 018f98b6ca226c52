"""The examples, end to end against the sandbox over real HTTP on 127.0.0.1."""

from __future__ import annotations

import asyncio
import re
import socket
from collections import Counter
from collections.abc import AsyncIterator
from decimal import Decimal

import card_lifecycle
import fastapi_app
import httpx
import pytest
import reconcile_worker
import run_demo
from fastapi import FastAPI
from reconcile_worker import Payout

from connectfi_async import ConnectFi
from connectfi_async.testing import SandboxServer

STEPS = [
    "log in",
    "create customer",
    "pass KYC",
    "open vAccount",
    "issue debit card",
    "activate card",
    "set and check PIN",
    "fund card",
    "second card",
    "card to card",
    "reverse transfer",
    "retrieve by reference",
    "transaction history",
    "apply for credit",
    "issue credit card",
    "done",
]


class Recording(httpx.AsyncBaseTransport):
    """A real HTTP transport that counts requests per path and the peak number in flight."""

    def __init__(self) -> None:
        self._inner = httpx.AsyncHTTPTransport()
        self.paths: Counter[str] = Counter()
        self.in_flight = 0
        self.peak = 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        assert request.url.host == "127.0.0.1"
        self.paths[request.url.path] += 1
        self.in_flight += 1
        self.peak = max(self.peak, self.in_flight)
        try:
            return await self._inner.handle_async_request(request)
        finally:
            self.in_flight -= 1

    async def aclose(self) -> None:
        await self._inner.aclose()


# -- the card lifecycle ------------------------------------------------------------------------


async def test_lifecycle_prints_every_step_with_exact_amounts_and_no_secrets(
    connectfi_sandbox: SandboxServer,
) -> None:
    lines: list[str] = []
    transport = Recording()
    async with connectfi_sandbox.client(transport=transport) as cf:
        await card_lifecycle.run(cf, lines.append, pin="4862")

    names = [re.sub(r"^\s*\d+\.\s+", "", line).split("  ")[0] for line in lines]
    assert names == STEPS
    text = "\n".join(lines)
    by_step = dict(zip(names, lines, strict=True))
    assert "amount=150.00 USD balance=150.00 USD" in by_step["fund card"]
    assert "amount=21.10 USD from=128.90 USD to=21.10 USD" in by_step["card to card"]
    assert "reversed=21.10 USD" in by_step["reverse transfer"]
    assert "limit=1000.00 USD" in by_step["issue credit card"]
    assert "3 transactions (pages of 2)" in by_step["transaction history"]
    assert "net=150.00 USD" in by_step["transaction history"]
    # The reference the card-to-card call generated finds that same transfer.
    reference = re.search(r"reference=(\w+)", by_step["card to card"])
    assert reference is not None
    assert f"reference={reference.group(1)}" in by_step["retrieve by reference"]

    store = connectfi_sandbox.app.store
    cards = list(store.cards.values())
    assert sorted(c.program_type for c in cards) == ["credit", "debit", "debit", "vAccountOnly"]
    assert sorted(c.balance for c in cards if c.program_type == "debit") == [0, Decimal("150.00")]
    assert [c.pin for c in cards if c.pin] == ["4862"]
    assert "4862" not in text
    for card in cards:
        assert card.card_number not in text
        assert card.account_number not in text
    # The history was walked two records at a time: a full page, then a short one.
    assert transport.paths["/ibis/inquiry/transaction-history"] == 2
    assert transport.paths["/auth/get-token"] == 1


# -- the FastAPI app ---------------------------------------------------------------------------


@pytest.fixture
def api_app(connectfi_sandbox: SandboxServer, monkeypatch: pytest.MonkeyPatch) -> FastAPI:
    """The FastAPI app, configured from the environment to use the sandbox."""
    monkeypatch.setenv("CONNECTFI_BASE_URL", connectfi_sandbox.base_url)
    monkeypatch.setenv("CONNECTFI_LOGIN", connectfi_sandbox.login)
    monkeypatch.setenv("CONNECTFI_PASSWORD", connectfi_sandbox.password)
    return fastapi_app.create_app()


@pytest.fixture
async def api(
    api_app: FastAPI, connectfi_sandbox: SandboxServer
) -> AsyncIterator[httpx.AsyncClient]:
    """A client of the app, its lifespan entered, served by uvicorn on 127.0.0.1."""
    app = api_app
    async with app.router.lifespan_context(app), SandboxServer(app=app) as served:
        shared: ConnectFi = app.state.connectfi
        assert str(shared.http_client.base_url).rstrip("/") == connectfi_sandbox.base_url
        async with httpx.AsyncClient(base_url=served.base_url) as http:
            yield http
    assert shared.http_client.is_closed


async def new_card(sandbox: SandboxServer) -> str:
    async with sandbox.client() as cf:
        customer_id = await card_lifecycle.create_approved_customer(cf)
        return await card_lifecycle.issue_debit_card(cf, customer_id)


async def test_api_funding_twice_with_one_idempotency_key_pays_once(
    api: httpx.AsyncClient, connectfi_sandbox: SandboxServer
) -> None:
    card_id = await new_card(connectfi_sandbox)
    fund = f"/cards/{card_id}/fund"
    first = await api.post(fund, json={"amount": "21.10"}, headers={"Idempotency-Key": "order-7"})
    again = await api.post(fund, json={"amount": "21.10"}, headers={"Idempotency-Key": "order-7"})
    assert first.status_code == again.status_code == 200, (first.text, again.text)
    assert first.json()["replayed"] is False
    assert again.json()["replayed"] is True
    assert again.json()["funds_id"] == first.json()["funds_id"]
    assert first.json()["amount"] == again.json()["amount"] == "21.10"

    state = await api.get(f"/cards/{card_id}")
    assert state.status_code == 200
    assert state.json()["balance"] == "21.10"
    assert state.json()["status"] == "B"
    assert len(connectfi_sandbox.app.store.transfers) == 1

    other = await api.post(fund, json={"amount": "0.05"}, headers={"Idempotency-Key": "order-8"})
    assert other.status_code == 200
    assert (await api.get(f"/cards/{card_id}")).json()["balance"] == "21.15"


async def test_api_returns_an_sdk_model_with_exact_money_strings(
    api: httpx.AsyncClient, connectfi_sandbox: SandboxServer
) -> None:
    card_id = await new_card(connectfi_sandbox)
    for key, amount in (("a", "21.10"), ("b", "0.20")):
        paid = await api.post(
            f"/cards/{card_id}/fund", json={"amount": amount}, headers={"Idempotency-Key": key}
        )
        assert paid.status_code == 200, paid.text
    funds_id = paid.json()["funds_id"]

    found = await api.get(f"/transfers/{funds_id}")
    assert found.status_code == 200, found.text
    transfer = found.json()
    # The API's own field names, and money as its exact decimal string, never a float.
    assert transfer["cFiFundsId"] == funds_id
    assert (transfer["cFiCardId"], transfer["cFiStatus"]) == (card_id, "Complete")
    assert transfer["balance"] == "21.30"
    assert '"balance":"21.30"' in found.text
    assert transfer["fee"] == "0"
    assert not any(isinstance(value, float) for value in transfer.values())

    missing = await api.get("/transfers/ifnd_doesNotExist")
    assert missing.status_code == 404
    assert missing.json()["detail"]["code"] == "ibisFundsTransferNotFound"


async def test_api_maps_sdk_errors_to_http_statuses(
    api: httpx.AsyncClient, connectfi_sandbox: SandboxServer
) -> None:
    card_id = await new_card(connectfi_sandbox)
    fund = f"/cards/{card_id}/fund"
    key = {"Idempotency-Key": "k1"}

    unknown = await api.get("/cards/icrd_doesNotExist")
    assert unknown.status_code == 404
    assert unknown.json()["detail"]["code"] == "cardNotFound"

    # Refused by the SDK before sending: the spec's Id pattern, the Amount minimum.
    bad_id = await api.get("/cards/not-an-id")
    assert bad_id.status_code == 422
    assert bad_id.json()["detail"]["violations"][0]["field"] == "cFiCardId"
    zero = await api.post(fund, json={"amount": "0.00"}, headers=key)
    assert zero.status_code == 422
    assert zero.json()["detail"]["error"] == "ValidationError"
    # Refused by the app itself: not a decimal string with at most two places, no key.
    assert (await api.post(fund, json={"amount": "1.005"}, headers=key)).status_code == 422
    assert (await api.post(fund, json={"amount": 1.5}, headers=key)).status_code == 422
    assert (await api.post(fund, json={"amount": "1.50"})).status_code == 422

    paid = await api.post(fund, json={"amount": "5.00"}, headers=key)
    assert paid.status_code == 200
    reused = await api.post(fund, json={"amount": "6.00"}, headers=key)
    assert reused.status_code == 409
    assert reused.json()["detail"]["error"] == "IdempotencyKeyReused"

    async with connectfi_sandbox.client() as cf:
        await cf.ibis.card.set_status({"cFiCardId": card_id, "statusCode": "F"})
    closed = await api.post(fund, json={"amount": "1.00"}, headers={"Idempotency-Key": "k2"})
    assert closed.status_code == 402
    assert closed.json()["detail"]["subCode"] == "SD"

    assert connectfi_sandbox.app.store.cards[card_id].balance == Decimal("5.00")
    # The paid transfer, and the declined one kept with cFiStatus "Error".
    transfers = connectfi_sandbox.app.store.transfers.values()
    assert sorted(t.error is None for t in transfers) == [False, True]


# -- the reconciliation worker -----------------------------------------------------------------

CARDS = 200
PAYOUTS = 2000
# Below the worker's default of 50: httpcore's pool scans every open connection on each request,
# so on one event loop (client and sandbox together) 10 connections finish this batch faster.
CONCURRENCY = 10


@pytest.mark.slow
async def test_worker_pays_each_payout_once_and_a_rerun_pays_nothing_new(
    connectfi_sandbox: SandboxServer,
) -> None:
    async with connectfi_sandbox.client() as cf:
        customer_id = await card_lifecycle.create_approved_customer(cf)

        async def issue(_: int) -> str:
            return await card_lifecycle.issue_debit_card(cf, customer_id, activate=False)

        cards = await reconcile_worker.bounded(range(CARDS + 1), issue, CONCURRENCY)
        closed = cards.pop()
        await cf.ibis.card.set_status({"cFiCardId": closed, "statusCode": "F"})

    # Amounts from 0.01 to 9.97 USD, spread over the cards; two payouts cannot be made.
    payouts = [
        Payout(f"invoice-{i}", cards[i % CARDS], Decimal(i % 997 + 1).scaleb(-2))
        for i in range(PAYOUTS)
    ]
    expected = sum((p.amount for p in payouts), Decimal("0.00"))
    per_card: dict[str, Decimal] = {card: Decimal("0.00") for card in cards}
    for payout in payouts:
        per_card[payout.card_id] += payout.amount
    unpayable = [
        Payout("invoice-closed", closed, Decimal("1.00")),
        Payout("invoice-ghost", "icrd_doesNotExist", Decimal("1.00")),
        Payout("invoice-typo", "not a card id", Decimal("1.00")),
    ]
    batch = payouts + unpayable
    store = connectfi_sandbox.app.store

    transport = Recording()
    async with connectfi_sandbox.client(transport=transport) as cf:
        first = await reconcile_worker.reconcile(cf, batch, CONCURRENCY)
    assert (first.paid, first.already_paid, first.failed) == (PAYOUTS, 0, 3)
    assert first.paid_amount == expected
    assert first.total_amount == expected
    assert str(first.total_amount) == str(expected)  # exact cents, no float anywhere
    assert first.failures == {
        "invoice-closed": "card is closed",
        "invoice-ghost": "card not found",
        "invoice-typo": "card not found",
    }
    assert {card: store.cards[card].balance for card in cards} == per_card
    assert store.cards[closed].balance == 0
    assert len(store.transfers) == PAYOUTS
    # Every distinct card's status was looked up once, concurrently but bounded.
    assert transport.paths["/ibis/card/status"] == CARDS + 2  # the typo is refused unsent
    assert transport.paths["/ibis/financial/funds-credit"] == PAYOUTS
    assert 1 < transport.peak <= CONCURRENCY

    transport = Recording()
    async with connectfi_sandbox.client(transport=transport) as cf:
        second = await reconcile_worker.reconcile(cf, batch, CONCURRENCY)
    assert (second.paid, second.already_paid, second.failed) == (0, PAYOUTS, 3)
    assert second.paid_amount == 0
    assert second.already_paid_amount == expected
    assert second.total_amount == expected
    # The re-run found the very transfers the first run made, and moved no money.
    assert second.transfers == first.transfers
    assert {card: store.cards[card].balance for card in cards} == per_card
    assert len(store.transfers) == PAYOUTS
    assert 1 < transport.peak <= CONCURRENCY


async def test_worker_resumes_a_batch_that_stopped_halfway(
    connectfi_sandbox: SandboxServer,
) -> None:
    async with connectfi_sandbox.client() as cf:
        customer_id = await card_lifecycle.create_approved_customer(cf)
        card = await card_lifecycle.issue_debit_card(cf, customer_id)
        payouts = [Payout(f"run-{i}", card, Decimal("0.10")) for i in range(30)]
        head = await reconcile_worker.reconcile(cf, payouts[:12], concurrency=4)
        whole = await reconcile_worker.reconcile(cf, payouts, concurrency=4)
        with pytest.raises(ValueError, match="unique"):
            await reconcile_worker.reconcile(cf, payouts + payouts[:1])
    assert (head.paid, head.already_paid) == (12, 0)
    assert (whole.paid, whole.already_paid, whole.failed) == (18, 12, 0)
    assert whole.paid_amount == Decimal("1.80")
    assert whole.total_amount == Decimal("3.00")
    assert connectfi_sandbox.app.store.cards[card].balance == Decimal("3.00")


async def test_bounded_cancels_the_others_when_one_fails() -> None:
    started: list[int] = []
    cancelled: list[int] = []

    async def work(item: int) -> int:
        started.append(item)
        if item == 0:
            raise RuntimeError("boom")
        try:
            await asyncio.Event().wait()  # would never finish on its own
        except asyncio.CancelledError:
            cancelled.append(item)
            raise
        return item

    with pytest.raises(RuntimeError, match="boom"):
        await reconcile_worker.bounded(range(10), work, concurrency=3)
    # The gate held most of the others back (the slot the failure freed may have let one in),
    # and every one that had started was cancelled: nothing keeps running after the error.
    assert started[:3] == [0, 1, 2]
    assert len(started) <= 4
    assert sorted(cancelled) == started[1:]


# -- make demo ---------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


def test_run_demo_starts_the_sandbox_runs_the_lifecycle_and_stops_it(
    capfd: pytest.CaptureFixture[str],
) -> None:
    port = free_port()
    assert run_demo.main(["--port", str(port)]) == 0
    out = capfd.readouterr().out
    assert f"card lifecycle against http://127.0.0.1:{port}" in out
    for number, name in enumerate(STEPS, start=1):
        assert re.search(rf"^\s*{number}\. {re.escape(name)}\s", out, re.MULTILINE), name
    assert run_demo.port_is_free(port)  # the sandbox was stopped


def test_run_demo_refuses_a_port_in_use(capfd: pytest.CaptureFixture[str]) -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        assert run_demo.main(["--port", str(port)]) == 2
    assert "in use" in capfd.readouterr().out
