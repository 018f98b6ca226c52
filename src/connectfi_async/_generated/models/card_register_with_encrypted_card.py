from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.card_encrypted_card import CardEncryptedCard
    from ..models.card_owner import CardOwner


T = TypeVar("T", bound="CardRegisterWithEncryptedCard")


@_attrs_define
class CardRegisterWithEncryptedCard:
    """Register body carrying the encrypted `card` (and no `clearCard`). Used by /transfer-to/card/register, /transfer-
    to/combo/card/register and /acquiring/register. Partial schema: the public documentation did not show the property
    table; unknown properties are allowed.

    """

    card: CardEncryptedCard
    """ Encrypted card data (`card`). `encryptedData` is the string `<PAN>|<expiry YYYYMM>|<CVV>` (pipe-separated,
    e.g. `1234567890123456|202211|123`) encrypted with the client's RSA public key identified by `keyId`. Partial
    schema: the public documentation did not show this object's property table (types, lengths, required flags);
    unknown properties are allowed. """
    reference: str | None = None
    """ An external alphanumeric reference ID for the entity in your system (docs tag common-reference). """
    owner: CardOwner | None = None
    """ The cardholder. Partial schema: the public documentation did not show this object's property table (types,
    lengths, required flags); unknown properties are allowed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields, with secrets (PIN, PAN, CVV, passwords, tokens, account numbers) masked."""
        parts: list[str] = [
            f"card={self.card!r}",
            f"reference={self.reference!r}",
            f"owner={self.owner!r}",
        ]
        if self.additional_properties:
            parts.append(f"additional_keys={sorted(self.additional_properties)!r}")
        return f"CardRegisterWithEncryptedCard({', '.join(parts)})"

    def to_dict(self) -> dict[str, Any]:
        card = self.card.to_dict()

        reference = self.reference

        owner: dict[str, Any] | None = None
        if not isinstance(self.owner, type(None)):
            owner = self.owner.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "card": card,
            }
        )
        if reference is not None:
            field_dict["reference"] = reference
        if owner is not None:
            field_dict["owner"] = owner

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.card_encrypted_card import CardEncryptedCard
        from ..models.card_owner import CardOwner

        d = dict(src_dict)
        card = CardEncryptedCard.from_dict(d.pop("card"))

        reference = d.pop("reference", None)

        _owner = d.pop("owner", None)
        owner: CardOwner | None
        if isinstance(_owner, type(None)):
            owner = None
        else:
            owner = CardOwner.from_dict(_owner)

        new_instance_ = cls(
            card=card,
            reference=reference,
            owner=owner,
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
