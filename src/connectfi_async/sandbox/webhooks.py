"""Webhook delivery from the sandbox to a receiver on this machine (loopback only)."""

from __future__ import annotations

import ipaddress
from typing import Any
from urllib.parse import urlsplit

from .._json import json_dumps
from ._loops import await_in, elsewhere
from .errors import ApiFailure


def _is_loopback(url: str) -> bool:
    host = urlsplit(url).hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_url(url: Any) -> str | None:
    """A webhook URL the sandbox may call, or a 400: it only ever calls loopback addresses."""
    if url in (None, ""):
        return None
    if not isinstance(url, str) or urlsplit(url).scheme not in ("http", "https"):
        raise ApiFailure("webhookUrlInvalid", "webhookUrl must be an http(s) URL.")
    if not _is_loopback(url):
        raise ApiFailure(
            "webhookUrlNotAllowed",
            "The sandbox delivers webhooks only to loopback addresses (127.0.0.0/8, ::1).",
            context={"webhookUrl": url},
        )
    return url


class Webhooks:
    """Queues webhook POSTs and delivers them; ``drain()`` waits until all are delivered."""

    def __init__(self) -> None:
        self.sent: list[tuple[str, dict[str, Any], int | str]] = []
        self._pending: list[Any] = []
        self._client: Any = None
        self._order: dict[str, Any] = {}
        # The loop the deliveries run on: drain() and aclose() from another thread go there.
        self._loop: Any = None

    def deliver(self, url: str | None, payload: dict[str, Any]) -> None:
        """POST ``payload`` as JSON to ``url`` in the background (nothing when url is None)."""
        if url is None:
            return
        import asyncio

        self._loop = asyncio.get_running_loop()
        self._pending.append(self._loop.create_task(self._post(url, payload)))

    async def _post(self, url: str, payload: dict[str, Any]) -> None:
        import asyncio

        import httpx

        if self._client is None:
            self._client = httpx.AsyncClient(timeout=5.0)
        # One delivery at a time per URL, in the order queued (asyncio.Lock wakes waiters FIFO),
        # so a receiver sees an entity's status changes in order.
        lock = self._order.setdefault(url, asyncio.Lock())
        async with lock:
            await self._send(url, payload)

    async def _send(self, url: str, payload: dict[str, Any]) -> None:
        import httpx

        try:
            response = await self._client.post(
                url, content=json_dumps(payload), headers={"content-type": "application/json"}
            )
            self.sent.append((url, payload, response.status_code))
        except httpx.HTTPError as exc:
            self.sent.append((url, payload, type(exc).__name__))

    async def drain(self) -> None:
        """Wait for every queued delivery to finish."""
        import asyncio

        if elsewhere(self._loop):
            return await await_in(self._loop, self.drain)
        while self._pending:
            pending, self._pending = self._pending, []
            await asyncio.gather(*pending)

    async def aclose(self) -> None:
        """Finish deliveries and close the HTTP client."""
        if elsewhere(self._loop):
            return await await_in(self._loop, self.aclose)
        await self.drain()
        if self._client is not None:
            await self._client.aclose()
            self._client = None
