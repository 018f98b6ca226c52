from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="IbisFundsByReference")


@_attrs_define
class IbisFundsByReference:
    reference: str
    """ An external alphanumeric reference ID for the entity in your system (docs tag common-reference). """

    def __repr__(self) -> str:
        """The fields, with secrets (PIN, PAN, CVV, passwords, tokens, account numbers) masked."""
        parts: list[str] = [
            f"reference={self.reference!r}",
        ]
        return f"IbisFundsByReference({', '.join(parts)})"

    def to_dict(self) -> dict[str, Any]:
        reference = self.reference

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "reference": reference,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reference = d.pop("reference")

        new_instance_ = cls(
            reference=reference,
        )

        return new_instance_
