"""The ``connectfi_async`` logger and the masking of secrets."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

logger = logging.getLogger("connectfi_async")

MASK = "***"
# JSON names whose values are secrets wherever they appear (bodies, contexts, models).
SECRET_KEYS = frozenset(
    {"password", "oldpassword", "newpassword", "token", "pin", "number", "cardnumber", "pan",
     "cvv", "cvc", "securitycode", "encrypteddata", "vaccountnumber", "accountnumber",
     "accountnumberencrypted", "dfiaccountnumber", "ssn", "fein", "taxid", "x-connectfi-token"}
)  # fmt: skip


def redact(value: Any) -> Any:
    """A copy of a JSON-like value with every secret field masked."""
    if isinstance(value, Mapping):
        return {k: (MASK if str(k).lower() in SECRET_KEYS else redact(v)) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [redact(v) for v in value]
    return value


def log_call(
    method: str,
    path: str,
    status: int | str,
    request_id: str | None,
    attempt: int,
    elapsed_ms: float,
    level: int = logging.INFO,
) -> None:
    """One line per attempt; never the body, so nothing secret can reach the log."""
    if logger.isEnabledFor(level):
        logger.log(
            level,
            "%s %s -> %s requestId=%s attempt=%d elapsed_ms=%.1f",
            method,
            path,
            status,
            request_id or "-",
            attempt,
            elapsed_ms,
        )
