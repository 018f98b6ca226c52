from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="IbisFundsByArn")


@_attrs_define
class IbisFundsByArn:
    arn: str
    """ 1-50 characters, no < or >, not only whitespace (docs tag common-commonStr50Req). """

    def __repr__(self) -> str:
        """The fields, with secrets (PIN, PAN, CVV, passwords, tokens, account numbers) masked."""
        parts: list[str] = [
            f"arn={self.arn!r}",
        ]
        return f"IbisFundsByArn({', '.join(parts)})"

    def to_dict(self) -> dict[str, Any]:
        arn = self.arn

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "arn": arn,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        arn = d.pop("arn")

        new_instance_ = cls(
            arn=arn,
        )

        return new_instance_
