"""Which sender a client uses, and building it from the SDK's settings.

``httpx2`` is the default on Python 3.11+ (httpx2 supports no older Python; there the default is
``httpx``), ``CONNECTFI_BACKEND`` or ``backend=`` choose another; a caller's ``http_client`` or
``transport`` selects the httpx-family library it belongs to. Never what happens to be installed.
"""

from __future__ import annotations

import os
import sys
from typing import Any

from .._config import PoolLimits, Timeout
from .base import Sender, SenderConfig

BACKENDS = ("httpx2", "httpx", "aiohttp")
HTTPX2_SUPPORTED = sys.version_info >= (3, 11)


def default_backend() -> str:
    """``httpx2``, or ``httpx`` on Python 3.10."""
    return "httpx2" if HTTPX2_SUPPORTED else "httpx"


def library_of(value: Any) -> str | None:
    """``"httpx"`` or ``"httpx2"`` for an object of (or derived from) that library, else None."""
    for cls in type(value).__mro__:
        top = cls.__module__.split(".")[0]
        if top in ("httpx", "httpx2"):
            return top
    return None


def choose_backend(backend: str | None, http_client: Any, transport: Any) -> str:
    """The backend for these constructor arguments (see the module docstring)."""
    given = None
    for name, value in (("http_client", http_client), ("transport", transport)):
        if value is not None:
            given = library_of(value)
            if given is None:
                raise TypeError(f"{name} must come from httpx or httpx2, not {type(value)!r}")
    if given is not None and backend is not None and backend != given:
        raise ValueError(f"http_client/transport are {given} objects: use backend={given!r}")
    chosen = given or backend or os.environ.get("CONNECTFI_BACKEND") or default_backend()
    if chosen not in BACKENDS:
        raise ValueError(f"backend must be one of {', '.join(map(repr, BACKENDS))}, not {chosen!r}")
    if chosen == "httpx2" and not HTTPX2_SUPPORTED:
        raise ValueError("backend='httpx2' needs Python 3.11+ (as httpx2 does); use 'httpx'")
    return chosen


def new_sender(
    backend: str,
    config: SenderConfig,
    *,
    http_client: Any = None,
    transport: Any = None,
    timeout: Any = None,
    limits: Any = None,
) -> Sender:
    """The sender for ``backend``; ``timeout``/``limits`` as given (an httpx type stays whole)."""
    if backend == "aiohttp":
        from .aiohttp import AiohttpSender

        return AiohttpSender(config)
    sender_class: Any
    if backend == "httpx2":
        from .httpx2 import Httpx2Sender as sender_class
    else:
        from .httpx import HttpxSender as sender_class
    if http_client is not None:
        return sender_class(config, http_client, owned=False)  # type: ignore[no-any-return]
    from .httpx import new_client

    lib = sender_class.lib
    client = new_client(
        config,
        transport=transport,
        # The library's own Timeout/Limits as given keep their finer settings (write, pool).
        timeout=timeout if isinstance(timeout, lib.Timeout) else None,
        limits=limits if isinstance(limits, lib.Limits) else None,
        lib=lib,
    )
    return sender_class(config, client, owned=True)  # type: ignore[no-any-return]


def sender_config(
    base_url: str, timeout: Timeout, limits: PoolLimits, **options: Any
) -> SenderConfig:
    """The :class:`SenderConfig` of the SDK's settings."""
    return SenderConfig(
        base_url=base_url,
        timeout=timeout.total,
        connect_timeout=timeout.connect,
        max_connections=limits.max_connections,
        max_keepalive_connections=limits.max_keepalive_connections,
        keepalive_expiry=limits.keepalive_expiry,
        **options,
    )
