from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import to_decimal

if TYPE_CHECKING:
    from ..models.transfer_to_wire_request_beneficiary import (
        TransferToWireRequestBeneficiary,
    )
    from ..models.transfer_to_wire_request_originator import (
        TransferToWireRequestOriginator,
    )


T = TypeVar("T", bound="TransferToWireRequest")


@_attrs_define
class TransferToWireRequest:
    """Body of /transfer-to/wire. Partial schema: the public documentation did not show the property table; the properties
    come from the example body (types only: required flags, maximum lengths, patterns and the `reference` schema were
    not shown); unknown properties are allowed.

    """

    amount: Decimal | None = None
    """ A money amount in a request: greater than 0 with at most 2 decimal places (docs tag common-amount:
    exclusiveMinimum 0, amountPrecision 2; amountPrecision is expressed here as multipleOf 0.01 and must be checked
    with exact decimal arithmetic). No upper limit is documented: limits are per program and account and enforced by
    the back office (the wire page shows daily and per-wire limit declines). The maximum here is not a business
    limit but the largest amount the API can receive exactly: its validator is Ajv (JavaScript, see the
    requestValidateError format), which reads a JSON number as an IEEE double, and a double keeps every decimal of
    at most 15 significant digits, so 9999999999999.99 is the largest 2-decimal amount certain to arrive as sent.
    """
    currency: str | None = None
    """ A three character ISO alphabetic currency code (docs tag common-currency). """
    end_user_account: str | None = None
    """ An account number, probably your source account (meaning not stated in the documentation). """
    reference: str | None = None
    """ Your external ID for the wire; de-duplicated. Schema not shown; the documented example EXT_REFERENCE_ID1
    contains `_`. """
    originator: TransferToWireRequestOriginator | None = None
    """ The originator (sender) of the wire. Partial schema: fields from the example body only; unknown properties
    are allowed. """
    beneficiary: TransferToWireRequestBeneficiary | None = None
    """ The beneficiary (receiver) of the wire. Partial schema: fields from the example body only; unknown
    properties are allowed. """
    narrative: str | None = None
    """ Free text (maximum length not shown). """
    memos: list[str] | None = None
    """ Messages or notes (maximum items and lengths not shown). """
    webhook_url: str | None = None
    """ Optional URL that receives one POST (WireWebhookPayload) per status change. Spelled `webhookURL` (capital
    URL). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields, with secrets (PIN, PAN, CVV, passwords, tokens, account numbers) masked."""
        parts: list[str] = [
            f"amount={self.amount!r}",
            f"currency={self.currency!r}",
            f"end_user_account={self.end_user_account!r}",
            f"reference={self.reference!r}",
            f"originator={self.originator!r}",
            f"beneficiary={self.beneficiary!r}",
            f"narrative={self.narrative!r}",
            f"memos={self.memos!r}",
            f"webhook_url={self.webhook_url!r}",
        ]
        if self.additional_properties:
            parts.append(f"additional_keys={sorted(self.additional_properties)!r}")
        return f"TransferToWireRequest({', '.join(parts)})"

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        currency = self.currency

        end_user_account = self.end_user_account

        reference = self.reference

        originator: dict[str, Any] | None = None
        if not isinstance(self.originator, type(None)):
            originator = self.originator.to_dict()

        beneficiary: dict[str, Any] | None = None
        if not isinstance(self.beneficiary, type(None)):
            beneficiary = self.beneficiary.to_dict()

        narrative = self.narrative

        memos: list[str] | None = None
        if not isinstance(self.memos, type(None)):
            memos = self.memos

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amount is not None:
            field_dict["amount"] = amount
        if currency is not None:
            field_dict["currency"] = currency
        if end_user_account is not None:
            field_dict["endUserAccount"] = end_user_account
        if reference is not None:
            field_dict["reference"] = reference
        if originator is not None:
            field_dict["originator"] = originator
        if beneficiary is not None:
            field_dict["beneficiary"] = beneficiary
        if narrative is not None:
            field_dict["narrative"] = narrative
        if memos is not None:
            field_dict["memos"] = memos
        if webhook_url is not None:
            field_dict["webhookURL"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.transfer_to_wire_request_beneficiary import (
            TransferToWireRequestBeneficiary,
        )
        from ..models.transfer_to_wire_request_originator import (
            TransferToWireRequestOriginator,
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

        end_user_account = d.pop("endUserAccount", None)

        reference = d.pop("reference", None)

        _originator = d.pop("originator", None)
        originator: TransferToWireRequestOriginator | None
        if isinstance(_originator, type(None)):
            originator = None
        else:
            originator = TransferToWireRequestOriginator.from_dict(_originator)

        _beneficiary = d.pop("beneficiary", None)
        beneficiary: TransferToWireRequestBeneficiary | None
        if isinstance(_beneficiary, type(None)):
            beneficiary = None
        else:
            beneficiary = TransferToWireRequestBeneficiary.from_dict(_beneficiary)

        narrative = d.pop("narrative", None)

        memos = cast(list[str], d.pop("memos", None))

        webhook_url = d.pop("webhookURL", None)

        new_instance_ = cls(
            amount=amount,
            currency=currency,
            end_user_account=end_user_account,
            reference=reference,
            originator=originator,
            beneficiary=beneficiary,
            narrative=narrative,
            memos=memos,
            webhook_url=webhook_url,
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
