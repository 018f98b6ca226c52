"""The aiohttp sender (``backend="aiohttp"``): one ``aiohttp.ClientSession``, no cookie jar.

At tens to thousands of requests in flight it costs a fraction of httpx's CPU per call (see
BENCHMARKS.md). Everything that differs between aiohttp's defaults and httpx's is set here to
the shared contract: no redirects, the environment's proxy read once, certifi's CA bundle, one
deadline for the whole attempt, a capped read.
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from typing import Any

from ..errors import MissingExtraError

try:
    import aiohttp
    import yarl
except ImportError as exc:
    raise MissingExtraError("the aiohttp backend (backend='aiohttp')", "aiohttp", "fast") from exc

from .._headers import Headers
from .base import (
    RawResponse,
    Sender,
    SenderConfig,
    SendFailure,
    UrlCache,
    encode_multipart,
    env_proxy,
    ssl_context,
    too_large,
)
from .decoding import ACCEPT_ENCODING, BoundedBody

_NOT_SENT = (aiohttp.ClientConnectorError, aiohttp.ConnectionTimeoutError)
_FAILED = (aiohttp.ClientError, asyncio.TimeoutError)


class AiohttpSender(Sender):
    """Sends through one ``aiohttp.ClientSession``, created in the loop of the first call."""

    name = "aiohttp"

    def __init__(self, config: SenderConfig) -> None:
        super().__init__(config)
        base = yarl.URL(config.base_url.rstrip("/"))
        prefix = base.path.rstrip("/")
        self._urls = UrlCache(lambda path: base.with_path(prefix + path, encoded=True))
        self._session: Any = None
        # Read once, as httpx does: per request, aiohttp's trust_env would rescan os.environ.
        self._proxy = env_proxy(config.base_url) if config.trust_env else None
        self._timeouts: dict[float | None, aiohttp.ClientTimeout] = {}
        self._default = self._timeout(config.timeout)

    def _timeout(self, total: float | None) -> aiohttp.ClientTimeout:
        timeout = self._timeouts.get(total)
        if timeout is None:
            if len(self._timeouts) > 64:
                self._timeouts.clear()  # per-call timeouts are few; never grow without bound
            connect = self.config.connect_timeout
            if total is not None and connect is not None:
                connect = min(connect, total)
            timeout = self._timeouts[total] = aiohttp.ClientTimeout(
                total=total, sock_connect=connect
            )
        return timeout

    def _new_session(self) -> Any:
        config = self.config
        return aiohttp.ClientSession(
            connector=aiohttp.TCPConnector(
                limit=config.max_connections or 0,
                keepalive_timeout=config.keepalive_expiry,
                ttl_dns_cache=300,
                ssl=ssl_context(config.verify),
            ),
            cookie_jar=aiohttp.DummyCookieJar(),
            timeout=self._default,
            # Raw bytes, decoded by BoundedBody within the cap, the same on every sender.
            auto_decompress=False,
            headers={"Accept-Encoding": ACCEPT_ENCODING},
            trust_env=False,
        )

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
        self._check()
        session = self._session
        if session is None:
            session = self._session = self._new_session()
        if files is not None:
            content, content_type = encode_multipart(files)
            headers = {**headers, "Content-Type": content_type}
        try:
            async with session.request(
                method,
                self._urls.get(path),
                data=content,
                headers=headers,
                allow_redirects=False,
                proxy=self._proxy,
                timeout=self._default if timeout is None else self._timeout(timeout),
            ) as response:
                limit = self.config.max_response_size
                length = response.content_length
                if length is not None and length > limit:
                    raise too_large(limit)
                codings = response.headers.getall("Content-Encoding", ())
                if length is not None and not codings:
                    body = await response.read()  # exactly `length` bytes: the fast path
                else:
                    body = await _read_capped(response.content, codings, limit)
                return RawResponse(response.status, Headers(response.headers), body)
        except _NOT_SENT as exc:
            raise SendFailure(type(exc).__name__, sent=False) from exc
        except _FAILED as exc:
            raise SendFailure(type(exc).__name__, sent=True) from exc

    async def _close(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None


async def _read_capped(stream: aiohttp.StreamReader, codings: Any, limit: int) -> bytes:
    body = BoundedBody(codings, limit)
    while chunk := await stream.readany():
        body.feed(chunk)
    return body.finish()
