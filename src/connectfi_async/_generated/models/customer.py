from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.customer_record_customer import CustomerRecordCustomer


T = TypeVar("T", bound="Customer")


@_attrs_define
class Customer:
    """A stored customer record. Only the start of the individual example was seen; business customers also carry
    `employees`, and `kycStatus` is named on other pages. customerId is in the example seen, and is the record's
    identity, so it is required.

    """

    customer_id: str
    """ The connectFi customer ID (cstap_... individual, cstab_... business). """
    reference: str | None = None
    """ Your external reference ID for the customer. """
    customer_type: str | None = None
    """ "individual" seen; the business value was not seen. """
    customer: CustomerRecordCustomer | None = None
    """ The personal data of a stored individual customer (fields seen before the example was cut; probably the same
    fields as sent to /customer/init). """
    kyc_status: str | None = None
    """ The KYC/KYB state of the customer. Values for the akepa flow were not seen; the deprecated flow used
    WAITING_DATA and APPROVED. """
    employees: list[Any] | None = None
    """ Employees of a business customer (item shape not seen). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields, with secrets (PIN, PAN, CVV, passwords, tokens, account numbers) masked."""
        parts: list[str] = [
            f"customer_id={self.customer_id!r}",
            f"reference={self.reference!r}",
            f"customer_type={self.customer_type!r}",
            f"customer={self.customer!r}",
            f"kyc_status={self.kyc_status!r}",
            f"employees={self.employees!r}",
        ]
        if self.additional_properties:
            parts.append(f"additional_keys={sorted(self.additional_properties)!r}")
        return f"Customer({', '.join(parts)})"

    def to_dict(self) -> dict[str, Any]:
        customer_id = self.customer_id

        reference = self.reference

        customer_type = self.customer_type

        customer: dict[str, Any] | None = None
        if not isinstance(self.customer, type(None)):
            customer = self.customer.to_dict()

        kyc_status = self.kyc_status

        employees: list[Any] | None = None
        if not isinstance(self.employees, type(None)):
            employees = self.employees

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customerId": customer_id,
            }
        )
        if reference is not None:
            field_dict["reference"] = reference
        if customer_type is not None:
            field_dict["customerType"] = customer_type
        if customer is not None:
            field_dict["customer"] = customer
        if kyc_status is not None:
            field_dict["kycStatus"] = kyc_status
        if employees is not None:
            field_dict["employees"] = employees

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.customer_record_customer import CustomerRecordCustomer

        d = dict(src_dict)
        customer_id = d.pop("customerId")

        reference = d.pop("reference", None)

        customer_type = d.pop("customerType", None)

        _customer = d.pop("customer", None)
        customer: CustomerRecordCustomer | None
        if isinstance(_customer, type(None)):
            customer = None
        else:
            customer = CustomerRecordCustomer.from_dict(_customer)

        kyc_status = d.pop("kycStatus", None)

        employees = cast(list[Any], d.pop("employees", None))

        new_instance_ = cls(
            customer_id=customer_id,
            reference=reference,
            customer_type=customer_type,
            customer=customer,
            kyc_status=kyc_status,
            employees=employees,
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
