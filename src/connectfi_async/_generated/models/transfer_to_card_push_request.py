from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import to_decimal

if TYPE_CHECKING:
    from ..models.card_soft_descriptor import CardSoftDescriptor


T = TypeVar("T", bound="TransferToCardPushRequest")


@_attrs_define
class TransferToCardPushRequest:
    """Partial schema: the public documentation did not show the property table (only the required list in prose and an
    example); unknown properties are allowed.

    """

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
    narrative: str
    """ Free text (constraints not seen). """
    soft_descriptor: CardSoftDescriptor | None = None
    """ The merchant descriptor shown to the cardholder. Partial schema: the public documentation did not show this
    object's property table (only an example); unknown properties are allowed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields, with secrets (PIN, PAN, CVV, passwords, tokens, account numbers) masked."""
        parts: list[str] = [
            f"reference={self.reference!r}",
            f"c_fi_card_id={self.c_fi_card_id!r}",
            f"amount={self.amount!r}",
            f"currency={self.currency!r}",
            f"narrative={self.narrative!r}",
            f"soft_descriptor={self.soft_descriptor!r}",
        ]
        if self.additional_properties:
            parts.append(f"additional_keys={sorted(self.additional_properties)!r}")
        return f"TransferToCardPushRequest({', '.join(parts)})"

    def to_dict(self) -> dict[str, Any]:
        reference = self.reference

        c_fi_card_id = self.c_fi_card_id

        amount = self.amount

        currency = self.currency

        narrative = self.narrative

        soft_descriptor: dict[str, Any] | None = None
        if not isinstance(self.soft_descriptor, type(None)):
            soft_descriptor = self.soft_descriptor.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "reference": reference,
                "cFiCardId": c_fi_card_id,
                "amount": amount,
                "currency": currency,
                "narrative": narrative,
            }
        )
        if soft_descriptor is not None:
            field_dict["softDescriptor"] = soft_descriptor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.card_soft_descriptor import CardSoftDescriptor

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

        narrative = d.pop("narrative")

        _soft_descriptor = d.pop("softDescriptor", None)
        soft_descriptor: CardSoftDescriptor | None
        if isinstance(_soft_descriptor, type(None)):
            soft_descriptor = None
        else:
            soft_descriptor = CardSoftDescriptor.from_dict(_soft_descriptor)

        new_instance_ = cls(
            reference=reference,
            c_fi_card_id=c_fi_card_id,
            amount=amount,
            currency=currency,
            narrative=narrative,
            soft_descriptor=soft_descriptor,
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
