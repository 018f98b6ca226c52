from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ComboCreateAch")


@_attrs_define
class ComboCreateAch:
    """An ACH transfer: `transferType: ach` plus the body of /transfer-to/ach/create. Only the properties shown in the
    combo page's ACH example (cut after `accountType`) are listed. Partial schema: the public documentation did not show
    the property table; unknown properties are allowed.

    """

    transfer_type: Literal["ach"]
    reference: str
    """ An external alphanumeric reference ID for the entity in your system (docs tag common-reference). """
    effective_entry_date: str | None = None
    """ Effective entry date YYYY-MM-DD (schema not seen). """
    standard_entry_class_code: str | None = None
    """ SEC code (allowed values not seen). """
    individual_name: str | None = None
    routing_number: str | None = None
    dfi_account_number: str | None = None
    account_type: str | None = None
    """ Account type (an enum on the server; only Checking seen). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields, with secrets (PIN, PAN, CVV, passwords, tokens, account numbers) masked."""
        parts: list[str] = [
            f"transfer_type={self.transfer_type!r}",
            f"reference={self.reference!r}",
            f"effective_entry_date={self.effective_entry_date!r}",
            f"standard_entry_class_code={self.standard_entry_class_code!r}",
            f"individual_name={self.individual_name!r}",
            f"routing_number={self.routing_number!r}",
            "dfi_account_number=***",
            f"account_type={self.account_type!r}",
        ]
        if self.additional_properties:
            parts.append(f"additional_keys={sorted(self.additional_properties)!r}")
        return f"ComboCreateAch({', '.join(parts)})"

    def to_dict(self) -> dict[str, Any]:
        transfer_type = self.transfer_type

        reference = self.reference

        effective_entry_date = self.effective_entry_date

        standard_entry_class_code = self.standard_entry_class_code

        individual_name = self.individual_name

        routing_number = self.routing_number

        dfi_account_number = self.dfi_account_number

        account_type = self.account_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "transferType": transfer_type,
                "reference": reference,
            }
        )
        if effective_entry_date is not None:
            field_dict["effectiveEntryDate"] = effective_entry_date
        if standard_entry_class_code is not None:
            field_dict["standardEntryClassCode"] = standard_entry_class_code
        if individual_name is not None:
            field_dict["individualName"] = individual_name
        if routing_number is not None:
            field_dict["routingNumber"] = routing_number
        if dfi_account_number is not None:
            field_dict["DFIAccountNumber"] = dfi_account_number
        if account_type is not None:
            field_dict["accountType"] = account_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        transfer_type = cast(Literal["ach"], d.pop("transferType"))
        if transfer_type != "ach":
            raise ValueError(f"transferType must match const 'ach', got '{transfer_type}'")

        reference = d.pop("reference")

        effective_entry_date = d.pop("effectiveEntryDate", None)

        standard_entry_class_code = d.pop("standardEntryClassCode", None)

        individual_name = d.pop("individualName", None)

        routing_number = d.pop("routingNumber", None)

        dfi_account_number = d.pop("DFIAccountNumber", None)

        account_type = d.pop("accountType", None)

        new_instance_ = cls(
            transfer_type=transfer_type,
            reference=reference,
            effective_entry_date=effective_entry_date,
            standard_entry_class_code=standard_entry_class_code,
            individual_name=individual_name,
            routing_number=routing_number,
            dfi_account_number=dfi_account_number,
            account_type=account_type,
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
