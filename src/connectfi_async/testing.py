"""Test against the local sandbox: the ``connectfi_sandbox`` pytest fixture.

Installed as a pytest plugin, so in your own tests (pytest-asyncio in strict or auto mode,
anyio's pytest plugin, or plain synchronous tests)::

    @pytest.mark.asyncio  # or @pytest.mark.anyio; nothing in pytest-asyncio's auto mode
    async def test_my_payout(connectfi_sandbox):
        async with connectfi_sandbox.client() as cf:
            ...

The fixture is synchronous: it serves a fresh :class:`~connectfi_async.sandbox.SandboxApp`
with uvicorn on 127.0.0.1 (a free port) from a background thread with its own event loop, for
the duration of one test, so it needs no async fixture support and fits any test's loop.
``base_url``, ``login`` and ``password`` point any other HTTP client at it, and ``app`` gives
direct access to its state and faults (its methods that change state run on the serving loop;
:meth:`SandboxServer.call` runs any other function there).

``async with SandboxServer() as server:`` serves in the current event loop instead.

Every project that installs the SDK loads this plugin in each pytest run (a ``pytest11`` entry
point), so loading it imports neither the sandbox, nor uvicorn, nor the client: they are
imported when a fixture or a :class:`SandboxServer` is first used.
"""

from __future__ import annotations

import asyncio
import socket
import threading
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any, TypeVar

import pytest

if TYPE_CHECKING:
    from ._client import ConnectFi

T = TypeVar("T")


class SandboxServer:
    """A sandbox app (or any other ASGI app, such as a webhook receiver) served over real HTTP
    on loopback. ``login``/``password`` are the sandbox's credentials (empty for another app).

    ``async with SandboxServer()`` serves in the running event loop; ``with SandboxServer()``
    serves from a background thread with its own loop (what the pytest fixture does).
    """

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
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._stop: asyncio.Event | None = None
        self._thread_error: BaseException | None = None
        self.base_url = ""

    async def start(self) -> SandboxServer:
        """Bind a free port and serve in the running event loop until :meth:`stop`."""
        try:
            import uvicorn
        except ImportError as exc:
            from .errors import MissingExtraError

            raise MissingExtraError("serving the sandbox", "uvicorn", "sandbox") from exc

        self._loop = asyncio.get_running_loop()
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
                # The main loop only ticks (every 0.1 s): no need to wait for its next tick.
                self._task.cancel()
                await asyncio.wait({self._task})
            await self._server.shutdown()
        if self._socket is not None:
            self._socket.close()

    def start_thread(self) -> SandboxServer:
        """Serve from a background thread with its own event loop; returns once it listens."""
        ready = threading.Event()
        self._thread = threading.Thread(
            target=self._run_thread, args=(ready,), name="connectfi-sandbox", daemon=True
        )
        self._thread.start()
        ready.wait()
        if self._thread_error is not None:
            self._thread.join()
            raise self._thread_error
        return self

    def stop_thread(self) -> None:
        """Stop the background server and wait for its thread to end."""
        if self._thread is None:
            return
        if self._loop is not None and self._stop is not None:
            self._loop.call_soon_threadsafe(self._stop.set)
        self._thread.join()
        self._thread = None

    def _run_thread(self, ready: threading.Event) -> None:
        loop = asyncio.new_event_loop()
        try:
            loop.run_until_complete(self._serve_until_stopped(ready))
        finally:
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.run_until_complete(loop.shutdown_default_executor())
            loop.close()

    async def _serve_until_stopped(self, ready: threading.Event) -> None:
        self._stop = asyncio.Event()
        try:
            await self.start()
        except BaseException as exc:  # re-raised in the thread that asked to start
            self._thread_error = exc
            return
        finally:
            ready.set()
        try:
            await self._stop.wait()
        finally:
            await self.stop()
            webhooks = getattr(getattr(self.app, "store", None), "webhooks", None)
            if webhooks is not None:
                await webhooks.aclose()  # its HTTP client belongs to this loop

    def call(self, fn: Callable[..., T], *args: Any) -> T:
        """Run ``fn(*args)`` on the loop serving the app and return its result.

        For changes to ``app`` state the app's own methods do not cover while the server runs
        in a background thread; in the current loop it simply calls ``fn``.
        """
        from .sandbox._loops import call_in, elsewhere

        if self._loop is not None and elsewhere(self._loop):
            return call_in(self._loop, fn, *args)
        return fn(*args)

    def client(self, **kwargs: Any) -> ConnectFi:
        """A ConnectFi pointed at this sandbox (use it with ``async with``)."""
        from ._client import ConnectFi

        return ConnectFi(self.base_url, self.login, self.password, **kwargs)

    async def __aenter__(self) -> SandboxServer:
        return await self.start()

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    def __enter__(self) -> SandboxServer:
        return self.start_thread()

    def __exit__(self, *exc: object) -> None:
        self.stop_thread()


@pytest.fixture
def connectfi_sandbox() -> Iterator[SandboxServer]:
    """A fresh sandbox served over HTTP on 127.0.0.1 for one test (any test style)."""
    with SandboxServer() as server:
        yield server
