"""References: the idempotency keys connectFi de-duplicates money movement on."""

from __future__ import annotations

import hashlib
import hmac
import secrets
import string

__all__ = ["REFERENCE_ALPHABET", "new_reference", "reference_from_key"]

REFERENCE_ALPHABET = string.digits + string.ascii_letters
_LENGTH = 32


def new_reference() -> str:
    """A fresh 32-character reference of ``[0-9a-zA-Z]`` from the OS CSPRNG (~190 bits)."""
    # 256 random bits written in base 62: the first 32 digits are uniform to within 2**-65.
    return _base62(int.from_bytes(secrets.token_bytes(32), "big"))


def _base62(number: int) -> str:
    out = []
    for _ in range(_LENGTH):
        number, index = divmod(number, 62)
        out.append(REFERENCE_ALPHABET[index])
    return "".join(out)


def reference_from_key(*parts: object, namespace: str = "connectfi") -> str:
    """The same 32-character reference for the same business key, every time.

    Use it where a job may run again (a payout batch, a reconciliation worker): the re-run
    sends the same reference, so connectFi answers ``referenceExists`` instead of paying twice.
    ``reference_from_key("payout", invoice_id)``; parts are joined unambiguously, so
    ``("a", "bc")`` and ``("ab", "c")`` differ.
    """
    if not parts:
        raise ValueError("reference_from_key needs at least one key part")
    message = b"\x00".join(str(p).encode("utf-8").replace(b"\x00", b"\x00\x01") for p in parts)
    digest = hmac.new(namespace.encode("utf-8"), message, hashlib.sha512).digest()
    return _base62(int.from_bytes(digest, "big"))
