from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.customer_address import CustomerAddress


T = TypeVar("T", bound="CustomerRecordCustomer")


@_attrs_define
class CustomerRecordCustomer:
    """The personal data of a stored individual customer (fields seen before the example was cut; probably the same fields
    as sent to /customer/init).

    """

    first_name: str | None = None
    last_name: str | None = None
    gender: str | None = None
    date_of_birth: str | None = None
    """ YYYY-MM-DD. """
    email: str | None = None
    citizenship_country_code_a3: str | None = None
    addresses: list[CustomerAddress] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields, with secrets (PIN, PAN, CVV, passwords, tokens, account numbers) masked."""
        parts: list[str] = [
            f"first_name={self.first_name!r}",
            f"last_name={self.last_name!r}",
            f"gender={self.gender!r}",
            f"date_of_birth={self.date_of_birth!r}",
            f"email={self.email!r}",
            f"citizenship_country_code_a3={self.citizenship_country_code_a3!r}",
            f"addresses={self.addresses!r}",
        ]
        if self.additional_properties:
            parts.append(f"additional_keys={sorted(self.additional_properties)!r}")
        return f"CustomerRecordCustomer({', '.join(parts)})"

    def to_dict(self) -> dict[str, Any]:
        first_name = self.first_name

        last_name = self.last_name

        gender = self.gender

        date_of_birth = self.date_of_birth

        email = self.email

        citizenship_country_code_a3 = self.citizenship_country_code_a3

        addresses: list[dict[str, Any]] | None = None
        if not isinstance(self.addresses, type(None)):
            addresses = []
            for addresses_item_data in self.addresses:
                addresses_item = addresses_item_data.to_dict()
                addresses.append(addresses_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if first_name is not None:
            field_dict["firstName"] = first_name
        if last_name is not None:
            field_dict["lastName"] = last_name
        if gender is not None:
            field_dict["gender"] = gender
        if date_of_birth is not None:
            field_dict["dateOfBirth"] = date_of_birth
        if email is not None:
            field_dict["email"] = email
        if citizenship_country_code_a3 is not None:
            field_dict["citizenshipCountryCodeA3"] = citizenship_country_code_a3
        if addresses is not None:
            field_dict["addresses"] = addresses

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.customer_address import CustomerAddress

        d = dict(src_dict)
        first_name = d.pop("firstName", None)

        last_name = d.pop("lastName", None)

        gender = d.pop("gender", None)

        date_of_birth = d.pop("dateOfBirth", None)

        email = d.pop("email", None)

        citizenship_country_code_a3 = d.pop("citizenshipCountryCodeA3", None)

        _addresses = d.pop("addresses", None)
        addresses: list[CustomerAddress] | None = None
        if _addresses is not None:
            addresses = []
            for addresses_item_data in _addresses:
                addresses_item = CustomerAddress.from_dict(addresses_item_data)

                addresses.append(addresses_item)

        new_instance_ = cls(
            first_name=first_name,
            last_name=last_name,
            gender=gender,
            date_of_birth=date_of_birth,
            email=email,
            citizenship_country_code_a3=citizenship_country_code_a3,
            addresses=addresses,
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
