"""The ``connectfi_async`` logger: one line per attempt, never a body (so never a secret)."""

from __future__ import annotations

import logging

logger = logging.getLogger("connectfi_async")


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
