from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import to_decimal

T = TypeVar("T", bound="CardTransaction")


@_attrs_define
class CardTransaction:
    """A push or pull transaction to/from an external card. The status fields are documented (status-value pages, list
    filters); the identifying fields below are those the query, reversal and error pages name for a transaction, and the
    request's own fields; the answer itself was not shown in the documentation, so unknown properties are allowed.

    """

    c_fi_transaction_id: str | None = None
    """ The connectFi transaction ID, what transactions-query takes in `cFiTransactionIds` and the reversal names
    (toucanCannotReverseError context). Presumed present in the answer, which the documentation did not show. """
    reference: str | None = None
    """ Your reference, by which transactions-query finds the transaction (presumed present, as above). """
    c_fi_card_id: str | None = None
    """ The registered card (`tcrd_...`) the request named; that the answer echoes it was not seen. """
    amount: Decimal | None = None
    """ A money figure in a response (amount, balance, fee). May be zero or negative. """
    currency: str | None = None
    """ The request's currency; that the answer echoes it was not seen. """
    status: str | None = None
    """ Transaction status. Documented values: Initiated (created; moves to Complete or Declined within seconds),
    Complete (finished successfully), Declined (refused), Unknown and Manual (unexpected situation; contact
    support). Servers may add values. """
    reversal_status: str | None = None
    """ Reversal status. Documented values: Reversed (reversal done), Reversal (reversal attempted, outcome
    unknown), Unknown (query the transaction again). Servers may add values; null/absent when no reversal was
    attempted (not documented, allowed here). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields, with secrets (PIN, PAN, CVV, passwords, tokens, account numbers) masked."""
        parts: list[str] = [
            f"c_fi_transaction_id={self.c_fi_transaction_id!r}",
            f"reference={self.reference!r}",
            f"c_fi_card_id={self.c_fi_card_id!r}",
            f"amount={self.amount!r}",
            f"currency={self.currency!r}",
            f"status={self.status!r}",
            f"reversal_status={self.reversal_status!r}",
        ]
        if self.additional_properties:
            parts.append(f"additional_keys={sorted(self.additional_properties)!r}")
        return f"CardTransaction({', '.join(parts)})"

    def to_dict(self) -> dict[str, Any]:
        c_fi_transaction_id = self.c_fi_transaction_id

        reference = self.reference

        c_fi_card_id = self.c_fi_card_id

        amount = self.amount

        currency = self.currency

        status = self.status

        reversal_status: str | None
        if isinstance(self.reversal_status, type(None)):
            reversal_status = None
        else:
            reversal_status = self.reversal_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if c_fi_transaction_id is not None:
            field_dict["cFiTransactionId"] = c_fi_transaction_id
        if reference is not None:
            field_dict["reference"] = reference
        if c_fi_card_id is not None:
            field_dict["cFiCardId"] = c_fi_card_id
        if amount is not None:
            field_dict["amount"] = amount
        if currency is not None:
            field_dict["currency"] = currency
        if status is not None:
            field_dict["status"] = status
        if reversal_status is not None:
            field_dict["reversalStatus"] = reversal_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        c_fi_transaction_id = d.pop("cFiTransactionId", None)

        reference = d.pop("reference", None)

        c_fi_card_id = d.pop("cFiCardId", None)

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

        status = d.pop("status", None)

        def _parse_reversal_status(data: object) -> str | None:
            if data is None:
                return data
            if isinstance(data, type(None)):
                return data
            return cast(str | None, data)

        reversal_status = _parse_reversal_status(d.pop("reversalStatus", None))

        new_instance_ = cls(
            c_fi_transaction_id=c_fi_transaction_id,
            reference=reference,
            c_fi_card_id=c_fi_card_id,
            amount=amount,
            currency=currency,
            status=status,
            reversal_status=reversal_status,
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
