from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AchTransfer")


@_attrs_define
class AchTransfer:
    """An ACH transfer as returned by create, query and list. Partial schema: the response bodies were not shown; only
    `cFiTransactionId` and `status` are documented (create returns them). The ACH webhook (AchWebhookPayload) carries
    further transaction fields, which the query and list items probably share (not documented); unknown properties are
    allowed.

    """

    c_fi_transaction_id: str
    """ The connectFi transaction ID, e.g. CLIENTID_3A5dSDcMFdlWK54dj1cacU. """
    status: str
    """ The ACH transfer status. Documented values: Initiated (created, cFiTransactionId returned), Sent (included
    in a NACHA batch file sent to the bank), Complete (connectFi was told the payment request was received), Settled
    (funds deposited at the receiving bank; newer documentation only), Returned (the payment came back), Declined
    (the payment failed). The server may add values. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields, with secrets (PIN, PAN, CVV, passwords, tokens, account numbers) masked."""
        parts: list[str] = [
            f"c_fi_transaction_id={self.c_fi_transaction_id!r}",
            f"status={self.status!r}",
        ]
        if self.additional_properties:
            parts.append(f"additional_keys={sorted(self.additional_properties)!r}")
        return f"AchTransfer({', '.join(parts)})"

    def to_dict(self) -> dict[str, Any]:
        c_fi_transaction_id = self.c_fi_transaction_id

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cFiTransactionId": c_fi_transaction_id,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        c_fi_transaction_id = d.pop("cFiTransactionId")

        status = d.pop("status")

        new_instance_ = cls(
            c_fi_transaction_id=c_fi_transaction_id,
            status=status,
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
