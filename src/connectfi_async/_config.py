"""Settings of a ConnectFi client and their environment-variable defaults."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Timeout:
    """How long one attempt may take, on every backend.

    ``total`` bounds the whole attempt (connecting, sending, every byte of the answer) and
    ``connect`` its connection set-up; ``None`` means no bound. A retried call runs several
    attempts within ``RetryPolicy.deadline``.
    """

    total: float | None = 30.0
    connect: float | None = 10.0


@dataclass(frozen=True)
class PoolLimits:
    """The connection pool, on every backend.

    At most ``max_connections`` open at once (``None``: no limit), idle ones kept for
    ``keepalive_expiry`` seconds; ``max_keepalive_connections`` (httpx-family backends only)
    caps the idle ones, by default at ``max_connections``.
    """

    max_connections: int | None = 100
    max_keepalive_connections: int | None = None
    keepalive_expiry: float | None = 5.0


DEFAULT_TIMEOUT = Timeout()
DEFAULT_LIMITS = PoolLimits()


def as_timeout(value: Any) -> Timeout:
    """A :class:`Timeout` from what ``timeout=`` accepts: seconds, a Timeout, an httpx one."""
    if value is None:
        return DEFAULT_TIMEOUT
    if isinstance(value, Timeout):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return Timeout(float(value), connect=float(value))
    if _httpx_family(value) and hasattr(value, "read") and hasattr(value, "connect"):
        # httpx's Timeout is per operation; its read timeout bounds the attempt, as before.
        return Timeout(value.read, connect=value.connect)
    raise TypeError(f"timeout must be seconds or a connectfi_async.Timeout, not {value!r}")


def as_limits(value: Any) -> PoolLimits:
    """A :class:`PoolLimits` from what ``limits=`` accepts: a PoolLimits or httpx's Limits."""
    if value is None:
        return DEFAULT_LIMITS
    if isinstance(value, PoolLimits):
        return value
    if _httpx_family(value) and hasattr(value, "max_connections"):
        return PoolLimits(
            value.max_connections, value.max_keepalive_connections, value.keepalive_expiry
        )
    raise TypeError(f"limits must be a connectfi_async.PoolLimits, not {value!r}")


def _httpx_family(value: Any) -> bool:
    """An httpx or httpx2 object, recognized without importing either."""
    return type(value).__module__.split(".")[0] in ("httpx", "httpx2")


@dataclass(frozen=True)
class RetryPolicy:
    """When and how often a call is tried again.

    Only safe attempts are repeated: reads, writes carrying a reference, and any request whose
    failure provably happened before it was sent. Waits grow exponentially with full jitter;
    a ``Retry-After`` header is honoured up to ``max_retry_after``; ``deadline`` bounds the
    whole call, waits included.
    """

    max_attempts: int = 4
    backoff_initial: float = 0.2
    backoff_max: float = 5.0
    max_retry_after: float = 30.0
    deadline: float = 120.0
    retry_statuses: frozenset[int] = field(default=frozenset({429, 500, 502, 503, 504, 520}))

    def backoff(self, attempt: int, random: float) -> float:
        """The wait before attempt ``attempt + 1`` (full jitter: ``random`` is in [0, 1))."""
        return min(self.backoff_max, self.backoff_initial * 2.0 ** (attempt - 1)) * random


NO_RETRIES = RetryPolicy(max_attempts=1)


@dataclass(frozen=True)
class Credentials:
    """Login and password for /auth/get-token. ``repr`` never shows the password."""

    login: str
    password: str = field(repr=False)


def env_base_url() -> str | None:
    """``CONNECTFI_BASE_URL``."""
    return os.environ.get("CONNECTFI_BASE_URL") or None


def env_credentials() -> Credentials | None:
    """``CONNECTFI_LOGIN`` and ``CONNECTFI_PASSWORD``, when both are set."""
    login, password = os.environ.get("CONNECTFI_LOGIN"), os.environ.get("CONNECTFI_PASSWORD")
    return Credentials(login, password) if login and password else None
