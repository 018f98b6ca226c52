"""ACH transfers, US-domestic wires and check printing in the sandbox.

Records live in ``store.family("ach")``, ``store.family("wire")`` and ``store.family("check")``
(entity ID -> record; keys starting with ``_`` are the sandbox's own and never leave it).
References are de-duplicated per family (``referenceExists`` with the existing entity's ID).

Status progressions: ``SandboxApp.advance()`` (or ``POST /_sandbox/advance``) moves every
pending entity one step and POSTs the family's webhook on every status change, to the
loopback URL given on create (``webhookUrl`` for ACH and checks, ``webhookURL`` for wires):

- ACH (fact sheet 40 §8, Possible Status Values): ``Initiated`` -> ``Sent`` -> ``Complete``
  -> ``Settled``. Payload as §7 (ACH Webhooks).
- Wire (sheet 40 §14 status values, §13 sandbox triggers): created ``Sent``, then
  ``Complete``. A delayed wire is created ``Initiated``: amount 16.95 ("Nightly_Updates",
  retried after the nightly maintenance) goes ``Sent`` -> ``Complete``; amount 16.97
  ("Amount_Exceeds_Balance", retried; the sandbox's balance never grows, so the delayed
  wire is withdrawn) goes ``Cancelled``. Payload as §15 (Wire Webhooks), ``dtsCompleted`` on
  the final status.
- Check (sheet 50 §2.6 status values, §2.7 webhooks, Overview): ``Processing`` -> ``Sent``
  (``dtsSent``) -> ``InBank`` (boStatus ``Received``) -> ``Complete`` (boStatus ``Printed``).
  A void (§2.4) of a ``Processing`` check cancels it at once (webhook ``Cancelled``); after it
  was sent, ``initVoid`` becomes true and the next step is ``Cancelled`` (boStatus
  ``Cancelled``) once "the bank confirms". A check already ``Cancelled``/``Declined``/
  ``Unknown``, or with a void pending, answers 400 ``checkVoidNotAllowed``.

Wire sandbox triggers (sheet 40 §13, W-SBX; the docs show the messages but not the HTTP status
or code, so the sandbox answers 400 with code ``extWire``, the documented ``ext<BackOffice>``
pattern, and the message verbatim; no wire is created and the reference stays free):

- amount 16.95: created ``Initiated`` ("Nightly_Updates"), see above.
- amount 16.97: created ``Initiated`` ("Amount_Exceeds_Balance"), see above.
- amount 16.98: "Invalid Source Account."
- amount 16.99: "Core System downstream error. Wire not created."
- amount > 17.00 and <= 18.00: "Wire Amount will exceed Account Daily Total Amount Limit. Wire
  not created."
- amount > 18.00 and <= 19.00: "Wire Amount Exceeds Limit for the Wire Account. Wire not
  created."
- amount > 19.00 and <= 20.00: "Wire Amount will exceed Company Daily Total Limit. Wire not
  created."
- amount > 20.00: "Wire Amount exceeds Company Wire Amount Limit. Wire not created."
- amount 12.91 / 12.92: created ``Initiated``; the next ``/transfer-to/wire/query`` that finds
  it (which still answers ``Initiated``) resolves it to ``Complete`` / ``Declined`` and fires
  the webhook; a second query shows the new status. ``advance()`` leaves these alone.
- beneficiary.bankABANumber "110000000": "ABA Number is not in Wire ABA file"
- beneficiary.bankABANumber "120000000": "The receiving DFI is not a Funds Transfer Bank"
- beneficiary.address.addressLine1 a P.O. box ("P.O. Box 123"): "Request Errors. See Detail for
  more information. BeneficiaryInformation.BeneficiaryAddress.addressLine1 appears to be a
  P.O. Box." (the documented message is cut after "a P.O."; the sandbox completes it).

Where the documentation is silent the sandbox chooses, and says so here:

- A create without ``amount`` (checks: ``checkAttributes.amount``), or a wire without
  ``reference``, answers ``requestValidateError`` (the partial schemas do not require them).
- ``effectiveEntryDate`` follows the documented cutoffs in CST (UTC-6): same-day before
  9:30am Mon-Fri, next-day before 7:30pm Mon-Fri, never in the past; otherwise
  ``achEffectiveEntryDate``. Without one, the next weekday is used.
- Unknown check ID (get, void): 400 ``transactionNotFound`` (the common error), context
  ``{cFiCheckId}``. A check amount must be > 0 with at most 2 decimals
  (``requestValidateError``); no ``currency`` means USD.
- Return rates: body ``{"date": "YYYY-MM-DD"}`` gives that day's record (``returnRateNotFound``
  from today on: "no data yet"); an empty body gives the 30 days before today, newest first.
  The rates cover ACH debits (``transactionType`` "Debit") returned in the 60 days before the
  date; the sandbox returns none, so they are 0.
"""

from __future__ import annotations

import re
import secrets
import string
from collections.abc import Callable, Iterable
from datetime import date, datetime, time, timedelta, timezone
from decimal import Context, Decimal
from typing import Any

from . import webhooks
from .errors import ApiFailure
from .registry import Page, advances, handles
from .state import CENT, Store, money, new_id, now, timestamp

AGGREGATOR = "sandbox"
MAX_RECORDS = 1000
CST = timezone(timedelta(hours=-6))
SAME_DAY_CUTOFF = time(9, 30)
NEXT_DAY_CUTOFF = time(19, 30)

Record = dict[str, Any]


# -- shared helpers ----------------------------------------------------------------------------


def _invalid(path: str, keyword: str, params: dict[str, Any], message: str) -> ApiFailure:
    """A ``requestValidateError`` with one violation in the ajv shape the API uses."""
    violation = {
        "instancePath": path,
        "schemaPath": f"#/{keyword}",
        "keyword": keyword,
        "params": params,
        "message": message,
    }
    return ApiFailure("requestValidateError", context=[violation])


def _required(value: Any, parent: str, name: str) -> Any:
    """``value``, or the violation of a missing required property ``parent/name``."""
    if value is None:
        raise _invalid(
            parent, "required", {"missingProperty": name}, f"must have required property '{name}'"
        )
    return value


def _has_cents_only(amount: Decimal) -> bool:
    # Amounts have no documented maximum: quantize with as many digits as the value needs.
    precision = max(28, amount.adjusted() + 3)
    return amount.quantize(CENT, context=Context(prec=precision)) == amount


def _currency(value: Any) -> str:
    currency = "USD" if value is None else value
    if currency != "USD":
        raise ApiFailure(
            "currencyNotSupported",
            f"Currency {currency} is not supported.",
            context={"supportedCurrency": "USD"},
        )
    return "USD"


def _reference(body: dict[str, Any]) -> str:
    reference = _required(body.get("reference"), "", "reference")
    if not reference:
        raise _invalid(
            "/reference", "minLength", {"limit": 1}, "must NOT have fewer than 1 characters"
        )
    return str(reference)


def _pick(record: Record, fields: Iterable[str]) -> Record:
    return {k: record[k] for k in fields if record.get(k) is not None}


def _digits(count: int) -> str:
    return "".join(secrets.choice(string.digits) for _ in range(count))


def _find(store: Store, family: str, ids: Iterable[Any], references: Iterable[Any]) -> list[Record]:
    """The records with these IDs or references, each once, in the order first asked for."""
    records = store.family(family)
    found: dict[str, Record] = {}
    keys = [*ids, *(store.references.get((family, r)) for r in references if isinstance(r, str))]
    for key in keys:
        if isinstance(key, str) and key in records and key not in found:
            found[key] = records[key]
    return list(found.values())


def _query(store: Store, family: str, body: dict[str, Any], ids_field: str) -> list[Record]:
    if ids_field in body and "references" in body:
        raise ApiFailure("transactionQuery", "Use either references or transaction IDs, not both.")
    return _find(store, family, body.get(ids_field) or [], body.get("references") or [])


def _day(value: Any, path: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except (TypeError, ValueError):
        raise _invalid(path, "format", {"format": "date"}, 'must match format "date"') from None


def _page(
    records: Iterable[Record],
    body: dict[str, Any],
    *,
    id_field: str,
    status_field: str,
    view: Callable[[Record], Record],
    by_ids: bool = True,
) -> Page:
    """The documented list filters and numberOfRecords/skipRecords paging with ``more``."""
    count = MAX_RECORDS if body.get("numberOfRecords") is None else int(body["numberOfRecords"])
    if count > MAX_RECORDS:
        raise ApiFailure(
            "greaterNumberOfRecords",
            f"numberOfRecords must not be greater than {MAX_RECORDS}.",
            context={"maxNumberOfRecords": MAX_RECORDS},
        )
    skip = int(body.get("skipRecords") or 0)
    start = _day(body.get("dateCreateFrom"), "/dateCreateFrom")
    end = _day(body.get("dateCreateTo"), "/dateCreateTo")
    # The plural filter (cFiTransactionIds, cFiCheckIds) only where the list documents it.
    ids = body.get(id_field + "s") if by_ids else None
    wanted: list[tuple[str, Any]] = [
        (key, body[name])
        for key, name in (
            (id_field, id_field),
            ("reference", "reference"),
            (status_field, "status"),
        )
        if body.get(name) is not None
    ]
    matching = [
        record
        for record in records
        if all(record.get(key) == value for key, value in wanted)
        and (not isinstance(ids, list) or record[id_field] in ids)
        and (start is None or record["_created"].date() >= start)
        and (end is None or record["_created"].date() <= end)
    ]
    return Page([view(r) for r in matching[skip : skip + count]], len(matching) > skip + count)


def _advance(
    store: Store,
    family: str,
    apply: Callable[[Record, str], None],
    payload: Callable[[Record], Record],
) -> None:
    """Move every record with a planned next status one step, with its webhook."""
    for record in list(store.family(family).values()):
        plan: list[str] = record["_next"]
        if plan:
            _change(store, record, plan.pop(0), apply, payload)


def _change(
    store: Store,
    record: Record,
    status: str,
    apply: Callable[[Record, str], None],
    payload: Callable[[Record], Record],
) -> None:
    apply(record, status)
    store.webhooks.deliver(record["_webhook"], payload(record))


# -- ACH ---------------------------------------------------------------------------------------

ACH_WEBHOOK_FIELDS = (
    "cFiTransactionId",
    "reference",
    "cFiAggregatorId",
    "status",
    "dtsCreatedAt",
    "effectiveEntryDate",
    "individualName",
    "routingNumber",
    "amount",
    "currency",
    "DFIAccountNumber",
)
ACH_REQUEST_FIELDS = (
    "transactionType",
    "standardEntryClassCode",
    "accountType",
    "companyEntryDescription",
    "clientCode",
)
ACH_PROGRESSION = ["Sent", "Complete", "Settled"]


def _next_weekday(day: date) -> date:
    day += timedelta(days=1)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


def _effective_entry_date(value: Any) -> str:
    here = now().astimezone(CST)
    today = here.date()
    if value is None:
        return _next_weekday(today).isoformat()
    try:
        day = date.fromisoformat(value)
    except (TypeError, ValueError):
        day = date.min
    weekday = today.weekday() < 5
    if (
        day < today
        or (day == today and not (weekday and here.time() < SAME_DAY_CUTOFF))
        or (day == today + timedelta(days=1) and not (weekday and here.time() < NEXT_DAY_CUTOFF))
    ):
        raise ApiFailure(
            "achEffectiveEntryDate",
            "Effective entry date is not valid: same-day entries must arrive before 9:30am CST "
            "Mon-Fri, next-day entries before 7:30pm CST Mon-Fri.",
            context={"effectiveEntryDate": value},
        )
    return str(value)


def _ach_payload(record: Record) -> Record:
    return _pick(record, ACH_WEBHOOK_FIELDS)


def _ach_view(record: Record) -> Record:
    # The answer's fields were not documented beyond cFiTransactionId and status; the spec's
    # AchTransfer declares the webhook's fields (the same transfer), and nothing else is sent.
    return _pick(record, ACH_WEBHOOK_FIELDS)


@handles("transferToAchCreate")
def ach_create(store: Store, body: Any, params: dict[str, str]) -> Any:
    reference = _reference(body)
    store.check_reference("ach", reference)
    amount = money(_required(body.get("amount"), "", "amount"))
    if not _has_cents_only(amount):
        raise ApiFailure("wrongAmount", "Amount must have at most 2 decimal places.")
    currency = _currency(body.get("currency"))
    effective = _effective_entry_date(body.get("effectiveEntryDate"))
    url = webhooks.check_url(body.get("webhookUrl"))
    created = now()
    record: Record = {
        "cFiTransactionId": new_id(AGGREGATOR + "_"),
        "reference": reference,
        "cFiAggregatorId": AGGREGATOR,
        "status": "Initiated",
        "dtsCreatedAt": timestamp(created),
        "effectiveEntryDate": effective,
        **_pick(body, ("individualName", "routingNumber")),
        "amount": amount,
        "currency": currency,
        **_pick(body, ("DFIAccountNumber", *ACH_REQUEST_FIELDS)),
        "_webhook": url,
        "_created": created,
        "_next": list(ACH_PROGRESSION),
    }
    store.claim_reference("ach", reference, record["cFiTransactionId"])
    store.family("ach")[record["cFiTransactionId"]] = record
    return _ach_view(record)


@handles("transferToAchQuery")
def ach_query(store: Store, body: Any, params: dict[str, str]) -> Any:
    return [_ach_view(r) for r in _query(store, "ach", body, "cFiTransactionIds")]


@handles("transferToAchList")
def ach_list(store: Store, body: Any, params: dict[str, str]) -> Any:
    records = store.family("ach").values()
    return _page(
        records,
        body,
        id_field="cFiTransactionId",
        status_field="status",
        view=_ach_view,
        by_ids=False,  # the ACH list documents cFiTransactionId only
    )


def _ach_apply(record: Record, status: str) -> None:
    record["status"] = status


@advances
def advance_ach(store: Store) -> None:
    """ACH: Initiated -> Sent -> Complete -> Settled (sheet 40 §8)."""
    _advance(store, "ach", _ach_apply, _ach_payload)


# -- ACH return rates --------------------------------------------------------------------------

RETURN_RATE_HISTORY = 30


def _return_rate(store: Store, day: date) -> Record:
    # Only maxDate was documented; the names of the rates and of the days out of compliance
    # were not, so the sandbox sends no made-up ones.
    return {"maxDate": day.isoformat()}


@handles("transferToAchReturnRates")
def ach_return_rates(store: Store, body: Any, params: dict[str, str]) -> Any:
    today = now().date()
    # The date property's name was not documented (the spec declares none): the sandbox takes
    # an optional "date" and needs nothing.
    asked = body.get("date")
    if asked is None:
        days = [today - timedelta(days=k) for k in range(1, RETURN_RATE_HISTORY + 1)]
        return [_return_rate(store, day) for day in days]
    if not isinstance(asked, str):
        raise _invalid("/date", "type", {"type": "string"}, "must be string")
    day = _day(asked, "/date")
    assert day is not None
    if day >= today:
        raise ApiFailure(
            "returnRateNotFound",
            "Return rate data is not available yet for this date; retry later.",
            context={"cFiAggregatorId": AGGREGATOR, "date": day.isoformat()},
        )
    return [_return_rate(store, day)]


# -- wires -------------------------------------------------------------------------------------

WIRE_WEBHOOK_FIELDS = (
    "status",
    "amount",
    "currency",
    "reference",
    "cFiTransactionId",
    "transactionReceiptId",
    "dtsCreatedAt",
    "dtsCompleted",
)
WIRE_FINAL = frozenset({"Complete", "Declined", "Cancelled"})
# Amounts that create a wire in a status other than Sent: (status, plan for advance, on query).
WIRE_DELAYED: dict[Decimal, tuple[list[str], str | None]] = {
    Decimal("16.95"): (["Sent", "Complete"], None),  # Nightly_Updates
    Decimal("16.97"): (["Cancelled"], None),  # Amount_Exceeds_Balance
    Decimal("12.91"): ([], "Complete"),
    Decimal("12.92"): ([], "Declined"),
}
WIRE_REFUSED_AMOUNTS = {
    Decimal("16.98"): "Invalid Source Account.",
    Decimal("16.99"): "Core System downstream error. Wire not created.",
}
# (exclusive lower bound, inclusive upper bound or None, message)
WIRE_LIMITS: tuple[tuple[Decimal, Decimal | None, str], ...] = (
    (
        Decimal(17),
        Decimal(18),
        "Wire Amount will exceed Account Daily Total Amount Limit. Wire not created.",
    ),
    (Decimal(18), Decimal(19), "Wire Amount Exceeds Limit for the Wire Account. Wire not created."),
    (
        Decimal(19),
        Decimal(20),
        "Wire Amount will exceed Company Daily Total Limit. Wire not created.",
    ),
    (Decimal(20), None, "Wire Amount exceeds Company Wire Amount Limit. Wire not created."),
)
WIRE_REFUSED_ABA = {
    "110000000": "ABA Number is not in Wire ABA file",
    "120000000": "The receiving DFI is not a Funds Transfer Bank",
}
PO_BOX = re.compile(r"^\s*p\.?\s*o\.?\s*box\b", re.IGNORECASE)
PO_BOX_MESSAGE = (
    "Request Errors. See Detail for more information. "
    "BeneficiaryInformation.BeneficiaryAddress.addressLine1 appears to be a P.O. Box."
)


def _wire_refusal(amount: Decimal, beneficiary: Any) -> str | None:
    beneficiary = beneficiary if isinstance(beneficiary, dict) else {}
    address = beneficiary.get("address")
    line1 = address.get("addressLine1") if isinstance(address, dict) else None
    if beneficiary.get("bankABANumber") in WIRE_REFUSED_ABA:
        return WIRE_REFUSED_ABA[beneficiary["bankABANumber"]]
    if isinstance(line1, str) and PO_BOX.match(line1):
        return PO_BOX_MESSAGE
    if amount in WIRE_REFUSED_AMOUNTS:
        return WIRE_REFUSED_AMOUNTS[amount]
    for low, high, message in WIRE_LIMITS:
        if amount > low and (high is None or amount <= high):
            return message
    return None


def _receipt_id() -> str:
    alphabet = string.digits + string.ascii_uppercase
    return "".join(secrets.choice(alphabet) for _ in range(10))


def _wire_view(record: Record) -> Record:
    # As for ACH: the fields of the wire webhook, which the spec's WireTransfer declares.
    return _pick(record, WIRE_WEBHOOK_FIELDS)


def _wire_payload(record: Record) -> Record:
    return _pick(record, WIRE_WEBHOOK_FIELDS)


@handles("transferToWire")
def wire_create(store: Store, body: Any, params: dict[str, str]) -> Any:
    reference = _reference(body)
    store.check_reference("wire", reference)
    amount = money(_required(body.get("amount"), "", "amount"))
    currency = _currency(body.get("currency"))
    refusal = _wire_refusal(amount, body.get("beneficiary"))
    if refusal is not None:
        raise ApiFailure("extWire", refusal, context={"reference": reference})
    url = webhooks.check_url(body.get("webhookURL"))
    plan, on_query = WIRE_DELAYED.get(amount, ([], None))
    delayed = amount in WIRE_DELAYED
    created = now()
    record: Record = {
        "cFiTransactionId": new_id(AGGREGATOR + "_"),
        "reference": reference,
        "cFiAggregatorId": AGGREGATOR,
        "status": "Initiated" if delayed else "Sent",
        "amount": amount,
        "currency": currency,
        "transactionReceiptId": _receipt_id(),
        "dtsCreatedAt": timestamp(created),
        "_webhook": url,
        "_created": created,
        "_next": list(plan) if delayed else ["Complete"],
        "_on_query": on_query,
    }
    store.claim_reference("wire", reference, record["cFiTransactionId"])
    store.family("wire")[record["cFiTransactionId"]] = record
    return _wire_view(record)


def _wire_apply(record: Record, status: str) -> None:
    record["status"] = status
    if status in WIRE_FINAL:
        record["dtsCompleted"] = timestamp()


@handles("transferToWireQuery")
def wire_query(store: Store, body: Any, params: dict[str, str]) -> Any:
    found = _query(store, "wire", body, "cFiTransactionIds")
    answer = [_wire_view(r) for r in found]
    # Sandbox amounts 12.91/12.92: this query resolves them; the next one shows the result.
    for record in found:
        final = record.get("_on_query")
        if final is not None:
            record["_on_query"] = None
            _change(store, record, final, _wire_apply, _wire_payload)
    return answer


@handles("transferToWireList")
def wire_list(store: Store, body: Any, params: dict[str, str]) -> Any:
    records = store.family("wire").values()
    return _page(records, body, id_field="cFiTransactionId", status_field="status", view=_wire_view)


@advances
def advance_wires(store: Store) -> None:
    """Wires: Sent -> Complete; delayed (Initiated) 16.95 -> Sent -> Complete, 16.97 ->
    Cancelled (sheet 40 §13, §14)."""
    _advance(store, "wire", _wire_apply, _wire_payload)


# -- checks ------------------------------------------------------------------------------------

CHECK_FIELDS = (
    "cFiCheckId",
    "reference",
    "serial",
    "amount",
    "currency",
    "cFiAggregatorId",
    "cFiCheckStatus",
    "boStatus",
    "boStatusDate",
    "boDatePrinted",
    "boTracking",
    "initVoid",
    "webhookUrl",
    "dtsSent",
    "dtsCreatedAt",
)
CHECK_PROGRESSION = ["Sent", "InBank", "Complete"]
CHECK_VOIDABLE_AT_ONCE = "Processing"
CHECK_VOIDABLE_AT_BANK = frozenset({"Sent", "InBank", "Complete"})


def _bo_time(when: datetime) -> str:
    """The back office's own format: 2023-3-31T15:48:46.1133333 (no zone)."""
    return f"{when.year}-{when.month}-{when.day}T{when:%H:%M:%S}.{when.microsecond * 10:07d}"


def _check_view(record: Record) -> Record:
    return _pick(record, CHECK_FIELDS)


def _check(store: Store, check_id: str) -> Record:
    record = store.family("check").get(check_id)
    if record is None:
        raise ApiFailure(
            "transactionNotFound", "Check not found.", context={"cFiCheckId": check_id}
        )
    return record


@handles("checkPrint")
def check_print(store: Store, body: Any, params: dict[str, str]) -> Any:
    reference = _reference(body)
    store.check_reference("check", reference)
    attributes = _required(body.get("checkAttributes"), "", "checkAttributes")
    amount = money(_required(attributes.get("amount"), "/checkAttributes", "amount"))
    path = "/checkAttributes/amount"
    if amount <= 0:
        raise _invalid(path, "exclusiveMinimum", {"comparison": ">", "limit": 0}, "must be > 0")
    if not _has_cents_only(amount):
        raise _invalid(path, "multipleOf", {"multipleOf": CENT}, "must be multiple of 0.01")
    currency = _currency(attributes.get("currency"))
    url = webhooks.check_url(body.get("webhookUrl"))
    checks = store.family("check")
    created = now()
    record: Record = {
        "cFiCheckId": new_id("chk_"),
        "reference": reference,
        "serial": str(101 + len(checks)),
        "amount": amount,
        "currency": currency,
        "cFiAggregatorId": AGGREGATOR,
        "cFiCheckStatus": "Processing",
        "initVoid": False,
        "webhookUrl": url,
        "dtsCreatedAt": timestamp(created),
        "_webhook": url,
        "_created": created,
        "_next": list(CHECK_PROGRESSION),
    }
    store.claim_reference("check", reference, record["cFiCheckId"])
    checks[record["cFiCheckId"]] = record
    return _check_view(record)


@handles("checkGet")
def check_get(store: Store, body: Any, params: dict[str, str]) -> Any:
    return _check_view(_check(store, params["checkId"]))


@handles("checkQuery")
def check_query(store: Store, body: Any, params: dict[str, str]) -> Any:
    return [_check_view(r) for r in _query(store, "check", body, "cFiCheckIds")]


@handles("checkList")
def check_list(store: Store, body: Any, params: dict[str, str]) -> Any:
    records = store.family("check").values()
    return _page(
        records, body, id_field="cFiCheckId", status_field="cFiCheckStatus", view=_check_view
    )


def _check_apply(record: Record, status: str) -> None:
    when = now()
    record["cFiCheckStatus"] = status
    if status == "Sent":
        record["dtsSent"] = timestamp(when)
    elif status == "InBank":
        record.update(boStatus="Received", boStatusDate=_bo_time(when), boTracking=_digits(10))
    elif status == "Complete":
        printed = f"{when.year}-{when.month}-{when.day}T00:00:00"
        record.update(boStatus="Printed", boStatusDate=_bo_time(when), boDatePrinted=printed)
    elif status == "Cancelled" and record.get("initVoid"):
        record.update(boStatus="Cancelled", boStatusDate=_bo_time(when))


@handles("checkVoid")
def check_void(store: Store, body: Any, params: dict[str, str]) -> Any:
    record = _check(store, body["cFiCheckId"])
    status = record["cFiCheckStatus"]
    if status == CHECK_VOIDABLE_AT_ONCE:
        # Not sent to the bank yet: cancelled at once, never sent.
        record["_next"] = []
        record["_void_reason"] = body.get("reason")
        _change(store, record, "Cancelled", _check_apply, _check_view)
    elif status in CHECK_VOIDABLE_AT_BANK and not record["initVoid"]:
        # The bank has it: the void goes to the bank, which confirms at the next step.
        record["initVoid"] = True
        record["_next"] = ["Cancelled"]
        record["_void_reason"] = body.get("reason")
    else:
        raise ApiFailure(
            "checkVoidNotAllowed",
            "The check cannot be voided in its current status.",
            context={
                "cFiCheckId": record["cFiCheckId"],
                "cFiCheckStatus": status,
                "initVoid": record["initVoid"],
            },
        )
    return _check_view(record)


@advances
def advance_checks(store: Store) -> None:
    """Checks: Processing -> Sent -> InBank -> Complete; a pending void -> Cancelled
    (sheet 50 §2.4, §2.6, §2.7)."""
    _advance(store, "check", _check_apply, _check_view)
