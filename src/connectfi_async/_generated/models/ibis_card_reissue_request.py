from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.ibis_card_reissue_request_ibis_activate_new_card import (
    IbisCardReissueRequestIbisActivateNewCard,
    check_ibis_card_reissue_request_ibis_activate_new_card,
)
from ..models.ibis_card_reissue_request_ibis_reissue_reason import (
    IbisCardReissueRequestIbisReissueReason,
    check_ibis_card_reissue_request_ibis_reissue_reason,
)
from ..models.ibis_card_reissue_request_ibis_reissue_type import (
    IbisCardReissueRequestIbisReissueType,
    check_ibis_card_reissue_request_ibis_reissue_type,
)
from ..models.ibis_card_shipping_method import (
    IbisCardShippingMethod,
    check_ibis_card_shipping_method,
)

if TYPE_CHECKING:
    from ..models.ibis_reissue_profile import IbisReissueProfile


T = TypeVar("T", bound="IbisCardReissueRequest")


@_attrs_define
class IbisCardReissueRequest:
    c_fi_card_id: str
    """ A connectFi or external ID (docs tag common-id). """
    reference: str
    """ An external alphanumeric reference ID for the entity in your system (docs tag common-reference). """
    reissue_type: IbisCardReissueRequestIbisReissueType
    """ "1" same number and profile, "2" same number with a new expiry, "3" new number with the existing profile.
    """
    reason_code: IbisCardReissueRequestIbisReissueReason
    """ "1" damaged, "2" expired, "3" lost/stolen, "4" fraud/compromised, "5" return, "6" new enrollment. """
    customer_id: str | None = None
    """ A connectFi or external ID (docs tag common-id). """
    profile: IbisReissueProfile | None = None
    """ Partial schema: the newer page names this "reissueProfile" (older "syncProfile") without showing its table;
    the fields below are those of the seed's example (and cardHolderId from the newer page's prose). Unknown
    properties are allowed. """
    card_shipping_method_id: IbisCardShippingMethod | None = None
    """ "1" normal (default), "2" urgent, "3" VIP; null means the default. """
    activate_new_card: IbisCardReissueRequestIbisActivateNewCard | None = None
    """ "Y" activates the new card on reissue; "N" (default) does not. """

    def __repr__(self) -> str:
        """The fields, with secrets (PIN, PAN, CVV, passwords, tokens, account numbers) masked."""
        parts: list[str] = [
            f"c_fi_card_id={self.c_fi_card_id!r}",
            f"reference={self.reference!r}",
            f"reissue_type={self.reissue_type!r}",
            f"reason_code={self.reason_code!r}",
            f"customer_id={self.customer_id!r}",
            f"profile={self.profile!r}",
            f"card_shipping_method_id={self.card_shipping_method_id!r}",
            f"activate_new_card={self.activate_new_card!r}",
        ]
        return f"IbisCardReissueRequest({', '.join(parts)})"

    def to_dict(self) -> dict[str, Any]:
        c_fi_card_id = self.c_fi_card_id

        reference = self.reference

        reissue_type: str = self.reissue_type

        reason_code: str = self.reason_code

        customer_id = self.customer_id

        profile: dict[str, Any] | None = None
        if not isinstance(self.profile, type(None)):
            profile = self.profile.to_dict()

        card_shipping_method_id: str | None
        if isinstance(self.card_shipping_method_id, type(None)):
            card_shipping_method_id = None
        elif isinstance(self.card_shipping_method_id, str):
            card_shipping_method_id = self.card_shipping_method_id
        else:
            card_shipping_method_id = self.card_shipping_method_id

        activate_new_card: str | None = None
        if not isinstance(self.activate_new_card, type(None)):
            activate_new_card = self.activate_new_card

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "cFiCardId": c_fi_card_id,
                "reference": reference,
                "reissueType": reissue_type,
                "reasonCode": reason_code,
            }
        )
        if customer_id is not None:
            field_dict["customerId"] = customer_id
        if profile is not None:
            field_dict["profile"] = profile
        if card_shipping_method_id is not None:
            field_dict["cardShippingMethodId"] = card_shipping_method_id
        if activate_new_card is not None:
            field_dict["activateNewCard"] = activate_new_card

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ibis_reissue_profile import IbisReissueProfile

        d = dict(src_dict)
        c_fi_card_id = d.pop("cFiCardId")

        reference = d.pop("reference")

        reissue_type = check_ibis_card_reissue_request_ibis_reissue_type(d.pop("reissueType"))

        reason_code = check_ibis_card_reissue_request_ibis_reissue_reason(d.pop("reasonCode"))

        customer_id = d.pop("customerId", None)

        _profile = d.pop("profile", None)
        profile: IbisReissueProfile | None
        if isinstance(_profile, type(None)):
            profile = None
        else:
            profile = IbisReissueProfile.from_dict(_profile)

        def _parse_card_shipping_method_id(data: object) -> IbisCardShippingMethod | None:
            if data is None:
                return data
            if isinstance(data, type(None)):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                card_shipping_method_id_type_0 = check_ibis_card_shipping_method(data)

                return card_shipping_method_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(IbisCardShippingMethod | None, data)

        card_shipping_method_id = _parse_card_shipping_method_id(
            d.pop("cardShippingMethodId", None)
        )

        _activate_new_card = d.pop("activateNewCard", None)
        activate_new_card: IbisCardReissueRequestIbisActivateNewCard | None
        if isinstance(_activate_new_card, type(None)):
            activate_new_card = None
        else:
            activate_new_card = check_ibis_card_reissue_request_ibis_activate_new_card(
                _activate_new_card
            )

        new_instance_ = cls(
            c_fi_card_id=c_fi_card_id,
            reference=reference,
            reissue_type=reissue_type,
            reason_code=reason_code,
            customer_id=customer_id,
            profile=profile,
            card_shipping_method_id=card_shipping_method_id,
            activate_new_card=activate_new_card,
        )

        return new_instance_
