from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="TransferToBillsExecuteRequest")


@_attrs_define
class TransferToBillsExecuteRequest:
    c_fi_transaction_id: str
    """ A connectFi or external ID (docs tag common-id). """

    def __repr__(self) -> str:
        """The fields, with secrets (PIN, PAN, CVV, passwords, tokens, account numbers) masked."""
        parts: list[str] = [
            f"c_fi_transaction_id={self.c_fi_transaction_id!r}",
        ]
        return f"TransferToBillsExecuteRequest({', '.join(parts)})"

    def to_dict(self) -> dict[str, Any]:
        c_fi_transaction_id = self.c_fi_transaction_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "cFiTransactionId": c_fi_transaction_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        c_fi_transaction_id = d.pop("cFiTransactionId")

        new_instance_ = cls(
            c_fi_transaction_id=c_fi_transaction_id,
        )

        return new_instance_
