from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="IbisCardActivateAttributes")


@_attrs_define
class IbisCardActivateAttributes:
    card_exp_date: str | None = None
    """ The card expiration date as MMYY. """

    def __repr__(self) -> str:
        """The fields, with secrets (PIN, PAN, CVV, passwords, tokens, account numbers) masked."""
        parts: list[str] = [
            f"card_exp_date={self.card_exp_date!r}",
        ]
        return f"IbisCardActivateAttributes({', '.join(parts)})"

    def to_dict(self) -> dict[str, Any]:
        card_exp_date: str | None
        if isinstance(self.card_exp_date, type(None)):
            card_exp_date = None
        else:
            card_exp_date = self.card_exp_date

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if card_exp_date is not None:
            field_dict["cardExpDate"] = card_exp_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_card_exp_date(data: object) -> str | None:
            if data is None:
                return data
            if isinstance(data, type(None)):
                return data
            return cast(str | None, data)

        card_exp_date = _parse_card_exp_date(d.pop("cardExpDate", None))

        new_instance_ = cls(
            card_exp_date=card_exp_date,
        )

        return new_instance_
