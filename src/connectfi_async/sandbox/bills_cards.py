"""RPPS bill payments, push/pull to external cards, unified payments (combo) and acquiring.

What the fact sheets document (50-bills-checks.md section 1, 60-cards-combo-acquiring.md):

- Bills: /initiate creates a transaction in ``Initiated``; /execute moves it to ``Processing``;
  then RPPS packages it (``Sent``), the processor acknowledges it (``Complete``, with a
  ``processing`` object) and settlement is confirmed (``Settled``). Each change after
  ``Processing`` posts the flat webhook payload to the transaction's ``webhookUrl``; the
  Initiated -> Processing change posts none. ``SandboxApp.advance()`` makes one step.
- Push/pull and acquiring pulls are created ``Initiated`` and move to ``Complete`` (one
  ``advance()``). Only pull transactions that are pending (``Initiated``) or ``Complete`` and not
  reversed yet can be reversed (``toucanCannotReverseError`` otherwise); a reversal is
  ``reversalStatus: Reversal`` (attempted, outcome not known yet) until the next ``advance()``
  makes it ``Reversed``.
- Registered cards never keep a PAN or CVV: an encrypted ``card`` cannot be read by the sandbox
  (only its ``keyId`` is kept), and of a ``clearCard`` (the sandbox stands in for the
  tokenization gateway) only the last four digits of the number are kept.
- Nothing triggers ``Declined`` or the other exceptional statuses: the documentation shows no
  sandbox trigger values.
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Callable, Iterable
from datetime import date
from decimal import Context, Decimal
from typing import Any

from .._spec import document
from .._validation import RequestValidators
from .errors import ApiFailure, not_found
from .registry import HANDLERS, Page, advances, documented, handles
from .state import CENT, Store, money, new_id, parse_day, timestamp
from .webhooks import check_url

AGGREGATOR = "sandbox"
MERCHANT_ID = "10000001"
MAX_RECORDS = 1000  # numberOfRecords limit of the list endpoints (greaterNumberOfRecords)
USD = "USD"

# Families (store.family) of this module, each with its own reference scope
# (store.claim_reference); "card" and "funds" are the /ibis scopes, hence the other names.
CARDS = "externalCard"  # registered external cards (all three register endpoints)
CARD_TX = "card"  # push and pull transactions (/transfer-to/card/*, combo push/pull)
ACQUIRING_TX = "acquiring"  # acquiring pulls
BILLS = "bills"
SCOPES = {
    CARDS: "externalCard",
    CARD_TX: "cardTransfer",
    ACQUIRING_TX: "acquiringTransfer",
    BILLS: "bills",
}
COMBO = "combo"  # combo references, unique across transfer types
# The schema each family's answers are cut to (the records keep working fields besides).
ANSWERS = {
    CARDS: "CardExternalCard",
    CARD_TX: "CardTransaction",
    ACQUIRING_TX: "AcquiringTransaction",
    BILLS: "BillsTransaction",
}


def _view(family: str, record: dict[str, Any]) -> dict[str, Any]:
    return documented(ANSWERS[family], record)


# -- shared helpers ----------------------------------------------------------------------------


def _cents(value: Decimal) -> Decimal:
    # As many digits as the value needs (a huge spec-valid amount must not overflow).
    return value.quantize(CENT, context=Context(prec=max(28, value.adjusted() + 3)))


def _exact_sum(values: Iterable[Decimal]) -> Decimal:
    items = list(values)
    if not items:
        return Decimal("0.00")
    digits = max(v.adjusted() for v in items) + 6 + len(str(len(items)))
    context = Context(prec=max(28, digits))
    total = Decimal(0)
    for value in items:
        total = context.add(total, value)
    return _cents(total)


def _violation(path: str, keyword: str, params: dict[str, Any], message: str) -> ApiFailure:
    """A requestValidateError in the server's (Ajv) shape, for rules the open schemas leave."""
    return ApiFailure(
        "requestValidateError",
        context=[
            {
                "instancePath": path,
                "schemaPath": f"#/{keyword}",
                "keyword": keyword,
                "params": params,
                "message": message,
            }
        ],
    )


def _required(body: dict[str, Any], name: str) -> Any:
    value = body.get(name)
    if value is None:
        raise _violation(
            "", "required", {"missingProperty": name}, f"must have required property '{name}'"
        )
    return value


def _string(body: dict[str, Any], name: str, parent: str = "") -> str:
    value = _required(body, name)
    if not isinstance(value, str):
        raise _violation(f"{parent}/{name}", "type", {"type": "string"}, "must be string")
    if not value:
        raise _violation(
            f"{parent}/{name}", "minLength", {"limit": 1}, "must NOT have fewer than 1 characters"
        )
    return value


def _amount(body: dict[str, Any]) -> Decimal:
    """A required amount: > 0 with at most 2 decimals (common-amount), as an exact Decimal."""
    value = _required(body, "amount")
    if isinstance(value, bool) or not isinstance(value, (int, float, Decimal)):
        raise _violation("/amount", "type", {"type": "number"}, "must be number")
    amount = money(value)
    if not amount.is_finite() or amount <= 0:
        raise _violation(
            "/amount", "exclusiveMinimum", {"comparison": ">", "limit": 0}, "must be > 0"
        )
    if _cents(amount) != amount:
        raise _violation("/amount", "multipleOf", {"multipleOf": 0.01}, "must be multiple of 0.01")
    return _cents(amount)


def _currency(body: dict[str, Any]) -> str:
    currency = body.get("currency") or USD
    if currency != USD:
        raise ApiFailure(
            "currencyNotSupported",
            f"Currency {currency} is not supported.",
            context={"supportedCurrency": USD},
        )
    return USD


def _query(store: Store, body: dict[str, Any], family: str) -> list[dict[str, Any]]:
    """The records named by ``cFiTransactionIds`` or ``references`` (not both, 1 to 20 each):
    unknown ones skipped, repeats answered once, in the order asked."""
    ids, references = body.get("cFiTransactionIds"), body.get("references")
    if ids is not None and references is not None:
        raise ApiFailure(
            "transactionQuery", "Use either references or cFiTransactionIds, not both."
        )
    name, asked = ("references", references) if ids is None else ("cFiTransactionIds", ids)
    if asked is None:
        raise _violation(
            "",
            "required",
            {"missingProperty": "cFiTransactionIds"},
            "must have required property 'cFiTransactionIds'",
        )
    if not isinstance(asked, list) or not asked:
        raise _violation(f"/{name}", "minItems", {"limit": 1}, "must NOT have fewer than 1 items")
    if len(asked) > 20:
        raise _violation(f"/{name}", "maxItems", {"limit": 20}, "must NOT have more than 20 items")
    records, scope = store.family(family), SCOPES[family]
    found: dict[str, dict[str, Any]] = {}
    for key in asked:
        if not isinstance(key, str):
            continue
        entity_id = key if name == "cFiTransactionIds" else store.references.get((scope, key))
        if entity_id is not None and entity_id in records:
            found.setdefault(entity_id, records[entity_id])
    return [_view(family, record) for record in found.values()]


def _page_bounds(body: dict[str, Any]) -> tuple[int, int]:
    """(skip, size) of a list request; numberOfRecords above the limit is refused."""
    count, skip = body.get("numberOfRecords"), body.get("skipRecords")
    # Integers in JSON may be written as 2.0 (parsed as a Decimal): page with exact ints.
    size = MAX_RECORDS if count is None else int(count)
    if size > MAX_RECORDS:
        raise ApiFailure(
            "greaterNumberOfRecords",
            f"numberOfRecords must not be greater than {MAX_RECORDS}.",
            context={"maxNumberOfRecords": MAX_RECORDS},
        )
    return int(skip or 0), size


def _day(body: dict[str, Any], name: str) -> date | None:
    value = body.get(name)
    if value is None:
        return None
    try:
        return parse_day(value)
    except (TypeError, ValueError):
        raise _violation(
            f"/{name}", "format", {"format": "date"}, 'must match format "date"'
        ) from None


# -- registered external cards -----------------------------------------------------------------

_PAN = re.compile(r"[0-9]{12,19}")


def _last_four(clear_card: Any) -> str | None:
    """The last 4 digits of the card number in a clearCard (the gateway's redaction), if any.

    The fields of clearCard were not documented: the first value that reads as a card number
    (12 to 19 digits, spaces and dashes ignored) is taken; nothing else of the object is kept.
    """
    stack = [clear_card]
    while stack:
        value = stack.pop(0)
        if isinstance(value, dict):
            stack.extend(value.values())
        elif isinstance(value, list):
            stack.extend(value)
        elif isinstance(value, str):
            digits = value.replace(" ", "").replace("-", "")
            if _PAN.fullmatch(digits):
                return digits[-4:]
    return None


def _register(store: Store, body: Any) -> dict[str, Any]:
    reference = _string(body, "reference")
    store.check_reference(SCOPES[CARDS], reference)
    record: dict[str, Any] = {
        "cFiCardId": new_id("tcrd_"),
        "reference": reference,
        "cFiAggregatorId": AGGREGATOR,
    }
    if "card" in body:
        card = body["card"]
        _string(card, "encryptedData", "/card")  # RSA ciphertext: the sandbox holds no private key
        key_id = card.get("keyId")
        if not isinstance(key_id, str) or not key_id.strip():
            raise ApiFailure("extToucan", "Invalid keyId")
        record["cardData"] = "encrypted"
        record["keyId"] = key_id
    else:
        last4 = _last_four(body["clearCard"])
        record["cardData"] = "tokenized"
        if last4 is not None:
            record["last4"] = last4
            record["maskedNumber"] = "*" * 12 + last4
    if isinstance(body.get("owner"), dict):
        record["owner"] = body["owner"]
    record["dtsCreatedAt"] = timestamp()
    store.claim_reference(SCOPES[CARDS], reference, record["cFiCardId"])
    store.family(CARDS)[record["cFiCardId"]] = record
    return _view(CARDS, record)


def _external_card(store: Store, card_id: str) -> dict[str, Any]:
    card = store.family(CARDS).get(card_id)
    if card is None:
        raise ApiFailure("cardNotFound", "Card not found.", context={"cFiCardId": card_id})
    return card


@handles("transferToCardRegister")
def card_register(store: Store, body: Any, params: dict[str, str]) -> Any:
    return _register(store, body)


@handles("transferToComboCardRegister")
def combo_card_register(store: Store, body: Any, params: dict[str, str]) -> Any:
    return _register(store, body)


@handles("acquiringRegister")
def acquiring_register(store: Store, body: Any, params: dict[str, str]) -> Any:
    return _register(store, body)


@handles("transferToCardGet")
def card_get(store: Store, body: Any, params: dict[str, str]) -> Any:
    return _view(CARDS, _external_card(store, params["cardId"]))


# -- push, pull and acquiring transactions -----------------------------------------------------

TX_STATUSES = ("Initiated", "Complete", "Declined", "Unknown", "Manual")
# Reversible: "pending or completed" pulls (the processor's words for Initiated / Complete).
REVERSIBLE = frozenset({"Initiated", "Complete"})


def _card_transaction(store: Store, body: Any, kind: str, family: str) -> dict[str, Any]:
    reference = _string(body, "reference")
    store.check_reference(SCOPES[family], reference)
    card = _external_card(store, _string(body, "cFiCardId"))
    currency = _currency(body)
    amount = _amount(body)
    record: dict[str, Any] = {
        "cFiTransactionId": new_id(f"{AGGREGATOR}_"),
        "reference": reference,
        "transactionType": kind,
        "cFiCardId": card["cFiCardId"],
        "amount": amount,
        "currency": currency,
        "status": "Initiated",
        "cFiAggregatorId": AGGREGATOR,
    }
    for name in ("narrative", "softDescriptor"):
        if body.get(name) is not None:
            record[name] = body[name]
    record["dtsCreatedAt"] = timestamp()
    store.claim_reference(SCOPES[family], reference, record["cFiTransactionId"])
    store.family(family)[record["cFiTransactionId"]] = record
    return _view(family, record)


def _list(store: Store, body: Any, family: str) -> Page:
    start, end = _day(body, "dateCreateFrom"), _day(body, "dateCreateTo")
    skip, size = _page_bounds(body)
    status, reversal = body.get("status"), body.get("reversalStatus")
    matching = [
        _view(family, record)
        for record in store.family(family).values()
        if (start is None or date.fromisoformat(record["dtsCreatedAt"][:10]) >= start)
        and (end is None or date.fromisoformat(record["dtsCreatedAt"][:10]) <= end)
        and (status is None or record["status"] == status)
        and (reversal is None or record.get("reversalStatus") == reversal)
    ]
    return Page(matching[skip : skip + size], skip + size < len(matching))


def _reverse(store: Store, body: Any, family: str) -> dict[str, Any]:
    transaction_id = _string(body, "cFiTransactionId")
    record = store.family(family).get(transaction_id)
    if record is None:
        raise not_found(
            "transactionNotFound", "Transaction not found.", cFiTransactionId=transaction_id
        )
    if (
        record["transactionType"] != "pull"
        or record["status"] not in REVERSIBLE
        or record.get("reversalStatus") is not None
    ):
        raise ApiFailure(
            "toucanCannotReverseError",
            "Only pull transactions that are pending or completed, and not reversed yet, "
            "can be reversed.",
            context={"cFiTransactionId": transaction_id},
        )
    record["reversalStatus"] = "Reversal"
    record["dtsReversalInitiated"] = timestamp()
    return _view(family, record)


@handles("transferToCardPush")
def card_push(store: Store, body: Any, params: dict[str, str]) -> Any:
    return _card_transaction(store, body, "push", CARD_TX)


@handles("transferToCardPull")
def card_pull(store: Store, body: Any, params: dict[str, str]) -> Any:
    return _card_transaction(store, body, "pull", CARD_TX)


@handles("transferToCardTransactionsQuery")
def card_transactions_query(store: Store, body: Any, params: dict[str, str]) -> Any:
    return _query(store, body, CARD_TX)


@handles("transferToCardListTransactions")
def card_list_transactions(store: Store, body: Any, params: dict[str, str]) -> Any:
    return _list(store, body, CARD_TX)


@handles("transferToCardReversal")
def card_reversal(store: Store, body: Any, params: dict[str, str]) -> Any:
    return _reverse(store, body, CARD_TX)


@handles("acquiringPull")
def acquiring_pull(store: Store, body: Any, params: dict[str, str]) -> Any:
    return _card_transaction(store, body, "pull", ACQUIRING_TX)


@handles("acquiringTransactionsQuery")
def acquiring_transactions_query(store: Store, body: Any, params: dict[str, str]) -> Any:
    return _query(store, body, ACQUIRING_TX)


@handles("acquiringList")
def acquiring_list(store: Store, body: Any, params: dict[str, str]) -> Any:
    return _list(store, body, ACQUIRING_TX)


@handles("acquiringReversal")
def acquiring_reversal(store: Store, body: Any, params: dict[str, str]) -> Any:
    return _reverse(store, body, ACQUIRING_TX)


@advances
def advance_card_transactions(store: Store) -> None:
    """Initiated -> Complete; reversalStatus Reversal -> Reversed (no webhooks documented)."""
    for family in (CARD_TX, ACQUIRING_TX):
        for record in store.family(family).values():
            if record["status"] == "Initiated":
                record["status"] = "Complete"
            if record.get("reversalStatus") == "Reversal":
                record["reversalStatus"] = "Reversed"


# -- unified payments (combo) ------------------------------------------------------------------

# transferType -> the single-rail operation whose body (and behaviour) it carries.
RAILS = {
    "ach": "transferToAchCreate",
    "wire": "transferToWire",
    "pull": "transferToCardPull",
    "push": "transferToCardPush",
}
_VALIDATORS: list[RequestValidators] = []


def _validate_as(operation_id: str, body: Any) -> None:
    if not _VALIDATORS:
        _VALIDATORS.append(RequestValidators(document(), all_errors=False))
    violations = _VALIDATORS[0].validate(operation_id, body)
    if violations:
        raise ApiFailure("requestValidateError", context=[v.to_ajv() for v in violations])


@handles("transferToComboCreate")
def combo_create(store: Store, body: Any, params: dict[str, str]) -> Any:
    """The rail's own handler, on the body without ``transferType``, checked against that
    rail's request schema; a combo reference is also unique across transfer types."""
    kind = body["transferType"]
    rail_body = {k: v for k, v in body.items() if k != "transferType"}
    reference = rail_body.get("reference")
    if isinstance(reference, str):
        store.check_reference(COMBO, reference)
    operation_id = RAILS[kind]
    _validate_as(operation_id, rail_body)
    handler: Callable[[Store, Any, dict[str, str]], Any] | None = HANDLERS.get(operation_id)
    if handler is None:
        raise ApiFailure(
            "notSupportedBySandbox", f"The sandbox does not implement {operation_id} yet."
        )
    claimed = set(store.references)
    data = handler(store, rail_body, params)
    created = [entity for key, entity in store.references.items() if key not in claimed]
    if isinstance(reference, str) and created:
        store.claim_reference(COMBO, reference, created[0])
    return {"transferType": kind, **data} if isinstance(data, dict) else data


# -- RPPS bills --------------------------------------------------------------------------------


def _biller(
    biller_id: str,
    name: str,
    biller_class: str,
    state: str,
    *,
    masks: tuple[str, ...] = (),
    line: str = "RB",
) -> dict[str, str]:
    return {
        "recordType": "0",
        "billerKey": biller_id[-6:],
        "record_effective_date": "2022-08-25",
        "biller_id": biller_id,
        "live_date": "2022-05-31",
        "routing_number": "",
        "biller_name": name,
        "biller_class": biller_class,
        "biller_type": "Core",
        "line_of_business": line,
        "file_format": "",
        "accepts_prenotes": "N",
        "accepts_guaranteed_payments_only": "Y",
        "accepts_DMP_prenotes": "",
        "accepts_DMP_payments_only": "",
        "average_response_time": "",
        **{
            f"accept_{code}_prenotes": ""
            for code in ("CDP", "CDV", "CDD", "CDF", "CDN", "FBD", "FBC")
        },
        **{f"return_{code}": "" for code in ("CDR", "CDT", "CDA", "CDV", "CDC", "CDM")},
        "require_addenda_with_reversals": "N",
        "country_code": "USA",
        "state_code": state,
        "check_digit_routine": "N",
        "currency_code": "840",
        "territory_code": "Regional",
        "previous_biller_name": "",
        "note": "",
        "accepts_exception_payments": "N",
        "total_addresses": "1",
        "total_masks": str(len(masks)),
    }


# The sandbox's RPPS directory. 9000005588 pays card accounts, whose numbers must be sent
# encrypted (rppsAccountNumberEncrypted); 1234567890 takes only 10-digit account numbers
# (mask "9999999999", rppsMaskMatch otherwise).
BILLERS = [
    _biller("0011460198", "Clear Lake CWAHC WCID 161", "Electric / Gas / Power / Water", "TX"),
    _biller("0123456789", "Sandbox City Utilities", "Electric / Gas / Power / Water", "UT"),
    _biller("1234567890", "Sandbox Telecom", "Telephone", "PA", masks=("9999999999",)),
    _biller("9000005588", "Sandbox Card Services", "Credit Card", "NY", line="CC"),
]
ENCRYPTED_ONLY = frozenset({"9000005588"})
MASKS = {"1234567890": ("9999999999",)}
ENCRYPTED_LENGTH = 256  # bytes of an RSA-2048 ciphertext (344 base64 characters)
# Bills step by step: execute makes Processing; advance() makes the next ones.
BILL_STEPS = {"Processing": "Sent", "Sent": "Complete", "Complete": "Settled"}
_PAYLOAD_FIELDS = (
    "reference",
    "cFiTransactionId",
    "merchantId",
    "cFiTraceNumber",
    "status",
    "amount",
    "currency",
    "dtsCreated",
    "billerId",
)


def _mask_matches(mask: str, account: str) -> bool:
    # RPPS masks: 9 a digit, A a letter, * any character; anything else stands for itself.
    if len(mask) != len(account):
        return False
    rules: dict[str, Callable[[str], bool]] = {
        "9": str.isdigit,
        "A": str.isalpha,
        "*": lambda c: True,
    }
    return all(rules.get(m, m.__eq__)(c) for m, c in zip(mask, account, strict=True))


def _account(body: dict[str, Any], biller_id: str) -> str | None:
    """Check the account number (clear or encrypted); the masked form kept of a clear one."""
    clear, encrypted = body.get("accountNumber"), body.get("accountNumberEncrypted")
    if clear is not None and encrypted is not None:
        raise ApiFailure(
            "rppsAccountNumber", "Send accountNumber or accountNumberEncrypted, not both."
        )
    if encrypted is not None:
        try:
            raw = base64.b64decode(encrypted, validate=True)
        except (binascii.Error, ValueError):
            raw = b""
        if len(raw) != ENCRYPTED_LENGTH:
            raise ApiFailure(
                "rppsDecryptAccountNumber",
                "The account number could not be decrypted (check the public key and the "
                "environment).",
            )
        return None
    if not isinstance(clear, str) or not clear:
        raise _violation(
            "",
            "required",
            {"missingProperty": "accountNumber"},
            "must have required property 'accountNumber'",
        )
    if biller_id in ENCRYPTED_ONLY:
        raise ApiFailure(
            "rppsAccountNumberEncrypted",
            "This account number must be sent encrypted (accountNumberEncrypted).",
        )
    masks = MASKS.get(biller_id, ())
    if masks and not any(_mask_matches(mask, clear) for mask in masks):
        raise ApiFailure(
            "rppsMaskMatch",
            "The account number does not match any of the biller's account masks.",
            context={
                "billerId": biller_id,
                "masks": [
                    {"recordType": "2", "mask_key": str(k), "mask": m}
                    for k, m in enumerate(masks, 1)
                ],
            },
        )
    shown = clear[-4:] if len(clear) > 4 else ""  # a short number is masked whole
    return "*" * (len(clear) - len(shown)) + shown


def _bill(store: Store, transaction_id: str) -> dict[str, Any]:
    record = store.family(BILLS).get(transaction_id)
    if record is None:
        raise not_found("billNotFound", "Bill not found.", cFiTransactionId=transaction_id)
    return record


@handles("transferToBillsBillersDownload")
def billers_download(store: Store, body: Any, params: dict[str, str]) -> Any:
    return [dict(biller) for biller in BILLERS]


@handles("transferToBillsInitiate")
def bills_initiate(store: Store, body: Any, params: dict[str, str]) -> Any:
    reference = _string(body, "reference")
    store.check_reference(SCOPES[BILLS], reference)
    biller_id = _string(body, "billerId")
    if biller_id not in {b["biller_id"] for b in BILLERS}:
        raise ApiFailure(
            "rppsBillerNotFound", "Biller not found or archived.", context={"billerId": biller_id}
        )
    masked = _account(body, biller_id)
    amount = _amount(body)
    currency = _currency(body)
    webhook_url = check_url(body.get("webhookUrl"))
    bills = store.family(BILLS)
    record: dict[str, Any] = {
        "reference": reference,
        "cFiTransactionId": new_id(f"{AGGREGATOR}_"),
        "merchantId": MERCHANT_ID,
        "cFiTraceNumber": f"{len(bills) + 1:015d}",
        "status": "Initiated",
        "amount": amount,
        "currency": currency,
        "dtsCreated": timestamp(),
        "billerId": biller_id,
        "cFiAggregatorId": AGGREGATOR,
    }
    if masked is not None:
        record["accountNumberMasked"] = masked
    for name in ("legalName", "firstName", "lastName", "deliveryTimeCode", "narrative", "batchId"):
        if body.get(name) is not None:
            record[name] = body[name]
    if webhook_url is not None:
        record["webhookUrl"] = webhook_url
    store.claim_reference(SCOPES[BILLS], reference, record["cFiTransactionId"])
    bills[record["cFiTransactionId"]] = record
    return _view(BILLS, record)


@handles("transferToBillsExecute")
def bills_execute(store: Store, body: Any, params: dict[str, str]) -> Any:
    record = _bill(store, body["cFiTransactionId"])
    if record["status"] != "Initiated":
        raise ApiFailure(
            "rppsBillStatus",
            "The transaction's status does not allow this action.",
            context={
                "cFiTransactionId": record["cFiTransactionId"],
                "cFiAggregatorId": AGGREGATOR,
                "entityStatus": record["status"],
            },
        )
    record["status"] = "Processing"
    return _view(BILLS, record)


@handles("transferToBillsQuery")
def bills_query(store: Store, body: Any, params: dict[str, str]) -> Any:
    return _query(store, body, BILLS)


@handles("transferToBillsList")
def bills_list(store: Store, body: Any, params: dict[str, str]) -> Any:
    # The documented list has no `more` flag (x-connectfi-pagination more: false): a short
    # page is the last one.
    skip, size = _page_bounds(body)
    return [_view(BILLS, r) for r in list(store.family(BILLS).values())[skip : skip + size]]


@handles("transferToBillsSummary")
def bills_summary(store: Store, body: Any, params: dict[str, str]) -> Any:
    day = _day(body, "date")
    assert day is not None  # required by the schema
    settled = [
        r
        for r in store.family(BILLS).values()
        if r["status"] == "Settled" and r["dtsSettled"][:10] == day.isoformat()
    ]

    def item(records: list[dict[str, Any]]) -> dict[str, Any]:
        return {"count": len(records), "amount": _exact_sum(r["amount"] for r in records)}

    return {
        "date": day.isoformat(),
        "summary": {
            "disburse": item(settled),
            "purchase": item([]),
            "adjustments": item([]),
            "fees": item([]),
        },
        "transactions": [_view(BILLS, r) for r in settled],
        "exceptions": [],
        "extraExceptions": [],
        "notes": [],
    }


def _webhook_payload(record: dict[str, Any]) -> dict[str, Any]:
    """The documented flat payload: the transaction's fields, plus dtsSent and processing
    from Complete on."""
    payload = {name: record[name] for name in _PAYLOAD_FIELDS}
    if record["status"] in ("Complete", "Settled"):
        payload["dtsSent"] = record["dtsSent"]
        payload["processing"] = dict(record["processing"])
    return payload


@advances
def advance_bills(store: Store) -> None:
    """Processing -> Sent -> Complete -> Settled, one step per call, each with its webhook."""
    for record in store.family(BILLS).values():
        following = BILL_STEPS.get(record["status"])
        if following is None:
            continue
        record["status"] = following
        when = timestamp()
        if following == "Sent":
            record["dtsSent"] = when
        elif following == "Complete":
            record["processing"] = {
                "dateProcessed": when[:10],
                "isReversal": False,
                "remarks": "",
                "responseCode": "",
                "status": "Completed",
                "traceId": record["cFiTraceNumber"][-12:],
            }
        else:
            record["dtsSettled"] = when
        store.webhooks.deliver(record.get("webhookUrl"), _webhook_payload(record))
