from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.auth_get_token_request_user import AuthGetTokenRequestUser


T = TypeVar("T", bound="AuthGetTokenRequest")


@_attrs_define
class AuthGetTokenRequest:
    user: AuthGetTokenRequestUser
    """ The aggregator user object (client credentials). """

    def __repr__(self) -> str:
        """The fields, with secrets (PIN, PAN, CVV, passwords, tokens, account numbers) masked."""
        parts: list[str] = [
            f"user={self.user!r}",
        ]
        return f"AuthGetTokenRequest({', '.join(parts)})"

    def to_dict(self) -> dict[str, Any]:
        user = self.user.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "user": user,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.auth_get_token_request_user import AuthGetTokenRequestUser

        d = dict(src_dict)
        user = AuthGetTokenRequestUser.from_dict(d.pop("user"))

        new_instance_ = cls(
            user=user,
        )

        return new_instance_
