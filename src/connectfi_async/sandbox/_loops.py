"""Reaching the event loop that serves the sandbox from another thread.

The pytest fixture serves the app from a background thread with its own loop, while tests
change its state (advance transfers, expire tokens) from theirs. Whatever creates tasks or
awaits the app's own futures must run on the serving loop; these helpers take it there.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
from collections.abc import Awaitable, Callable
from typing import Any, TypeGuard, TypeVar

T = TypeVar("T")


def elsewhere(loop: asyncio.AbstractEventLoop | None) -> TypeGuard[asyncio.AbstractEventLoop]:
    """Whether ``loop`` is running, in another thread than the caller's."""
    if loop is None or not loop.is_running():
        return False
    try:
        return asyncio.get_running_loop() is not loop
    except RuntimeError:  # no loop in this thread: a plain test or another thread
        return True


def call_in(loop: asyncio.AbstractEventLoop, fn: Callable[..., T], *args: Any) -> T:
    """Run ``fn(*args)`` on ``loop`` (in its thread) and return its result or raise its error."""
    done: concurrent.futures.Future[T] = concurrent.futures.Future()

    def run() -> None:
        try:
            done.set_result(fn(*args))
        except BaseException as exc:  # handed to the caller, re-raised there
            done.set_exception(exc)

    loop.call_soon_threadsafe(run)
    return done.result()


async def await_in(loop: asyncio.AbstractEventLoop, fn: Callable[[], Awaitable[T]]) -> T:
    """Await ``fn()`` on ``loop`` without blocking the caller's own loop."""

    async def run() -> T:
        return await fn()

    return await asyncio.wrap_future(asyncio.run_coroutine_threadsafe(run(), loop))
