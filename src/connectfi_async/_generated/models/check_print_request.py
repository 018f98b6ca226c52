from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.check_print_request_check_attributes import (
        CheckPrintRequestCheckAttributes,
    )


T = TypeVar("T", bound="CheckPrintRequest")


@_attrs_define
class CheckPrintRequest:
    """Partial schema: the public documentation did not show the property table of /check/print (types, required flags,
    constraints, where `logo` sits); unknown properties are allowed. `reference` is required (idempotency key).

    """

    reference: str
    """ Your external ID for the check; the server de-duplicates on it (a repeated reference is rejected).
    Constraints not seen (the documentation example "EXT_REFERENCE_ID1" contains underscores). /check/query
    `references` only accepts 1-32 letters and digits (common-reference), so use that form to be able to find the
    check again by reference. """
    check_attributes: CheckPrintRequestCheckAttributes | None = None
    """ The contents of the check. Partial schema: the public documentation did not show the property table (types,
    required flags, constraints); unknown properties are allowed. """
    webhook_url: str | None = None
    """ Optional URL that receives the check status webhooks (CheckWebhookPayload). """
    logo: str | None = None
    """ URL of a logo image printed in the top-left corner of the check (documented on the /check/print page and the
    check overview). Format and size limits were not seen, nor whether it sits at the top level or inside
    checkAttributes; top level is assumed here. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields, with secrets (PIN, PAN, CVV, passwords, tokens, account numbers) masked."""
        parts: list[str] = [
            f"reference={self.reference!r}",
            f"check_attributes={self.check_attributes!r}",
            f"webhook_url={self.webhook_url!r}",
            f"logo={self.logo!r}",
        ]
        if self.additional_properties:
            parts.append(f"additional_keys={sorted(self.additional_properties)!r}")
        return f"CheckPrintRequest({', '.join(parts)})"

    def to_dict(self) -> dict[str, Any]:
        reference = self.reference

        check_attributes: dict[str, Any] | None = None
        if not isinstance(self.check_attributes, type(None)):
            check_attributes = self.check_attributes.to_dict()

        webhook_url = self.webhook_url

        logo = self.logo

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "reference": reference,
            }
        )
        if check_attributes is not None:
            field_dict["checkAttributes"] = check_attributes
        if webhook_url is not None:
            field_dict["webhookUrl"] = webhook_url
        if logo is not None:
            field_dict["logo"] = logo

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.check_print_request_check_attributes import (
            CheckPrintRequestCheckAttributes,
        )

        d = dict(src_dict)
        reference = d.pop("reference")

        _check_attributes = d.pop("checkAttributes", None)
        check_attributes: CheckPrintRequestCheckAttributes | None
        if isinstance(_check_attributes, type(None)):
            check_attributes = None
        else:
            check_attributes = CheckPrintRequestCheckAttributes.from_dict(_check_attributes)

        webhook_url = d.pop("webhookUrl", None)

        logo = d.pop("logo", None)

        new_instance_ = cls(
            reference=reference,
            check_attributes=check_attributes,
            webhook_url=webhook_url,
            logo=logo,
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
