from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CustomerAddress")


@_attrs_define
class CustomerAddress:
    """A customer address. Partial schema: the public documentation did not show its property table; fields are those of
    the examples, constraints not seen; unknown properties are allowed.

    """

    type_: str | None = None
    """ "PRIMARY" seen (used as the card billing address); an older page also had "SECONDARY". """
    address_line_1: str | None = None
    address_line_2: str | None = None
    city: str | None = None
    state_code: str | None = None
    """ US state code, e.g. PA. """
    postal_code: str | None = None
    country_code_a3: str | None = None
    """ ISO 3166 alpha-3 country code, e.g. USA. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields, with secrets (PIN, PAN, CVV, passwords, tokens, account numbers) masked."""
        parts: list[str] = [
            f"type_={self.type_!r}",
            f"address_line_1={self.address_line_1!r}",
            f"address_line_2={self.address_line_2!r}",
            f"city={self.city!r}",
            f"state_code={self.state_code!r}",
            f"postal_code={self.postal_code!r}",
            f"country_code_a3={self.country_code_a3!r}",
        ]
        if self.additional_properties:
            parts.append(f"additional_keys={sorted(self.additional_properties)!r}")
        return f"CustomerAddress({', '.join(parts)})"

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        address_line_1 = self.address_line_1

        address_line_2 = self.address_line_2

        city = self.city

        state_code = self.state_code

        postal_code = self.postal_code

        country_code_a3 = self.country_code_a3

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not None:
            field_dict["type"] = type_
        if address_line_1 is not None:
            field_dict["addressLine1"] = address_line_1
        if address_line_2 is not None:
            field_dict["addressLine2"] = address_line_2
        if city is not None:
            field_dict["city"] = city
        if state_code is not None:
            field_dict["stateCode"] = state_code
        if postal_code is not None:
            field_dict["postalCode"] = postal_code
        if country_code_a3 is not None:
            field_dict["countryCodeA3"] = country_code_a3

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type", None)

        address_line_1 = d.pop("addressLine1", None)

        address_line_2 = d.pop("addressLine2", None)

        city = d.pop("city", None)

        state_code = d.pop("stateCode", None)

        postal_code = d.pop("postalCode", None)

        country_code_a3 = d.pop("countryCodeA3", None)

        new_instance_ = cls(
            type_=type_,
            address_line_1=address_line_1,
            address_line_2=address_line_2,
            city=city,
            state_code=state_code,
            postal_code=postal_code,
            country_code_a3=country_code_a3,
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
