from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import to_decimal

if TYPE_CHECKING:
    from ..models.check_print_request_address import CheckPrintRequestAddress
    from ..models.check_print_request_return_address import (
        CheckPrintRequestReturnAddress,
    )


T = TypeVar("T", bound="CheckPrintRequestCheckAttributes")


@_attrs_define
class CheckPrintRequestCheckAttributes:
    """The contents of the check. Partial schema: the public documentation did not show the property table (types, required
    flags, constraints); unknown properties are allowed.

    """

    amount: Decimal | None = None
    """ Check amount, e.g. 11.13 (other constraints not seen). The maximum is the largest amount the API's Ajv
    (JavaScript) validator receives exactly (15 significant digits; see Amount); no business limit is documented.
    """
    currency: str | None = None
    """ e.g. "USD". """
    return_address: CheckPrintRequestReturnAddress | None = None
    """ Return address as three free-text lines (partial schema; constraints not seen; unknown properties are
    allowed). """
    payer_name: str | None = None
    """ e.g. "Jim Payer". """
    payer_address: CheckPrintRequestAddress | None = None
    """ Payer or payee postal address (partial schema: only these fields were seen in the example, constraints not
    seen; unknown properties such as a second address line are allowed). """
    payee_name: str | None = None
    """ e.g. "ABC123abc Energy". """
    payee_address: CheckPrintRequestAddress | None = None
    """ Payer or payee postal address (partial schema: only these fields were seen in the example, constraints not
    seen; unknown properties such as a second address line are allowed). """
    platform_number: str | None = None
    """ Platform phone number as printed, e.g. "+1 (555) 666-7777". """
    memo: str | None = None
    """ Memo line, e.g. "Both of these checks will print with two separate serial numbers". """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields, with secrets (PIN, PAN, CVV, passwords, tokens, account numbers) masked."""
        parts: list[str] = [
            f"amount={self.amount!r}",
            f"currency={self.currency!r}",
            f"return_address={self.return_address!r}",
            f"payer_name={self.payer_name!r}",
            f"payer_address={self.payer_address!r}",
            f"payee_name={self.payee_name!r}",
            f"payee_address={self.payee_address!r}",
            f"platform_number={self.platform_number!r}",
            f"memo={self.memo!r}",
        ]
        if self.additional_properties:
            parts.append(f"additional_keys={sorted(self.additional_properties)!r}")
        return f"CheckPrintRequestCheckAttributes({', '.join(parts)})"

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        currency = self.currency

        return_address: dict[str, Any] | None = None
        if not isinstance(self.return_address, type(None)):
            return_address = self.return_address.to_dict()

        payer_name = self.payer_name

        payer_address: dict[str, Any] | None = None
        if not isinstance(self.payer_address, type(None)):
            payer_address = self.payer_address.to_dict()

        payee_name = self.payee_name

        payee_address: dict[str, Any] | None = None
        if not isinstance(self.payee_address, type(None)):
            payee_address = self.payee_address.to_dict()

        platform_number = self.platform_number

        memo = self.memo

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amount is not None:
            field_dict["amount"] = amount
        if currency is not None:
            field_dict["currency"] = currency
        if return_address is not None:
            field_dict["returnAddress"] = return_address
        if payer_name is not None:
            field_dict["payerName"] = payer_name
        if payer_address is not None:
            field_dict["payerAddress"] = payer_address
        if payee_name is not None:
            field_dict["payeeName"] = payee_name
        if payee_address is not None:
            field_dict["payeeAddress"] = payee_address
        if platform_number is not None:
            field_dict["platformNumber"] = platform_number
        if memo is not None:
            field_dict["memo"] = memo

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.check_print_request_address import CheckPrintRequestAddress
        from ..models.check_print_request_return_address import (
            CheckPrintRequestReturnAddress,
        )

        d = dict(src_dict)
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

        _return_address = d.pop("returnAddress", None)
        return_address: CheckPrintRequestReturnAddress | None
        if isinstance(_return_address, type(None)):
            return_address = None
        else:
            return_address = CheckPrintRequestReturnAddress.from_dict(_return_address)

        payer_name = d.pop("payerName", None)

        _payer_address = d.pop("payerAddress", None)
        payer_address: CheckPrintRequestAddress | None
        if isinstance(_payer_address, type(None)):
            payer_address = None
        else:
            payer_address = CheckPrintRequestAddress.from_dict(_payer_address)

        payee_name = d.pop("payeeName", None)

        _payee_address = d.pop("payeeAddress", None)
        payee_address: CheckPrintRequestAddress | None
        if isinstance(_payee_address, type(None)):
            payee_address = None
        else:
            payee_address = CheckPrintRequestAddress.from_dict(_payee_address)

        platform_number = d.pop("platformNumber", None)

        memo = d.pop("memo", None)

        new_instance_ = cls(
            amount=amount,
            currency=currency,
            return_address=return_address,
            payer_name=payer_name,
            payer_address=payer_address,
            payee_name=payee_name,
            payee_address=payee_address,
            platform_number=platform_number,
            memo=memo,
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
