from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CardOwnerName")


@_attrs_define
class CardOwnerName:
    """The cardholder's name (examples John / M / Doe / III). Partial schema: the public documentation did not show this
    object's property table; unknown properties are allowed.

    """

    first: str | None = None
    middle: str | None = None
    last: str | None = None
    suffix: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields, with secrets (PIN, PAN, CVV, passwords, tokens, account numbers) masked."""
        parts: list[str] = [
            f"first={self.first!r}",
            f"middle={self.middle!r}",
            f"last={self.last!r}",
            f"suffix={self.suffix!r}",
        ]
        if self.additional_properties:
            parts.append(f"additional_keys={sorted(self.additional_properties)!r}")
        return f"CardOwnerName({', '.join(parts)})"

    def to_dict(self) -> dict[str, Any]:
        first = self.first

        middle = self.middle

        last = self.last

        suffix = self.suffix

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if first is not None:
            field_dict["first"] = first
        if middle is not None:
            field_dict["middle"] = middle
        if last is not None:
            field_dict["last"] = last
        if suffix is not None:
            field_dict["suffix"] = suffix

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        first = d.pop("first", None)

        middle = d.pop("middle", None)

        last = d.pop("last", None)

        suffix = d.pop("suffix", None)

        new_instance_ = cls(
            first=first,
            middle=middle,
            last=last,
            suffix=suffix,
        )

        new_instance_.additional_properties = d
        return new_instance_

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
