from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.ibis_card_set_status_request_ibis_settable_card_status import (
    IbisCardSetStatusRequestIbisSettableCardStatus,
    check_ibis_card_set_status_request_ibis_settable_card_status,
)

T = TypeVar("T", bound="IbisCardSetStatusRequest")


@_attrs_define
class IbisCardSetStatusRequest:
    c_fi_card_id: str
    """ A connectFi or external ID (docs tag common-id). """
    status_code: IbisCardSetStatusRequestIbisSettableCardStatus
    """ "I" inactive, "B" on, "S" off (fraud or lost), "F" closed. "A" cannot be set. """
    description: str | None = None
    """ 1-60 characters (docs tag ibis-description). """

    def __repr__(self) -> str:
        """The fields, with secrets (PIN, PAN, CVV, passwords, tokens, account numbers) masked."""
        parts: list[str] = [
            f"c_fi_card_id={self.c_fi_card_id!r}",
            f"status_code={self.status_code!r}",
            f"description={self.description!r}",
        ]
        return f"IbisCardSetStatusRequest({', '.join(parts)})"

    def to_dict(self) -> dict[str, Any]:
        c_fi_card_id = self.c_fi_card_id

        status_code: str = self.status_code

        description = self.description

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "cFiCardId": c_fi_card_id,
                "statusCode": status_code,
            }
        )
        if description is not None:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        c_fi_card_id = d.pop("cFiCardId")

        status_code = check_ibis_card_set_status_request_ibis_settable_card_status(
            d.pop("statusCode")
        )

        description = d.pop("description", None)

        new_instance_ = cls(
            c_fi_card_id=c_fi_card_id,
            status_code=status_code,
            description=description,
        )

        return new_instance_
