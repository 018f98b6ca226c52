from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ComboCreateWire")


@_attrs_define
class ComboCreateWire:
    """A US-domestic wire: `transferType: wire` plus the body of /transfer-to/wire. Partial schema: the public
    documentation did not show a wire example or table for this endpoint; unknown properties are allowed.

    """

    transfer_type: Literal["wire"]
    reference: str | None = None
    """ An external alphanumeric reference ID for the entity in your system (docs tag common-reference). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields, with secrets (PIN, PAN, CVV, passwords, tokens, account numbers) masked."""
        parts: list[str] = [
            f"transfer_type={self.transfer_type!r}",
            f"reference={self.reference!r}",
        ]
        if self.additional_properties:
            parts.append(f"additional_keys={sorted(self.additional_properties)!r}")
        return f"ComboCreateWire({', '.join(parts)})"

    def to_dict(self) -> dict[str, Any]:
        transfer_type = self.transfer_type

        reference = self.reference

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "transferType": transfer_type,
            }
        )
        if reference is not None:
            field_dict["reference"] = reference

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        transfer_type = cast(Literal["wire"], d.pop("transferType"))
        if transfer_type != "wire":
            raise ValueError(f"transferType must match const 'wire', got '{transfer_type}'")

        reference = d.pop("reference", None)

        new_instance_ = cls(
            transfer_type=transfer_type,
            reference=reference,
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
