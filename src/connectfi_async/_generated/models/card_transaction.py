from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CardTransaction")


@_attrs_define
class CardTransaction:
    """A push or pull transaction to/from an external card. Only the status fields are known (from the status-value pages
    and the list filters); the other fields were not seen in the documentation; unknown properties are allowed.

    """

    status: str | None = None
    """ Transaction status. Documented values: Initiated (created; moves to Complete or Declined within seconds),
    Complete (finished successfully), Declined (refused), Unknown and Manual (unexpected situation; contact
    support). Servers may add values. """
    reversal_status: str | None = None
    """ Reversal status. Documented values: Reversed (reversal done), Reversal (reversal attempted, outcome
    unknown), Unknown (query the transaction again). Servers may add values; null/absent when no reversal was
    attempted (not documented, allowed here). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields, with secrets (PIN, PAN, CVV, passwords, tokens, account numbers) masked."""
        parts: list[str] = [
            f"status={self.status!r}",
            f"reversal_status={self.reversal_status!r}",
        ]
        if self.additional_properties:
            parts.append(f"additional_keys={sorted(self.additional_properties)!r}")
        return f"CardTransaction({', '.join(parts)})"

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        reversal_status: str | None
        if isinstance(self.reversal_status, type(None)):
            reversal_status = None
        else:
            reversal_status = self.reversal_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not None:
            field_dict["status"] = status
        if reversal_status is not None:
            field_dict["reversalStatus"] = reversal_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = d.pop("status", None)

        def _parse_reversal_status(data: object) -> str | None:
            if data is None:
                return data
            if isinstance(data, type(None)):
                return data
            return cast(str | None, data)

        reversal_status = _parse_reversal_status(d.pop("reversalStatus", None))

        new_instance_ = cls(
            status=status,
            reversal_status=reversal_status,
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
