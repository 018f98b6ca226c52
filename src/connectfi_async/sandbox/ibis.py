"""The 19 /ibis endpoints with the documented rules: card statuses, PINs, money, credit."""

from __future__ import annotations

import secrets
import string
from datetime import datetime, timedelta, timezone
from decimal import Context, Decimal
from typing import Any

from .errors import ApiFailure, decline, not_found
from .registry import handles
from .state import (
    CENT,
    PROGRAMS,
    Application,
    Card,
    Store,
    Transfer,
    money,
    new_id,
    parse_day,
    timestamp,
)

STATUS_TEXT = {
    "A": "Card was issued but has not yet been activated",
    "B": "Open - All Transactions Allowed",
    "I": "Inactive",
    "S": "OFF, FRAUD or LOST",
    "F": "Closed",
}
# The documented table of /ibis/card/set-status changes.
TRANSITIONS = {"A": "BFIS", "B": "FIS", "I": "FS", "S": "BF", "F": ""}
ROUTING_NUMBER = "122244184"
CREDIT_APPROVAL_LIMIT = Decimal(2700)
MIN_APPROVED_INCOME = Decimal(10000)
MAX_PIN_FAILURES = 3
# How long /ibis/card/check-pin stays locked after MAX_PIN_FAILURES wrong PINs in a row.
PIN_LOCK = timedelta(hours=24)


def _trans_id() -> str:
    return "F" + "".join(secrets.choice(string.digits) for _ in range(10))


def _ctx(**extra: Any) -> dict[str, Any]:
    return {"transId": _trans_id(), **extra, "fee": 0}


def _cents(value: Decimal) -> Decimal:
    # Amounts have no documented maximum: quantize with as many digits as the value needs
    # (the default 28 would make a huge spec-valid amount fail with InvalidOperation).
    return value.quantize(CENT, context=Context(prec=max(28, value.adjusted() + 3)))


def _error_card_view(card: Card) -> dict[str, Any]:
    # The seed's card/list example: a declined card has no back-office fields or balances.
    return {
        "cFiCardId": card.card_id,
        "cFiStatus": "Error",
        "error": card.error,
        "customerId": card.customer_id,
        "cFiAggregatorId": "sandbox",
        "reference": card.reference,
        "memberNumber": "cstcp_" + card.customer_id.split("_", 1)[-1],
        "cardProgramId": card.program.program_id,
        "programType": card.program_type,
        "dtsCreatedAt": card.created,
    }


def _card_view(card: Card, **extra: Any) -> dict[str, Any]:
    view: dict[str, Any] = {
        "cFiCardId": card.card_id,
        "cFiStatus": "Complete",
        "customerId": card.customer_id,
        "cFiAggregatorId": "sandbox",
        "reference": card.reference,
        "memberNumber": "cstcp_" + card.customer_id.split("_", 1)[-1],
        "cardProgramId": card.program.program_id,
        "programType": card.program_type,
        "boReferenceId": card.card_id[-12:],
        "boCustomerId": "333" + card.account_number[:15],
        "vAccountNumber": card.account_number,
        "abaRoutingNumber": ROUTING_NUMBER,
        "dtsCreatedAt": card.created,
        "status": {"code": card.status, "description": STATUS_TEXT[card.status]},
        **extra,
        "fee": 0,
        "balance": _cents(card.balance),
        "lastDepositAmount": _cents(card.last_deposit),
        "ledgerBalance": _cents(card.balance),
    }
    return view


def _kyc_initialized(store: Store, customer_id: str) -> None:
    # Checking that KYC/KYB is approved is documented as the client's responsibility; only a
    # credit application documents a refusal (kycNotInitialized), when no KYC was started.
    customer = store.customer(customer_id)
    if customer.kyc_status is None:
        raise ApiFailure(
            "kycNotInitialized",
            "KYC/KYB identification not found for this customer.",
            context={"customerId": customer_id},
        )


def _program(program_id: str, kind: str, customer_type: str) -> Any:
    program = PROGRAMS.get(program_id)
    if program is None or program.program_type != kind:
        raise ApiFailure(
            "ibisProgramNotSupported",
            "The requested card or account program is not supported for this customer.",
            context={"programId": program_id, "customerType": customer_type},
        )
    if program.closed:
        raise ApiFailure(
            "ibisProgramIdClosed",
            "The requested card or account program is closed for opening new cards/accounts.",
            context={"programId": program_id},
        )
    return program


def _find_card(store: Store, body: dict[str, Any], *, errored: bool = False) -> Card:
    card_id = body.get("cFiCardId") or store.references.get(("card", body.get("reference", "")))
    if card_id is None:
        raise ApiFailure(
            "cardNotFound", "Card not found.", context={"reference": body["reference"]}
        )
    return store.card(card_id, errored=errored)


def _record(card: Card, amount: Decimal, description: str, service: str, arn: str) -> None:
    when = datetime.now(timezone.utc)
    card.history.append(
        {
            "transId": _trans_id(),
            "traceAuditNo": _trans_id()[1:],
            "accountNumber": card.account_number,
            "transTypeId": "40" if service == "C2C_FUNDS_TRSFR" else "21",
            "businessDate": when.strftime("%m/%d/%Y"),
            "acceptorNameAndLocation": "USA",
            "availableBalance": f"{_cents(card.balance):.2f}",
            "amount": f"{_cents(amount):.2f}",
            "description": description,
            "messageTypeIdentifier": "0200",
            "billed": "N",
            "arn": arn,
            "mcc": "0",
            "deviceType": "H",
            "transDate": when.strftime("%Y-%m-%dT%H:%M:%S"),
            "remainingBalance": f"{_cents(card.balance):.2f}",
            "panSequenceNo": "00",
            "localDateTime": when.strftime("%Y-%m-%d %H:%M:%S"),
            "serviceId": service,
            "isRecurring": "N",
            "is3DSecure": "N",
            "isDigitalWalletTrans": "N",
            "isPaymentTrans": "I",
        }
    )


# -- issuing -----------------------------------------------------------------------------------


@handles("ibisAccountAdd")
def account_add(store: Store, body: Any, params: dict[str, str]) -> Any:
    store.check_reference("card", body["reference"])
    store.customer(body["customerId"])
    program = PROGRAMS["d_gpr_test"]
    card = Card(new_id("icrd_"), body["customerId"], body["reference"], program, "vAccountOnly")
    store.claim_reference("card", card.reference, card.card_id)
    store.cards[card.card_id] = card
    view = _card_view(card, transId=_trans_id())
    view["cFiAccountId"] = view.pop("cFiCardId")
    view["accountProgramId"] = view.pop("cardProgramId")
    del view["status"]  # the documented vAccount answer carries cFiStatus only
    return view


def _issue(store: Store, card: Card, body: dict[str, Any]) -> dict[str, Any]:
    """Record a new debit or credit card and answer with its number, as issuing does."""
    card.name_on_card = body["profile"]["nameOnCard"]
    store.claim_reference("card", card.reference, card.card_id)
    store.cards[card.card_id] = card
    return _card_view(
        card,
        newCardNumber={"number": card.card_number, "expiryDate": card.expiry},
        nameOnCard=card.name_on_card,
        transId=_trans_id(),
    )


@handles("ibisDebitCardAdd")
def debit_card_add(store: Store, body: Any, params: dict[str, str]) -> Any:
    store.check_reference("card", body["reference"])
    customer = store.customer(body["customerId"])
    if "allocatedCreditLimit" in body:
        raise ApiFailure(
            "ibisAllocatedCreditLimit",
            "Set allocatedCreditLimit if and only if the card type is credit.",
            context={"reference": body["reference"], "cardtype": "debit"},
        )
    program = _program(body["cardProgramId"], "debit", customer.customer_type)
    if "cFiPrimaryCardId" in body:
        store.card(body["cFiPrimaryCardId"])
    card = Card(new_id("icrd_"), customer.customer_id, body["reference"], program, "debit")
    return _issue(store, card, body)


@handles("ibisCreditCardApplication")
def credit_application(store: Store, body: Any, params: dict[str, str]) -> Any:
    _kyc_initialized(store, body["customerId"])
    approved = money(body["totalAnnualIncome"]) >= MIN_APPROVED_INCOME
    application = Application(
        new_id("gsa_"),
        body["customerId"],
        "Approve" if approved else "Decline",
        CREDIT_APPROVAL_LIMIT if approved else Decimal(0),
    )
    store.applications[application.application_id] = application
    return _application_view(application)


def _application_view(application: Application) -> dict[str, Any]:
    view: dict[str, Any] = {
        "applicationId": application.application_id,
        "customerId": application.customer_id,
        "creditFreeze": False,
        "decision": application.decision,
        "adverseAction": [] if application.decision == "Approve" else ["Insufficient income"],
    }
    if application.decision == "Approve":
        view["creditLimit"] = application.credit_limit
        view["creditLimitCurrency"] = "USD"
    return view


@handles("ibisCreditCardApplicationGet")
def credit_application_get(store: Store, body: Any, params: dict[str, str]) -> Any:
    application = store.applications.get(params["applicationId"])
    if application is None:
        raise not_found(
            "ibisApplicationNotFound",
            "Credit application not found.",
            applicationId=params["applicationId"],
        )
    return _application_view(application)


@handles("ibisCreditCardAdd")
def credit_card_add(store: Store, body: Any, params: dict[str, str]) -> Any:
    store.check_reference("card", body["reference"])
    customer = store.customer(body["customerId"])
    application = store.applications.get(body["applicationId"])
    if application is None or application.customer_id != customer.customer_id:
        raise not_found(
            "ibisApplicationNotFound",
            "Credit application not found.",
            applicationId=body["applicationId"],
        )
    if application.decision != "Approve":
        raise ApiFailure(
            "ibisApplicationIsNotApproved",
            "Application is not APPROVED.",
            context={"applicationId": application.application_id},
        )
    program = _program(body["cardProgramId"], "credit", customer.customer_type)
    limit = money(body["creditLimit"])
    if limit > application.credit_limit - application.allocated:
        raise ApiFailure(
            "ibisApplicationCreditLimit",
            "Credit limit in application is less than the requested credit limit.",
            context={
                "applicationId": application.application_id,
                "creditLimit": application.credit_limit - application.allocated,
            },
        )
    card = Card(new_id("icrd_"), customer.customer_id, body["reference"], program, "credit")
    try:
        if limit > program.max_credit_limit:
            raise decline(
                "12",
                "New Card Purchase Decline (Allocated credit limit must be less than "
                f"or equal to [{program.max_credit_limit:.1f}]; )",
                **_ctx(),
            )
        if limit < program.min_credit_limit:
            raise decline(
                "12",
                "New Card Purchase Decline (Allocated credit limit must be greater "
                f"than or equal to [{program.min_credit_limit:.1f}]; )",
                **_ctx(),
            )
    except ApiFailure as failure:
        # The card entity exists in connectFi with cFiStatus "Error" (as the seed's card/list
        # example shows) and its reference is used up.
        card.error = {"code": failure.sub_code, "message": failure.message}
        store.claim_reference("card", card.reference, card.card_id)
        store.cards[card.card_id] = card
        raise
    card.credit_limit = limit
    application.allocated += limit
    return _issue(store, card, body)


# -- card management ---------------------------------------------------------------------------


@handles("ibisCardActivate")
def activate(store: Store, body: Any, params: dict[str, str]) -> Any:
    card = store.card(body["cFiCardId"])
    if card.status == "B":
        raise decline("97", "Activate Debit Card Decline (Card is already active)", **_ctx())
    if card.status == "F":
        raise decline("SD", "Activate Debit Card Decline (Closed Card)", **_ctx())
    expiry = ((body.get("attributes") or {}).get("cardExpDate")) or None
    if expiry is not None and not 1 <= int(expiry[:2]) <= 12:
        raise ApiFailure("ibisCardExpirationFormat", "Card expiration date must be MMYY.")
    card.status = "B"
    return _card_view(card, expiryDate=card.expiry, transId=_trans_id())


@handles("ibisCardSetPin")
def set_pin(store: Store, body: Any, params: dict[str, str]) -> Any:
    card = store.card(body["cFiCardId"])
    refusals = {
        "S": ("59", "Set Card PIN Decline (Suspected Fraud Hit, Card is Already Blocked)"),
        "I": ("SA", "Set Card PIN Decline (Inactive Card)"),
        "F": ("SD", "Set Card PIN Decline (Closed Card)"),
    }
    if card.status in refusals:
        raise decline(*refusals[card.status], **_ctx())
    card.pin = body["pin"]
    return _card_view(card, cardProgramName=card.program.name, transId=_trans_id())


@handles("ibisCardCheckPin")
def check_pin(store: Store, body: Any, params: dict[str, str]) -> Any:
    card = store.card(body["cFiCardId"])
    masked = card.masked_number
    refusals = {
        "A": ("PA", f"Card Number({masked}) is pre-active"),
        "S": ("59", f"Card Number({masked}) is blocked due to suspected fraud"),
        "I": ("SA", f"Card Number({masked}) is inactive"),
        "F": ("SD", f"Card Number({masked}) is closed"),
    }
    locked = card.pin_locked_until
    if locked is not None and locked > datetime.now(timezone.utc):
        raise ApiFailure(
            "ibisCheckPinCardLocked",
            "CheckPinCard method is locked",
            context={
                "cFiCardId": card.card_id,
                "maxAttempts": MAX_PIN_FAILURES,
                "until": timestamp(locked),
            },
        )
    if card.status in refusals:
        raise decline(*refusals[card.status], **_ctx())
    if card.pin is None or not secrets.compare_digest(card.pin, body["pin"]):
        card.pin_failures += 1
        if card.pin_failures >= MAX_PIN_FAILURES:
            card.pin_failures = 0
            card.pin_locked_until = datetime.now(timezone.utc) + PIN_LOCK
        raise decline("55", f"Invalid PIN supplied for Card No({masked})", **_ctx())
    card.pin_failures = 0
    return _card_view(card, transId=_trans_id())


@handles("ibisCardStatus")
def status(store: Store, body: Any, params: dict[str, str]) -> Any:
    card = _find_card(store, body, errored=True)
    if card.error is not None:
        return _error_card_view(card)
    until = card.pin_locked_until
    locked = until is not None and until > datetime.now(timezone.utc)
    return _card_view(
        card,
        isBadPinTriesExceeded="Y" if locked else "N",
        transitionFlag="N",
        isOfflinePinTryLimitExceeded="N",
    )


@handles("ibisCardSetStatus")
def set_status(store: Store, body: Any, params: dict[str, str]) -> Any:
    card = store.card(body["cFiCardId"])
    wanted = body["statusCode"]
    if card.status == "F":
        raise decline("SD", f"Card Number({card.masked_number}) is closed", **_ctx())
    if wanted not in TRANSITIONS[card.status]:
        raise decline(
            "57",
            f"Changing card status from existing status to status ({wanted}) is not allowed "
            f"for card ({card.masked_number})",
            **_ctx(),
        )
    card.status = wanted
    return _card_view(card, cardProgramName=card.program.name, transId=_trans_id())


@handles("ibisCardCardholderProfile")
def cardholder_profile(store: Store, body: Any, params: dict[str, str]) -> Any:
    card = _find_card(store, body)
    if card.status == "F":
        raise ApiFailure(
            "extIbis",
            "Get Cardholder Profile Decline (Closed Card)",
            sub_code="SD",
            context={"fee": 0, "lastDepositAmount": 0},
        )
    customer = store.customer(card.customer_id)
    names = [*str(card.name_on_card or "").split(" ", 1), ""]
    # Customer data may hold anything (open schemas): only a string is a name.
    first, last = customer.data.get("firstName"), customer.data.get("lastName")
    return _card_view(
        card,
        statusCode=card.status,
        firstName=first if isinstance(first, str) else names[0],
        lastName=last if isinstance(last, str) else names[1],
        cardNumber=card.card_number[:6] + "******" + card.card_number[-4:],
        expDate=f"20{card.expiry[-2:]}-{card.expiry[:2]}-28",
        cardType="E",
        cardDeliveryMode="P",
        cipCleared="N",
        pseudoDdaNumbers=[{"pseudoDdaNumber": card.account_number}],
    )


@handles("ibisCardReissue")
def reissue(store: Store, body: Any, params: dict[str, str]) -> Any:
    card = store.card(body["cFiCardId"])
    if card.status == "F":
        raise decline("SD", "Update Profile (OFAC/AVS) Decline (Closed Card)", **_ctx())
    if body["reasonCode"] in card.program.refused_reissue_reasons:
        raise decline(
            "57",
            "Reissue Damaged Card Decline (Reissue Damaged Card Service is Not Allowed)",
            **_ctx(),
        )
    if body["reissueType"] != "3":
        card.expiry = "122032" if body["reissueType"] == "2" else card.expiry
        return _card_view(card, transId=_trans_id())
    store.check_reference("card", body["reference"])
    new = Card(
        new_id("icrd_"),
        card.customer_id,
        body["reference"],
        card.program,
        card.program_type,
        balance=card.balance,
        credit_limit=card.credit_limit,
        name_on_card=card.name_on_card,
        account_number=card.account_number,
    )
    new.status = "B" if body.get("activateNewCard") == "Y" else "A"
    new.pin = card.pin
    card.status, card.balance = "F", Decimal(0)
    store.claim_reference("card", new.reference, new.card_id)
    store.cards[new.card_id] = new
    return _card_view(new, newCardReferenceId=new.card_id[-12:], transId=_trans_id())


@handles("ibisCardList")
def card_list(store: Store, body: Any, params: dict[str, str]) -> Any:
    store.customer(body["customerId"])
    return [
        _error_card_view(card) if card.error is not None else _card_view(card)
        for card in store.cards.values()
        if card.customer_id == body["customerId"]
    ]


# -- money -------------------------------------------------------------------------------------


def _usd(body: dict[str, Any]) -> None:
    if body["currency"] != "USD":
        raise ApiFailure("ibisFundsCurrency", f"Currency {body['currency']} is not support")


def _funds_view(transfer: Transfer, card: Card | None) -> dict[str, Any]:
    # Only documented fields: no funds answer in the documentation carries amount or currency.
    # ``card`` is the card the call acted on; None for a lookup (retrieve).
    view: dict[str, Any] = {
        "reference": transfer.reference,
        "cFiFundsId": transfer.funds_id,
        "cFiAggregatorId": "sandbox",
        "type": transfer.kind,
    }
    if transfer.kind == "cardToCard":
        view["cardFromId"], view["cardToId"] = transfer.card_from_id, transfer.card_to_id
    else:
        view["cFiCardId"] = transfer.card_id
    if transfer.error is not None:
        # Declined by the back office: no back-office IDs or balances, as for an "Error" card.
        view.update(
            {"cFiStatus": "Error", "error": transfer.error, "dtsCreatedAt": transfer.created}
        )
        return view
    snapshot = transfer.snapshot
    if card is None:
        # A retrieved transfer shows the balances only: the documented retrieve answer has none
        # of the fields a transfer call adds (cardPrgName, outstandingSettlementBalance, ...).
        snapshot = {key: snapshot[key] for key in _BALANCE_KEYS if key in snapshot}
    view.update(
        {
            "cFiStatus": "Complete",
            "boTransId": transfer.bo_trans_id,
            "arn": transfer.arn,
            "fee": 0,
            **snapshot,
            "dtsCreatedAt": transfer.created,
        }
    )
    if transfer.reversal is not None:
        view["reversal"] = transfer.reversal
    return view


_BALANCE_KEYS = ("balance", "lastDepositAmount", "ledgerBalance")


def _balances(card: Card) -> dict[str, Any]:
    return {
        "balance": _cents(card.balance),
        "lastDepositAmount": _cents(card.last_deposit),
        "ledgerBalance": _cents(card.balance),
    }


def _pull_refusal(card: Card, prefix: str, context: dict[str, Any]) -> None:
    refusals = {
        "A": ("PA", f"{prefix} (Pre-Active Card)"),
        "S": ("59", f"{prefix} (Card is Blocked)"),
        "I": ("SA", f"{prefix} (Inactive Card)"),
        "F": ("SD", f"{prefix} (Closed Card)"),
    }
    if card.status in refusals:
        raise decline(*refusals[card.status], **context)


def _declined(store: Store, transfer: Transfer, failure: ApiFailure) -> ApiFailure:
    """Record a transfer the back office declined: it stays in connectFi with cFiStatus
    "Error", its reference is used up, and retrieve finds it."""
    transfer.error = {"code": failure.sub_code, "message": failure.message}
    store.claim_reference("funds", transfer.reference, transfer.funds_id)
    store.transfers[transfer.funds_id] = transfer
    return failure


@handles("ibisFinancialFundsCredit")
def funds_credit(store: Store, body: Any, params: dict[str, str]) -> Any:
    store.check_reference("funds", body["reference"])
    card = store.card(body["cFiCardId"])
    _usd(body)
    amount = money(body["amount"])
    transfer = Transfer(
        new_id("ifnd_"),
        body["reference"],
        "credit",
        amount,
        "USD",
        card_id=card.card_id,
        description=body.get("description"),
    )
    if card.status == "F":
        raise _declined(
            store, transfer, decline("SD", "Funds Credit Decline (Closed Card)", **_ctx())
        )
    store.claim_reference("funds", transfer.reference, transfer.funds_id)
    card.balance += amount
    card.last_deposit = amount
    _record(card, amount, body.get("description") or "Funds credit", "SW_DEPOSIT", transfer.arn)
    transfer.snapshot = {**_balances(card), "outstandingSettlementBalance": 0}
    store.transfers[transfer.funds_id] = transfer
    return _funds_view(transfer, card)


@handles("ibisFinancialFundsDebit")
def funds_debit(store: Store, body: Any, params: dict[str, str]) -> Any:
    store.check_reference("funds", body["reference"])
    card = store.card(body["cFiCardId"])
    _usd(body)
    status = {"code": card.status, "description": STATUS_TEXT[card.status]}
    context = {"status": status, "cardPrgName": card.program.name, **_ctx(arn=_arn())}
    amount = money(body["amount"])
    transfer = Transfer(
        new_id("ifnd_"),
        body["reference"],
        "debit",
        amount,
        "USD",
        card_id=card.card_id,
        description=body.get("description"),
    )
    try:
        _pull_refusal(card, "Cash Withdrawal Decline", context)
        if amount > card.available:
            raise decline(
                "51",
                "Manual Sig Based Cash Withdrawal Intl (with currency conversion) Decline "
                f"(Insufficient Funds [{card.available:.1f}])",
                **context,
                balance=_cents(card.balance),
                ledgerBalance=_cents(card.balance),
            )
    except ApiFailure as failure:
        raise _declined(store, transfer, failure) from None
    store.claim_reference("funds", transfer.reference, transfer.funds_id)
    card.balance -= amount
    _record(
        card, -amount, body.get("description") or "Funds debit", "MNL_CSH_SIG_INT_M", transfer.arn
    )
    transfer.snapshot = {**_balances(card), "cardPrgName": card.program.name}
    store.transfers[transfer.funds_id] = transfer
    return _funds_view(transfer, card)


def _arn() -> str:
    return "0000000000000006" + "".join(secrets.choice(string.ascii_letters) for _ in range(4))


@handles("ibisFinancialCardToCard")
def card_to_card(store: Store, body: Any, params: dict[str, str]) -> Any:
    store.check_reference("funds", body["reference"])
    source = store.card(body["cardFromId"])
    target = store.card(body["cardToId"])
    _usd(body)
    context = _ctx(arn=_arn())
    amount = money(body["amount"])
    transfer = Transfer(
        new_id("ifnd_"),
        body["reference"],
        "cardToCard",
        amount,
        "USD",
        card_from_id=source.card_id,
        card_to_id=target.card_id,
        description=body.get("description"),
    )
    try:
        _pull_refusal(source, "Shortfall Currency Exchange  Decline (From Card)", context)
        if target.status == "F":
            raise decline("SD", "Funds Transfer Decline (To Card) (Closed Card)", **context)
        if amount > source.available:
            raise decline(
                "51",
                f"Funds Transfer Decline (From Card) (Insufficient Funds [{source.available:.1f}])",
                fromCardBalance=f"{_cents(source.balance):.2f}",
                **context,
            )
    except ApiFailure as failure:
        raise _declined(store, transfer, failure) from None
    store.claim_reference("funds", transfer.reference, transfer.funds_id)
    source.balance -= amount
    target.balance += amount
    target.last_deposit = amount
    text = body.get("description") or "Funds Transfer"
    _record(source, -amount, text, "C2C_FUNDS_TRSFR", transfer.arn)
    _record(target, amount, text, "C2C_FUNDS_TRSFR", transfer.arn)
    transfer.snapshot = {
        **_balances(source),
        "fromCardBalance": f"{_cents(source.balance):.2f}",
        "toCardBalance": f"{_cents(target.balance):.2f}",
    }
    store.transfers[transfer.funds_id] = transfer
    return _funds_view(transfer, source)


def _cannot_reverse(transfer: Transfer, message: str) -> ApiFailure:
    return ApiFailure(
        "ibisCannotReverseError",
        message,
        context={
            "fundsContext": {
                "entityId": transfer.funds_id,
                "entityStatus": "Error" if transfer.error is not None else "Complete",
                "reference": transfer.reference,
                "aggregatorId": "sandbox",
                "cFiReference": transfer.arn,
                "externalId": transfer.bo_trans_id,
            }
        },
    )


@handles("ibisFinancialReversal")
def reversal(store: Store, body: Any, params: dict[str, str]) -> Any:
    transfer = store.transfers.get(body["cFiFundsId"])
    if transfer is None:
        raise not_found(
            "ibisFundsTransferNotFound",
            "Funds transfer not found.",
            fundsId=f"cFiFundsId={body['cFiFundsId']}",
        )
    if transfer.kind != "cardToCard":
        raise _cannot_reverse(transfer, "Can only reverse card to card transactions.")
    if transfer.error is not None:
        raise _cannot_reverse(transfer, "Can only reverse a completed transaction.")
    source = store.cards[str(transfer.card_from_id)]
    target = store.cards[str(transfer.card_to_id)]
    if source.program.program_id != target.program.program_id:
        raise _cannot_reverse(transfer, "Can only reverse transfers within one card program.")
    if transfer.reversal is not None:
        raise _cannot_reverse(transfer, "The transaction was already reversed.")
    amount = money(body["amount"]) if body.get("amount") is not None else transfer.amount
    if amount > transfer.amount:
        raise _cannot_reverse(transfer, "Reversal amount is greater than the original amount.")
    if amount > target.available:
        raise decline(
            "51", f"Reversal Decline (Insufficient Funds [{target.available:.1f}])", **_ctx()
        )
    target.balance -= amount
    source.balance += amount
    transfer.reversed_amount = amount
    text = body.get("description") or "Reversal"
    reversal_arn = _arn()
    _record(target, -amount, text, "C2C_FUNDS_TRSFR", reversal_arn)
    _record(source, amount, text, "C2C_FUNDS_TRSFR", reversal_arn)
    transfer.reversal = {
        "cFiStatus": "Complete",
        "dtsReversalInitiated": timestamp(),
        "arn": reversal_arn,
        "responseDesc": "Shortfall Currency Exchange - Reversal",
        "boTransId": _trans_id(),
    }
    # The documented reversal answer has the source card's balances and no from/to balances.
    transfer.snapshot = _balances(source)
    return _funds_view(transfer, source)


@handles("ibisFinancialRetrieve")
def retrieve(store: Store, body: Any, params: dict[str, str]) -> Any:
    key, value = next(iter(body.items()))
    if key == "cFiFundsId":
        found = [store.transfers[value]] if value in store.transfers else []
    elif key == "reference":
        funds_id = store.references.get(("funds", value))
        found = [store.transfers[funds_id]] if funds_id in store.transfers else []
    else:
        # A declined transfer never reached the back office, so it has no arn.
        found = [t for t in store.transfers.values() if t.arn == value and t.error is None]
    if not found:
        raise not_found(
            "ibisFundsTransferNotFound", "Funds transfer not found.", fundsId=f"{key}={value}"
        )
    return [_funds_view(t, None) for t in found]


@handles("ibisInquiryTransactionHistory")
def transaction_history(store: Store, body: Any, params: dict[str, str]) -> Any:
    card = store.card(body["cFiCardId"])
    if card.status == "A":
        raise decline(
            "57",
            "Get Transaction History Decline (Get Transaction History Service is Not Allowed)",
            **_ctx(),
        )
    start, end = parse_day(body["dateFrom"]), parse_day(body["dateTo"])
    if start > end:
        raise decline(
            "12",
            "Get Transaction History Decline (FromDate is greater than ToDate in request)",
            **_ctx(),
        )
    matching = [
        t
        for t in reversed(card.history)
        if start <= datetime.strptime(t["transDate"], "%Y-%m-%dT%H:%M:%S").date() <= end
    ]
    # Integers in JSON may be written as 1.0 (parsed as a Decimal): slice with exact ints.
    skip = int(body.get("skipRecords") or 0)
    count = body.get("numberOfRecords")
    page = matching[skip : skip + int(count)] if count else matching[skip:]
    return {"transactions": page}
