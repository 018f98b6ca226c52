from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CustomerPhone")


@_attrs_define
class CustomerPhone:
    """A customer phone. Partial schema: the public documentation did not show its property table; fields are those of the
    example, constraints not seen; unknown properties are allowed.

    """

    type_: str | None = None
    """ "MOBILE" seen; card pages suggest "LANDLINE" and "PRIMARY" too. """
    country_dialing_code: str | None = None
    """ Country dialing code as a string, e.g. "01". """
    phone_number: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields, with secrets (PIN, PAN, CVV, passwords, tokens, account numbers) masked."""
        parts: list[str] = [
            f"type_={self.type_!r}",
            f"country_dialing_code={self.country_dialing_code!r}",
            f"phone_number={self.phone_number!r}",
        ]
        if self.additional_properties:
            parts.append(f"additional_keys={sorted(self.additional_properties)!r}")
        return f"CustomerPhone({', '.join(parts)})"

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        country_dialing_code = self.country_dialing_code

        phone_number = self.phone_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not None:
            field_dict["type"] = type_
        if country_dialing_code is not None:
            field_dict["countryDialingCode"] = country_dialing_code
        if phone_number is not None:
            field_dict["phoneNumber"] = phone_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type", None)

        country_dialing_code = d.pop("countryDialingCode", None)

        phone_number = d.pop("phoneNumber", None)

        new_instance_ = cls(
            type_=type_,
            country_dialing_code=country_dialing_code,
            phone_number=phone_number,
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
