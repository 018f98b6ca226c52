from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="IbisBusinessInfo")


@_attrs_define
class IbisBusinessInfo:
    """Business details (business cards only)."""

    company_name_on_card: str
    """ The company name shown on the card. """

    def __repr__(self) -> str:
        """The fields, with secrets (PIN, PAN, CVV, passwords, tokens, account numbers) masked."""
        parts: list[str] = [
            f"company_name_on_card={self.company_name_on_card!r}",
        ]
        return f"IbisBusinessInfo({', '.join(parts)})"

    def to_dict(self) -> dict[str, Any]:
        company_name_on_card = self.company_name_on_card

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "companyNameOnCard": company_name_on_card,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        company_name_on_card = d.pop("companyNameOnCard")

        new_instance_ = cls(
            company_name_on_card=company_name_on_card,
        )

        return new_instance_
