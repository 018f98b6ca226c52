from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="AuthGetTokenRequestUser")


@_attrs_define
class AuthGetTokenRequestUser:
    """The aggregator user object (client credentials)."""

    login: str
    """ A connectFi or external ID (docs tag common-id). """
    password: str
    """ docs tag common-password. """
    request_id: str | None = None
    """ 1-32 characters, no < or >, not only whitespace (docs tag common-commonStr32Req). """

    def __repr__(self) -> str:
        """The fields, with secrets (PIN, PAN, CVV, passwords, tokens, account numbers) masked."""
        parts: list[str] = [
            f"login={self.login!r}",
            "password=***",
            f"request_id={self.request_id!r}",
        ]
        return f"AuthGetTokenRequestUser({', '.join(parts)})"

    def to_dict(self) -> dict[str, Any]:
        login = self.login

        password = self.password

        request_id = self.request_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "login": login,
                "password": password,
            }
        )
        if request_id is not None:
            field_dict["requestId"] = request_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        login = d.pop("login")

        password = d.pop("password")

        request_id = d.pop("requestId", None)

        new_instance_ = cls(
            login=login,
            password=password,
            request_id=request_id,
        )

        return new_instance_
