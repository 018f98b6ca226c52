from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import to_decimal

T = TypeVar("T", bound="IbisFinancialReversalRequest")


@_attrs_define
class IbisFinancialReversalRequest:
    c_fi_funds_id: str
    """ A connectFi or external ID (docs tag common-id). """
    amount: Decimal | None = None
    """ The amount to reverse (at most the original amount); null or absent reverses it all. The Reverse-Transaction
    page's schema states only exclusiveMinimum 0 and nullable (no amountPrecision), so no precision is imposed here.
    The maximum is the largest amount the API's Ajv (JavaScript) validator receives exactly (15 significant digits;
    see Amount); no business limit is documented. """
    description: str | None = None
    """ 0-50 characters, no < or >, nullable (docs tag common-commonStr50). """

    def __repr__(self) -> str:
        """The fields, with secrets (PIN, PAN, CVV, passwords, tokens, account numbers) masked."""
        parts: list[str] = [
            f"c_fi_funds_id={self.c_fi_funds_id!r}",
            f"amount={self.amount!r}",
            f"description={self.description!r}",
        ]
        return f"IbisFinancialReversalRequest({', '.join(parts)})"

    def to_dict(self) -> dict[str, Any]:
        c_fi_funds_id = self.c_fi_funds_id

        amount: Decimal | None
        if isinstance(self.amount, type(None)):
            amount = None
        else:
            amount = self.amount

        description: str | None
        if isinstance(self.description, type(None)):
            description = None
        else:
            description = self.description

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "cFiFundsId": c_fi_funds_id,
            }
        )
        if amount is not None:
            field_dict["amount"] = amount
        if description is not None:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        c_fi_funds_id = d.pop("cFiFundsId")

        def _parse_amount(data: object) -> Decimal | None:
            if data is None:
                return data
            if isinstance(data, type(None)):
                return data
            try:
                if not (isinstance(data, (int, float, Decimal)) and not isinstance(data, bool)):
                    raise TypeError()
                _amount_type_0 = data
                amount_type_0 = (
                    _amount_type_0
                    if type(_amount_type_0) is Decimal
                    else Decimal(_amount_type_0)
                    if type(_amount_type_0) is int
                    else to_decimal(_amount_type_0)
                )

                return amount_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None, data)

        amount = _parse_amount(d.pop("amount", None))

        def _parse_description(data: object) -> str | None:
            if data is None:
                return data
            if isinstance(data, type(None)):
                return data
            return cast(str | None, data)

        description = _parse_description(d.pop("description", None))

        new_instance_ = cls(
            c_fi_funds_id=c_fi_funds_id,
            amount=amount,
            description=description,
        )

        return new_instance_
