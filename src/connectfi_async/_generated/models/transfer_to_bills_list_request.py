from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TransferToBillsListRequest")


@_attrs_define
class TransferToBillsListRequest:
    """Partial schema: the public documentation did not show the filters or paging of /transfer-to/bills/list; the paging
    properties are inferred from the other list endpoints; unknown properties are allowed.

    """

    number_of_records: int | None = None
    """ How many records to return (docs tag common-numberOfRecords). """
    skip_records: int | None = None
    """ How many records to skip (docs tag common-skipRecords). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields, with secrets (PIN, PAN, CVV, passwords, tokens, account numbers) masked."""
        parts: list[str] = [
            f"number_of_records={self.number_of_records!r}",
            f"skip_records={self.skip_records!r}",
        ]
        if self.additional_properties:
            parts.append(f"additional_keys={sorted(self.additional_properties)!r}")
        return f"TransferToBillsListRequest({', '.join(parts)})"

    def to_dict(self) -> dict[str, Any]:
        number_of_records: int | None
        if isinstance(self.number_of_records, type(None)):
            number_of_records = None
        else:
            number_of_records = self.number_of_records

        skip_records: int | None
        if isinstance(self.skip_records, type(None)):
            skip_records = None
        else:
            skip_records = self.skip_records

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if number_of_records is not None:
            field_dict["numberOfRecords"] = number_of_records
        if skip_records is not None:
            field_dict["skipRecords"] = skip_records

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_number_of_records(data: object) -> int | None:
            if data is None:
                return data
            if isinstance(data, type(None)):
                return data
            return cast(int | None, data)

        number_of_records = _parse_number_of_records(d.pop("numberOfRecords", None))

        def _parse_skip_records(data: object) -> int | None:
            if data is None:
                return data
            if isinstance(data, type(None)):
                return data
            return cast(int | None, data)

        skip_records = _parse_skip_records(d.pop("skipRecords", None))

        new_instance_ = cls(
            number_of_records=number_of_records,
            skip_records=skip_records,
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
