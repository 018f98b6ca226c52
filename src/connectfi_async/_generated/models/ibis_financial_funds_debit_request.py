from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import to_decimal

T = TypeVar("T", bound="IbisFinancialFundsDebitRequest")


@_attrs_define
class IbisFinancialFundsDebitRequest:
    reference: str
    """ An external alphanumeric reference ID for the entity in your system (docs tag common-reference). """
    c_fi_card_id: str
    """ A connectFi or external ID (docs tag common-id). """
    amount: Decimal
    """ A money amount in a request: greater than 0 with at most 2 decimal places (docs tag common-amount:
    exclusiveMinimum 0, amountPrecision 2; amountPrecision is expressed here as multipleOf 0.01 and must be checked
    with exact decimal arithmetic). No upper limit is documented: limits are per program and account and enforced by
    the back office (the wire page shows daily and per-wire limit declines). The maximum here is not a business
    limit but the largest amount the API can receive exactly: its validator is Ajv (JavaScript, see the
    requestValidateError format), which reads a JSON number as an IEEE double, and a double keeps every decimal of
    at most 15 significant digits, so 9999999999999.99 is the largest 2-decimal amount certain to arrive as sent.
    """
    currency: str
    """ A three character ISO alphabetic currency code (docs tag common-currency). """
    description: str | None = None
    """ 1-60 characters (docs tag ibis-description). """

    def __repr__(self) -> str:
        """The fields, with secrets (PIN, PAN, CVV, passwords, tokens, account numbers) masked."""
        parts: list[str] = [
            f"reference={self.reference!r}",
            f"c_fi_card_id={self.c_fi_card_id!r}",
            f"amount={self.amount!r}",
            f"currency={self.currency!r}",
            f"description={self.description!r}",
        ]
        return f"IbisFinancialFundsDebitRequest({', '.join(parts)})"

    def to_dict(self) -> dict[str, Any]:
        reference = self.reference

        c_fi_card_id = self.c_fi_card_id

        amount = self.amount

        currency = self.currency

        description = self.description

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "reference": reference,
                "cFiCardId": c_fi_card_id,
                "amount": amount,
                "currency": currency,
            }
        )
        if description is not None:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reference = d.pop("reference")

        c_fi_card_id = d.pop("cFiCardId")

        _amount = d.pop("amount")
        amount = (
            _amount
            if type(_amount) is Decimal
            else Decimal(_amount)
            if type(_amount) is int
            else to_decimal(_amount)
        )

        currency = d.pop("currency")

        description = d.pop("description", None)

        new_instance_ = cls(
            reference=reference,
            c_fi_card_id=c_fi_card_id,
            amount=amount,
            currency=currency,
            description=description,
        )

        return new_instance_
