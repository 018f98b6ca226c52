"""References: the idempotency keys connectFi de-duplicates money movement on."""

from __future__ import annotations

import hashlib
import hmac
import secrets
import string

__all__ = ["REFERENCE_ALPHABET", "new_reference", "reference_from_key"]

REFERENCE_ALPHABET = string.digits + string.ascii_letters
_LENGTH = 32


# Bytes below 248 (4 x 62) map uniformly onto the alphabet; the others are dropped.
_TO_ALPHABET = bytes(ord(REFERENCE_ALPHABET[b % 62]) if b < 248 else 0 for b in range(256))
_DROPPED = bytes(range(248, 256))


def _alphanumerics(data: bytes) -> str:
    return data.translate(_TO_ALPHABET, _DROPPED).decode("ascii")


def new_reference() -> str:
    """A fresh 32-character reference of ``[0-9a-zA-Z]`` from the OS CSPRNG (~190 bits)."""
    out = _alphanumerics(secrets.token_bytes(40))
    while len(out) < _LENGTH:
        out += _alphanumerics(secrets.token_bytes(8))
    return out[:_LENGTH]


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
    key = namespace.encode("utf-8")
    out, counter = "", 0
    while len(out) < _LENGTH:  # 64 digest bytes give 62 characters on average
        out += _alphanumerics(hmac.new(key, message + bytes([counter]), hashlib.sha512).digest())
        counter += 1
    return out[:_LENGTH]
