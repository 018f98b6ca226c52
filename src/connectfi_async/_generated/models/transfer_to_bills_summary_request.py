from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="TransferToBillsSummaryRequest")


@_attrs_define
class TransferToBillsSummaryRequest:
    date: datetime.date
    """ A calendar date YYYY-MM-DD (docs tag common-dateOnly, format dateISO). """

    def __repr__(self) -> str:
        """The fields, with secrets (PIN, PAN, CVV, passwords, tokens, account numbers) masked."""
        parts: list[str] = [
            f"date={self.date!r}",
        ]
        return f"TransferToBillsSummaryRequest({', '.join(parts)})"

    def to_dict(self) -> dict[str, Any]:
        date = self.date.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "date": date,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        date = datetime.date.fromisoformat(d.pop("date"))

        new_instance_ = cls(
            date=date,
        )

        return new_instance_
