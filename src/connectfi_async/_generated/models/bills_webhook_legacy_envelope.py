from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.bills_webhook_payload import BillsWebhookPayload


T = TypeVar("T", bound="BillsWebhookLegacyEnvelope")


@_attrs_define
class BillsWebhookLegacyEnvelope:
    """Older documented form of the RPPS webhook body: the transaction wrapped in the success envelope {code, data}."""

    code: Literal["0"] | None = None
    """ The string "0" on success. """
    data: BillsWebhookPayload | None = None
    """ Body of the POST connectFi sends to the `webhookUrl` given on /transfer-to/bills/initiate, once per status
    change caused by a response connectFi receives (the Initiated to Processing change does not fire). Newer (flat)
    form: the transaction's fields (as BillsTransaction). The receiver should answer HTTP 200; no body is needed. No
    retry policy or signature was seen. The Settled, Declined, Cancelled, DecryptError and Unknown examples were not
    seen. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields, with secrets (PIN, PAN, CVV, passwords, tokens, account numbers) masked."""
        parts: list[str] = [
            f"code={self.code!r}",
            f"data={self.data!r}",
        ]
        if self.additional_properties:
            parts.append(f"additional_keys={sorted(self.additional_properties)!r}")
        return f"BillsWebhookLegacyEnvelope({', '.join(parts)})"

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        data: dict[str, Any] | None = None
        if not isinstance(self.data, type(None)):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not None:
            field_dict["code"] = code
        if data is not None:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bills_webhook_payload import BillsWebhookPayload

        d = dict(src_dict)
        code = cast(Literal["0"] | None, d.pop("code", None))
        if code != "0" and not isinstance(code, type(None)):
            raise ValueError(f"code must match const '0', got '{code}'")

        _data = d.pop("data", None)
        data: BillsWebhookPayload | None
        if isinstance(_data, type(None)):
            data = None
        else:
            data = BillsWebhookPayload.from_dict(_data)

        new_instance_ = cls(
            code=code,
            data=data,
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
