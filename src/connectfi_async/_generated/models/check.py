from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import to_decimal

T = TypeVar("T", bound="Check")


@_attrs_define
class Check:
    """A check. The fields up to dtsCreatedAt are seen in the /check/get example; dtsSent and the back-office fields
    (boStatus, boStatusDate, boDatePrinted, boTracking) are seen in the webhook payloads once the check progresses
    (whether /check/get returns them then was not seen). Payee, payer, address and memo data are not returned in the
    example.

    """

    c_fi_check_id: str | None = None
    """ connectFi check ID, e.g. chk_10Yr0skuZ8NUX1wPG06MNA. """
    reference: str | None = None
    """ Your external reference. """
    serial: str | None = None
    """ Check serial number as numeric text, e.g. "90". """
    amount: Decimal | None = None
    """ A money figure in a response (amount, balance, fee). May be zero or negative. """
    currency: str | None = None
    """ A three character ISO alphabetic currency code (docs tag common-currency). """
    c_fi_aggregator_id: str | None = None
    """ Platform/aggregator ID, e.g. CLIENTID. """
    c_fi_check_status: str | None = None
    """ connectFi check status (cFiCheckStatus). Documented values: Processing (print request registered; waiting to
    be sent), Sent (the file of check requests went to the bank), Complete (the bank has the print request; printed
    and/or handed to automail), Cancelled (voided; immediate before sending, otherwise once the bank confirms),
    Declined (rejected by automail), InBank (the bank received the request; not printed yet), Unknown (unrecognised
    bank status; manual review; contact support). The server may add values. """
    init_void: bool | None = None
    """ True when a void was requested but could not be immediate because the print request had already gone to the
    bank. """
    webhook_url: str | None = None
    """ The webhook URL given on /check/print. """
    dts_created_at: str | None = None
    """ An ISO 8601 UTC timestamp as the server writes it (e.g. 2023-11-12T23:06:10.553Z). Kept as a string so that
    it round-trips byte for byte. """
    dts_sent: str | None = None
    """ An ISO 8601 UTC timestamp as the server writes it (e.g. 2023-11-12T23:06:10.553Z). Kept as a string so that
    it round-trips byte for byte. """
    bo_status: str | None = None
    """ Back-office (bank/printer) status, verbatim with spaces and mixed case. Documented values: "Rejected by
    AutoMail" (e.g. address, city or state mismatch), "Cancelled" (voided after the bank had the print request),
    "Sent to AutoMail" (passed to the check printer), "Printed", "Not Printed" (at the printer but not printed),
    "Received" (the printer has the data; printing pending). The server may add values. """
    bo_status_date: str | None = None
    """ Back-office status time, not RFC 3339 (one-digit month, 7 fractional digits, no zone), e.g.
    "2023-3-31T15:48:46.1133333"; kept as a plain string. """
    bo_date_printed: str | None = None
    """ Print date in the same non-standard format, e.g. "2023-3-31T00:00:00". """
    bo_tracking: str | None = None
    """ Back-office tracking number, e.g. "8416846157". """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields, with secrets (PIN, PAN, CVV, passwords, tokens, account numbers) masked."""
        parts: list[str] = [
            f"c_fi_check_id={self.c_fi_check_id!r}",
            f"reference={self.reference!r}",
            f"serial={self.serial!r}",
            f"amount={self.amount!r}",
            f"currency={self.currency!r}",
            f"c_fi_aggregator_id={self.c_fi_aggregator_id!r}",
            f"c_fi_check_status={self.c_fi_check_status!r}",
            f"init_void={self.init_void!r}",
            f"webhook_url={self.webhook_url!r}",
            f"dts_created_at={self.dts_created_at!r}",
            f"dts_sent={self.dts_sent!r}",
            f"bo_status={self.bo_status!r}",
            f"bo_status_date={self.bo_status_date!r}",
            f"bo_date_printed={self.bo_date_printed!r}",
            f"bo_tracking={self.bo_tracking!r}",
        ]
        if self.additional_properties:
            parts.append(f"additional_keys={sorted(self.additional_properties)!r}")
        return f"Check({', '.join(parts)})"

    def to_dict(self) -> dict[str, Any]:
        c_fi_check_id = self.c_fi_check_id

        reference = self.reference

        serial = self.serial

        amount = self.amount

        currency = self.currency

        c_fi_aggregator_id = self.c_fi_aggregator_id

        c_fi_check_status = self.c_fi_check_status

        init_void = self.init_void

        webhook_url = self.webhook_url

        dts_created_at = self.dts_created_at

        dts_sent = self.dts_sent

        bo_status = self.bo_status

        bo_status_date = self.bo_status_date

        bo_date_printed = self.bo_date_printed

        bo_tracking = self.bo_tracking

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if c_fi_check_id is not None:
            field_dict["cFiCheckId"] = c_fi_check_id
        if reference is not None:
            field_dict["reference"] = reference
        if serial is not None:
            field_dict["serial"] = serial
        if amount is not None:
            field_dict["amount"] = amount
        if currency is not None:
            field_dict["currency"] = currency
        if c_fi_aggregator_id is not None:
            field_dict["cFiAggregatorId"] = c_fi_aggregator_id
        if c_fi_check_status is not None:
            field_dict["cFiCheckStatus"] = c_fi_check_status
        if init_void is not None:
            field_dict["initVoid"] = init_void
        if webhook_url is not None:
            field_dict["webhookUrl"] = webhook_url
        if dts_created_at is not None:
            field_dict["dtsCreatedAt"] = dts_created_at
        if dts_sent is not None:
            field_dict["dtsSent"] = dts_sent
        if bo_status is not None:
            field_dict["boStatus"] = bo_status
        if bo_status_date is not None:
            field_dict["boStatusDate"] = bo_status_date
        if bo_date_printed is not None:
            field_dict["boDatePrinted"] = bo_date_printed
        if bo_tracking is not None:
            field_dict["boTracking"] = bo_tracking

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        c_fi_check_id = d.pop("cFiCheckId", None)

        reference = d.pop("reference", None)

        serial = d.pop("serial", None)

        _amount = d.pop("amount", None)
        amount: Decimal | None
        if isinstance(_amount, type(None)):
            amount = None
        else:
            amount = (
                _amount
                if type(_amount) is Decimal
                else Decimal(_amount)
                if type(_amount) is int
                else to_decimal(_amount)
            )

        currency = d.pop("currency", None)

        c_fi_aggregator_id = d.pop("cFiAggregatorId", None)

        c_fi_check_status = d.pop("cFiCheckStatus", None)

        init_void = d.pop("initVoid", None)

        webhook_url = d.pop("webhookUrl", None)

        dts_created_at = d.pop("dtsCreatedAt", None)

        dts_sent = d.pop("dtsSent", None)

        bo_status = d.pop("boStatus", None)

        bo_status_date = d.pop("boStatusDate", None)

        bo_date_printed = d.pop("boDatePrinted", None)

        bo_tracking = d.pop("boTracking", None)

        new_instance_ = cls(
            c_fi_check_id=c_fi_check_id,
            reference=reference,
            serial=serial,
            amount=amount,
            currency=currency,
            c_fi_aggregator_id=c_fi_aggregator_id,
            c_fi_check_status=c_fi_check_status,
            init_void=init_void,
            webhook_url=webhook_url,
            dts_created_at=dts_created_at,
            dts_sent=dts_sent,
            bo_status=bo_status,
            bo_status_date=bo_status_date,
            bo_date_printed=bo_date_printed,
            bo_tracking=bo_tracking,
        )

        new_instance_.additional_properties = d
        return new_instance_

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
