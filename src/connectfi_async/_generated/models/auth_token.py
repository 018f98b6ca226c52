from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AuthToken")


@_attrs_define
class AuthToken:
    """A session token (`base` kind) and its expiry."""

    token: str | None = None
    """ The value for the x-connectfi-token header (66 alphanumeric characters in the examples). """
    dts_expire_at: str | None = None
    """ An ISO 8601 UTC timestamp as the server writes it (e.g. 2023-11-12T23:06:10.553Z). Kept as a string so that
    it round-trips byte for byte. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields, with secrets (PIN, PAN, CVV, passwords, tokens, account numbers) masked."""
        parts: list[str] = [
            "token=***",
            f"dts_expire_at={self.dts_expire_at!r}",
        ]
        if self.additional_properties:
            parts.append(f"additional_keys={sorted(self.additional_properties)!r}")
        return f"AuthToken({', '.join(parts)})"

    def to_dict(self) -> dict[str, Any]:
        token = self.token

        dts_expire_at = self.dts_expire_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if token is not None:
            field_dict["token"] = token
        if dts_expire_at is not None:
            field_dict["dtsExpireAt"] = dts_expire_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        token = d.pop("token", None)

        dts_expire_at = d.pop("dtsExpireAt", None)

        new_instance_ = cls(
            token=token,
            dts_expire_at=dts_expire_at,
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
