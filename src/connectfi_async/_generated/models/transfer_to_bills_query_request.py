from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TransferToBillsQueryRequest")


@_attrs_define
class TransferToBillsQueryRequest:
    """Partial schema: the public documentation did not show the request of /transfer-to/bills/query; the two arrays are
    named after the sibling query endpoints and limited to 20 per the seed index; whether both may be sent, and the item
    constraints, were not seen; unknown properties are allowed.

    """

    c_fi_transaction_ids: list[str] | None = None
    """ connectFi transaction IDs to look up (name inferred). """
    references: list[str] | None = None
    """ Your references to look up (name inferred). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields, with secrets (PIN, PAN, CVV, passwords, tokens, account numbers) masked."""
        parts: list[str] = [
            f"c_fi_transaction_ids={self.c_fi_transaction_ids!r}",
            f"references={self.references!r}",
        ]
        if self.additional_properties:
            parts.append(f"additional_keys={sorted(self.additional_properties)!r}")
        return f"TransferToBillsQueryRequest({', '.join(parts)})"

    def to_dict(self) -> dict[str, Any]:
        c_fi_transaction_ids: list[str] | None = None
        if not isinstance(self.c_fi_transaction_ids, type(None)):
            c_fi_transaction_ids = self.c_fi_transaction_ids

        references: list[str] | None = None
        if not isinstance(self.references, type(None)):
            references = self.references

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if c_fi_transaction_ids is not None:
            field_dict["cFiTransactionIds"] = c_fi_transaction_ids
        if references is not None:
            field_dict["references"] = references

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        c_fi_transaction_ids = cast(list[str], d.pop("cFiTransactionIds", None))

        references = cast(list[str], d.pop("references", None))

        new_instance_ = cls(
            c_fi_transaction_ids=c_fi_transaction_ids,
            references=references,
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
