"""A FastAPI service on top of connectFi: one shared ConnectFi per app, errors mapped to HTTP.

    CONNECTFI_BASE_URL=http://127.0.0.1:8080 CONNECTFI_LOGIN=sandbox \\
    CONNECTFI_PASSWORD=sandbox-password .venv/bin/uvicorn --app-dir examples fastapi_app:app

Routes:

- ``POST /cards/{card_id}/fund`` with ``{"amount": "21.10"}`` (a decimal string) and an
  ``Idempotency-Key`` header: the connectFi reference is ``reference_from_key("fund", key)``,
  so a retried HTTP request with the same key returns the first transfer instead of paying
  twice (``"replayed": true``). The same key for another card or amount is a 409.
- ``GET /cards/{card_id}``: the card's status and balance.
- ``GET /transfers/{funds_id}``: the SDK's own transfer model, returned through
  ``to_jsonable`` (FastAPI cannot encode the SDK's attrs models itself, and would turn money
  into floats): the API's field names, money as exact decimal strings (``"21.10"``).
- ``POST /webhooks/{kind}?ref=...&tag=...``: connectFi's webhooks, trusted only after two
  checks. The URL given to connectFi is ``app.state.webhook_signer.url(endpoint, reference)``
  for the request's own reference (secret from CONNECTFI_WEBHOOK_SECRET): a missing or wrong
  tag, or a payload for another reference, is 403. Then the entity is re-read through the API
  (``confirm_webhook``): a status the API does not hold is 422. The same (family, id, status)
  confirmed before is a replay: 409. Only then is the event kept, with the API's state.

SDK errors become HTTP errors: ValidationError 422, DeclinedError 402, NotFoundError 404,
ReferenceExistsError and PreconditionError 409, anything else from connectFi 502.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from datetime import date, timedelta
from decimal import Decimal
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Header, HTTPException, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field

from connectfi_async import (
    ApiError,
    ConnectFi,
    ConnectFiError,
    DeclinedError,
    NotFoundError,
    PreconditionError,
    ReferenceExistsError,
    ReferenceReusedError,
    ValidationError,
    WebhookMismatchError,
    reference_from_key,
    to_jsonable,
)
from connectfi_async.params import (
    IbisFinancialFundsCreditParams,
    IbisInquiryTransactionHistoryParams,
)
from connectfi_async.webhooks import (
    WebhookAuthenticationError,
    WebhookError,
    WebhookKind,
    WebhookSigner,
    confirm_webhook,
    webhook_event_key,
)

DEFAULT_BASE_URL = "http://127.0.0.1:8080"
AMOUNT_PATTERN = r"^[0-9]{1,13}(\.[0-9]{1,2})?$"


def client_from_env() -> ConnectFi:
    """A ConnectFi for CONNECTFI_BASE_URL / CONNECTFI_LOGIN / CONNECTFI_PASSWORD."""
    return ConnectFi(
        os.environ.get("CONNECTFI_BASE_URL") or DEFAULT_BASE_URL,
        os.environ.get("CONNECTFI_LOGIN") or "sandbox",
        os.environ.get("CONNECTFI_PASSWORD") or "sandbox-password",
    )


class FundRequest(BaseModel):
    """The body of ``POST /cards/{card_id}/fund``."""

    amount: str = Field(pattern=AMOUNT_PATTERN, examples=["21.10"])
    description: str | None = Field(default=None, max_length=50)


class Transfer(BaseModel):
    """A funding transfer; money is a decimal string, digit for digit."""

    funds_id: str
    card_id: str
    amount: str
    currency: str
    reference: str
    replayed: bool


class CardState(BaseModel):
    """A card's status and balance."""

    card_id: str
    status: str
    status_description: str | None
    program: str | None
    balance: str | None


def connectfi(request: Request) -> ConnectFi:
    """The app's shared client (created in the lifespan)."""
    client: ConnectFi = request.app.state.connectfi
    return client


Client = Annotated[ConnectFi, Depends(connectfi)]


def _money(value: object) -> str | None:
    if isinstance(value, (Decimal, int)):
        return str(value)
    return value if isinstance(value, str) else None


async def paid_amount(cf: ConnectFi, transfer: Any) -> Decimal | None:
    """What an earlier funds transfer moved, or None when it cannot be read.

    No documented funds answer carries the amount, so it is read from the card's transaction
    history entry with the transfer's arn (history needs a card that was activated).
    """
    if transfer.c_fi_status == "Error" or not isinstance(transfer.arn, str):
        return None
    day = date.fromisoformat(str(transfer.dts_created_at)[:10])
    window: IbisInquiryTransactionHistoryParams = {
        "cFiCardId": str(transfer.c_fi_card_id),
        "dateFrom": (day - timedelta(days=1)).isoformat(),
        "dateTo": (day + timedelta(days=1)).isoformat(),
    }
    try:
        history = await cf.ibis.inquiry.transaction_history(window)
    except ConnectFiError:
        return None
    for tx in history.transactions:
        if tx.arn == transfer.arn:
            return abs(tx.amount)
    return None


def _error(status: int, exc: ConnectFiError, **extra: Any) -> JSONResponse:
    detail: dict[str, Any] = {"error": type(exc).__name__, **extra}
    if isinstance(exc, ApiError):
        detail.update(code=exc.code, subCode=exc.sub_code, requestId=exc.request_id)
        if exc.message:
            detail["message"] = exc.message
    return JSONResponse(status_code=status, content={"detail": detail})


def create_app(
    client_factory: Callable[[], ConnectFi] = client_from_env,
    *,
    webhook_secret: bytes | str | None = None,
) -> FastAPI:
    """The app; ``client_factory`` builds its one ConnectFi when the app starts.

    ``webhook_secret`` (else CONNECTFI_WEBHOOK_SECRET, else a random one for this process)
    keys the webhook URL tags.
    """

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        async with client_factory() as client:
            app.state.connectfi = client
            yield

    app = FastAPI(title="connectFi cards", lifespan=lifespan)
    app.state.webhook_events = []
    app.state.webhook_signer = WebhookSigner(
        webhook_secret or os.environ.get("CONNECTFI_WEBHOOK_SECRET") or secrets.token_bytes(32)
    )
    # What was confirmed, as (family, entity id, status): the same again is a replay.
    app.state.webhooks_confirmed = set()

    @app.exception_handler(ValidationError)
    async def refused(request: Request, exc: ValidationError) -> JSONResponse:
        violations = [{"field": v.field, "message": v.message} for v in exc.violations]
        return _error(422, exc, violations=violations)

    @app.exception_handler(ReferenceReusedError)
    async def reused(request: Request, exc: ReferenceReusedError) -> JSONResponse:
        # The key was first used for another card or amount: refused before anything was sent.
        return _error(409, exc, error="IdempotencyKeyReused")

    @app.exception_handler(DeclinedError)
    async def declined(request: Request, exc: DeclinedError) -> JSONResponse:
        return _error(402, exc)

    @app.exception_handler(NotFoundError)
    async def not_found(request: Request, exc: NotFoundError) -> JSONResponse:
        return _error(404, exc)

    @app.exception_handler(ReferenceExistsError)
    async def exists(request: Request, exc: ReferenceExistsError) -> JSONResponse:
        return _error(409, exc, entityId=exc.entity_id)

    @app.exception_handler(PreconditionError)
    async def precondition(request: Request, exc: PreconditionError) -> JSONResponse:
        return _error(409, exc)

    @app.exception_handler(ConnectFiError)
    async def upstream(request: Request, exc: ConnectFiError) -> JSONResponse:
        return _error(502, exc)

    @app.post("/cards/{card_id}/fund")
    async def fund_card(
        card_id: str,
        body: FundRequest,
        cf: Client,
        idempotency_key: Annotated[str, Header(min_length=1, max_length=200)],
    ) -> Transfer:
        """Credit the card once per Idempotency-Key, however often the request is retried."""
        amount = Decimal(body.amount)
        payload: IbisFinancialFundsCreditParams = {
            "cFiCardId": card_id,
            "amount": amount,
            "currency": "USD",
        }
        if body.description:
            payload["description"] = body.description
        result = await cf.with_raw_response.ibis.financial.funds_credit(
            payload, reference=reference_from_key("fund", idempotency_key), return_existing=True
        )
        transfer = result.data
        paid = await paid_amount(cf, transfer) if result.recovered else amount
        if result.recovered and (transfer.c_fi_card_id != card_id or paid != amount):
            raise HTTPException(
                status_code=409,
                detail={
                    "error": "IdempotencyKeyReused",
                    "message": "this Idempotency-Key was used for another card or amount",
                    "fundsId": transfer.c_fi_funds_id,
                },
            )
        return Transfer(
            funds_id=str(transfer.c_fi_funds_id),
            card_id=card_id,
            amount=body.amount,
            currency="USD",
            reference=str(result.reference),
            replayed=result.recovered,
        )

    @app.get("/cards/{card_id}")
    async def card_state(card_id: str, cf: Client) -> CardState:
        """The card's status code ("A" pre-active, "B" active, ... "F" closed) and balance."""
        card = await cf.ibis.card.status({"cFiCardId": card_id})
        status = card.status
        return CardState(
            card_id=card_id,
            status=str(getattr(status, "code", "")),
            status_description=getattr(status, "description", None),
            program=card.card_program_id or None,
            balance=_money(card.balance),
        )

    @app.get("/transfers/{funds_id}")
    async def funds_transfer(funds_id: str, cf: Client) -> dict[str, Any]:
        """A funds transfer as connectFi describes it (cFiStatus, balance, ...)."""
        (transfer,) = await cf.ibis.financial.retrieve({"cFiFundsId": funds_id})
        # The model holds no card number or other secret; mask those before returning any
        # model that does (to_jsonable returns everything it holds).
        data: dict[str, Any] = to_jsonable(transfer)
        return data

    @app.post("/webhooks/{kind}")
    async def webhook(
        kind: WebhookKind,
        request: Request,
        cf: Client,
        ref: str | None = None,
        tag: str | None = None,
    ) -> dict[str, Any]:
        """Receive a connectFi webhook at the per-request URL this app gave for it."""
        signer: WebhookSigner = app.state.webhook_signer
        try:
            event = signer.verify(await request.body(), reference=ref, tag=tag, kind=kind)
        except WebhookAuthenticationError as exc:
            raise HTTPException(status_code=403, detail=str(exc)) from None
        except WebhookError as exc:
            raise HTTPException(status_code=400, detail=str(exc)) from None
        key = webhook_event_key(event)
        confirmed: set[tuple[str, str, str]] = app.state.webhooks_confirmed
        if key in confirmed:
            raise HTTPException(status_code=409, detail="webhook replayed: already confirmed")
        confirmed.add(key)  # held while confirming, so a concurrent copy is a replay too
        try:
            entity = await confirm_webhook(cf, event)
        except WebhookMismatchError as exc:
            confirmed.discard(key)
            raise HTTPException(
                status_code=422,
                detail={"error": "WebhookMismatchError", "field": exc.field, "api": exc.actual},
            ) from None
        except BaseException:
            confirmed.discard(key)
            raise
        # A real service would enqueue the API's state here and answer at once.
        app.state.webhook_events.append(entity)
        return {"status": "confirmed", "state": key[2]}

    return app


app = create_app()
