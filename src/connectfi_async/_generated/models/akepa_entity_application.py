from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AkepaEntityApplication")


@_attrs_define
class AkepaEntityApplication:
    """The verification state of one entity of an application."""

    entity_id: str | None = None
    """ The entity ID (equals customerId for an individual; a business representative's ID otherwise). """
    is_customer: bool | None = None
    """ true when the entity is the customer itself. """
    status: str | None = None
    """ Entity status, e.g. completed (full list not seen). """
    outcome: str | None = None
    """ Entity outcome, lower-case, e.g. approved (full list not seen). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields, with secrets (PIN, PAN, CVV, passwords, tokens, account numbers) masked."""
        parts: list[str] = [
            f"entity_id={self.entity_id!r}",
            f"is_customer={self.is_customer!r}",
            f"status={self.status!r}",
            f"outcome={self.outcome!r}",
        ]
        if self.additional_properties:
            parts.append(f"additional_keys={sorted(self.additional_properties)!r}")
        return f"AkepaEntityApplication({', '.join(parts)})"

    def to_dict(self) -> dict[str, Any]:
        entity_id = self.entity_id

        is_customer = self.is_customer

        status = self.status

        outcome = self.outcome

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if entity_id is not None:
            field_dict["entityId"] = entity_id
        if is_customer is not None:
            field_dict["isCustomer"] = is_customer
        if status is not None:
            field_dict["status"] = status
        if outcome is not None:
            field_dict["outcome"] = outcome

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        entity_id = d.pop("entityId", None)

        is_customer = d.pop("isCustomer", None)

        status = d.pop("status", None)

        outcome = d.pop("outcome", None)

        new_instance_ = cls(
            entity_id=entity_id,
            is_customer=is_customer,
            status=status,
            outcome=outcome,
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
