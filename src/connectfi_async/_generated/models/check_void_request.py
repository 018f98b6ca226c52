from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="CheckVoidRequest")


@_attrs_define
class CheckVoidRequest:
    c_fi_check_id: str
    """ A connectFi or external ID (docs tag common-id). """
    reason: str | None = None
    """ 0-500 characters, no < or >, nullable (docs tag common-commonStr500). """

    def __repr__(self) -> str:
        """The fields, with secrets (PIN, PAN, CVV, passwords, tokens, account numbers) masked."""
        parts: list[str] = [
            f"c_fi_check_id={self.c_fi_check_id!r}",
            f"reason={self.reason!r}",
        ]
        return f"CheckVoidRequest({', '.join(parts)})"

    def to_dict(self) -> dict[str, Any]:
        c_fi_check_id = self.c_fi_check_id

        reason: str | None
        if isinstance(self.reason, type(None)):
            reason = None
        else:
            reason = self.reason

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "cFiCheckId": c_fi_check_id,
            }
        )
        if reason is not None:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        c_fi_check_id = d.pop("cFiCheckId")

        def _parse_reason(data: object) -> str | None:
            if data is None:
                return data
            if isinstance(data, type(None)):
                return data
            return cast(str | None, data)

        reason = _parse_reason(d.pop("reason", None))

        new_instance_ = cls(
            c_fi_check_id=c_fi_check_id,
            reason=reason,
        )

        return new_instance_
