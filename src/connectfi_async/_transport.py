"""How the engine puts bytes on the wire: through httpx, or through aiohttp when it is faster.

Both senders take a prepared request (method, path, JSON bytes, headers) and give back the
status, headers and body, or raise :class:`SendFailure` saying whether the request may have
reached the server. Everything above them (tokens, retries, errors) is the same.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, NamedTuple, Protocol

import httpx

_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


class RawResponse(NamedTuple):
    """An answer as bytes: status, headers (case-insensitive) and body."""

    status: int
    headers: Mapping[str, str]
    body: bytes


class SendFailure(Exception):
    """A network failure; ``sent`` is False only when the request provably never left."""

    def __init__(self, name: str, *, sent: bool) -> None:
        super().__init__(name)
        self.name = name
        self.sent = sent


class Sender(Protocol):
    """Sends one request."""

    async def send(
        self,
        method: str,
        path: str,
        content: bytes | None,
        headers: Mapping[str, str],
        timeout: float | None,
        files: Any = None,
    ) -> RawResponse: ...

    async def aclose(self) -> None: ...


class HttpxSender:
    """Sends through an ``httpx.AsyncClient`` (the caller's, or one this SDK owns)."""

    def __init__(self, client: httpx.AsyncClient, *, owned: bool) -> None:
        self.client = client
        self._owned = owned

    async def send(
        self,
        method: str,
        path: str,
        content: bytes | None,
        headers: Mapping[str, str],
        timeout: float | None,
        files: Any = None,
    ) -> RawResponse:
        """One request through httpx."""
        kwargs: dict[str, Any] = {"headers": headers}
        if content is not None:
            kwargs["content"] = content
        if files is not None:
            kwargs["files"] = files
        if timeout is not None:
            kwargs["timeout"] = timeout
        try:
            response = await self.client.request(method, path, **kwargs)
        except httpx.TransportError as exc:
            raise SendFailure(type(exc).__name__, sent=not isinstance(exc, _NOT_SENT)) from exc
        return RawResponse(response.status_code, response.headers, response.content)

    async def aclose(self) -> None:
        """Close the client when this SDK created it."""
        if self._owned:
            await self.client.aclose()


class AiohttpSender:
    """Sends through one ``aiohttp.ClientSession``: no cookie jar, URLs built once per path.

    At tens to thousands of requests in flight it costs a fraction of httpx's CPU per call
    (see BENCHMARKS.md); the public interface stays the same.
    """

    def __init__(self, base_url: str, *, timeout: httpx.Timeout, limits: httpx.Limits) -> None:
        import aiohttp
        import yarl

        self._aiohttp = aiohttp
        self._base = yarl.URL(base_url.rstrip("/"))
        self._urls: dict[str, Any] = {}
        self._timeout = timeout
        self._limit = limits.max_connections or 0
        self._session: Any = None
        self._not_sent = (aiohttp.ClientConnectorError, aiohttp.ConnectionTimeoutError)

    def _session_now(self) -> Any:
        # The session must be created inside the running loop.
        if self._session is None:
            aiohttp = self._aiohttp
            self._session = aiohttp.ClientSession(
                connector=aiohttp.TCPConnector(limit=self._limit, ttl_dns_cache=300),
                cookie_jar=aiohttp.DummyCookieJar(),
                timeout=self._client_timeout(None),
                auto_decompress=True,
            )
        return self._session

    def _client_timeout(self, total: float | None) -> Any:
        # One deadline per request: a per-read timeout re-arms a timer on every chunk, and the
        # cancelled timers pile up in the event loop's heap at thousands in flight.
        t = self._timeout
        return self._aiohttp.ClientTimeout(total=total or t.read, connect=t.connect)

    def _url(self, path: str) -> Any:
        url = self._urls.get(path)
        if url is None:
            url = self._urls[path] = self._base.with_path(
                self._base.path.rstrip("/") + path, encoded=True
            )
        return url

    async def send(
        self,
        method: str,
        path: str,
        content: bytes | None,
        headers: Mapping[str, str],
        timeout: float | None,
        files: Any = None,
    ) -> RawResponse:
        """One request through aiohttp."""
        session = self._session_now()
        data: Any = content
        if files is not None:
            data = self._aiohttp.FormData()
            for name, (filename, value, mime, *_) in files:
                data.add_field(name, value, filename=filename, content_type=mime)
        kwargs: dict[str, Any] = {"data": data, "headers": headers}
        if timeout is not None:
            kwargs["timeout"] = self._client_timeout(timeout)
        try:
            async with session.request(method, self._url(path), **kwargs) as response:
                body = await response.read()
                return RawResponse(response.status, response.headers, body)
        except self._not_sent as exc:
            raise SendFailure(type(exc).__name__, sent=False) from exc
        except (self._aiohttp.ClientError, _timeout_error()) as exc:
            raise SendFailure(type(exc).__name__, sent=True) from exc

    async def aclose(self) -> None:
        """Close the session."""
        if self._session is not None:
            await self._session.close()
            self._session = None


def _timeout_error() -> type[BaseException]:
    import asyncio  # loaded by then; not imported with the SDK

    return asyncio.TimeoutError


def aiohttp_available() -> bool:
    """Whether the ``fast`` extra (aiohttp) is installed."""
    try:
        import aiohttp  # noqa: F401
    except ImportError:
        return False
    return True
