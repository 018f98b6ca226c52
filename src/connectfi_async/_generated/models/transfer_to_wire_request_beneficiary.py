from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.transfer_to_wire_request_address import TransferToWireRequestAddress


T = TypeVar("T", bound="TransferToWireRequestBeneficiary")


@_attrs_define
class TransferToWireRequestBeneficiary:
    """The beneficiary (receiver) of the wire. Partial schema: fields from the example body only; unknown properties are
    allowed.

    """

    bank_name: str | None = None
    """ The beneficiary bank's name. """
    bank_aba_number: str | None = None
    """ The beneficiary bank's ABA routing number (9 digits in the examples; pattern not shown). Sandbox:
    "110000000" and "120000000" trigger errors. """
    account_number: str | None = None
    """ The beneficiary's account number (constraints not shown). """
    name: str | None = None
    """ The beneficiary's name. """
    address: TransferToWireRequestAddress | None = None
    """ An originator or beneficiary address (same keys in both). Partial schema: fields from the example body only,
    constraints not shown; unknown properties are allowed. A P.O. box in the beneficiary's addressLine1 is refused.
    """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields, with secrets (PIN, PAN, CVV, passwords, tokens, account numbers) masked."""
        parts: list[str] = [
            f"bank_name={self.bank_name!r}",
            f"bank_aba_number={self.bank_aba_number!r}",
            "account_number=***",
            f"name={self.name!r}",
            f"address={self.address!r}",
        ]
        if self.additional_properties:
            parts.append(f"additional_keys={sorted(self.additional_properties)!r}")
        return f"TransferToWireRequestBeneficiary({', '.join(parts)})"

    def to_dict(self) -> dict[str, Any]:
        bank_name = self.bank_name

        bank_aba_number = self.bank_aba_number

        account_number = self.account_number

        name = self.name

        address: dict[str, Any] | None = None
        if not isinstance(self.address, type(None)):
            address = self.address.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bank_name is not None:
            field_dict["bankName"] = bank_name
        if bank_aba_number is not None:
            field_dict["bankABANumber"] = bank_aba_number
        if account_number is not None:
            field_dict["accountNumber"] = account_number
        if name is not None:
            field_dict["name"] = name
        if address is not None:
            field_dict["address"] = address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.transfer_to_wire_request_address import (
            TransferToWireRequestAddress,
        )

        d = dict(src_dict)
        bank_name = d.pop("bankName", None)

        bank_aba_number = d.pop("bankABANumber", None)

        account_number = d.pop("accountNumber", None)

        name = d.pop("name", None)

        _address = d.pop("address", None)
        address: TransferToWireRequestAddress | None
        if isinstance(_address, type(None)):
            address = None
        else:
            address = TransferToWireRequestAddress.from_dict(_address)

        new_instance_ = cls(
            bank_name=bank_name,
            bank_aba_number=bank_aba_number,
            account_number=account_number,
            name=name,
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
