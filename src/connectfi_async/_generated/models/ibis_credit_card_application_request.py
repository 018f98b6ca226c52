from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import to_decimal

T = TypeVar("T", bound="IbisCreditCardApplicationRequest")


@_attrs_define
class IbisCreditCardApplicationRequest:
    customer_id: str
    """ A connectFi or external ID (docs tag common-id). """
    employer: str
    """ 1-50 characters, no < or >, not only whitespace (docs tag common-commonStr50Req). """
    total_annual_income: Decimal
    """ A money amount in a request: greater than 0 with at most 2 decimal places (docs tag common-amount:
    exclusiveMinimum 0, amountPrecision 2; amountPrecision is expressed here as multipleOf 0.01 and must be checked
    with exact decimal arithmetic). No upper limit is documented: limits are per program and account and enforced by
    the back office (the wire page shows daily and per-wire limit declines). The maximum here is not a business
    limit but the largest amount the API can receive exactly: its validator is Ajv (JavaScript, see the
    requestValidateError format), which reads a JSON number as an IEEE double, and a double keeps every decimal of
    at most 15 significant digits, so 9999999999999.99 is the largest 2-decimal amount certain to arrive as sent.
    """
    total_annual_income_currency: str
    """ A three character ISO alphabetic currency code (docs tag common-currency). """

    def __repr__(self) -> str:
        """The fields, with secrets (PIN, PAN, CVV, passwords, tokens, account numbers) masked."""
        parts: list[str] = [
            f"customer_id={self.customer_id!r}",
            f"employer={self.employer!r}",
            f"total_annual_income={self.total_annual_income!r}",
            f"total_annual_income_currency={self.total_annual_income_currency!r}",
        ]
        return f"IbisCreditCardApplicationRequest({', '.join(parts)})"

    def to_dict(self) -> dict[str, Any]:
        customer_id = self.customer_id

        employer = self.employer

        total_annual_income = self.total_annual_income

        total_annual_income_currency = self.total_annual_income_currency

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "customerId": customer_id,
                "employer": employer,
                "totalAnnualIncome": total_annual_income,
                "totalAnnualIncomeCurrency": total_annual_income_currency,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        customer_id = d.pop("customerId")

        employer = d.pop("employer")

        _total_annual_income = d.pop("totalAnnualIncome")
        total_annual_income = (
            _total_annual_income
            if type(_total_annual_income) is Decimal
            else Decimal(_total_annual_income)
            if type(_total_annual_income) is int
            else to_decimal(_total_annual_income)
        )

        total_annual_income_currency = d.pop("totalAnnualIncomeCurrency")

        new_instance_ = cls(
            customer_id=customer_id,
            employer=employer,
            total_annual_income=total_annual_income,
            total_annual_income_currency=total_annual_income_currency,
        )

        return new_instance_
