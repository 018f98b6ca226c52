"""Settings of a ConnectFi client and their environment-variable defaults."""

from __future__ import annotations

import os
from dataclasses import dataclass, field

import httpx

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
DEFAULT_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=100)


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
