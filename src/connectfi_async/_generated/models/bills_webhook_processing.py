from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BillsWebhookProcessing")


@_attrs_define
class BillsWebhookProcessing:
    """Processor acknowledgement details, present from status Complete on. Its `status` uses a different vocabulary from
    the transaction status (e.g. "Completed" while the top-level status is "Complete").

    """

    date_processed: str | None = None
    """ Processing date, e.g. "2024-03-05". """
    is_reversal: bool | None = None
    """ Whether the transaction is a reversal. """
    remarks: str | None = None
    response_code: str | None = None
    status: str | None = None
    """ Processor status, e.g. "Completed". """
    trace_id: str | None = None
    """ The processor's trace number acknowledging receipt, e.g. "183491000078". """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields, with secrets (PIN, PAN, CVV, passwords, tokens, account numbers) masked."""
        parts: list[str] = [
            f"date_processed={self.date_processed!r}",
            f"is_reversal={self.is_reversal!r}",
            f"remarks={self.remarks!r}",
            f"response_code={self.response_code!r}",
            f"status={self.status!r}",
            f"trace_id={self.trace_id!r}",
        ]
        if self.additional_properties:
            parts.append(f"additional_keys={sorted(self.additional_properties)!r}")
        return f"BillsWebhookProcessing({', '.join(parts)})"

    def to_dict(self) -> dict[str, Any]:
        date_processed = self.date_processed

        is_reversal = self.is_reversal

        remarks = self.remarks

        response_code = self.response_code

        status = self.status

        trace_id = self.trace_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if date_processed is not None:
            field_dict["dateProcessed"] = date_processed
        if is_reversal is not None:
            field_dict["isReversal"] = is_reversal
        if remarks is not None:
            field_dict["remarks"] = remarks
        if response_code is not None:
            field_dict["responseCode"] = response_code
        if status is not None:
            field_dict["status"] = status
        if trace_id is not None:
            field_dict["traceId"] = trace_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        date_processed = d.pop("dateProcessed", None)

        is_reversal = d.pop("isReversal", None)

        remarks = d.pop("remarks", None)

        response_code = d.pop("responseCode", None)

        status = d.pop("status", None)

        trace_id = d.pop("traceId", None)

        new_instance_ = cls(
            date_processed=date_processed,
            is_reversal=is_reversal,
            remarks=remarks,
            response_code=response_code,
            status=status,
            trace_id=trace_id,
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
