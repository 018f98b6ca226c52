from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CardEncryptedCard")


@_attrs_define
class CardEncryptedCard:
    """Encrypted card data (`card`). `encryptedData` is the string `<PAN>|<expiry YYYYMM>|<CVV>` (pipe-separated, e.g.
    `1234567890123456|202211|123`) encrypted with the client's RSA public key identified by `keyId`. Partial schema: the
    public documentation did not show this object's property table (types, lengths, required flags); unknown properties
    are allowed.

    """

    encrypted_data: str | None = None
    """ The ciphertext of `<PAN>|<expiry YYYYMM>|<CVV>`. The docs' Node.js example reads the client's public key
    from a file (`./public.key`) and encrypts "with the public key method sha256" using the standard `crypto` module
    and the `base64url` package; the exact call and padding were cut in the documentation (the bills section's
    sibling example uses RSA-OAEP with SHA-256). Observed in the examples: 342 characters of unpadded base64url,
    i.e. a 256-byte (RSA-2048) ciphertext. Never send the clear PAN/CVV here. """
    key_id: str | None = None
    """ The id of the public key used for `encryptedData` (example `je87i6-C2QJS7PHUAbJPqw`). A wrong keyId is
    refused by the back office with `extToucan` "Invalid keyId". How a client obtains its key and keyId was not seen
    in the documentation. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields, with secrets (PIN, PAN, CVV, passwords, tokens, account numbers) masked."""
        parts: list[str] = [
            "encrypted_data=***",
            f"key_id={self.key_id!r}",
        ]
        if self.additional_properties:
            parts.append(f"additional_keys={sorted(self.additional_properties)!r}")
        return f"CardEncryptedCard({', '.join(parts)})"

    def to_dict(self) -> dict[str, Any]:
        encrypted_data = self.encrypted_data

        key_id = self.key_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if encrypted_data is not None:
            field_dict["encryptedData"] = encrypted_data
        if key_id is not None:
            field_dict["keyId"] = key_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        encrypted_data = d.pop("encryptedData", None)

        key_id = d.pop("keyId", None)

        new_instance_ = cls(
            encrypted_data=encrypted_data,
            key_id=key_id,
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
