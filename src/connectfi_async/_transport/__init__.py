"""How the engine puts bytes on the wire: one :class:`Sender` contract, three implementations.

``base`` holds the contract and what every sender shares (TLS context, proxy settings, size
cap, multipart encoding, the closed and event-loop checks), ``decoding`` the bounded reading of
a body; ``httpx``, ``httpx2`` (the same class on the httpx2 library) and ``aiohttp`` implement
it, and ``choice`` picks one. ``tests/test_backend_conformance.py`` runs the same suite over
real TCP on every sender: a new one lands only by passing it.
"""

from __future__ import annotations

from .base import (
    DEFAULT_MAX_RESPONSE_SIZE,
    RawResponse,
    Sender,
    SenderConfig,
    SendFailure,
    user_agent,
)

__all__ = [
    "DEFAULT_MAX_RESPONSE_SIZE",
    "RawResponse",
    "SendFailure",
    "Sender",
    "SenderConfig",
    "user_agent",
]
