from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CheckPrintRequestAddress")


@_attrs_define
class CheckPrintRequestAddress:
    """Payer or payee postal address (partial schema: only these fields were seen in the example, constraints not seen;
    unknown properties such as a second address line are allowed).

    """

    address_line_1: str | None = None
    """ e.g. "3700 Loon Rd". """
    city: str | None = None
    """ e.g. "Minneapolis". """
    state: str | None = None
    """ US state code, e.g. "MN". """
    postal_code: str | None = None
    """ e.g. "12345" or "12345-1234". """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields, with secrets (PIN, PAN, CVV, passwords, tokens, account numbers) masked."""
        parts: list[str] = [
            f"address_line_1={self.address_line_1!r}",
            f"city={self.city!r}",
            f"state={self.state!r}",
            f"postal_code={self.postal_code!r}",
        ]
        if self.additional_properties:
            parts.append(f"additional_keys={sorted(self.additional_properties)!r}")
        return f"CheckPrintRequestAddress({', '.join(parts)})"

    def to_dict(self) -> dict[str, Any]:
        address_line_1 = self.address_line_1

        city = self.city

        state = self.state

        postal_code = self.postal_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if address_line_1 is not None:
            field_dict["addressLine1"] = address_line_1
        if city is not None:
            field_dict["city"] = city
        if state is not None:
            field_dict["state"] = state
        if postal_code is not None:
            field_dict["postalCode"] = postal_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        address_line_1 = d.pop("addressLine1", None)

        city = d.pop("city", None)

        state = d.pop("state", None)

        postal_code = d.pop("postalCode", None)

        new_instance_ = cls(
            address_line_1=address_line_1,
            city=city,
            state=state,
            postal_code=postal_code,
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
