from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import to_decimal

if TYPE_CHECKING:
    from ..models.ibis_business_info import IbisBusinessInfo
    from ..models.ibis_card_holder_profile import IbisCardHolderProfile


T = TypeVar("T", bound="IbisCreditCardAddRequest")


@_attrs_define
class IbisCreditCardAddRequest:
    """creditLimit follows the seed: "number, >= 0", with the minimum and maximum configured per card program (a limit
    outside them is declined with extIbis subCode 12). Partial schema: the public Add-Credit-Card page was cut before
    its property table, so this follows the seed's table and, by this document's policy for unseen tables, allows
    unknown properties.

    """

    customer_id: str
    """ A connectFi or external ID (docs tag common-id). """
    reference: str
    """ An external alphanumeric reference ID for the entity in your system (docs tag common-reference). """
    profile: IbisCardHolderProfile
    """ Card holder details. The docs do not show schemas for these fields. """
    card_program_id: str
    """ A card or account program ID (e.g. d_gpr_test). Its schema is not shown by the docs. """
    application_id: str
    """ A connectFi or external ID (docs tag common-id). """
    credit_limit: Decimal
    """ The requested credit limit; the seed states "number, >= 0" and no precision. Bounds are set per card
    program. The maximum is the largest amount the API's Ajv (JavaScript) validator receives exactly (15 significant
    digits; see Amount); no business limit is documented. """
    credit_limit_currency: str
    """ A three character ISO alphabetic currency code (docs tag common-currency). """
    business_info: IbisBusinessInfo | None = None
    """ Business details (business cards only). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields, with secrets (PIN, PAN, CVV, passwords, tokens, account numbers) masked."""
        parts: list[str] = [
            f"customer_id={self.customer_id!r}",
            f"reference={self.reference!r}",
            f"profile={self.profile!r}",
            f"card_program_id={self.card_program_id!r}",
            f"application_id={self.application_id!r}",
            f"credit_limit={self.credit_limit!r}",
            f"credit_limit_currency={self.credit_limit_currency!r}",
            f"business_info={self.business_info!r}",
        ]
        if self.additional_properties:
            parts.append(f"additional_keys={sorted(self.additional_properties)!r}")
        return f"IbisCreditCardAddRequest({', '.join(parts)})"

    def to_dict(self) -> dict[str, Any]:
        customer_id = self.customer_id

        reference = self.reference

        profile = self.profile.to_dict()

        card_program_id = self.card_program_id

        application_id = self.application_id

        credit_limit = self.credit_limit

        credit_limit_currency = self.credit_limit_currency

        business_info: dict[str, Any] | None = None
        if not isinstance(self.business_info, type(None)):
            business_info = self.business_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customerId": customer_id,
                "reference": reference,
                "profile": profile,
                "cardProgramId": card_program_id,
                "applicationId": application_id,
                "creditLimit": credit_limit,
                "creditLimitCurrency": credit_limit_currency,
            }
        )
        if business_info is not None:
            field_dict["businessInfo"] = business_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ibis_business_info import IbisBusinessInfo
        from ..models.ibis_card_holder_profile import IbisCardHolderProfile

        d = dict(src_dict)
        customer_id = d.pop("customerId")

        reference = d.pop("reference")

        profile = IbisCardHolderProfile.from_dict(d.pop("profile"))

        card_program_id = d.pop("cardProgramId")

        application_id = d.pop("applicationId")

        _credit_limit = d.pop("creditLimit")
        credit_limit = (
            _credit_limit
            if type(_credit_limit) is Decimal
            else Decimal(_credit_limit)
            if type(_credit_limit) is int
            else to_decimal(_credit_limit)
        )

        credit_limit_currency = d.pop("creditLimitCurrency")

        _business_info = d.pop("businessInfo", None)
        business_info: IbisBusinessInfo | None
        if isinstance(_business_info, type(None)):
            business_info = None
        else:
            business_info = IbisBusinessInfo.from_dict(_business_info)

        new_instance_ = cls(
            customer_id=customer_id,
            reference=reference,
            profile=profile,
            card_program_id=card_program_id,
            application_id=application_id,
            credit_limit=credit_limit,
            credit_limit_currency=credit_limit_currency,
            business_info=business_info,
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
