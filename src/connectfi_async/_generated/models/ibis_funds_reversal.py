from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="IbisFundsReversal")


@_attrs_define
class IbisFundsReversal:
    c_fi_status: str | None = None
    dts_reversal_initiated: str | None = None
    """ An ISO 8601 UTC timestamp as the server writes it (e.g. 2023-11-12T23:06:10.553Z). Kept as a string so that
    it round-trips byte for byte. """
    arn: str | None = None
    response_desc: str | None = None
    bo_trans_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields, with secrets (PIN, PAN, CVV, passwords, tokens, account numbers) masked."""
        parts: list[str] = [
            f"c_fi_status={self.c_fi_status!r}",
            f"dts_reversal_initiated={self.dts_reversal_initiated!r}",
            f"arn={self.arn!r}",
            f"response_desc={self.response_desc!r}",
            f"bo_trans_id={self.bo_trans_id!r}",
        ]
        if self.additional_properties:
            parts.append(f"additional_keys={sorted(self.additional_properties)!r}")
        return f"IbisFundsReversal({', '.join(parts)})"

    def to_dict(self) -> dict[str, Any]:
        c_fi_status = self.c_fi_status

        dts_reversal_initiated = self.dts_reversal_initiated

        arn = self.arn

        response_desc = self.response_desc

        bo_trans_id = self.bo_trans_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if c_fi_status is not None:
            field_dict["cFiStatus"] = c_fi_status
        if dts_reversal_initiated is not None:
            field_dict["dtsReversalInitiated"] = dts_reversal_initiated
        if arn is not None:
            field_dict["arn"] = arn
        if response_desc is not None:
            field_dict["responseDesc"] = response_desc
        if bo_trans_id is not None:
            field_dict["boTransId"] = bo_trans_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        c_fi_status = d.pop("cFiStatus", None)

        dts_reversal_initiated = d.pop("dtsReversalInitiated", None)

        arn = d.pop("arn", None)

        response_desc = d.pop("responseDesc", None)

        bo_trans_id = d.pop("boTransId", None)

        new_instance_ = cls(
            c_fi_status=c_fi_status,
            dts_reversal_initiated=dts_reversal_initiated,
            arn=arn,
            response_desc=response_desc,
            bo_trans_id=bo_trans_id,
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
