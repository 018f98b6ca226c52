from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import to_decimal

T = TypeVar("T", bound="WireTransfer")


@_attrs_define
class WireTransfer:
    """A wire as returned by create, query and list. Partial schema: the response bodies were not shown; only
    `cFiTransactionId` and `status` are documented (create returns them). The wire webhook (WireWebhookPayload) carries
    further fields, which the query and list items probably share (not documented); unknown properties are allowed.

    """

    c_fi_transaction_id: str
    """ The connectFi transaction ID. """
    status: str
    """ The wire status. Documented values: Initiated (created and cFiTransactionId returned, but sending is
    delayed; a webhook fires when it changes), Sent (sent and cFiTransactionId returned; a webhook fires when it
    changes), Complete (confirmation received that the wire completed), Declined (the wire failed), Cancelled (a
    delayed wire, for nightly updates or insufficient funds, was withdrawn), Unknown (unexpected response; manual
    review needed, contact support). The server may add values. """
    amount: Decimal | None = None
    """ A money figure in a response (amount, balance, fee). May be zero or negative. """
    currency: str | None = None
    """ Not documented for this answer; the wire webhook carries it for the same wire, and the answers probably do
    too. """
    reference: str | None = None
    """ Your external reference. Not documented for this answer; the wire webhook carries it for the same wire, and
    the answers probably do too. """
    transaction_receipt_id: str | None = None
    """ The receipt ID from the back office. Not documented for this answer; the wire webhook carries it for the
    same wire, and the answers probably do too. """
    dts_created_at: str | None = None
    """ ISO timestamp. Not documented for this answer; the wire webhook carries it for the same wire, and the
    answers probably do too. """
    dts_completed: str | None = None
    """ ISO timestamp. Not documented for this answer; the wire webhook carries it for the same wire, and the
    answers probably do too. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields, with secrets (PIN, PAN, CVV, passwords, tokens, account numbers) masked."""
        parts: list[str] = [
            f"c_fi_transaction_id={self.c_fi_transaction_id!r}",
            f"status={self.status!r}",
            f"amount={self.amount!r}",
            f"currency={self.currency!r}",
            f"reference={self.reference!r}",
            f"transaction_receipt_id={self.transaction_receipt_id!r}",
            f"dts_created_at={self.dts_created_at!r}",
            f"dts_completed={self.dts_completed!r}",
        ]
        if self.additional_properties:
            parts.append(f"additional_keys={sorted(self.additional_properties)!r}")
        return f"WireTransfer({', '.join(parts)})"

    def to_dict(self) -> dict[str, Any]:
        c_fi_transaction_id = self.c_fi_transaction_id

        status = self.status

        amount = self.amount

        currency = self.currency

        reference = self.reference

        transaction_receipt_id = self.transaction_receipt_id

        dts_created_at = self.dts_created_at

        dts_completed = self.dts_completed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cFiTransactionId": c_fi_transaction_id,
                "status": status,
            }
        )
        if amount is not None:
            field_dict["amount"] = amount
        if currency is not None:
            field_dict["currency"] = currency
        if reference is not None:
            field_dict["reference"] = reference
        if transaction_receipt_id is not None:
            field_dict["transactionReceiptId"] = transaction_receipt_id
        if dts_created_at is not None:
            field_dict["dtsCreatedAt"] = dts_created_at
        if dts_completed is not None:
            field_dict["dtsCompleted"] = dts_completed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        c_fi_transaction_id = d.pop("cFiTransactionId")

        status = d.pop("status")

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

        reference = d.pop("reference", None)

        transaction_receipt_id = d.pop("transactionReceiptId", None)

        dts_created_at = d.pop("dtsCreatedAt", None)

        dts_completed = d.pop("dtsCompleted", None)

        new_instance_ = cls(
            c_fi_transaction_id=c_fi_transaction_id,
            status=status,
            amount=amount,
            currency=currency,
            reference=reference,
            transaction_receipt_id=transaction_receipt_id,
            dts_created_at=dts_created_at,
            dts_completed=dts_completed,
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
