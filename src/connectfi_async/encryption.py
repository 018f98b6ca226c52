"""Encrypting account and card data with connectFi's public keys (the ``crypto`` extra).

- RPPS bill payments: ``encrypt_account_number`` gives ``accountNumberEncrypted`` for
  /transfer-to/bills/initiate: RSA-OAEP with SHA-256 over the UTF-8 account number, standard
  base64 (344 characters with a 2048-bit key), as the connectFi documentation shows.
- External cards: ``encrypt_card`` gives the ``card`` object ``{"encryptedData", "keyId"}`` for
  the register endpoints: the plaintext ``PAN|YYYYMM|CVV``, encrypted with RSA-OAEP/SHA-256 and
  written in unpadded base64url (342 characters with a 2048-bit key), matching the documented
  examples. The card page's own code sample was cut before the padding constant, so OAEP with
  SHA-256 is taken from the sibling bills page.

Keys are the caller's: PEM (bytes or text) or a JWK mapping ``{"kty": "RSA", "n", "e"}``.
Nothing here logs, and no error message contains the data it was given.
"""

from __future__ import annotations

import base64
import re
from collections.abc import Mapping
from typing import Any

from .errors import ConnectFiError, MissingExtraError

__all__ = ["EncryptionError", "encrypt_account_number", "encrypt_card", "load_public_key"]

_DIGITS = re.compile(r"[0-9]+")


class EncryptionError(ConnectFiError, ValueError):
    """The data or key could not be used (the message never contains the data)."""


def _crypto() -> Any:
    try:
        from cryptography.hazmat.primitives import hashes, serialization
        from cryptography.hazmat.primitives.asymmetric import padding, rsa
    except ImportError as exc:
        raise MissingExtraError("connectfi_async.encryption", "cryptography", "crypto") from exc
    return hashes, serialization, padding, rsa


def load_public_key(key: bytes | str | Mapping[str, Any]) -> Any:
    """An RSA public key from PEM (bytes or text) or a JWK mapping."""
    _, serialization, _, rsa = _crypto()
    if isinstance(key, Mapping):
        if key.get("kty") != "RSA" or "n" not in key or "e" not in key:
            raise EncryptionError("a JWK key must be an RSA key with n and e")

        def number(value: str) -> int:
            return int.from_bytes(base64.urlsafe_b64decode(value + "=" * (-len(value) % 4)), "big")

        return rsa.RSAPublicNumbers(number(key["e"]), number(key["n"])).public_key()
    data = key.encode() if isinstance(key, str) else key
    try:
        loaded = serialization.load_pem_public_key(data)
    except ValueError:
        raise EncryptionError("the key is not a PEM public key") from None
    if not isinstance(loaded, rsa.RSAPublicKey):
        raise EncryptionError("the key is not an RSA public key")
    return loaded


def _oaep_sha256(plaintext: bytes, key: bytes | str | Mapping[str, Any]) -> bytes:
    hashes, _, padding, _ = _crypto()
    public = load_public_key(key)
    oaep = padding.OAEP(
        mgf=padding.MGF1(algorithm=hashes.SHA256()), algorithm=hashes.SHA256(), label=None
    )
    try:
        return public.encrypt(plaintext, oaep)  # type: ignore[no-any-return]
    except ValueError:
        raise EncryptionError("the data is too long for this key") from None


def encrypt_account_number(account_number: str, public_key: bytes | str | Mapping[str, Any]) -> str:
    """``accountNumberEncrypted`` for an RPPS bill payment (RSA-OAEP/SHA-256, base64)."""
    if not isinstance(account_number, str) or not account_number.strip():
        raise EncryptionError("the account number must be a non-empty string")
    ciphertext = _oaep_sha256(account_number.encode("utf-8"), public_key)
    return base64.b64encode(ciphertext).decode("ascii")


def encrypt_card(
    pan: str,
    expiry_yyyymm: str,
    cvv: str,
    public_key: bytes | str | Mapping[str, Any],
    key_id: str,
) -> dict[str, str]:
    """The ``card`` object of a register request: ``{"encryptedData", "keyId"}``."""
    if not (isinstance(pan, str) and _DIGITS.fullmatch(pan) and 12 <= len(pan) <= 19):
        raise EncryptionError("the card number must be 12 to 19 digits")
    if not (
        isinstance(expiry_yyyymm, str) and re.fullmatch(r"20[0-9]{2}(0[1-9]|1[0-2])", expiry_yyyymm)
    ):
        raise EncryptionError("the expiry must be YYYYMM")
    if not (isinstance(cvv, str) and _DIGITS.fullmatch(cvv) and 3 <= len(cvv) <= 4):
        raise EncryptionError("the CVV must be 3 or 4 digits")
    if not isinstance(key_id, str) or not key_id:
        raise EncryptionError("the keyId must be a non-empty string")
    ciphertext = _oaep_sha256(f"{pan}|{expiry_yyyymm}|{cvv}".encode("ascii"), public_key)
    encrypted = base64.urlsafe_b64encode(ciphertext).decode("ascii").rstrip("=")
    return {"encryptedData": encrypted, "keyId": key_id}
