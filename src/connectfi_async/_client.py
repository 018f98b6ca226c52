"""ConnectFi: the facade users hold. It builds the engine's shared core and owns its lifecycle.

The namespaces (``cf.ibis.card``...) are the generated root's cached properties over an
:class:`~connectfi_async._engine.Engine`; ``with_options`` is another facade over the same core.
"""

from __future__ import annotations

import ssl
from collections.abc import Mapping
from functools import cached_property
from types import TracebackType
from typing import TYPE_CHECKING, Literal

from ._auth import TOKEN_HEADER, TokenAuth
from ._config import (
    Credentials,
    PoolLimits,
    RetryPolicy,
    Timeout,
    as_limits,
    as_timeout,
    env_base_url,
    env_credentials,
)
from ._engine import Core, Engine, ViewDefaults
from ._generated.operations import AUTH_GET_TOKEN
from ._generated.sdk import RootApi, RootApiRaw
from ._header_rules import is_header_name, is_header_value
from ._logging import setup_from_env
from ._transport import DEFAULT_MAX_RESPONSE_SIZE, Sender
from ._transport.choice import BACKENDS, choose_backend, new_sender, sender_config
from .errors import ValidationError, Violation
from .token_store import TokenStore, store_key

if TYPE_CHECKING:
    import httpx
    import httpx2

Backend = Literal["httpx2", "httpx", "aiohttp"]
__all__ = ["BACKENDS", "ConnectFi"]


class ConnectFi(RootApi):
    """The connectFi API client: one pooled connection set, safe to share across tasks.

    ``async with ConnectFi(base_url=..., login=..., password=...) as cf:`` then
    ``await cf.ibis.card.status({"cFiCardId": card_id})``. Every method returns the typed
    ``data`` of the answer; ``cf.with_raw_response`` has the same methods returning
    :class:`ApiResponse` (status, headers, ``requestId``, data).
    """

    def __init__(
        self,
        base_url: str | None = None,
        login: str | None = None,
        password: str | None = None,
        *,
        timeout: float | Timeout | httpx.Timeout | httpx2.Timeout | None = None,
        limits: PoolLimits | httpx.Limits | httpx2.Limits | None = None,
        retry: RetryPolicy | None = None,
        http_client: httpx.AsyncClient | httpx2.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | httpx2.AsyncBaseTransport | None = None,
        backend: Backend | None = None,
        validate: bool = True,
        token_store: TokenStore | None = None,
        verify: bool | str | ssl.SSLContext = True,
        trust_env: bool = True,
        max_response_size: int = DEFAULT_MAX_RESPONSE_SIZE,
    ) -> None:
        setup_from_env()
        base = base_url or env_base_url()
        if base is None and http_client is None:
            raise ValueError("base_url is required (or set CONNECTFI_BASE_URL)")
        credentials: Credentials | None
        if login and password:
            credentials = Credentials(login, password)
        elif login or password:
            raise ValueError("give both login and password, or neither")
        else:
            credentials = env_credentials()
        timeouts = as_timeout(timeout)
        chosen = choose_backend(backend, http_client, transport)
        if http_client is not None and base_url:
            http_client.base_url = base_url
        config = sender_config(
            str(http_client.base_url if http_client is not None else base),
            timeouts,
            as_limits(limits),
            verify=verify,
            trust_env=trust_env,
            max_response_size=max_response_size,
        )
        sender: Sender = new_sender(
            chosen,
            config,
            http_client=http_client,
            transport=transport,
            timeout=timeout,
            limits=limits,
        )
        policy = retry or RetryPolicy()
        # token_store: where the token lives; a RedisTokenStore shares it across processes.
        core = Core(
            sender=sender,
            base_url=config.base_url,
            backend=chosen,
            credentials=credentials,
            retry=policy,
            default_timeout=timeouts.total,
            validate=validate,
            login_operation=AUTH_GET_TOKEN,
            token_store=token_store,
            token_key=store_key(config.base_url, credentials.login if credentials else None),
        )
        super().__init__(Engine(core, ViewDefaults(None, policy)))

    @classmethod
    def _over(cls, engine: Engine) -> ConnectFi:
        """A facade over ``engine`` (a view): no configuration, nothing of its own to close."""
        view = cls.__new__(cls)
        RootApi.__init__(view, engine)
        return view

    _engine: Engine

    def __repr__(self) -> str:
        core = self._engine.core
        login = core.credentials.login if core.credentials else None
        return f"ConnectFi(base_url={core.base_url!r}, login={login!r}, backend={self.backend!r})"

    async def __aenter__(self) -> ConnectFi:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Close the connection pool (a caller's own httpx client stays open).

        Every later call, on this client or a view of it, raises ``ClientClosedError``.
        """
        await self._engine.core.sender.aclose()

    def with_options(
        self,
        *,
        timeout: float | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ConnectFi:
        """A view of this client with other defaults, sharing its connections and token.

        ``timeout`` bounds each attempt, ``retry`` replaces the retry policy and
        ``extra_headers`` are added to every API request (a name that is not an HTTP token, a
        value with CR, LF, NUL or non-ASCII, or a header the client sets itself raises
        ``ValidationError`` here). Closing a view closes the shared pool.
        ``cf.with_options(timeout=5).ibis.card.status(...)``
        """
        if timeout is not None and not timeout > 0:
            raise ValueError("timeout must be a positive number of seconds")
        headers = dict(extra_headers or {})
        _check_headers(headers)
        return ConnectFi._over(
            self._engine.view(timeout=timeout, retry=retry, extra_headers=headers)
        )

    @property
    def backend(self) -> str:
        """The HTTP library sending the requests: ``"httpx"`` or ``"aiohttp"``."""
        return self._engine.core.backend

    @property
    def retry(self) -> RetryPolicy:
        """This view's retry policy (a call's ``retry=`` replaces it for that call)."""
        return self._engine.defaults.retry

    @property
    def token_auth(self) -> TokenAuth:
        """The token lifecycle this client and all its views share."""
        return self._engine.core.token_auth

    @property
    def _sender(self) -> Sender:
        return self._engine.core.sender

    @cached_property
    def with_raw_response(self) -> RootApiRaw:
        """The same methods, returning :class:`ApiResponse` instead of the bare data."""
        return RootApiRaw(self._engine)

    @property
    def http_client(self) -> httpx.AsyncClient | httpx2.AsyncClient:
        """The underlying ``httpx2.AsyncClient`` or ``httpx.AsyncClient`` (not with aiohttp)."""
        client = getattr(self._engine.core.sender, "client", None)
        if client is None:
            raise AttributeError("this client sends through aiohttp (backend='aiohttp')")
        return client  # type: ignore[no-any-return]


# Set by the client on every request: a view's header must not replace them.
_SDK_HEADERS = frozenset(
    (TOKEN_HEADER, "content-type", "content-length", "transfer-encoding", "host", "accept-encoding")
)


def _check_headers(headers: Mapping[str, str]) -> None:
    """Refuse, before anything is sent, a header HTTP forbids or the client sets itself.

    The message names the header, never its value: extra headers often carry secrets.
    """
    problems = []
    for name, value in headers.items():
        if not isinstance(name, str) or not isinstance(value, str):
            raise TypeError("extra_headers must map str to str")
        where = f"extra_headers[{name!r}]"
        if not is_header_name(name):
            rule = "is not a header name (RFC 9110 token: ASCII letters, digits, !#$%&'*+-.^_`|~)"
        elif name.lower() in _SDK_HEADERS:
            rule = f"{name.lower()} is set by the client"
        elif not is_header_value(value):
            rule = (
                "value refused (not shown): only visible ASCII, with spaces or tabs inside;"
                " no CR, LF, NUL or non-ASCII"
            )
        else:
            continue
        problems.append(Violation((where,), "format", rule))
    if problems:
        raise ValidationError("with_options", problems)
