"""The httpx2 sender (the default on Python 3.11+): an ``httpx2.AsyncClient``.

httpx2 is Pydantic's maintained continuation of httpx, with the same API under the import name
``httpx2``; its connection pool does not rescan every connection per request, which is most of
httpx's cost with many calls in flight (see BENCHMARKS.md). The sender is the httpx sender with
the library swapped, so both read, time and fail the same way.
"""

from __future__ import annotations

from types import ModuleType

import httpx2  # a dependency on Python 3.11+ (it supports no older Python)

from .httpx import HttpxSender


class Httpx2Sender(HttpxSender):
    """Sends through an ``httpx2.AsyncClient`` (the caller's, or one this SDK owns)."""

    name = "httpx2"
    lib: ModuleType = httpx2
