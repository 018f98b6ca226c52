from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="AkepaStatusRequest")


@_attrs_define
class AkepaStatusRequest:
    """The JSON body of `POST /akepa/status` as documented on the current per-endpoint Status page (property table fully
    seen).

    """

    customer_id: str
    """ A connectFi or external ID (docs tag common-id). """
    application_id: str
    """ A connectFi or external ID (docs tag common-id). """

    def __repr__(self) -> str:
        """The fields, with secrets (PIN, PAN, CVV, passwords, tokens, account numbers) masked."""
        parts: list[str] = [
            f"customer_id={self.customer_id!r}",
            f"application_id={self.application_id!r}",
        ]
        return f"AkepaStatusRequest({', '.join(parts)})"

    def to_dict(self) -> dict[str, Any]:
        customer_id = self.customer_id

        application_id = self.application_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "customerId": customer_id,
                "applicationId": application_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        customer_id = d.pop("customerId")

        application_id = d.pop("applicationId")

        new_instance_ = cls(
            customer_id=customer_id,
            application_id=application_id,
        )

        return new_instance_
