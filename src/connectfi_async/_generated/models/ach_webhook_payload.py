from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import to_decimal

T = TypeVar("T", bound="AchWebhookPayload")


@_attrs_define
class AchWebhookPayload:
    """The body connectFi POSTs once to the create request's `webhookUrl` each time the transfer's status changes because
    connectFi got a response. The body is bare (no code/data envelope). Signature header, expected reply and retries
    were not documented. Unknown properties are allowed.

    """

    c_fi_transaction_id: str | None = None
    """ The connectFi transaction ID. """
    reference: str | None = None
    """ Your external reference. """
    c_fi_aggregator_id: str | None = None
    """ The client (aggregator) ID, e.g. CLIENTID. """
    status: str | None = None
    """ The ACH transfer status. Documented values: Initiated (created, cFiTransactionId returned), Sent (included
    in a NACHA batch file sent to the bank), Complete (connectFi was told the payment request was received), Settled
    (funds deposited at the receiving bank; newer documentation only), Returned (the payment came back), Declined
    (the payment failed). The server may add values. """
    dts_created_at: str | None = None
    """ An ISO 8601 UTC timestamp as the server writes it (e.g. 2023-11-12T23:06:10.553Z). Kept as a string so that
    it round-trips byte for byte. """
    effective_entry_date: str | None = None
    """ The effective entry date, YYYY-MM-DD. """
    individual_name: str | None = None
    routing_number: str | None = None
    amount: Decimal | None = None
    """ A money figure in a response (amount, balance, fee). May be zero or negative. """
    currency: str | None = None
    dfi_account_number: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields, with secrets (PIN, PAN, CVV, passwords, tokens, account numbers) masked."""
        parts: list[str] = [
            f"c_fi_transaction_id={self.c_fi_transaction_id!r}",
            f"reference={self.reference!r}",
            f"c_fi_aggregator_id={self.c_fi_aggregator_id!r}",
            f"status={self.status!r}",
            f"dts_created_at={self.dts_created_at!r}",
            f"effective_entry_date={self.effective_entry_date!r}",
            f"individual_name={self.individual_name!r}",
            f"routing_number={self.routing_number!r}",
            f"amount={self.amount!r}",
            f"currency={self.currency!r}",
            "dfi_account_number=***",
        ]
        if self.additional_properties:
            parts.append(f"additional_keys={sorted(self.additional_properties)!r}")
        return f"AchWebhookPayload({', '.join(parts)})"

    def to_dict(self) -> dict[str, Any]:
        c_fi_transaction_id = self.c_fi_transaction_id

        reference = self.reference

        c_fi_aggregator_id = self.c_fi_aggregator_id

        status = self.status

        dts_created_at = self.dts_created_at

        effective_entry_date = self.effective_entry_date

        individual_name = self.individual_name

        routing_number = self.routing_number

        amount = self.amount

        currency = self.currency

        dfi_account_number = self.dfi_account_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if c_fi_transaction_id is not None:
            field_dict["cFiTransactionId"] = c_fi_transaction_id
        if reference is not None:
            field_dict["reference"] = reference
        if c_fi_aggregator_id is not None:
            field_dict["cFiAggregatorId"] = c_fi_aggregator_id
        if status is not None:
            field_dict["status"] = status
        if dts_created_at is not None:
            field_dict["dtsCreatedAt"] = dts_created_at
        if effective_entry_date is not None:
            field_dict["effectiveEntryDate"] = effective_entry_date
        if individual_name is not None:
            field_dict["individualName"] = individual_name
        if routing_number is not None:
            field_dict["routingNumber"] = routing_number
        if amount is not None:
            field_dict["amount"] = amount
        if currency is not None:
            field_dict["currency"] = currency
        if dfi_account_number is not None:
            field_dict["DFIAccountNumber"] = dfi_account_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        c_fi_transaction_id = d.pop("cFiTransactionId", None)

        reference = d.pop("reference", None)

        c_fi_aggregator_id = d.pop("cFiAggregatorId", None)

        status = d.pop("status", None)

        dts_created_at = d.pop("dtsCreatedAt", None)

        effective_entry_date = d.pop("effectiveEntryDate", None)

        individual_name = d.pop("individualName", None)

        routing_number = d.pop("routingNumber", None)

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

        dfi_account_number = d.pop("DFIAccountNumber", None)

        new_instance_ = cls(
            c_fi_transaction_id=c_fi_transaction_id,
            reference=reference,
            c_fi_aggregator_id=c_fi_aggregator_id,
            status=status,
            dts_created_at=dts_created_at,
            effective_entry_date=effective_entry_date,
            individual_name=individual_name,
            routing_number=routing_number,
            amount=amount,
            currency=currency,
            dfi_account_number=dfi_account_number,
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
