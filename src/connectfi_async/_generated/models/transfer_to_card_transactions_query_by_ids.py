from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="TransferToCardTransactionsQueryByIds")


@_attrs_define
class TransferToCardTransactionsQueryByIds:
    """Query by connectFi transaction ids."""

    c_fi_transaction_ids: list[str]
    """ connectFi transaction ids (at most 20, repeats counted). """

    def __repr__(self) -> str:
        """The fields, with secrets (PIN, PAN, CVV, passwords, tokens, account numbers) masked."""
        parts: list[str] = [
            f"c_fi_transaction_ids={self.c_fi_transaction_ids!r}",
        ]
        return f"TransferToCardTransactionsQueryByIds({', '.join(parts)})"

    def to_dict(self) -> dict[str, Any]:
        c_fi_transaction_ids = self.c_fi_transaction_ids

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "cFiTransactionIds": c_fi_transaction_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        c_fi_transaction_ids = cast(list[str], d.pop("cFiTransactionIds"))

        new_instance_ = cls(
            c_fi_transaction_ids=c_fi_transaction_ids,
        )

        return new_instance_
