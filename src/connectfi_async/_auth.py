"""The token lifecycle: lazy login, refresh before expiry, one login in flight at a time."""

from __future__ import annotations

import time
from collections.abc import AsyncGenerator, Awaitable, Callable, Generator
from datetime import datetime, timezone
from typing import TYPE_CHECKING

import httpx

from ._header_rules import usable_token
from ._wire import unexpected
from .token_store import MemoryTokenStore, TokenStore

if TYPE_CHECKING:
    import asyncio

TOKEN_HEADER = "x-connectfi-token"
# Log in again this long before dtsExpireAt, so a token never expires on the way.
REFRESH_MARGIN = 30.0

Login = Callable[[], Awaitable[tuple[str, float]]]
"""Logs in; answers the token and its lifetime in seconds (``inf`` when unknown)."""


def expiry_seconds(dts_expire_at: str | None, now: float) -> float:
    """Seconds until an ISO ``dtsExpireAt`` (infinite when absent or unreadable)."""
    if not dts_expire_at:
        return float("inf")
    try:
        when = datetime.fromisoformat(dts_expire_at.replace("Z", "+00:00"))
    except ValueError:
        return float("inf")
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return when.timestamp() - now


# Two clocks closer than this agree: the server's then judges its own expiry.
CLOCK_TOLERANCE = 300.0
# When the clocks disagree, the shorter estimate is used, but never less than this while the
# other says longer: a wrong clock costs a login every minute and a half, never one per call.
SKEWED_LIFETIME_FLOOR = 120.0


def token_lifetime(dts_expire_at: str | None, server_date: str | None) -> float:
    """How long a token lives, judged on two clocks: the answer's ``Date`` and this machine's.

    ``dtsExpireAt`` is the server's time. When the ``Date`` header and the local clock agree
    (within :data:`CLOCK_TOLERANCE`), the server's clock measures it. When they disagree,
    either the client's clock or the ``Date`` (an edge proxy's, say) is wrong and nothing
    tells which: the shorter lifetime is taken, so the token is never used past its real
    expiry, floored at :data:`SKEWED_LIFETIME_FLOOR` while the other clock allows that long,
    so a wrong clock never forces a login per call.
    """
    now = time.time()
    local = expiry_seconds(dts_expire_at, now)
    if not server_date:
        return local
    from email.utils import parsedate_to_datetime

    try:
        server_now = parsedate_to_datetime(server_date).timestamp()
    except (TypeError, ValueError, IndexError, OverflowError):
        return local
    server = expiry_seconds(dts_expire_at, server_now)
    if abs(server_now - now) <= CLOCK_TOLERANCE:
        return server
    shorter, longer = sorted((server, local))
    return max(shorter, min(longer, SKEWED_LIFETIME_FLOOR))


class TokenAuth(httpx.Auth):
    """Puts ``x-connectfi-token`` on every request and keeps it fresh.

    Thousands of tasks may find the token missing or expired at once: the first starts the
    login and every other awaits that same login, so exactly one /auth/get-token is sent. A
    request answered 401 invalidates the token it carried (unless a newer one exists already),
    logs in again and is replayed once. ``store`` (a :class:`~connectfi_async.token_store.
    TokenStore`, in memory by default) is asked for a token whenever this copy is unusable;
    a shared store gives every process of a fleet the same token, under ``key``.
    """

    requires_request_body = False
    requires_response_body = False

    def __init__(
        self,
        login: Login,
        *,
        clock: Callable[[], float] = time.monotonic,
        store: TokenStore | None = None,
        key: str = "",
    ) -> None:
        self._login = login
        self._clock = clock
        self._store: TokenStore = store if store is not None else MemoryTokenStore()
        self._key = key
        self._token: str | None = None
        # The token last given up (rejected or forgotten): the store must not hand it back.
        self._stale: str | None = None
        # The newest token this copy has had: a 401 for an older one says nothing of it.
        self._latest: str | None = None
        self._valid_until = 0.0
        self._inflight: asyncio.Future[str] | None = None
        self.logins = 0

    @property
    def store(self) -> TokenStore:
        """Where the token is kept (and, for a shared store, the fleet's reference bindings)."""
        return self._store

    def __repr__(self) -> str:
        return f"TokenAuth(logged_in={self._token is not None}, logins={self.logins})"

    def expire(self) -> None:
        """Forget the token (the next request logs in again)."""
        if self._token is not None:
            self._stale, self._token = self._token, None

    def current(self) -> str | None:
        """The token when it is valid and not about to expire (no waiting), else None."""
        if self._token is not None and self._clock() < self._valid_until:
            return self._token
        return None

    async def token(self) -> str:
        """A valid token, logging in when there is none or it is about to expire."""
        if self._token is not None and self._clock() < self._valid_until:
            return self._token
        import asyncio  # at first use: importing the SDK stays cheap

        if self._inflight is None:
            self._inflight = asyncio.ensure_future(self._refresh())
            self._inflight.add_done_callback(self._login_done)
        # shield: one waiter being cancelled must not cancel the login the others wait on.
        return await asyncio.shield(self._inflight)

    def _login_done(self, future: asyncio.Future[str]) -> None:
        self._inflight = None
        if not future.cancelled():
            future.exception()  # retrieved here so a failure nobody awaits is not reported

    async def _refresh(self) -> str:
        # Here the local token is missing, expired or rejected: the store must not return it.
        stale = self._token if self._token is not None else self._stale
        token, usable = await self._store.fetch(self._key, self._fresh_login, stale=stale)
        if not usable_token(token):
            # A store's value is input like any other: one no header can carry is absent.
            bad = token if isinstance(token, str) else stale
            token, usable = await self._store.fetch(self._key, self._fresh_login, stale=bad)
            if not usable_token(token):
                token, usable = await self._fresh_login()
        self._token, self._stale, self._latest = token, None, token
        self._valid_until = self._clock() + usable
        return token

    async def _fresh_login(self) -> tuple[str, float]:
        started = self._clock()
        self.logins += 1
        token, lifetime = await self._login()
        if not usable_token(token):
            # Sent as it is, it would fail every call (or be refused by the HTTP library).
            raise unexpected(200, b"", "login answer with a token that is not 1-4096 visible ASCII")
        # A token shorter-lived than the margin is still used for half its life.
        usable = lifetime - min(REFRESH_MARGIN, lifetime / 2)
        return token, usable - (self._clock() - started)

    def rejected(self, token: str) -> None:
        """A request carrying ``token`` was answered 401: forget it unless it was replaced.

        Only a 401 for the newest token marks it stale: 401s for an older and a newer token
        may arrive together, and the older one must not hide the newer one's refusal (the
        store would hand the refused token back, and no login would happen).
        """
        if token != self._latest and self._latest is not None:
            return
        if self._token == token:
            self._token = None
        self._stale = token

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response]:
        """The SDK is async only."""
        raise RuntimeError("connectfi_async needs an httpx.AsyncClient")
        yield request  # pragma: no cover

    async def async_auth_flow(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        """Send with the current token; on 401 log in again and replay once."""
        token = await self.token()
        request.headers[TOKEN_HEADER] = token
        response = yield request
        if response.status_code == 401:
            self.rejected(token)
            request.headers[TOKEN_HEADER] = await self.token()
            yield request
