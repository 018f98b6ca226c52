from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="IbisFundsById")


@_attrs_define
class IbisFundsById:
    c_fi_funds_id: str
    """ A connectFi or external ID (docs tag common-id). """

    def __repr__(self) -> str:
        """The fields, with secrets (PIN, PAN, CVV, passwords, tokens, account numbers) masked."""
        parts: list[str] = [
            f"c_fi_funds_id={self.c_fi_funds_id!r}",
        ]
        return f"IbisFundsById({', '.join(parts)})"

    def to_dict(self) -> dict[str, Any]:
        c_fi_funds_id = self.c_fi_funds_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "cFiFundsId": c_fi_funds_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        c_fi_funds_id = d.pop("cFiFundsId")

        new_instance_ = cls(
            c_fi_funds_id=c_fi_funds_id,
        )

        return new_instance_
