from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.card_address import CardAddress
    from ..models.card_phone import CardPhone


T = TypeVar("T", bound="CardSoftDescriptor")


@_attrs_define
class CardSoftDescriptor:
    """The merchant descriptor shown to the cardholder. Partial schema: the public documentation did not show this object's
    property table (only an example); unknown properties are allowed.

    """

    name: str | None = None
    address: CardAddress | None = None
    """ A postal address (cardholder address or soft-descriptor address). Partial schema: the public documentation
    did not show this object's property table (constraints, required flags); unknown properties are allowed. """
    phone: CardPhone | None = None
    """ A phone number split into country code and number. Partial schema: the public documentation did not show
    this object's property table; unknown properties are allowed. """
    email: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields, with secrets (PIN, PAN, CVV, passwords, tokens, account numbers) masked."""
        parts: list[str] = [
            f"name={self.name!r}",
            f"address={self.address!r}",
            f"phone={self.phone!r}",
            f"email={self.email!r}",
        ]
        if self.additional_properties:
            parts.append(f"additional_keys={sorted(self.additional_properties)!r}")
        return f"CardSoftDescriptor({', '.join(parts)})"

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        address: dict[str, Any] | None = None
        if not isinstance(self.address, type(None)):
            address = self.address.to_dict()

        phone: dict[str, Any] | None = None
        if not isinstance(self.phone, type(None)):
            phone = self.phone.to_dict()

        email = self.email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not None:
            field_dict["name"] = name
        if address is not None:
            field_dict["address"] = address
        if phone is not None:
            field_dict["phone"] = phone
        if email is not None:
            field_dict["email"] = email

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.card_address import CardAddress
        from ..models.card_phone import CardPhone

        d = dict(src_dict)
        name = d.pop("name", None)

        _address = d.pop("address", None)
        address: CardAddress | None
        if isinstance(_address, type(None)):
            address = None
        else:
            address = CardAddress.from_dict(_address)

        _phone = d.pop("phone", None)
        phone: CardPhone | None
        if isinstance(_phone, type(None)):
            phone = None
        else:
            phone = CardPhone.from_dict(_phone)

        email = d.pop("email", None)

        new_instance_ = cls(
            name=name,
            address=address,
            phone=phone,
            email=email,
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
