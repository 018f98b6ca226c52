from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.customer_address import CustomerAddress
    from ..models.customer_phone import CustomerPhone


T = TypeVar("T", bound="CustomerUpdateRequestCustomerUpdate")


@_attrs_define
class CustomerUpdateRequestCustomerUpdate:
    """The "customerUpdate object" of /customer/update. Individual customers may send `email`, `addresses`, `phones`;
    business customers `businessAddresses`, `businessPhones`, `businessRepresentatives`; a field of the other customer
    type is rejected. Partial schema: the public documentation was cut at the `businessPhones` row
    (businessRepresentatives not seen); unknown properties are allowed.

    """

    email: str | None = None
    """ New email (individual customers only). """
    addresses: list[CustomerAddress] | None = None
    """ New address list (individual customers only). """
    phones: list[CustomerPhone] | None = None
    """ New phone list (individual customers only). """
    business_addresses: list[CustomerAddress] | None = None
    """ Business addresses (business customers only). """
    business_phones: list[CustomerPhone] | None = None
    """ Business phones (business customers only; the row was cut). """
    business_representatives: Any | None = None
    """ Email, addresses and phones of the business representatives (business customers only). Named in the
    description; its table was not seen. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields, with secrets (PIN, PAN, CVV, passwords, tokens, account numbers) masked."""
        parts: list[str] = [
            f"email={self.email!r}",
            f"addresses={self.addresses!r}",
            f"phones={self.phones!r}",
            f"business_addresses={self.business_addresses!r}",
            f"business_phones={self.business_phones!r}",
            f"business_representatives={self.business_representatives!r}",
        ]
        if self.additional_properties:
            parts.append(f"additional_keys={sorted(self.additional_properties)!r}")
        return f"CustomerUpdateRequestCustomerUpdate({', '.join(parts)})"

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        addresses: list[dict[str, Any]] | None = None
        if not isinstance(self.addresses, type(None)):
            addresses = []
            for addresses_item_data in self.addresses:
                addresses_item = addresses_item_data.to_dict()
                addresses.append(addresses_item)

        phones: list[dict[str, Any]] | None = None
        if not isinstance(self.phones, type(None)):
            phones = []
            for phones_item_data in self.phones:
                phones_item = phones_item_data.to_dict()
                phones.append(phones_item)

        business_addresses: list[dict[str, Any]] | None = None
        if not isinstance(self.business_addresses, type(None)):
            business_addresses = []
            for business_addresses_item_data in self.business_addresses:
                business_addresses_item = business_addresses_item_data.to_dict()
                business_addresses.append(business_addresses_item)

        business_phones: list[dict[str, Any]] | None = None
        if not isinstance(self.business_phones, type(None)):
            business_phones = []
            for business_phones_item_data in self.business_phones:
                business_phones_item = business_phones_item_data.to_dict()
                business_phones.append(business_phones_item)

        business_representatives = self.business_representatives

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email is not None:
            field_dict["email"] = email
        if addresses is not None:
            field_dict["addresses"] = addresses
        if phones is not None:
            field_dict["phones"] = phones
        if business_addresses is not None:
            field_dict["businessAddresses"] = business_addresses
        if business_phones is not None:
            field_dict["businessPhones"] = business_phones
        if business_representatives is not None:
            field_dict["businessRepresentatives"] = business_representatives

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.customer_address import CustomerAddress
        from ..models.customer_phone import CustomerPhone

        d = dict(src_dict)
        email = d.pop("email", None)

        _addresses = d.pop("addresses", None)
        addresses: list[CustomerAddress] | None = None
        if _addresses is not None:
            addresses = []
            for addresses_item_data in _addresses:
                addresses_item = CustomerAddress.from_dict(addresses_item_data)

                addresses.append(addresses_item)

        _phones = d.pop("phones", None)
        phones: list[CustomerPhone] | None = None
        if _phones is not None:
            phones = []
            for phones_item_data in _phones:
                phones_item = CustomerPhone.from_dict(phones_item_data)

                phones.append(phones_item)

        _business_addresses = d.pop("businessAddresses", None)
        business_addresses: list[CustomerAddress] | None = None
        if _business_addresses is not None:
            business_addresses = []
            for business_addresses_item_data in _business_addresses:
                business_addresses_item = CustomerAddress.from_dict(business_addresses_item_data)

                business_addresses.append(business_addresses_item)

        _business_phones = d.pop("businessPhones", None)
        business_phones: list[CustomerPhone] | None = None
        if _business_phones is not None:
            business_phones = []
            for business_phones_item_data in _business_phones:
                business_phones_item = CustomerPhone.from_dict(business_phones_item_data)

                business_phones.append(business_phones_item)

        business_representatives = d.pop("businessRepresentatives", None)

        new_instance_ = cls(
            email=email,
            addresses=addresses,
            phones=phones,
            business_addresses=business_addresses,
            business_phones=business_phones,
            business_representatives=business_representatives,
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
