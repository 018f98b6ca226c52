from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="AcquiringTransactionsQueryByReferences")


@_attrs_define
class AcquiringTransactionsQueryByReferences:
    """Query by the client's references."""

    references: list[str]
    """ The client's references (at most 20, repeats counted). """

    def __repr__(self) -> str:
        """The fields, with secrets (PIN, PAN, CVV, passwords, tokens, account numbers) masked."""
        parts: list[str] = [
            f"references={self.references!r}",
        ]
        return f"AcquiringTransactionsQueryByReferences({', '.join(parts)})"

    def to_dict(self) -> dict[str, Any]:
        references = self.references

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "references": references,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        references = cast(list[str], d.pop("references"))

        new_instance_ = cls(
            references=references,
        )

        return new_instance_
