from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import to_decimal

if TYPE_CHECKING:
    from ..models.bills_webhook_processing import BillsWebhookProcessing


T = TypeVar("T", bound="BillsTransaction")


@_attrs_define
class BillsTransaction:
    """An RPPS bill payment transaction. reference, cFiTransactionId, merchantId, cFiTraceNumber and status are seen in the
    /execute response (cut off after them); the other fields are seen in the webhook payloads for the same transaction.
    Note: bill objects use `dtsCreated` (check objects use `dtsCreatedAt`).

    """

    c_fi_transaction_id: str
    """ connectFi transaction ID, e.g. CLIENTID_3uyExblcBiwbG6yQYDkDtw. """
    status: str
    """ RPPS transaction status. Documented values: Initiated (created by /initiate), Processing (/execute accepted;
    registered for sending), Sent (validated, packaged in a file and sent), Complete (the processor acknowledged
    receipt), Settled (settlement confirmed), Declined (failed or returned), Cancelled (cancelled by the client
    while Initiated or Processing), DecryptError (the encryption interface failed; PAN transactions only; contact
    support), Unknown (unexpected response; manual review; contact support). The server may add values. """
    reference: str | None = None
    """ Your external reference for the transaction. """
    merchant_id: str | None = None
    """ e.g. "10000001". """
    c_fi_trace_number: str | None = None
    """ connectFi trace number, 15 digits, e.g. "000000000006993". """
    amount: Decimal | None = None
    """ A money figure in a response (amount, balance, fee). May be zero or negative. """
    currency: str | None = None
    """ A three character ISO alphabetic currency code (docs tag common-currency). """
    dts_created: str | None = None
    """ An ISO 8601 UTC timestamp as the server writes it (e.g. 2023-11-12T23:06:10.553Z). Kept as a string so that
    it round-trips byte for byte. """
    biller_id: str | None = None
    """ RPPS biller ID, e.g. "9000005588". """
    dts_sent: str | None = None
    """ An ISO 8601 UTC timestamp as the server writes it (e.g. 2023-11-12T23:06:10.553Z). Kept as a string so that
    it round-trips byte for byte. """
    processing: BillsWebhookProcessing | None = None
    """ Processor acknowledgement details, present from status Complete on. Its `status` uses a different vocabulary
    from the transaction status (e.g. "Completed" while the top-level status is "Complete"). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields, with secrets (PIN, PAN, CVV, passwords, tokens, account numbers) masked."""
        parts: list[str] = [
            f"c_fi_transaction_id={self.c_fi_transaction_id!r}",
            f"status={self.status!r}",
            f"reference={self.reference!r}",
            f"merchant_id={self.merchant_id!r}",
            f"c_fi_trace_number={self.c_fi_trace_number!r}",
            f"amount={self.amount!r}",
            f"currency={self.currency!r}",
            f"dts_created={self.dts_created!r}",
            f"biller_id={self.biller_id!r}",
            f"dts_sent={self.dts_sent!r}",
            f"processing={self.processing!r}",
        ]
        if self.additional_properties:
            parts.append(f"additional_keys={sorted(self.additional_properties)!r}")
        return f"BillsTransaction({', '.join(parts)})"

    def to_dict(self) -> dict[str, Any]:
        c_fi_transaction_id = self.c_fi_transaction_id

        status = self.status

        reference = self.reference

        merchant_id = self.merchant_id

        c_fi_trace_number = self.c_fi_trace_number

        amount = self.amount

        currency = self.currency

        dts_created = self.dts_created

        biller_id = self.biller_id

        dts_sent = self.dts_sent

        processing: dict[str, Any] | None = None
        if not isinstance(self.processing, type(None)):
            processing = self.processing.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cFiTransactionId": c_fi_transaction_id,
                "status": status,
            }
        )
        if reference is not None:
            field_dict["reference"] = reference
        if merchant_id is not None:
            field_dict["merchantId"] = merchant_id
        if c_fi_trace_number is not None:
            field_dict["cFiTraceNumber"] = c_fi_trace_number
        if amount is not None:
            field_dict["amount"] = amount
        if currency is not None:
            field_dict["currency"] = currency
        if dts_created is not None:
            field_dict["dtsCreated"] = dts_created
        if biller_id is not None:
            field_dict["billerId"] = biller_id
        if dts_sent is not None:
            field_dict["dtsSent"] = dts_sent
        if processing is not None:
            field_dict["processing"] = processing

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bills_webhook_processing import BillsWebhookProcessing

        d = dict(src_dict)
        c_fi_transaction_id = d.pop("cFiTransactionId")

        status = d.pop("status")

        reference = d.pop("reference", None)

        merchant_id = d.pop("merchantId", None)

        c_fi_trace_number = d.pop("cFiTraceNumber", None)

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

        dts_created = d.pop("dtsCreated", None)

        biller_id = d.pop("billerId", None)

        dts_sent = d.pop("dtsSent", None)

        _processing = d.pop("processing", None)
        processing: BillsWebhookProcessing | None
        if isinstance(_processing, type(None)):
            processing = None
        else:
            processing = BillsWebhookProcessing.from_dict(_processing)

        new_instance_ = cls(
            c_fi_transaction_id=c_fi_transaction_id,
            status=status,
            reference=reference,
            merchant_id=merchant_id,
            c_fi_trace_number=c_fi_trace_number,
            amount=amount,
            currency=currency,
            dts_created=dts_created,
            biller_id=biller_id,
            dts_sent=dts_sent,
            processing=processing,
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
