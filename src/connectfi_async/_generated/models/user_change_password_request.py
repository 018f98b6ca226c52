from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="UserChangePasswordRequest")


@_attrs_define
class UserChangePasswordRequest:
    old_password: str
    """ docs tag common-password. """
    new_password: str
    """ The new password: 8-50 characters with at least one digit, one of !@#$%^&*, one lowercase and one uppercase
    letter. The pattern is unanchored, exactly as the server applies it. """

    def __repr__(self) -> str:
        """The fields, with secrets (PIN, PAN, CVV, passwords, tokens, account numbers) masked."""
        parts: list[str] = [
            "old_password=***",
            "new_password=***",
        ]
        return f"UserChangePasswordRequest({', '.join(parts)})"

    def to_dict(self) -> dict[str, Any]:
        old_password = self.old_password

        new_password = self.new_password

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "oldPassword": old_password,
                "newPassword": new_password,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        old_password = d.pop("oldPassword")

        new_password = d.pop("newPassword")

        new_instance_ = cls(
            old_password=old_password,
            new_password=new_password,
        )

        return new_instance_
