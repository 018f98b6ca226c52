from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="AkepaIdentificationRequest")


@_attrs_define
class AkepaIdentificationRequest:
    reference: str
    """ An external alphanumeric reference ID for the entity in your system (docs tag common-reference). """
    customer_id: str
    """ A connectFi or external ID (docs tag common-id). """
    sync_mode: bool | None = None
    """ Documented as "true if asyncronous" (the naming looks inverted; recorded as written). """
    webhookURL: str | None = None
    """ 0-500 characters, no < or >, nullable (docs tag common-commonStr500). """
    webhookUrl: str | None = None
    """ 0-500 characters, no < or >, nullable (docs tag common-commonStr500). """

    def __repr__(self) -> str:
        """The fields, with secrets (PIN, PAN, CVV, passwords, tokens, account numbers) masked."""
        parts: list[str] = [
            f"reference={self.reference!r}",
            f"customer_id={self.customer_id!r}",
            f"sync_mode={self.sync_mode!r}",
            f"webhookURL={self.webhookURL!r}",
            f"webhookUrl={self.webhookUrl!r}",
        ]
        return f"AkepaIdentificationRequest({', '.join(parts)})"

    def to_dict(self) -> dict[str, Any]:
        reference = self.reference

        customer_id = self.customer_id

        sync_mode: bool | None
        if isinstance(self.sync_mode, type(None)):
            sync_mode = None
        else:
            sync_mode = self.sync_mode

        webhookURL: str | None
        if isinstance(self.webhookURL, type(None)):
            webhookURL = None
        else:
            webhookURL = self.webhookURL

        webhookUrl: str | None
        if isinstance(self.webhookUrl, type(None)):
            webhookUrl = None
        else:
            webhookUrl = self.webhookUrl

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "reference": reference,
                "customerId": customer_id,
            }
        )
        if sync_mode is not None:
            field_dict["syncMode"] = sync_mode
        if webhookURL is not None:
            field_dict["webhookURL"] = webhookURL
        if webhookUrl is not None:
            field_dict["webhookUrl"] = webhookUrl

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reference = d.pop("reference")

        customer_id = d.pop("customerId")

        def _parse_sync_mode(data: object) -> bool | None:
            if data is None:
                return data
            if isinstance(data, type(None)):
                return data
            return cast(bool | None, data)

        sync_mode = _parse_sync_mode(d.pop("syncMode", None))

        def _parse_webhookURL(data: object) -> str | None:
            if data is None:
                return data
            if isinstance(data, type(None)):
                return data
            return cast(str | None, data)

        webhookURL = _parse_webhookURL(d.pop("webhookURL", None))

        def _parse_webhookUrl(data: object) -> str | None:
            if data is None:
                return data
            if isinstance(data, type(None)):
                return data
            return cast(str | None, data)

        webhookUrl = _parse_webhookUrl(d.pop("webhookUrl", None))

        new_instance_ = cls(
            reference=reference,
            customer_id=customer_id,
            sync_mode=sync_mode,
            webhookURL=webhookURL,
            webhookUrl=webhookUrl,
        )

        return new_instance_
