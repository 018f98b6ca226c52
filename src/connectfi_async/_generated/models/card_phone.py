from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CardPhone")


@_attrs_define
class CardPhone:
    """A phone number split into country code and number. Partial schema: the public documentation did not show this
    object's property table; unknown properties are allowed.

    """

    country_code: str | None = None
    number: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields, with secrets (PIN, PAN, CVV, passwords, tokens, account numbers) masked."""
        parts: list[str] = [
            f"country_code={self.country_code!r}",
            "number=***",
        ]
        if self.additional_properties:
            parts.append(f"additional_keys={sorted(self.additional_properties)!r}")
        return f"CardPhone({', '.join(parts)})"

    def to_dict(self) -> dict[str, Any]:
        country_code = self.country_code

        number = self.number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if country_code is not None:
            field_dict["countryCode"] = country_code
        if number is not None:
            field_dict["number"] = number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        country_code = d.pop("countryCode", None)

        number = d.pop("number", None)

        new_instance_ = cls(
            country_code=country_code,
            number=number,
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
