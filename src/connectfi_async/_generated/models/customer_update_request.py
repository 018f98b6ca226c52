from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.customer_update_request_customer_update import (
        CustomerUpdateRequestCustomerUpdate,
    )


T = TypeVar("T", bound="CustomerUpdateRequest")


@_attrs_define
class CustomerUpdateRequest:
    """Update a customer's contact data. Partial schema: the public documentation did not show the top-level property
    table. It documents the "customerUpdate object" (CustomerUpdateRequestCustomerUpdate); that it sits under a
    `customerUpdate` property next to the `customerId` is inferred from that heading, so neither is marked required and
    unknown properties are allowed.

    """

    customer_id: str | None = None
    """ A connectFi or external ID (docs tag common-id). """
    customer_update: CustomerUpdateRequestCustomerUpdate | None = None
    """ The "customerUpdate object" of /customer/update. Individual customers may send `email`, `addresses`,
    `phones`; business customers `businessAddresses`, `businessPhones`, `businessRepresentatives`; a field of the
    other customer type is rejected. Partial schema: the public documentation was cut at the `businessPhones` row
    (businessRepresentatives not seen); unknown properties are allowed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields, with secrets (PIN, PAN, CVV, passwords, tokens, account numbers) masked."""
        parts: list[str] = [
            f"customer_id={self.customer_id!r}",
            f"customer_update={self.customer_update!r}",
        ]
        if self.additional_properties:
            parts.append(f"additional_keys={sorted(self.additional_properties)!r}")
        return f"CustomerUpdateRequest({', '.join(parts)})"

    def to_dict(self) -> dict[str, Any]:
        customer_id = self.customer_id

        customer_update: dict[str, Any] | None = None
        if not isinstance(self.customer_update, type(None)):
            customer_update = self.customer_update.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if customer_id is not None:
            field_dict["customerId"] = customer_id
        if customer_update is not None:
            field_dict["customerUpdate"] = customer_update

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.customer_update_request_customer_update import (
            CustomerUpdateRequestCustomerUpdate,
        )

        d = dict(src_dict)
        customer_id = d.pop("customerId", None)

        _customer_update = d.pop("customerUpdate", None)
        customer_update: CustomerUpdateRequestCustomerUpdate | None
        if isinstance(_customer_update, type(None)):
            customer_update = None
        else:
            customer_update = CustomerUpdateRequestCustomerUpdate.from_dict(_customer_update)

        new_instance_ = cls(
            customer_id=customer_id,
            customer_update=customer_update,
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
