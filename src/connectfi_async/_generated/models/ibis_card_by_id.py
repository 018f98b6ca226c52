from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="IbisCardById")


@_attrs_define
class IbisCardById:
    c_fi_card_id: str
    """ A connectFi or external ID (docs tag common-id). """

    def __repr__(self) -> str:
        """The fields, with secrets (PIN, PAN, CVV, passwords, tokens, account numbers) masked."""
        parts: list[str] = [
            f"c_fi_card_id={self.c_fi_card_id!r}",
        ]
        return f"IbisCardById({', '.join(parts)})"

    def to_dict(self) -> dict[str, Any]:
        c_fi_card_id = self.c_fi_card_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "cFiCardId": c_fi_card_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        c_fi_card_id = d.pop("cFiCardId")

        new_instance_ = cls(
            c_fi_card_id=c_fi_card_id,
        )

        return new_instance_
