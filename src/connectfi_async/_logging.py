"""The ``connectfi_async`` logger, and the ``CONNECTFI_LOG`` switch.

Levels follow what a caller needs to see: each attempt at DEBUG (method, path template,
status, ``requestId``, attempt, milliseconds), each retry at INFO (why, and the wait), and each
recovery after an unknown outcome at WARNING (the reference and what was found). No line ever
holds a body, a header or a path argument, so nothing secret can reach the log.
"""

from __future__ import annotations

import logging
import os
import sys

logger = logging.getLogger("connectfi_async")

LEVELS = {"debug": logging.DEBUG, "info": logging.INFO, "warning": logging.WARNING}
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
_configured = False


def setup_from_env() -> None:
    """Apply ``CONNECTFI_LOG`` (debug, info or warning) once, when the first client is made.

    It sets the ``connectfi_async`` logger's level and, when no handler would show its lines
    (none on it or its ancestors), adds one writing to stderr. Unset or empty: nothing changes.
    """
    global _configured
    if _configured:
        return
    value = os.environ.get("CONNECTFI_LOG", "").strip()
    if value:
        level = LEVELS.get(value.lower())
        if level is None:
            raise ValueError(f"CONNECTFI_LOG must be one of {', '.join(LEVELS)}, not {value!r}")
        logger.setLevel(level)
        if not logger.hasHandlers():
            handler = logging.StreamHandler(sys.stderr)
            handler.setFormatter(logging.Formatter(FORMAT))
            logger.addHandler(handler)
    _configured = True


def log_call(
    method: str,
    path: str,
    status: int | str,
    request_id: str | None,
    attempt: int,
    elapsed_ms: float,
) -> None:
    """One DEBUG line per attempt; never the body, so nothing secret can reach the log."""
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug(
            "%s %s -> %s requestId=%s attempt=%d elapsed_ms=%.1f",
            method,
            path,
            status,
            request_id or "-",
            attempt,
            elapsed_ms,
        )


def log_retry(method: str, path: str, reason: str, attempt: int, wait: float) -> None:
    """An INFO line for a failed attempt that will be tried again, saying why and when."""
    logger.info(
        "%s %s: attempt %d failed (%s); retrying in %.2f s", method, path, attempt, reason, wait
    )


def log_recovery(
    method: str, path: str, reference: str | None, outcome: str, unknown: bool
) -> None:
    """What a reference turned up: WARNING after an attempt whose outcome was unknown, INFO
    when the caller asked for it (``return_existing=True``)."""
    if unknown:
        logger.warning(
            "%s %s: an earlier attempt's outcome was unknown; reference=%s %s",
            method,
            path,
            reference or "-",
            outcome,
        )
    else:
        logger.info("%s %s: reference=%s already used; %s", method, path, reference or "-", outcome)
