from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="IbisInquiryTransactionHistoryRequest")


@_attrs_define
class IbisInquiryTransactionHistoryRequest:
    c_fi_card_id: str
    """ A connectFi or external ID (docs tag common-id). """
    date_from: datetime.date
    """ A calendar date YYYY-MM-DD (docs tag common-dateOnly, format dateISO). """
    date_to: datetime.date
    """ A calendar date YYYY-MM-DD (docs tag common-dateOnly, format dateISO). """
    number_of_records: int | None = None
    """ How many records to return (docs tag common-numberOfRecords). """
    skip_records: int | None = None
    """ How many records to skip (docs tag common-skipRecords). """

    def __repr__(self) -> str:
        """The fields, with secrets (PIN, PAN, CVV, passwords, tokens, account numbers) masked."""
        parts: list[str] = [
            f"c_fi_card_id={self.c_fi_card_id!r}",
            f"date_from={self.date_from!r}",
            f"date_to={self.date_to!r}",
            f"number_of_records={self.number_of_records!r}",
            f"skip_records={self.skip_records!r}",
        ]
        return f"IbisInquiryTransactionHistoryRequest({', '.join(parts)})"

    def to_dict(self) -> dict[str, Any]:
        c_fi_card_id = self.c_fi_card_id

        date_from = self.date_from.isoformat()

        date_to = self.date_to.isoformat()

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

        field_dict.update(
            {
                "cFiCardId": c_fi_card_id,
                "dateFrom": date_from,
                "dateTo": date_to,
            }
        )
        if number_of_records is not None:
            field_dict["numberOfRecords"] = number_of_records
        if skip_records is not None:
            field_dict["skipRecords"] = skip_records

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        c_fi_card_id = d.pop("cFiCardId")

        date_from = datetime.date.fromisoformat(d.pop("dateFrom"))

        date_to = datetime.date.fromisoformat(d.pop("dateTo"))

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
            c_fi_card_id=c_fi_card_id,
            date_from=date_from,
            date_to=date_to,
            number_of_records=number_of_records,
            skip_records=skip_records,
        )

        return new_instance_
