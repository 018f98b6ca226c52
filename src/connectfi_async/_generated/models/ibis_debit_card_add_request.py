from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.ibis_business_info import IbisBusinessInfo
    from ..models.ibis_card_holder_profile import IbisCardHolderProfile


T = TypeVar("T", bound="IbisDebitCardAddRequest")


@_attrs_define
class IbisDebitCardAddRequest:
    """Partial schema: the public Add-Debit-Card page was cut before its property table (the current table was never seen),
    so, by this document's policy for unseen tables, unknown properties are allowed; the properties and required list
    follow the seed's table.

    """

    customer_id: str
    """ A connectFi or external ID (docs tag common-id). """
    reference: str
    """ An external alphanumeric reference ID for the entity in your system (docs tag common-reference). """
    card_program_id: str
    """ A card or account program ID (e.g. d_gpr_test). Its schema is not shown by the docs. """
    profile: IbisCardHolderProfile
    """ Card holder details. The docs do not show schemas for these fields. """
    business_info: IbisBusinessInfo | None = None
    """ Business details (business cards only). """
    c_fi_primary_card_id: str | None = None
    """ A connectFi or external ID (docs tag common-id). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields, with secrets (PIN, PAN, CVV, passwords, tokens, account numbers) masked."""
        parts: list[str] = [
            f"customer_id={self.customer_id!r}",
            f"reference={self.reference!r}",
            f"card_program_id={self.card_program_id!r}",
            f"profile={self.profile!r}",
            f"business_info={self.business_info!r}",
            f"c_fi_primary_card_id={self.c_fi_primary_card_id!r}",
        ]
        if self.additional_properties:
            parts.append(f"additional_keys={sorted(self.additional_properties)!r}")
        return f"IbisDebitCardAddRequest({', '.join(parts)})"

    def to_dict(self) -> dict[str, Any]:
        customer_id = self.customer_id

        reference = self.reference

        card_program_id = self.card_program_id

        profile = self.profile.to_dict()

        business_info: dict[str, Any] | None = None
        if not isinstance(self.business_info, type(None)):
            business_info = self.business_info.to_dict()

        c_fi_primary_card_id = self.c_fi_primary_card_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customerId": customer_id,
                "reference": reference,
                "cardProgramId": card_program_id,
                "profile": profile,
            }
        )
        if business_info is not None:
            field_dict["businessInfo"] = business_info
        if c_fi_primary_card_id is not None:
            field_dict["cFiPrimaryCardId"] = c_fi_primary_card_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ibis_business_info import IbisBusinessInfo
        from ..models.ibis_card_holder_profile import IbisCardHolderProfile

        d = dict(src_dict)
        customer_id = d.pop("customerId")

        reference = d.pop("reference")

        card_program_id = d.pop("cardProgramId")

        profile = IbisCardHolderProfile.from_dict(d.pop("profile"))

        _business_info = d.pop("businessInfo", None)
        business_info: IbisBusinessInfo | None
        if isinstance(_business_info, type(None)):
            business_info = None
        else:
            business_info = IbisBusinessInfo.from_dict(_business_info)

        c_fi_primary_card_id = d.pop("cFiPrimaryCardId", None)

        new_instance_ = cls(
            customer_id=customer_id,
            reference=reference,
            card_program_id=card_program_id,
            profile=profile,
            business_info=business_info,
            c_fi_primary_card_id=c_fi_primary_card_id,
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
