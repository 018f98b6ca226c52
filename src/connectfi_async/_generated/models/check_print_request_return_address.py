from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CheckPrintRequestReturnAddress")


@_attrs_define
class CheckPrintRequestReturnAddress:
    """Return address as three free-text lines (partial schema; constraints not seen; unknown properties are allowed)."""

    address_line_1: str | None = None
    """ e.g. "Platform Name, ATTN: Employee". """
    address_line_2: str | None = None
    """ e.g. "100 Unicorn St". """
    address_line_3: str | None = None
    """ e.g. "San Francisco, CA 12345". """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields, with secrets (PIN, PAN, CVV, passwords, tokens, account numbers) masked."""
        parts: list[str] = [
            f"address_line_1={self.address_line_1!r}",
            f"address_line_2={self.address_line_2!r}",
            f"address_line_3={self.address_line_3!r}",
        ]
        if self.additional_properties:
            parts.append(f"additional_keys={sorted(self.additional_properties)!r}")
        return f"CheckPrintRequestReturnAddress({', '.join(parts)})"

    def to_dict(self) -> dict[str, Any]:
        address_line_1 = self.address_line_1

        address_line_2 = self.address_line_2

        address_line_3 = self.address_line_3

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if address_line_1 is not None:
            field_dict["addressLine1"] = address_line_1
        if address_line_2 is not None:
            field_dict["addressLine2"] = address_line_2
        if address_line_3 is not None:
            field_dict["addressLine3"] = address_line_3

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        address_line_1 = d.pop("addressLine1", None)

        address_line_2 = d.pop("addressLine2", None)

        address_line_3 = d.pop("addressLine3", None)

        new_instance_ = cls(
            address_line_1=address_line_1,
            address_line_2=address_line_2,
            address_line_3=address_line_3,
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
