from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.ibis_holder_type import IbisHolderType, check_ibis_holder_type

T = TypeVar("T", bound="IbisCardHolderProfile")


@_attrs_define
class IbisCardHolderProfile:
    """Card holder details. The docs do not show schemas for these fields."""

    name_on_card: str
    """ The name displayed on the card. """
    occupation: str
    """ The occupation of the card holder. """
    card_holder_id: str | None = None
    """ The card holder's connectFi ID (required for business card holders; must match customerId for an
    individual). """
    card_holder_type: IbisHolderType | None = None
    """ "individual" or "representative" (required for business card holders). """

    def __repr__(self) -> str:
        """The fields, with secrets (PIN, PAN, CVV, passwords, tokens, account numbers) masked."""
        parts: list[str] = [
            f"name_on_card={self.name_on_card!r}",
            f"occupation={self.occupation!r}",
            f"card_holder_id={self.card_holder_id!r}",
            f"card_holder_type={self.card_holder_type!r}",
        ]
        return f"IbisCardHolderProfile({', '.join(parts)})"

    def to_dict(self) -> dict[str, Any]:
        name_on_card = self.name_on_card

        occupation = self.occupation

        card_holder_id: str | None
        if isinstance(self.card_holder_id, type(None)):
            card_holder_id = None
        else:
            card_holder_id = self.card_holder_id

        card_holder_type: str | None
        if isinstance(self.card_holder_type, type(None)):
            card_holder_type = None
        elif isinstance(self.card_holder_type, str):
            card_holder_type = self.card_holder_type
        else:
            card_holder_type = self.card_holder_type

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "nameOnCard": name_on_card,
                "occupation": occupation,
            }
        )
        if card_holder_id is not None:
            field_dict["cardHolderId"] = card_holder_id
        if card_holder_type is not None:
            field_dict["cardHolderType"] = card_holder_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name_on_card = d.pop("nameOnCard")

        occupation = d.pop("occupation")

        def _parse_card_holder_id(data: object) -> str | None:
            if data is None:
                return data
            if isinstance(data, type(None)):
                return data
            return cast(str | None, data)

        card_holder_id = _parse_card_holder_id(d.pop("cardHolderId", None))

        def _parse_card_holder_type(data: object) -> IbisHolderType | None:
            if data is None:
                return data
            if isinstance(data, type(None)):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                card_holder_type_type_0 = check_ibis_holder_type(data)

                return card_holder_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(IbisHolderType | None, data)

        card_holder_type = _parse_card_holder_type(d.pop("cardHolderType", None))

        new_instance_ = cls(
            name_on_card=name_on_card,
            occupation=occupation,
            card_holder_id=card_holder_id,
            card_holder_type=card_holder_type,
        )

        return new_instance_
