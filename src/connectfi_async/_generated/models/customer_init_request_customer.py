from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.customer_address import CustomerAddress
    from ..models.customer_identification_other import CustomerIdentificationOther
    from ..models.customer_identification_ssn import CustomerIdentificationSsn
    from ..models.customer_phone import CustomerPhone


T = TypeVar("T", bound="CustomerInitRequestCustomer")


@_attrs_define
class CustomerInitRequestCustomer:
    """The "customer personal object" of an individual customer. Partial schema: the public documentation did not show its
    property table; fields are those of the request example, constraints not seen; unknown properties are allowed. The
    business-customer contents were not seen.

    """

    first_name: str | None = None
    last_name: str | None = None
    """ Sandbox: "WaitReview" leads to the akepa waiting_review path. """
    gender: str | None = None
    """ "M" in the example; an older (deprecated) page lists "M" or "F". """
    email: str | None = None
    phones: list[CustomerPhone] | None = None
    date_of_birth: str | None = None
    """ YYYY-MM-DD, e.g. 1969-08-04. """
    citizenship_country_code_a3: str | None = None
    """ ISO 3166 alpha-3 country code, e.g. USA. """
    addresses: list[CustomerAddress] | None = None
    identification_documents: (
        list[CustomerIdentificationOther | CustomerIdentificationSsn] | None
    ) = None
    """ Identification documents; the SSN is how duplicate customers are detected. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields, with secrets (PIN, PAN, CVV, passwords, tokens, account numbers) masked."""
        parts: list[str] = [
            f"first_name={self.first_name!r}",
            f"last_name={self.last_name!r}",
            f"gender={self.gender!r}",
            f"email={self.email!r}",
            f"phones={self.phones!r}",
            f"date_of_birth={self.date_of_birth!r}",
            f"citizenship_country_code_a3={self.citizenship_country_code_a3!r}",
            f"addresses={self.addresses!r}",
            f"identification_documents={self.identification_documents!r}",
        ]
        if self.additional_properties:
            parts.append(f"additional_keys={sorted(self.additional_properties)!r}")
        return f"CustomerInitRequestCustomer({', '.join(parts)})"

    def to_dict(self) -> dict[str, Any]:
        from ..models.customer_identification_ssn import CustomerIdentificationSsn

        first_name = self.first_name

        last_name = self.last_name

        gender = self.gender

        email = self.email

        phones: list[dict[str, Any]] | None = None
        if not isinstance(self.phones, type(None)):
            phones = []
            for phones_item_data in self.phones:
                phones_item = phones_item_data.to_dict()
                phones.append(phones_item)

        date_of_birth = self.date_of_birth

        citizenship_country_code_a3 = self.citizenship_country_code_a3

        addresses: list[dict[str, Any]] | None = None
        if not isinstance(self.addresses, type(None)):
            addresses = []
            for addresses_item_data in self.addresses:
                addresses_item = addresses_item_data.to_dict()
                addresses.append(addresses_item)

        identification_documents: list[dict[str, Any]] | None = None
        if not isinstance(self.identification_documents, type(None)):
            identification_documents = []
            for identification_documents_item_data in self.identification_documents:
                identification_documents_item: dict[str, Any]
                if isinstance(identification_documents_item_data, CustomerIdentificationSsn):
                    identification_documents_item = identification_documents_item_data.to_dict()
                else:
                    identification_documents_item = identification_documents_item_data.to_dict()

                identification_documents.append(identification_documents_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if first_name is not None:
            field_dict["firstName"] = first_name
        if last_name is not None:
            field_dict["lastName"] = last_name
        if gender is not None:
            field_dict["gender"] = gender
        if email is not None:
            field_dict["email"] = email
        if phones is not None:
            field_dict["phones"] = phones
        if date_of_birth is not None:
            field_dict["dateOfBirth"] = date_of_birth
        if citizenship_country_code_a3 is not None:
            field_dict["citizenshipCountryCodeA3"] = citizenship_country_code_a3
        if addresses is not None:
            field_dict["addresses"] = addresses
        if identification_documents is not None:
            field_dict["identificationDocuments"] = identification_documents

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.customer_address import CustomerAddress
        from ..models.customer_identification_other import CustomerIdentificationOther
        from ..models.customer_identification_ssn import CustomerIdentificationSsn
        from ..models.customer_phone import CustomerPhone

        d = dict(src_dict)
        first_name = d.pop("firstName", None)

        last_name = d.pop("lastName", None)

        gender = d.pop("gender", None)

        email = d.pop("email", None)

        _phones = d.pop("phones", None)
        phones: list[CustomerPhone] | None = None
        if _phones is not None:
            phones = []
            for phones_item_data in _phones:
                phones_item = CustomerPhone.from_dict(phones_item_data)

                phones.append(phones_item)

        date_of_birth = d.pop("dateOfBirth", None)

        citizenship_country_code_a3 = d.pop("citizenshipCountryCodeA3", None)

        _addresses = d.pop("addresses", None)
        addresses: list[CustomerAddress] | None = None
        if _addresses is not None:
            addresses = []
            for addresses_item_data in _addresses:
                addresses_item = CustomerAddress.from_dict(addresses_item_data)

                addresses.append(addresses_item)

        _identification_documents = d.pop("identificationDocuments", None)
        identification_documents: (
            list[CustomerIdentificationOther | CustomerIdentificationSsn] | None
        ) = None
        if _identification_documents is not None:
            identification_documents = []
            for identification_documents_item_data in _identification_documents:

                def _parse_identification_documents_item(
                    data: object,
                ) -> CustomerIdentificationOther | CustomerIdentificationSsn:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_customer_identification_document_customer_identification_ssn = CustomerIdentificationSsn.from_dict(
                            data
                        )

                        return componentsschemas_customer_identification_document_customer_identification_ssn
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_customer_identification_document_customer_identification_other = CustomerIdentificationOther.from_dict(
                        data
                    )

                    return componentsschemas_customer_identification_document_customer_identification_other

                identification_documents_item = _parse_identification_documents_item(
                    identification_documents_item_data
                )

                identification_documents.append(identification_documents_item)

        new_instance_ = cls(
            first_name=first_name,
            last_name=last_name,
            gender=gender,
            email=email,
            phones=phones,
            date_of_birth=date_of_birth,
            citizenship_country_code_a3=citizenship_country_code_a3,
            addresses=addresses,
            identification_documents=identification_documents,
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
