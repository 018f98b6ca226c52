from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.transfer_to_wire_request_address import TransferToWireRequestAddress


T = TypeVar("T", bound="TransferToWireRequestOriginator")


@_attrs_define
class TransferToWireRequestOriginator:
    """The originator (sender) of the wire. Partial schema: fields from the example body only; unknown properties are
    allowed.

    """

    common_name: str | None = None
    """ Common name, e.g. "John Doe". """
    legal_name: str | None = None
    """ Legal name, e.g. "John Doe". """
    address: TransferToWireRequestAddress | None = None
    """ An originator or beneficiary address (same keys in both). Partial schema: fields from the example body only,
    constraints not shown; unknown properties are allowed. A P.O. box in the beneficiary's addressLine1 is refused.
    """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields, with secrets (PIN, PAN, CVV, passwords, tokens, account numbers) masked."""
        parts: list[str] = [
            f"common_name={self.common_name!r}",
            f"legal_name={self.legal_name!r}",
            f"address={self.address!r}",
        ]
        if self.additional_properties:
            parts.append(f"additional_keys={sorted(self.additional_properties)!r}")
        return f"TransferToWireRequestOriginator({', '.join(parts)})"

    def to_dict(self) -> dict[str, Any]:
        common_name = self.common_name

        legal_name = self.legal_name

        address: dict[str, Any] | None = None
        if not isinstance(self.address, type(None)):
            address = self.address.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if common_name is not None:
            field_dict["commonName"] = common_name
        if legal_name is not None:
            field_dict["legalName"] = legal_name
        if address is not None:
            field_dict["address"] = address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.transfer_to_wire_request_address import (
            TransferToWireRequestAddress,
        )

        d = dict(src_dict)
        common_name = d.pop("commonName", None)

        legal_name = d.pop("legalName", None)

        _address = d.pop("address", None)
        address: TransferToWireRequestAddress | None
        if isinstance(_address, type(None)):
            address = None
        else:
            address = TransferToWireRequestAddress.from_dict(_address)

        new_instance_ = cls(
            common_name=common_name,
            legal_name=legal_name,
            address=address,
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
