from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="CheckQueryRequestByIds")


@_attrs_define
class CheckQueryRequestByIds:
    """Query by connectFi check IDs."""

    c_fi_check_ids: list[str]
    """ 1-20 connectFi check IDs (repeats count toward the 20). """

    def __repr__(self) -> str:
        """The fields, with secrets (PIN, PAN, CVV, passwords, tokens, account numbers) masked."""
        parts: list[str] = [
            f"c_fi_check_ids={self.c_fi_check_ids!r}",
        ]
        return f"CheckQueryRequestByIds({', '.join(parts)})"

    def to_dict(self) -> dict[str, Any]:
        c_fi_check_ids = self.c_fi_check_ids

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "cFiCheckIds": c_fi_check_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        c_fi_check_ids = cast(list[str], d.pop("cFiCheckIds"))

        new_instance_ = cls(
            c_fi_check_ids=c_fi_check_ids,
        )

        return new_instance_
