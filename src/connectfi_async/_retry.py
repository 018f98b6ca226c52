"""Whether a failed attempt is tried again, and after how long: the one place that decides.

An attempt fails in one of three ways, and the call loop hands each to :func:`classify`:

- it provably never left (connection refused, pool timeout, no token to send it with);
- the server refused it without doing anything (429);
- its outcome is unknown (timeout or reset after sending, a 5xx).

The first two are always safe to repeat. An unknown outcome is repeated only for operations
whose repetition cannot do the work twice: reads (``safe``) and writes the server
de-duplicates on their idempotency field (``reference``). ``never`` operations stop there.
"""

from __future__ import annotations

import math
import time
from collections.abc import Mapping
from random import Random
from typing import TYPE_CHECKING, Any

from . import errors

if TYPE_CHECKING:
    from ._config import RetryPolicy
    from ._operations import Operation


class Failure(Exception):
    """Internal: one attempt's failure, raised from an attempt to the call loop.

    ``sent`` is False when the request provably did nothing on the server (never left, or
    refused with 429); ``retry_after`` is the server's finite, non-negative hint.
    """

    def __init__(
        self, error: errors.ConnectFiError, *, sent: bool, retry_after: float | None = None
    ) -> None:
        super().__init__(type(error).__name__)
        self.error = error
        self.sent = sent
        self.retry_after = retry_after


def may_repeat(operation: Operation[Any], failure: Failure) -> bool:
    """Whether repeating the request cannot do its work twice."""
    if not failure.sent:
        return True
    if operation.retry == "safe":
        return True
    return operation.retry == "reference" and operation.idempotency_field is not None


def classify(
    failure: Failure,
    operation: Operation[Any],
    attempt: int,
    policy: RetryPolicy,
    time_left: float,
    rng: Random,
) -> float | None:
    """The wait before attempt ``attempt + 1``, or None when the call ends with the error.

    A wait that would not leave time for another attempt before the deadline ends the call
    now rather than sleeping into it.
    """
    if attempt >= policy.max_attempts or not may_repeat(operation, failure):
        return None
    if failure.retry_after is not None:
        wait = min(failure.retry_after, policy.max_retry_after)
    else:
        wait = policy.backoff(attempt, rng.random())
    if wait >= time_left:
        return None
    return wait


def retry_after_seconds(headers: Mapping[str, str], now: float | None = None) -> float | None:
    """``Retry-After`` in seconds (delta or HTTP date), or None unless finite and >= 0."""
    value = headers.get("retry-after")
    if value is None:
        return None
    try:
        seconds = float(value)
    except ValueError:
        from email.utils import parsedate_to_datetime

        try:
            seconds = parsedate_to_datetime(value).timestamp() - (
                time.time() if now is None else now
            )
        except (TypeError, ValueError, IndexError, OverflowError):
            return None
    if not math.isfinite(seconds) or seconds < 0:
        return None
    return seconds
