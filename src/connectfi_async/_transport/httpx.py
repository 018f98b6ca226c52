"""The httpx sender: an ``httpx.AsyncClient``, the SDK's own or the caller's.

httpx2 (``_transport/httpx2.py``) has the same API: its sender is this class with the module
swapped (:attr:`HttpxSender.lib`), so both read, time and fail the same way.
"""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Mapping
from types import ModuleType
from typing import Any

import httpx

from .._headers import Headers
from .base import (
    RawResponse,
    Sender,
    SenderConfig,
    SendFailure,
    encode_multipart,
    ssl_context,
    too_large,
)
from .decoding import ACCEPT_ENCODING, BoundedBody


def not_sent(lib: ModuleType) -> tuple[type[Exception], ...]:
    """The errors of ``lib`` (httpx or httpx2) raised before any byte was sent."""
    return (lib.ConnectError, lib.ConnectTimeout, lib.PoolTimeout, lib.UnsupportedProtocol)


if sys.version_info >= (3, 11):
    _deadline = asyncio.timeout
else:  # pragma: no cover - Python 3.10
    from contextlib import asynccontextmanager

    @asynccontextmanager
    async def _deadline(seconds: float | None) -> Any:
        """``asyncio.timeout`` for 3.10: cancel the task when the time is up."""
        if seconds is None:
            yield
            return
        task = asyncio.current_task()
        assert task is not None
        fired = []

        def expire() -> None:
            fired.append(True)
            task.cancel()

        handle = asyncio.get_running_loop().call_later(seconds, expire)
        try:
            yield
        except asyncio.CancelledError:
            if fired:
                raise TimeoutError from None
            raise
        finally:
            handle.cancel()


def new_client(
    config: SenderConfig,
    *,
    transport: Any = None,
    timeout: Any = None,
    limits: Any = None,
    lib: ModuleType = httpx,
) -> Any:
    """The SDK's own ``AsyncClient`` of ``lib`` (httpx or httpx2) for ``config``.

    ``timeout``/``limits`` (the library's own types) refine it.
    """
    if limits is None:
        keepalive = config.max_keepalive_connections
        limits = lib.Limits(
            max_connections=config.max_connections,
            max_keepalive_connections=config.max_connections if keepalive is None else keepalive,
            keepalive_expiry=config.keepalive_expiry,
        )
    return lib.AsyncClient(
        base_url=config.base_url,
        timeout=timeout or lib.Timeout(config.timeout, connect=config.connect_timeout),
        limits=limits,
        transport=transport,
        verify=ssl_context(config.verify),
        trust_env=config.trust_env,
        follow_redirects=False,
        headers={"Accept-Encoding": ACCEPT_ENCODING},
    )


class HttpxSender(Sender):
    """Sends through an ``httpx.AsyncClient`` (the caller's, or one this SDK owns).

    httpx's own timeouts are per operation (connect, each read, each write), so the attempt
    also runs under one deadline; redirects are never followed, even on a caller's client that
    would; the answer is read raw and decoded by :class:`~.decoding.BoundedBody`, within
    ``max_response_size``.
    """

    name = "httpx"
    lib: ModuleType = httpx
    """The HTTP library: ``httpx``, or ``httpx2`` in the subclass."""

    def __init__(self, config: SenderConfig, client: Any = None, *, owned: bool = True) -> None:
        super().__init__(config)
        self.client = client if client is not None else new_client(config, lib=self.lib)
        self._owned = owned
        # Only the codings BoundedBody decodes; a caller's client may advertise others.
        self._advertise = self.client.headers.get("accept-encoding") != ACCEPT_ENCODING
        self._not_sent = not_sent(self.lib)
        self._request_error: type[Exception] = self.lib.RequestError
        self._client_default = self.lib.USE_CLIENT_DEFAULT

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
        self._check()
        if files is not None:
            content, content_type = encode_multipart(files)
            headers = {**headers, "Content-Type": content_type}
        if self._advertise:
            headers = {**headers, "Accept-Encoding": ACCEPT_ENCODING}
        if timeout is None:
            timeout = self.config.timeout
        client = self.client
        try:
            async with _deadline(timeout):
                request = client.build_request(
                    method,
                    path,
                    content=content,
                    headers=headers,
                    timeout=self._client_default if timeout is None else timeout,
                )
                response = await client.send(request, stream=True, follow_redirects=False)
                try:
                    body = await self._read(response)
                finally:
                    await response.aclose()
        except self._request_error as exc:
            raise SendFailure(type(exc).__name__, sent=not isinstance(exc, self._not_sent)) from exc
        except TimeoutError as exc:
            raise SendFailure("Timeout", sent=True) from exc
        return RawResponse(response.status_code, Headers(response.headers), body)

    async def _read(self, response: Any) -> bytes:
        limit = self.config.max_response_size
        length = response.headers.get("content-length")
        if length is not None and length.isdigit() and int(length) > limit:
            raise too_large(limit)
        if response.is_stream_consumed:
            # Built in memory (httpx.MockTransport, a caller's transport): httpx read and
            # decoded it before this sender saw it; nothing came from the network.
            content: bytes = response.content
            if len(content) > limit:
                raise too_large(limit)
            return content
        # Raw bytes, decoded here within the cap: httpx would inflate each read whole first.
        body = BoundedBody(response.headers.get_list("content-encoding"), limit)
        async for chunk in response.aiter_raw():
            body.feed(chunk)
        return body.finish()

    async def _close(self) -> None:
        """Close the client when this SDK created it."""
        if self._owned:
            await self.client.aclose()
