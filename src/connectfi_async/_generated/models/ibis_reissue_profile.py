from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="IbisReissueProfile")


@_attrs_define
class IbisReissueProfile:
    """Partial schema: the newer page names this "reissueProfile" (older "syncProfile") without showing its table; the
    fields below are those of the seed's example (and cardHolderId from the newer page's prose). Unknown properties are
    allowed.

    """

    card_holder_id: str | None = None
    """ Must equal customerId for an individual; the representative's or employee's ID for a business. """
    address: str | None = None
    address2: str | None = None
    city: str | None = None
    state_code: str | None = None
    postal_code: str | None = None
    cell_number: str | None = None
    email: str | None = None
    name_on_card: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields, with secrets (PIN, PAN, CVV, passwords, tokens, account numbers) masked."""
        parts: list[str] = [
            f"card_holder_id={self.card_holder_id!r}",
            f"address={self.address!r}",
            f"address2={self.address2!r}",
            f"city={self.city!r}",
            f"state_code={self.state_code!r}",
            f"postal_code={self.postal_code!r}",
            f"cell_number={self.cell_number!r}",
            f"email={self.email!r}",
            f"name_on_card={self.name_on_card!r}",
        ]
        if self.additional_properties:
            parts.append(f"additional_keys={sorted(self.additional_properties)!r}")
        return f"IbisReissueProfile({', '.join(parts)})"

    def to_dict(self) -> dict[str, Any]:
        card_holder_id = self.card_holder_id

        address = self.address

        address2 = self.address2

        city = self.city

        state_code = self.state_code

        postal_code = self.postal_code

        cell_number = self.cell_number

        email = self.email

        name_on_card = self.name_on_card

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if card_holder_id is not None:
            field_dict["cardHolderId"] = card_holder_id
        if address is not None:
            field_dict["address"] = address
        if address2 is not None:
            field_dict["address2"] = address2
        if city is not None:
            field_dict["city"] = city
        if state_code is not None:
            field_dict["stateCode"] = state_code
        if postal_code is not None:
            field_dict["postalCode"] = postal_code
        if cell_number is not None:
            field_dict["cellNumber"] = cell_number
        if email is not None:
            field_dict["email"] = email
        if name_on_card is not None:
            field_dict["nameOnCard"] = name_on_card

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        card_holder_id = d.pop("cardHolderId", None)

        address = d.pop("address", None)

        address2 = d.pop("address2", None)

        city = d.pop("city", None)

        state_code = d.pop("stateCode", None)

        postal_code = d.pop("postalCode", None)

        cell_number = d.pop("cellNumber", None)

        email = d.pop("email", None)

        name_on_card = d.pop("nameOnCard", None)

        new_instance_ = cls(
            card_holder_id=card_holder_id,
            address=address,
            address2=address2,
            city=city,
            state_code=state_code,
            postal_code=postal_code,
            cell_number=cell_number,
            email=email,
            name_on_card=name_on_card,
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
