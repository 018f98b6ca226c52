from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TransferToWireListRequest")


@_attrs_define
class TransferToWireListRequest:
    """Filters and paging for /transfer-to/wire/list. Partial schema: the public documentation showed only the first rows
    of the property table; the `status` filter named in the prose (allowed values not shown) and any further filters are
    not typed; unknown properties are allowed.

    """

    c_fi_transaction_id: None | str | Unset = UNSET
    """ common-id that may be null (docs tag common-idNullable). """
    c_fi_transaction_ids: list[None | str] | Unset = UNSET
    """ Several connectFi transaction IDs. """
    reference: None | str | Unset = UNSET
    """ common-id that may be null (docs tag common-idNullable). """
    date_create_from: datetime.date | None | Unset = UNSET
    """ A nullable calendar date YYYY-MM-DD used by the ACH and wire list filters (docs: {"type": "string",
    "format": "dateISO", "nullable": true}; dateISO mapped as in DateOnly). """
    date_create_to: datetime.date | None | Unset = UNSET
    """ A nullable calendar date YYYY-MM-DD used by the ACH and wire list filters (docs: {"type": "string",
    "format": "dateISO", "nullable": true}; dateISO mapped as in DateOnly). """
    number_of_records: int | None | Unset = UNSET
    """ How many records to return (docs tag common-numberOfRecords). """
    skip_records: int | None | Unset = UNSET
    """ How many records to skip (docs tag common-skipRecords). """
    status: None | str | Unset = UNSET
    """ Status filter named in the prose; allowed values not shown (see WireTransfer.status). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields, with secrets (PIN, PAN, CVV, passwords, tokens, account numbers) masked."""
        parts: list[str] = [
            f"c_fi_transaction_id={self.c_fi_transaction_id!r}",
            f"c_fi_transaction_ids={self.c_fi_transaction_ids!r}",
            f"reference={self.reference!r}",
            f"date_create_from={self.date_create_from!r}",
            f"date_create_to={self.date_create_to!r}",
            f"number_of_records={self.number_of_records!r}",
            f"skip_records={self.skip_records!r}",
            f"status={self.status!r}",
        ]
        if self.additional_properties:
            parts.append(f"additional_keys={sorted(self.additional_properties)!r}")
        return f"TransferToWireListRequest({', '.join(parts)})"

    def to_dict(self) -> dict[str, Any]:
        c_fi_transaction_id: None | str | Unset
        if isinstance(self.c_fi_transaction_id, Unset):
            c_fi_transaction_id = UNSET
        else:
            c_fi_transaction_id = self.c_fi_transaction_id

        c_fi_transaction_ids: list[None | str] | Unset = UNSET
        if not isinstance(self.c_fi_transaction_ids, Unset):
            c_fi_transaction_ids = []
            for c_fi_transaction_ids_item_data in self.c_fi_transaction_ids:
                c_fi_transaction_ids_item: None | str
                c_fi_transaction_ids_item = c_fi_transaction_ids_item_data
                c_fi_transaction_ids.append(c_fi_transaction_ids_item)

        reference: None | str | Unset
        if isinstance(self.reference, Unset):
            reference = UNSET
        else:
            reference = self.reference

        date_create_from: None | str | Unset
        if isinstance(self.date_create_from, Unset):
            date_create_from = UNSET
        elif isinstance(self.date_create_from, datetime.date):
            date_create_from = self.date_create_from.isoformat()
        else:
            date_create_from = self.date_create_from

        date_create_to: None | str | Unset
        if isinstance(self.date_create_to, Unset):
            date_create_to = UNSET
        elif isinstance(self.date_create_to, datetime.date):
            date_create_to = self.date_create_to.isoformat()
        else:
            date_create_to = self.date_create_to

        number_of_records: int | None | Unset
        if isinstance(self.number_of_records, Unset):
            number_of_records = UNSET
        else:
            number_of_records = self.number_of_records

        skip_records: int | None | Unset
        if isinstance(self.skip_records, Unset):
            skip_records = UNSET
        else:
            skip_records = self.skip_records

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if c_fi_transaction_id is not UNSET:
            field_dict["cFiTransactionId"] = c_fi_transaction_id
        if c_fi_transaction_ids is not UNSET:
            field_dict["cFiTransactionIds"] = c_fi_transaction_ids
        if reference is not UNSET:
            field_dict["reference"] = reference
        if date_create_from is not UNSET:
            field_dict["dateCreateFrom"] = date_create_from
        if date_create_to is not UNSET:
            field_dict["dateCreateTo"] = date_create_to
        if number_of_records is not UNSET:
            field_dict["numberOfRecords"] = number_of_records
        if skip_records is not UNSET:
            field_dict["skipRecords"] = skip_records
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_c_fi_transaction_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        c_fi_transaction_id = _parse_c_fi_transaction_id(d.pop("cFiTransactionId", UNSET))

        _c_fi_transaction_ids = d.pop("cFiTransactionIds", UNSET)
        c_fi_transaction_ids: list[None | str] | Unset = UNSET
        if _c_fi_transaction_ids is not UNSET:
            c_fi_transaction_ids = []
            for c_fi_transaction_ids_item_data in _c_fi_transaction_ids:

                def _parse_c_fi_transaction_ids_item(data: object) -> None | str:
                    if data is None:
                        return data
                    return cast(None | str, data)

                c_fi_transaction_ids_item = _parse_c_fi_transaction_ids_item(c_fi_transaction_ids_item_data)

                c_fi_transaction_ids.append(c_fi_transaction_ids_item)

        def _parse_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reference = _parse_reference(d.pop("reference", UNSET))

        def _parse_date_create_from(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_ach_wire_date_nullable_type_0 = datetime.date.fromisoformat(data)

                return componentsschemas_ach_wire_date_nullable_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        date_create_from = _parse_date_create_from(d.pop("dateCreateFrom", UNSET))

        def _parse_date_create_to(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_ach_wire_date_nullable_type_0 = datetime.date.fromisoformat(data)

                return componentsschemas_ach_wire_date_nullable_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        date_create_to = _parse_date_create_to(d.pop("dateCreateTo", UNSET))

        def _parse_number_of_records(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        number_of_records = _parse_number_of_records(d.pop("numberOfRecords", UNSET))

        def _parse_skip_records(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        skip_records = _parse_skip_records(d.pop("skipRecords", UNSET))

        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        transfer_to_wire_list_request = cls(
            c_fi_transaction_id=c_fi_transaction_id,
            c_fi_transaction_ids=c_fi_transaction_ids,
            reference=reference,
            date_create_from=date_create_from,
            date_create_to=date_create_to,
            number_of_records=number_of_records,
            skip_records=skip_records,
            status=status,
        )

        transfer_to_wire_list_request.additional_properties = d
        return transfer_to_wire_list_request

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
