"""The sender contract, and what every sender shares so that they all behave the same.

A sender takes a prepared request (method, path, bytes or form parts, headers, timeout) and
gives back the status, headers and body, or raises :class:`SendFailure` saying whether the
request may have reached the server. Everything above it (tokens, retries, errors) is common.

The contract, checked by ``tests/test_backend_conformance.py`` on every sender:

- a 3xx is returned as it is, never followed: nothing is ever sent to another origin;
- ``timeout`` bounds the whole attempt (connecting, sending, every byte of the answer);
- proxies come from ``HTTP_PROXY``/``HTTPS_PROXY``/``ALL_PROXY``/``NO_PROXY``, read when the
  sender is created, unless ``trust_env`` is False;
- TLS is verified against the same CA source (certifi's bundle, or the ``verify`` given);
- the body is read raw and decoded by :class:`~.decoding.BoundedBody` as it arrives, so
  ``max_response_size`` bounds the decoded bytes while decoding (a gzip bomb stops at the cap);
  only ``gzip`` and ``deflate`` are advertised and decoded. An answer over the cap, or whose
  content coding is stacked, unknown or broken, is a ``SendFailure`` with ``sent=True``;
- after :meth:`Sender.aclose`, or from an event loop other than the first one used, ``send``
  raises :class:`~connectfi_async.errors.ClientClosedError` or
  :class:`~connectfi_async.errors.EventLoopError`; nothing is opened again.
"""

from __future__ import annotations

import os
import platform
import secrets
import ssl
from abc import ABC, abstractmethod
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, NamedTuple

from .. import errors
from .._headers import Headers

DEFAULT_MAX_RESPONSE_SIZE = 8 * 1024 * 1024
"""Bytes of a decoded answer beyond which the read stops (connectFi answers are a few kB)."""

_URL_CACHE_SIZE = 512


def user_agent() -> str:
    """``connectfi-async/<version> python/<version>``, the same on every sender."""
    from .._version import __version__

    return f"connectfi-async/{__version__} python/{platform.python_version()}"


class RawResponse(NamedTuple):
    """An answer as bytes: status, headers (the SDK's case-insensitive mapping) and body."""

    status: int
    headers: Headers
    body: bytes


class SendFailure(Exception):
    """A network failure; ``sent`` is False only when the request provably never left."""

    def __init__(self, name: str, *, sent: bool) -> None:
        super().__init__(name)
        self.name = name
        self.sent = sent


@dataclass(frozen=True)
class SenderConfig:
    """What every sender is built from.

    ``timeout`` bounds one whole attempt and ``connect_timeout`` its connection set-up;
    ``verify`` is True (certifi's CA bundle), False (no verification), a CA bundle path or an
    ``ssl.SSLContext``.
    """

    base_url: str
    timeout: float | None = 30.0
    connect_timeout: float | None = 10.0
    max_connections: int | None = 100
    max_keepalive_connections: int | None = None  # None: max_connections
    keepalive_expiry: float | None = 5.0
    verify: bool | str | ssl.SSLContext = True
    trust_env: bool = True
    max_response_size: int = DEFAULT_MAX_RESPONSE_SIZE


_CONTEXTS: dict[bool | str, ssl.SSLContext] = {}


def ssl_context(verify: bool | str | ssl.SSLContext) -> ssl.SSLContext:
    """One TLS context per CA source, shared by every sender: certifi's bundle by default."""
    if isinstance(verify, ssl.SSLContext):
        return verify
    context = _CONTEXTS.get(verify)
    if context is None:
        if verify is False:
            context = ssl.create_default_context()
            context.check_hostname = False
            context.verify_mode = ssl.CERT_NONE
        else:
            import certifi

            cafile = certifi.where() if verify is True else verify
            context = ssl.create_default_context(cafile=cafile)
        context = _CONTEXTS[verify] = context
    return context


def env_proxy(url: str) -> str | None:
    """The proxy the environment gives for ``url`` (``*_PROXY``, honouring ``NO_PROXY``)."""
    import urllib.request
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    proxies = urllib.request.getproxies_environment()
    proxy = proxies.get(parts.scheme) or proxies.get("all")
    if not proxy:
        return None
    host = parts.hostname or ""
    bypass = getattr(urllib.request, "proxy_bypass_environment")  # noqa: B009 - not in typeshed
    if bypass(host, proxies):
        return None
    return proxy if "://" in proxy else f"http://{proxy}"


def too_large(limit: int) -> SendFailure:
    """The failure for an answer that outgrew ``max_response_size``."""
    return SendFailure(f"ResponseTooLarge(over {limit} bytes)", sent=True)


def encode_multipart(files: Any) -> tuple[bytes, str]:
    """``multipart/form-data`` bytes and content type, built the same for every sender.

    ``files`` is what the generated models' ``to_multipart()`` give (``[(name, (filename,
    content, mime[, headers]))]``) or a mapping ``{name: content or that tuple}``.
    """
    parts: Iterable[tuple[str, Any]] = files.items() if isinstance(files, Mapping) else files
    boundary = secrets.token_hex(16)
    out: list[bytes] = []
    for name, value in parts:
        filename, content, mime = _part(name, value)
        disposition = f'form-data; name="{_quote(name)}"'
        if filename is not None:
            disposition += f'; filename="{_quote(filename)}"'
        head = f"--{boundary}\r\nContent-Disposition: {disposition}\r\n"
        if mime:
            head += f"Content-Type: {mime}\r\n"
        out += [head.encode(), b"\r\n", content, b"\r\n"]
    out.append(f"--{boundary}--\r\n".encode())
    return b"".join(out), f"multipart/form-data; boundary={boundary}"


def _part(name: str, value: Any) -> tuple[str | None, bytes, str | None]:
    if isinstance(value, tuple):
        filename, content, mime = value[0], value[1], value[2] if len(value) > 2 else None
    elif isinstance(value, (bytes, str)):
        filename, content, mime = None, value, None
    else:  # a file object
        filename = os.path.basename(str(getattr(value, "name", "upload")))
        content, mime = value, "application/octet-stream"
    if hasattr(content, "read"):
        content = content.read()
    if isinstance(content, str):
        content = content.encode()
    if not isinstance(content, bytes):
        raise TypeError(f"multipart field {name!r}: expected bytes, str or a file")
    return filename, content, mime


def _quote(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', "%22").replace("\r", "%0D").replace("\n", "%0A")


class Sender(ABC):
    """Sends one request; the contract is in this module's docstring."""

    name: str
    """``"httpx"`` or ``"aiohttp"``."""

    def __init__(self, config: SenderConfig) -> None:
        self.config = config
        self.closed = False
        self._loop: Any = None

    def _check(self) -> None:
        """Raise the typed error for a closed sender or a second event loop."""
        if self.closed:
            raise errors.ClientClosedError("this client was closed with aclose(); create a new one")
        import asyncio

        loop = asyncio.get_running_loop()
        if self._loop is not loop:
            if self._loop is not None:
                raise errors.EventLoopError(
                    "this client is bound to the event loop it was first used in; "
                    "create one client per event loop"
                )
            self._loop = loop

    @abstractmethod
    async def send(
        self,
        method: str,
        path: str,
        content: bytes | None,
        headers: Mapping[str, str],
        timeout: float | None,
        files: Any = None,
    ) -> RawResponse:
        """Send one request to ``base_url + path``; ``timeout`` overrides the config's."""

    async def aclose(self) -> None:
        """Close the connections; every later ``send`` raises ``ClientClosedError``."""
        if not self.closed:
            self.closed = True
            await self._close()

    @abstractmethod
    async def _close(self) -> None: ...


class UrlCache:
    """Absolute URLs built once per path, at most ``_URL_CACHE_SIZE`` of them."""

    __slots__ = ("_build", "_urls")

    def __init__(self, build: Any) -> None:
        self._build = build
        self._urls: dict[str, Any] = {}

    def get(self, path: str) -> Any:
        """The URL of ``path``."""
        url = self._urls.get(path)
        if url is None:
            if len(self._urls) >= _URL_CACHE_SIZE:
                # Paths with ids never repeat much: start again rather than grow.
                self._urls.clear()
            url = self._urls[path] = self._build(path)
        return url

    def __len__(self) -> int:
        return len(self._urls)
