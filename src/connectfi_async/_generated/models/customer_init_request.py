from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.customer_init_request_customer import CustomerInitRequestCustomer


T = TypeVar("T", bound="CustomerInitRequest")


@_attrs_define
class CustomerInitRequest:
    """Create an individual or business customer. Partial schema: the public documentation did not show the property tables
    (individual, business and nested objects), required flags or constraints; only the fields of the individual request
    example are typed; unknown properties are allowed. The server validates the body as a oneOf of an individual and a
    business schema.

    """

    customer_reference: str | None = None
    """ Your external reference ID for the customer (name from the documented request example; stored customers show
    it as `reference`; constraints not seen). Reuse gives referenceExists. """
    customer_type: str | None = None
    """ Selects the individual or business schema. "individual" was seen; the business literal (presumably
    "business") was not. """
    customer: CustomerInitRequestCustomer | None = None
    """ The "customer personal object" of an individual customer. Partial schema: the public documentation did not
    show its property table; fields are those of the request example, constraints not seen; unknown properties are
    allowed. The business-customer contents were not seen. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields, with secrets (PIN, PAN, CVV, passwords, tokens, account numbers) masked."""
        parts: list[str] = [
            f"customer_reference={self.customer_reference!r}",
            f"customer_type={self.customer_type!r}",
            f"customer={self.customer!r}",
        ]
        if self.additional_properties:
            parts.append(f"additional_keys={sorted(self.additional_properties)!r}")
        return f"CustomerInitRequest({', '.join(parts)})"

    def to_dict(self) -> dict[str, Any]:
        customer_reference = self.customer_reference

        customer_type = self.customer_type

        customer: dict[str, Any] | None = None
        if not isinstance(self.customer, type(None)):
            customer = self.customer.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if customer_reference is not None:
            field_dict["customerReference"] = customer_reference
        if customer_type is not None:
            field_dict["customerType"] = customer_type
        if customer is not None:
            field_dict["customer"] = customer

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.customer_init_request_customer import CustomerInitRequestCustomer

        d = dict(src_dict)
        customer_reference = d.pop("customerReference", None)

        customer_type = d.pop("customerType", None)

        _customer = d.pop("customer", None)
        customer: CustomerInitRequestCustomer | None
        if isinstance(_customer, type(None)):
            customer = None
        else:
            customer = CustomerInitRequestCustomer.from_dict(_customer)

        new_instance_ = cls(
            customer_reference=customer_reference,
            customer_type=customer_type,
            customer=customer,
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
