from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.card_reversal_status_filter_value import (
    CardReversalStatusFilterValue,
    check_card_reversal_status_filter_value,
)
from ..models.card_transaction_status_filter import (
    CardTransactionStatusFilter,
    check_card_transaction_status_filter,
)

T = TypeVar("T", bound="TransferToCardListTransactionsRequest")


@_attrs_define
class TransferToCardListTransactionsRequest:
    """All filters optional; an empty body lists everything (at most 1000). Partial schema: the public documentation did
    not show the property table after `skipRecords`; unknown properties are allowed.

    """

    date_create_from: datetime.date | None = None
    """ A calendar date YYYY-MM-DD or null (docs: string, format dateISO, nullable). """
    date_create_to: datetime.date | None = None
    """ A calendar date YYYY-MM-DD or null (docs: string, format dateISO, nullable). """
    status: CardTransactionStatusFilter | None = None
    """ Transaction status filter (docs enum, nullable). """
    reversal_status: CardReversalStatusFilterValue | None = None
    """ Reversal status filter (docs enum, nullable). """
    number_of_records: int | None = None
    """ How many records to return (docs tag common-numberOfRecords). """
    skip_records: int | None = None
    """ How many records to skip (docs tag common-skipRecords). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields, with secrets (PIN, PAN, CVV, passwords, tokens, account numbers) masked."""
        parts: list[str] = [
            f"date_create_from={self.date_create_from!r}",
            f"date_create_to={self.date_create_to!r}",
            f"status={self.status!r}",
            f"reversal_status={self.reversal_status!r}",
            f"number_of_records={self.number_of_records!r}",
            f"skip_records={self.skip_records!r}",
        ]
        if self.additional_properties:
            parts.append(f"additional_keys={sorted(self.additional_properties)!r}")
        return f"TransferToCardListTransactionsRequest({', '.join(parts)})"

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

        status: str | None
        if isinstance(self.status, type(None)):
            status = None
        elif isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        reversal_status: str | None
        if isinstance(self.reversal_status, type(None)):
            reversal_status = None
        elif isinstance(self.reversal_status, str):
            reversal_status = self.reversal_status
        else:
            reversal_status = self.reversal_status

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
        if date_create_from is not None:
            field_dict["dateCreateFrom"] = date_create_from
        if date_create_to is not None:
            field_dict["dateCreateTo"] = date_create_to
        if status is not None:
            field_dict["status"] = status
        if reversal_status is not None:
            field_dict["reversalStatus"] = reversal_status
        if number_of_records is not None:
            field_dict["numberOfRecords"] = number_of_records
        if skip_records is not None:
            field_dict["skipRecords"] = skip_records

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
                componentsschemas_card_date_nullable_type_0 = datetime.date.fromisoformat(data)

                return componentsschemas_card_date_nullable_type_0
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
                componentsschemas_card_date_nullable_type_0 = datetime.date.fromisoformat(data)

                return componentsschemas_card_date_nullable_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        date_create_to = _parse_date_create_to(d.pop("dateCreateTo", None))

        def _parse_status(data: object) -> CardTransactionStatusFilter | None:
            if data is None:
                return data
            if isinstance(data, type(None)):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_card_transaction_status_filter_type_1 = (
                    check_card_transaction_status_filter(data)
                )

                return componentsschemas_card_transaction_status_filter_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CardTransactionStatusFilter | None, data)

        status = _parse_status(d.pop("status", None))

        def _parse_reversal_status(data: object) -> CardReversalStatusFilterValue | None:
            if data is None:
                return data
            if isinstance(data, type(None)):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_card_reversal_status_filter_card_reversal_status_filter_value = (
                    check_card_reversal_status_filter_value(data)
                )

                return (
                    componentsschemas_card_reversal_status_filter_card_reversal_status_filter_value
                )
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CardReversalStatusFilterValue | None, data)

        reversal_status = _parse_reversal_status(d.pop("reversalStatus", None))

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
            date_create_from=date_create_from,
            date_create_to=date_create_to,
            status=status,
            reversal_status=reversal_status,
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
