from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.ibis_account_holder_profile import IbisAccountHolderProfile


T = TypeVar("T", bound="IbisAccountAddRequest")


@_attrs_define
class IbisAccountAddRequest:
    """Partial schema: the public Add-vAccount page was cut before its property table (the current table was never seen),
    so, by this document's policy for unseen tables, unknown properties are allowed; the properties and required list
    follow the seed's table.

    """

    customer_id: str
    """ A connectFi or external ID (docs tag common-id). """
    reference: str
    """ An external alphanumeric reference ID for the entity in your system (docs tag common-reference). """
    profile: IbisAccountHolderProfile | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields, with secrets (PIN, PAN, CVV, passwords, tokens, account numbers) masked."""
        parts: list[str] = [
            f"customer_id={self.customer_id!r}",
            f"reference={self.reference!r}",
            f"profile={self.profile!r}",
        ]
        if self.additional_properties:
            parts.append(f"additional_keys={sorted(self.additional_properties)!r}")
        return f"IbisAccountAddRequest({', '.join(parts)})"

    def to_dict(self) -> dict[str, Any]:
        from ..models.ibis_account_holder_profile import IbisAccountHolderProfile

        customer_id = self.customer_id

        reference = self.reference

        profile: dict[str, Any] | None
        if isinstance(self.profile, type(None)):
            profile = None
        elif isinstance(self.profile, IbisAccountHolderProfile):
            profile = self.profile.to_dict()
        else:
            profile = self.profile

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customerId": customer_id,
                "reference": reference,
            }
        )
        if profile is not None:
            field_dict["profile"] = profile

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ibis_account_holder_profile import IbisAccountHolderProfile

        d = dict(src_dict)
        customer_id = d.pop("customerId")

        reference = d.pop("reference")

        def _parse_profile(data: object) -> IbisAccountHolderProfile | None:
            if data is None:
                return data
            if isinstance(data, type(None)):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                profile_type_0 = IbisAccountHolderProfile.from_dict(data)

                return profile_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(IbisAccountHolderProfile | None, data)

        profile = _parse_profile(d.pop("profile", None))

        new_instance_ = cls(
            customer_id=customer_id,
            reference=reference,
            profile=profile,
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
