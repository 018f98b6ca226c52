"""Test against the local sandbox: the ``connectfi_sandbox`` pytest fixture.

Installed as a pytest plugin, so in your own tests::

    async def test_my_payout(connectfi_sandbox):
        async with connectfi_sandbox.client() as cf:
            ...

The fixture serves a fresh :class:`~connectfi_async.sandbox.SandboxApp` with uvicorn on
127.0.0.1 (a free port) for the duration of one test; ``base_url``, ``login`` and ``password``
point any other HTTP client at it, and ``app`` gives direct access to its state and faults.
"""

from __future__ import annotations

import asyncio
import socket
from collections.abc import AsyncIterator
from typing import Any

import pytest

from ._client import ConnectFi


class SandboxServer:
    """A sandbox app (or any other ASGI app, such as a webhook receiver) served over real HTTP
    on loopback. ``login``/``password`` are the sandbox's credentials (empty for another app)."""

    def __init__(self, app: Any | None = None, *, host: str = "127.0.0.1") -> None:
        from .sandbox import SandboxApp

        self.app = app if app is not None else SandboxApp()
        credentials = getattr(getattr(self.app, "store", None), "credentials", None) or {"": ""}
        self.login = next(iter(credentials))
        self.password = credentials[self.login]
        self._host = host
        self._server: Any = None
        self._task: asyncio.Task[None] | None = None
        self._socket: socket.socket | None = None
        self.base_url = ""

    async def start(self) -> SandboxServer:
        """Bind a free port and serve until :meth:`stop`."""
        import uvicorn

        self._socket = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        # Accepted connections inherit it: without it, a response written in two parts waits
        # for the client's delayed ACK (40 ms per request).
        self._socket.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self._socket.bind((self._host, 0))
        port = self._socket.getsockname()[1]
        self.base_url = f"http://{self._host}:{port}"
        config = uvicorn.Config(
            self.app, log_level="critical", lifespan="off", access_log=False, backlog=4096
        )
        config.load()
        self._server = uvicorn.Server(config)
        self._server.lifespan = config.lifespan_class(config)
        await self._server.startup(sockets=[self._socket])
        self._task = asyncio.ensure_future(self._server.main_loop())
        return self

    async def stop(self) -> None:
        """Stop serving and close the socket."""
        if self._server is not None:
            self._server.should_exit = True
            if self._task is not None:
                await self._task
            await self._server.shutdown()
        if self._socket is not None:
            self._socket.close()

    def client(self, **kwargs: Any) -> ConnectFi:
        """A ConnectFi pointed at this sandbox (use it with ``async with``)."""
        return ConnectFi(self.base_url, self.login, self.password, **kwargs)

    async def __aenter__(self) -> SandboxServer:
        return await self.start()

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()


@pytest.fixture
async def connectfi_sandbox() -> AsyncIterator[SandboxServer]:
    """A fresh sandbox served over HTTP on 127.0.0.1 for one test."""
    async with SandboxServer() as server:
        yield server
