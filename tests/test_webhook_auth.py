"""Authenticated webhooks (issue 22), end to end over real HTTP.

The sandbox posts its webhooks to per-request URLs built by ``WebhookSigner`` and served by
the FastAPI example (uvicorn on 127.0.0.1), whose ConnectFi re-reads each entity from the
sandbox (``confirm_webhook``). A genuine webhook is accepted; a forged one (no tag, a wrong
tag, a tag moved to another reference), a tampered one (a payload for another reference under
a genuine URL, a status the API does not hold) and a replayed one (the same status of the same
entity again, once confirmed) are each refused, and none reaches the app's events. Both
backends serve the app's SDK client.
"""

# mypy: disable-error-code="arg-type"
# (bodies are plain dicts built by the transfer tests' helpers)

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

import fastapi_app
import httpx
import pytest
from test_e2e_transfers import ach_body, check_body, wire_body

from connectfi_async import ConnectFi, WebhookMismatchError, new_reference
from connectfi_async.sandbox import SandboxApp
from connectfi_async.testing import SandboxServer
from connectfi_async.webhooks import (
    WebhookAuthenticationError,
    WebhookSigner,
    confirm_webhook,
    parse_webhook,
    webhook_event_key,
)

SECRET = b"receiver-only-secret-0123456789abcdef"


@dataclass
class Receiver:
    """The example app served over HTTP, the sandbox it confirms against, and an SDK client."""

    app: Any
    sandbox: SandboxApp
    http: httpx.AsyncClient  # posts to the app as anyone could
    cf: ConnectFi  # the user's own client, to create transfers
    signer: WebhookSigner

    def url(self, reference: str) -> str:
        return self.signer.url(f"{self.http.base_url}webhooks/ach", reference)

    async def ach(self) -> tuple[str, Any]:
        """A new ACH transfer whose webhooks go to its own signed URL."""
        reference = new_reference()
        ach = await self.cf.transfer_to.ach.create(
            ach_body("3.15", webhookUrl=self.url(reference)), reference=reference
        )
        return reference, ach

    async def advance(self) -> None:
        self.sandbox.advance()
        await self.sandbox.drain_webhooks()


@pytest.fixture(params=["httpx", "aiohttp"])
async def receiver(
    request: pytest.FixtureRequest, connectfi_sandbox: SandboxServer
) -> AsyncIterator[Receiver]:
    backend: str = request.param
    app = fastapi_app.create_app(
        lambda: connectfi_sandbox.client(backend=backend), webhook_secret=SECRET
    )
    async with (
        app.router.lifespan_context(app),
        SandboxServer(app=app) as served,
        httpx.AsyncClient(base_url=f"{served.base_url}/") as http,
        connectfi_sandbox.client(backend=backend) as cf,
    ):
        assert app.state.connectfi.backend == backend
        yield Receiver(app, connectfi_sandbox.app, http, cf, app.state.webhook_signer)
    await connectfi_sandbox.app.store.webhooks.aclose()


def delivered(sandbox: SandboxApp) -> list[tuple[str, dict[str, Any], int | str]]:
    return list(sandbox.store.webhooks.sent)


async def test_a_genuine_sandbox_webhook_is_verified_confirmed_and_kept(
    receiver: Receiver,
) -> None:
    reference, ach = await receiver.ach()
    await receiver.advance()  # Initiated -> Sent: the sandbox posts the webhook
    ((url, payload, status),) = delivered(receiver.sandbox)
    assert url == receiver.url(reference)
    assert (payload["reference"], payload["status"], status) == (reference, "Sent", 200)
    (event,) = receiver.app.state.webhook_events
    # What the app kept is the API's re-read transfer, not the webhook body.
    assert (event.c_fi_transaction_id, event.status) == (ach.c_fi_transaction_id, "Sent")


async def test_forged_webhooks_are_refused(receiver: Receiver) -> None:
    reference, ach = await receiver.ach()
    other, _ = await receiver.ach()
    forged = {**ach.to_dict(), "status": "Settled"}
    body = json.dumps(forged, default=str)
    guessed = [
        f"webhooks/ach?ref={reference}",  # no tag
        f"webhooks/ach?ref={reference}&tag={'0' * 64}",  # a made-up tag
        f"webhooks/ach?ref={reference}&tag={receiver.signer.tag(reference)[:-1]}x",
        f"webhooks/ach?ref={reference}&tag=%C3%A9",  # not even hex
        # Replay of a tag with another reference: the other transfer's tag on this one.
        f"webhooks/ach?ref={reference}&tag={receiver.signer.tag(other)}",
        "webhooks/ach",
    ]
    for path in guessed:
        answer = await receiver.http.post(path, content=body)
        assert answer.status_code == 403, (path, answer.text)
    # Signed by someone holding another secret.
    stranger = WebhookSigner(b"not-the-receiver-secret-0123456789")
    answer = await receiver.http.post(stranger.url("webhooks/ach", reference), content=body)
    assert answer.status_code == 403
    assert receiver.app.state.webhook_events == []


async def test_tampered_webhooks_are_refused(receiver: Receiver) -> None:
    reference, ach = await receiver.ach()
    _, other_ach = await receiver.ach()
    genuine_url = receiver.url(reference)
    # A payload for another reference under this transfer's genuine URL.
    swapped = json.dumps({**other_ach.to_dict(), "status": "Settled"}, default=str)
    answer = await receiver.http.post(genuine_url, content=swapped)
    assert answer.status_code == 403
    # The right transfer, its status raised: the API does not hold it.
    raised = json.dumps({**ach.to_dict(), "status": "Settled"}, default=str)
    answer = await receiver.http.post(genuine_url, content=raised)
    assert answer.status_code == 422
    mismatch = {"error": "WebhookMismatchError", "field": "status", "api": "Initiated"}
    assert answer.json()["detail"] == mismatch
    # An id the API does not know, under a genuine URL.
    unknown = json.dumps({**ach.to_dict(), "cFiTransactionId": "sandbox_nothing"}, default=str)
    assert (await receiver.http.post(genuine_url, content=unknown)).status_code == 422
    assert (await receiver.http.post(genuine_url, content=b"<html>")).status_code == 400
    assert receiver.app.state.webhook_events == []


async def test_a_replayed_webhook_is_refused_once_confirmed(receiver: Receiver) -> None:
    """Replay: the same status of the same entity again, after it was confirmed."""
    await receiver.ach()
    await receiver.advance()
    ((url, payload, status),) = delivered(receiver.sandbox)
    assert status == 200
    body = json.dumps(payload, default=str)
    again = await receiver.http.post(url, content=body)
    assert again.status_code == 409
    assert len(receiver.app.state.webhook_events) == 1
    # The next genuine status change is a new event, accepted.
    await receiver.advance()
    assert [s for _, p, s in delivered(receiver.sandbox)] == [200, 200]
    assert [e.status for e in receiver.app.state.webhook_events] == ["Sent", "Complete"]
    # A stale copy of the first (Sent) is both a replay and no longer the API's state.
    assert (await receiver.http.post(url, content=body)).status_code == 409


# -- the SDK's functions on their own -----------------------------------------------------------


def test_signed_urls_keep_the_endpoint_query_and_never_show_the_secret() -> None:
    signer = WebhookSigner(SECRET)
    url = signer.url("https://me.example/hooks/ach?tenant=7", "extRef1")
    assert url == f"https://me.example/hooks/ach?tenant=7&ref=extRef1&tag={signer.tag('extRef1')}"
    assert len(signer.tag("extRef1")) == 64
    assert signer.tag("extRef1") != signer.tag("extRef2")
    assert SECRET.decode() not in repr(signer)
    with pytest.raises(ValueError, match="at least 16 bytes"):
        WebhookSigner(b"short")
    with pytest.raises(WebhookAuthenticationError) as caught:
        signer.check("extRef1", signer.tag("extRef2"))
    assert signer.tag("extRef2") not in str(caught.value)


@pytest.mark.parametrize("backend", ["httpx", "aiohttp"])
async def test_confirm_returns_the_api_state_or_raises_the_typed_error(
    connectfi_sandbox: SandboxServer, backend: str
) -> None:
    async with connectfi_sandbox.client(backend=backend) as cf:
        ach = await cf.transfer_to.ach.create(ach_body("1.00"))
        genuine = parse_webhook(ach.to_dict(), kind="ach")
        confirmed = await confirm_webhook(cf, genuine)
        assert (confirmed.c_fi_transaction_id, confirmed.status) == (
            ach.c_fi_transaction_id,
            "Initiated",
        )
        assert webhook_event_key(genuine) == ("ach", ach.c_fi_transaction_id, "Initiated")
        settled = parse_webhook({**ach.to_dict(), "status": "Settled"}, kind="ach")
        with pytest.raises(WebhookMismatchError) as caught:
            await confirm_webhook(cf, settled)
        error = caught.value
        assert (error.kind, error.field, error.claimed, error.actual) == (
            "ach",
            "status",
            "Settled",
            "Initiated",
        )
        assert error.authoritative.status == "Initiated"
        # akepa: the application re-read by customer and application ids.
        made = await cf.customer.init(
            {"customerType": "individual", "customer": {"firstName": "Jo", "lastName": "Doe"}}
        )
        started = await cf.akepa.identification({"customerId": made.customer_id})
        envelope = {"code": "0", "data": started.to_dict(), "requestId": "0" * 32}
        assert (await confirm_webhook(cf, parse_webhook(envelope))).outcome == "Approved"
        envelope["data"] = {**started.to_dict(), "outcome": "Denied"}
        with pytest.raises(WebhookMismatchError) as denied:
            await confirm_webhook(cf, parse_webhook(envelope))
        assert (denied.value.field, denied.value.actual) == ("outcome", "Approved")


@pytest.mark.parametrize("backend", ["httpx", "aiohttp"])
async def test_confirm_reads_wires_checks_and_bills_by_their_ids(
    connectfi_sandbox: SandboxServer, backend: str
) -> None:
    bill = {
        "billerId": "0011460198",
        "accountNumber": "5550001234",
        "firstName": "Joe",
        "lastName": "Doe",
        "amount": "10.93",
        "currency": "USD",
        "deliveryTimeCode": "N",
    }
    async with connectfi_sandbox.client(backend=backend) as cf:
        made = {
            "wire": (await cf.transfer_to.wire.create(wire_body("1.01"))).to_dict(),
            "check": (await cf.check.print(check_body("11.13"))).to_dict(),
            "bills": (await cf.transfer_to.bills.initiate(bill)).to_dict(),
        }
        for kind, entity in made.items():
            state = "cFiCheckStatus" if kind == "check" else "status"
            genuine = parse_webhook(entity, kind=kind)
            assert (await confirm_webhook(cf, genuine)).to_dict()[state] == entity[state]
            forged = parse_webhook({**entity, state: "Cancelled"}, kind=kind)
            with pytest.raises(WebhookMismatchError) as caught:
                await confirm_webhook(cf, forged)
            assert (caught.value.kind, caught.value.field, caught.value.actual) == (
                kind,
                state,
                entity[state],
            )
