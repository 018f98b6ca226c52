"""Where the API token lives: in this process (the default) or in Redis, shared by a fleet.

A fleet of worker processes using the same login shares one token through
:class:`RedisTokenStore`: one process logs in (holding a lock with an expiry, so a crashed
holder cannot block the others), the others wait for the token it writes, and a token answered
401 is removed once, only while it is still the stored one. When Redis cannot be reached the
process logs in by itself, with a warning, and the call goes on: a token store never fails a
payment.

    store = RedisTokenStore.from_url("rediss://connectfi-tokens@redis.internal:6380/0")
    async with ConnectFi(base_url, login, password, token_store=store) as cf:
        ...
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import random
import secrets
import time
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, Protocol

from ._header_rules import TOKEN_MAX_LENGTH, token_from_bytes, usable_token
from .errors import MissingExtraError

if TYPE_CHECKING:
    import asyncio

    from redis.asyncio import Redis

__all__ = ["Login", "MemoryTokenStore", "RedisTokenStore", "TokenStore", "store_key"]

logger = logging.getLogger("connectfi_async.token_store")

Login = Callable[[], Awaitable[tuple[str, float]]]
"""Logs in and returns the new token and for how many seconds to use it."""

# Delete KEYS[1] only while it holds ARGV[1]: releases a lock only by its owner, and removes a
# rejected token only while no other process has replaced it yet.
_COMPARE_AND_DELETE = """
if redis.call('get', KEYS[1]) == ARGV[1] then
    return redis.call('del', KEYS[1])
end
return 0
"""

# Delete KEYS[1] only while it holds what no header can carry (the rule of _header_rules.py, on the
# stored bytes): a usable token written meanwhile by another process is never removed.
_DELETE_IF_UNUSABLE = rf"""
local value = redis.call('get', KEYS[1])
if value and (#value == 0 or #value > {TOKEN_MAX_LENGTH} or string.find(value, '[^\33-\126]')) then
    return redis.call('del', KEYS[1])
end
return 0
"""


# Bind KEYS[1] to ARGV[1] for ARGV[2] ms unless it is bound already; answer what it is bound to.
_BIND_REFERENCE = """
local bound = redis.call('get', KEYS[1])
if bound then return bound end
redis.call('set', KEYS[1], ARGV[1], 'PX', ARGV[2])
return ARGV[1]
"""


def store_key(base_url: str, login: str | None) -> str:
    """The store key of one login on one API: clients sharing it share their token."""
    return f"{base_url.rstrip('/')} {login or ''}"


class TokenStore(Protocol):
    """Keeps the token of each login; :class:`~connectfi_async.ConnectFi` asks it for one
    whenever its own copy is missing, about to expire or rejected."""

    async def fetch(self, key: str, login: Login, *, stale: str | None = None) -> tuple[str, float]:
        """A token for ``key`` and for how many seconds it may be used.

        A stored token is returned when there is one; otherwise ``login`` is called (once for
        everyone sharing the store). ``stale`` is a token the caller can no longer use
        (answered 401, expired or forgotten): it is never returned and is removed from the
        store if it is still there.
        """
        ...


class MemoryTokenStore:
    """Tokens kept in this process (the default; one per client unless you share it).

    Clients of the same login in one process can share one instance: they then make one login
    between them, as the tasks of one client always do.
    """

    def __init__(self, *, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._tokens: dict[str, tuple[str, float]] = {}
        self._inflight: dict[str, asyncio.Future[tuple[str, float]]] = {}

    def __repr__(self) -> str:
        return f"MemoryTokenStore(tokens={len(self._tokens)})"

    async def fetch(self, key: str, login: Login, *, stale: str | None = None) -> tuple[str, float]:
        """A stored token for ``key`` still valid, else the result of one ``login``."""
        stored = self._tokens.get(key)
        if stored is not None:
            token, valid_until = stored
            left = valid_until - self._clock()
            if token != stale and left > 0:
                return token, left
            del self._tokens[key]
        import asyncio

        inflight = self._inflight.get(key)
        if inflight is None:
            inflight = self._inflight[key] = asyncio.ensure_future(self._login(key, login))
        # shield: one waiter being cancelled must not cancel the login the others wait on.
        return await asyncio.shield(inflight)

    async def _login(self, key: str, login: Login) -> tuple[str, float]:
        started = self._clock()
        try:
            token, usable = await login()
        finally:
            del self._inflight[key]
        self._tokens[key] = (token, started + usable)
        return token, usable


def _require_redis() -> None:
    """Fail at construction, naming the extra, rather than at the first token fetch."""
    try:
        import redis.asyncio  # noqa: F401
    except ImportError as exc:
        raise MissingExtraError("RedisTokenStore", "redis", "redis") from exc


class RedisTokenStore:
    """One token per login for every process using the same Redis (redis-py's asyncio client).

    - Single flight across the fleet: the process that finds no usable token takes a lock
      (``SET NX PX``, released only by its owner) and logs in; a holder that dies loses the
      lock after ``lock_timeout`` seconds and another process takes over.
    - The others poll for the token the holder writes, backing off from ``poll_initial`` to
      ``poll_max`` seconds (one poller per client: the client's own tasks share its wait).
    - A token answered 401 is deleted only while it is still the stored one (compare and
      delete in one Lua script), so a late 401 cannot remove the replacement. A stored value
      that is not a usable token (not 1-4096 visible ASCII characters) is removed only while
      it is still unusable (a Lua script checking it) and replaced by one login.
    - The token is stored with the expiry the server gave it (less the refresh margin), at most
      ``max_ttl`` seconds.
    - Redis unreachable (or slower than the client's socket timeout): the process logs in by
      itself, logs a warning, and does not try Redis again for ``cooldown`` seconds.
    - It also binds each reference to the request first sent with it, for the whole fleet, for
      ``reference_ttl`` seconds (:meth:`bind_reference`): a process reusing a reference for
      another request is refused before sending, as within one process.

    Token values never appear in logs or in ``repr()``; in Redis they are stored as they must
    be, so give the SDK its own ACL user and TLS (see the README, "Running a fleet").
    """

    def __init__(
        self,
        redis: Redis,
        *,
        prefix: str = "connectfi",
        lock_timeout: float = 10.0,
        poll_initial: float = 0.01,
        poll_max: float = 0.25,
        min_ttl: float = 1.0,
        max_ttl: float = 24 * 3600.0,
        cooldown: float = 5.0,
        reference_ttl: float = 7 * 24 * 3600.0,
        clock: Callable[[], float] = time.monotonic,
        owns_client: bool = False,
    ) -> None:
        _require_redis()
        self._redis = redis
        self._prefix = prefix
        self._lock_ms = max(1, int(lock_timeout * 1000))
        self._poll_initial = poll_initial
        self._poll_max = poll_max
        self._min_ttl_ms = int(min_ttl * 1000)
        self._max_ttl = max_ttl
        self._cooldown = cooldown
        self._clock = clock
        self._owns_client = owns_client
        self._down_until = float("-inf")
        self._compare_and_delete = redis.register_script(_COMPARE_AND_DELETE)
        self._bind_reference = redis.register_script(_BIND_REFERENCE)
        self._reference_ttl_ms = max(1, int(reference_ttl * 1000))
        self._delete_if_unusable = redis.register_script(_DELETE_IF_UNUSABLE)
        self.local_logins = 0
        """Logins made without Redis (it could not be reached)."""

    @classmethod
    def from_url(cls, url: str, *, socket_timeout: float = 2.0, **options: Any) -> RedisTokenStore:
        """A store on its own Redis client (``redis://``, ``rediss://`` for TLS, ``unix://``).

        ``socket_timeout`` bounds every Redis call, so a hung Redis costs at most that long
        before the local login. ``options`` go to :class:`RedisTokenStore`.
        """
        _require_redis()
        from redis.asyncio import Redis

        client = Redis.from_url(
            url, socket_timeout=socket_timeout, socket_connect_timeout=socket_timeout
        )
        return cls(client, owns_client=True, **options)

    def __repr__(self) -> str:
        # Neither the URL (it may hold a password) nor any token.
        return f"RedisTokenStore(prefix={self._prefix!r}, local_logins={self.local_logins})"

    async def aclose(self) -> None:
        """Close the Redis client if :meth:`from_url` made it."""
        if self._owns_client:
            await self._redis.aclose()

    def _names(self, key: str) -> tuple[str, str]:
        digest = _digest(key)
        return f"{self._prefix}:token:{digest}", f"{self._prefix}:token-lock:{digest}"

    async def bind_reference(self, key: str, reference: str, fingerprint: str) -> str:
        """Bind ``reference`` (of login ``key``) to a request's ``fingerprint`` unless another
        process did first; the fingerprint it is bound to. Redis unreachable: ``fingerprint``
        (the process's own bindings still apply), with the same warning and cooldown as logins.
        """
        from redis.exceptions import RedisError

        if self._clock() < self._down_until:
            return fingerprint
        name = f"{self._prefix}:reference:{_digest(key)}:{reference}"
        try:
            bound = await self._bind_reference(
                keys=[name], args=[fingerprint, self._reference_ttl_ms]
            )
        except (RedisError, OSError) as exc:
            self._went_down(exc)
            return fingerprint
        return bound.decode("ascii", "replace") if isinstance(bound, bytes) else str(bound)

    async def release_reference(self, key: str, reference: str, fingerprint: str) -> None:
        """Unbind ``reference`` while ``fingerprint`` owns it (the API refused that request)."""
        from redis.exceptions import RedisError

        if self._clock() < self._down_until:
            return
        name = f"{self._prefix}:reference:{_digest(key)}:{reference}"
        try:
            await self._compare_and_delete(keys=[name], args=[fingerprint])
        except (RedisError, OSError) as exc:
            self._went_down(exc)  # it expires after reference_ttl by itself

    async def fetch(self, key: str, login: Login, *, stale: str | None = None) -> tuple[str, float]:
        """The fleet's token for ``key``, logging in (once for the fleet) when there is none."""
        from redis.exceptions import RedisError

        if self._clock() < self._down_until:
            return await self._local_login(login)
        token_name, lock_name = self._names(key)
        called: list[bool] = []  # set once login() runs: its own errors are not Redis's
        try:
            if stale is not None:
                await self._compare_and_delete(keys=[token_name], args=[stale])
            delay = self._poll_initial
            while True:
                found = await self._read(token_name, stale)
                if found is not None:
                    return found
                owner = secrets.token_hex(16)
                if await self._redis.set(lock_name, owner, nx=True, px=self._lock_ms):
                    return await self._login_holding(
                        token_name, lock_name, owner, login, stale, called
                    )
                await _sleep(delay * random.uniform(0.5, 1.5))
                delay = min(delay * 2, self._poll_max)
        except (RedisError, OSError) as exc:
            if called:
                raise
            self._went_down(exc)
            return await self._local_login(login)

    async def _login_holding(
        self,
        token_name: str,
        lock_name: str,
        owner: str,
        login: Login,
        stale: str | None,
        called: list[bool],
    ) -> tuple[str, float]:
        from redis.exceptions import RedisError

        try:
            # The previous holder may have written its token between our read and our lock.
            found = await self._read(token_name, stale)
            if found is not None:
                return found
            called.append(True)
            token, usable = await login()
            ttl = min(usable, self._max_ttl)
            if ttl * 1000 >= self._min_ttl_ms:
                try:
                    await self._redis.set(token_name, token, px=int(ttl * 1000))
                except (RedisError, OSError) as exc:
                    self._went_down(exc)  # the token is good: use it, share it next time
            return token, ttl
        finally:
            with contextlib.suppress(RedisError, OSError):  # else it expires by itself
                await self._compare_and_delete(keys=[lock_name], args=[owner])

    async def _read(self, token_name: str, stale: str | None) -> tuple[str, float] | None:
        pipe = self._redis.pipeline(transaction=False)
        pipe.get(token_name)
        pipe.pttl(token_name)
        try:
            value, ttl_ms = await pipe.execute()
        except UnicodeDecodeError:  # a client with decode_responses=True, and bytes not UTF-8
            value, ttl_ms = b"", -2
        if value is None:
            return None
        token = token_from_bytes(value) if isinstance(value, bytes) else value
        if not usable_token(token):
            # Written by something else (or corrupted): no header could carry it. Treat it as
            # absent, removed only while it is still unusable, so one login replaces it.
            logger.warning("token store held an unusable token (not visible ASCII): removing it")
            await self._delete_if_unusable(keys=[token_name])
            return None
        assert isinstance(token, str)
        if token == stale:
            return None
        if ttl_ms == -1:  # stored without an expiry (not by this class): trust it for max_ttl
            return token, self._max_ttl
        if ttl_ms < self._min_ttl_ms:
            return None  # about to expire: log in now rather than use it for a moment
        return token, ttl_ms / 1000

    async def _local_login(self, login: Login) -> tuple[str, float]:
        self.local_logins += 1
        return await login()

    def _went_down(self, exc: BaseException) -> None:
        if self._clock() >= self._down_until:
            logger.warning(
                "token store unreachable (%s: %s): logging in locally for %.0f s",
                type(exc).__name__,
                exc,
                self._cooldown,
            )
        self._down_until = self._clock() + self._cooldown


def _digest(key: str) -> str:
    # Hashed: the login name and API host stay out of Redis key listings.
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


async def _sleep(seconds: float) -> None:
    import asyncio

    await asyncio.sleep(seconds)
