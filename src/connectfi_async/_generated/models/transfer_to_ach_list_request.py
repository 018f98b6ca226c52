from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TransferToAchListRequest")


@_attrs_define
class TransferToAchListRequest:
    """Filters and paging for /transfer-to/ach/list. Partial schema: the public documentation did not show the
    `cFiTransactionId` and `status` filters (named in the prose) nor any further rows; unknown properties are allowed.

    """

    date_create_from: datetime.date | None = None
    """ A nullable calendar date YYYY-MM-DD used by the ACH and wire list filters (docs: {"type": "string",
    "format": "dateISO", "nullable": true}; dateISO mapped as in DateOnly). """
    date_create_to: datetime.date | None = None
    """ A nullable calendar date YYYY-MM-DD used by the ACH and wire list filters (docs: {"type": "string",
    "format": "dateISO", "nullable": true}; dateISO mapped as in DateOnly). """
    number_of_records: int | None = None
    """ How many records to return (docs tag common-numberOfRecords). """
    skip_records: int | None = None
    """ How many records to skip (docs tag common-skipRecords). """
    reference: str | None = None
    """ common-id that may be null (docs tag common-idNullable). """
    c_fi_transaction_id: str | None = None
    """ common-id that may be null (docs tag common-idNullable). """
    status: str | None = None
    """ Status filter named in the prose; allowed values not shown (see AchTransfer.status). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields, with secrets (PIN, PAN, CVV, passwords, tokens, account numbers) masked."""
        parts: list[str] = [
            f"date_create_from={self.date_create_from!r}",
            f"date_create_to={self.date_create_to!r}",
            f"number_of_records={self.number_of_records!r}",
            f"skip_records={self.skip_records!r}",
            f"reference={self.reference!r}",
            f"c_fi_transaction_id={self.c_fi_transaction_id!r}",
            f"status={self.status!r}",
        ]
        if self.additional_properties:
            parts.append(f"additional_keys={sorted(self.additional_properties)!r}")
        return f"TransferToAchListRequest({', '.join(parts)})"

    def to_dict(self) -> dict[str, Any]:
        date_create_from: str | None
        if isinstance(self.date_create_from, type(None)):
            date_create_from = None
        elif isinstance(self.date_create_from, datetime.date):
            date_create_from = self.date_create_from.isoformat()
        else:
            date_create_from = self.date_create_from

        date_create_to: str | None
        if isinstance(self.date_create_to, type(None)):
            date_create_to = None
        elif isinstance(self.date_create_to, datetime.date):
            date_create_to = self.date_create_to.isoformat()
        else:
            date_create_to = self.date_create_to

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

        reference: str | None
        if isinstance(self.reference, type(None)):
            reference = None
        else:
            reference = self.reference

        c_fi_transaction_id: str | None
        if isinstance(self.c_fi_transaction_id, type(None)):
            c_fi_transaction_id = None
        else:
            c_fi_transaction_id = self.c_fi_transaction_id

        status: str | None
        if isinstance(self.status, type(None)):
            status = None
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if date_create_from is not None:
            field_dict["dateCreateFrom"] = date_create_from
        if date_create_to is not None:
            field_dict["dateCreateTo"] = date_create_to
        if number_of_records is not None:
            field_dict["numberOfRecords"] = number_of_records
        if skip_records is not None:
            field_dict["skipRecords"] = skip_records
        if reference is not None:
            field_dict["reference"] = reference
        if c_fi_transaction_id is not None:
            field_dict["cFiTransactionId"] = c_fi_transaction_id
        if status is not None:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_date_create_from(data: object) -> datetime.date | None:
            if data is None:
                return data
            if isinstance(data, type(None)):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_ach_wire_date_nullable_type_0 = datetime.date.fromisoformat(data)

                return componentsschemas_ach_wire_date_nullable_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        date_create_from = _parse_date_create_from(d.pop("dateCreateFrom", None))

        def _parse_date_create_to(data: object) -> datetime.date | None:
            if data is None:
                return data
            if isinstance(data, type(None)):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_ach_wire_date_nullable_type_0 = datetime.date.fromisoformat(data)

                return componentsschemas_ach_wire_date_nullable_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        date_create_to = _parse_date_create_to(d.pop("dateCreateTo", None))

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

        def _parse_reference(data: object) -> str | None:
            if data is None:
                return data
            if isinstance(data, type(None)):
                return data
            return cast(str | None, data)

        reference = _parse_reference(d.pop("reference", None))

        def _parse_c_fi_transaction_id(data: object) -> str | None:
            if data is None:
                return data
            if isinstance(data, type(None)):
                return data
            return cast(str | None, data)

        c_fi_transaction_id = _parse_c_fi_transaction_id(d.pop("cFiTransactionId", None))

        def _parse_status(data: object) -> str | None:
            if data is None:
                return data
            if isinstance(data, type(None)):
                return data
            return cast(str | None, data)

        status = _parse_status(d.pop("status", None))

        new_instance_ = cls(
            date_create_from=date_create_from,
            date_create_to=date_create_to,
            number_of_records=number_of_records,
            skip_records=skip_records,
            reference=reference,
            c_fi_transaction_id=c_fi_transaction_id,
            status=status,
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
