"""Reading an answer's body within ``max_response_size``, decoding it as it arrives.

Every sender reads the raw bytes (after the transfer framing, before the content coding) and
feeds them to one :class:`BoundedBody`, so the cap bounds the *decoded* size while decoding:
a gzip bomb stops at the cap plus one slice, never after it was inflated. Only ``gzip`` and
``deflate`` are decoded (and only these are advertised in ``Accept-Encoding``); a stacked
coding (``gzip, gzip``) or any other one is refused, as a broken answer is: a
:class:`SendFailure` with ``sent=True``.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable

from .base import SendFailure, too_large

ACCEPT_ENCODING = "gzip, deflate"
"""What every sender advertises: the codings :class:`BoundedBody` decodes."""

_SLICE = 32 * 1024
"""Decoded bytes produced per step: the most held beyond the cap at any moment."""

_GZIP = zlib.MAX_WBITS | 16
_ZLIB = zlib.MAX_WBITS
_RAW_DEFLATE = -zlib.MAX_WBITS


def broken(why: str) -> SendFailure:
    """The failure for an answer whose content coding cannot be decoded."""
    return SendFailure(f"ContentDecodingError({why})", sent=True)


def content_codings(values: Iterable[str]) -> list[str]:
    """The codings applied to a body, in order, from its ``Content-Encoding`` header values."""
    codings = []
    for value in values:
        for part in value.split(","):
            coding = part.strip().lower()
            if coding and coding != "identity":
                codings.append("gzip" if coding == "x-gzip" else coding)
    return codings


class BoundedBody:
    """Collects a body from raw chunks, decoding it, and fails once it outgrows ``limit``.

    ``BoundedBody(response.headers.get_list("content-encoding"), limit)``, then
    :meth:`feed` each raw chunk and :meth:`finish` for the body. Both raise
    :class:`SendFailure` (``sent=True``) for an answer too large or wrongly encoded.
    """

    __slots__ = ("_chunks", "_coding", "_head", "_inflater", "_limit", "_raw", "_size")

    def __init__(self, content_encoding: Iterable[str], limit: int) -> None:
        codings = content_codings(content_encoding)
        if len(codings) > 1 or (codings and codings[0] not in ("gzip", "deflate")):
            shown = ", ".join(codings)
            raise broken(f"unsupported Content-Encoding {shown[:64]!r}")
        self._coding = codings[0] if codings else None
        self._limit = limit
        self._chunks: list[bytes] = []
        self._size = 0  # decoded bytes kept
        self._raw = 0  # raw bytes received
        self._head = b""  # the first bytes of a deflate body, until its flavour is known
        self._inflater = zlib.decompressobj(_GZIP) if self._coding == "gzip" else None

    def feed(self, chunk: bytes) -> None:
        """Add one raw chunk of the body."""
        if not chunk:
            return
        self._raw += len(chunk)
        if self._raw > self._limit:
            raise too_large(self._limit)
        if self._inflater is None:
            if self._coding is None:
                self._keep(chunk)
                return
            # "deflate" means zlib-wrapped (RFC 9110 §8.4.1.2), but some servers send it raw:
            # its first two bytes tell which.
            chunk, self._head = self._head + chunk, b""
            if len(chunk) < 2:
                self._head = chunk
                return
            self._inflater = zlib.decompressobj(_ZLIB if _zlib_header(chunk) else _RAW_DEFLATE)
        try:
            self._inflate(chunk)
        except zlib.error as exc:
            raise broken(str(exc)) from exc

    def _inflate(self, data: bytes) -> None:
        inflater = self._inflater
        assert inflater is not None
        while True:
            if inflater.eof:
                if self._coding != "gzip":
                    raise broken("data after the end of the deflate stream")
                # Another gzip member (RFC 1952 §2.2): decoded under the same cap.
                inflater = self._inflater = zlib.decompressobj(_GZIP)
            out = inflater.decompress(data, _SLICE)
            if out:
                self._keep(out)
            if inflater.eof:
                data = inflater.unused_data
                if not data:
                    return
            else:
                data = inflater.unconsumed_tail
                # A full slice may leave output inside zlib with no input left: drain it.
                if not data and len(out) < _SLICE:
                    return

    def _keep(self, data: bytes) -> None:
        self._size += len(data)
        if self._size > self._limit:
            raise too_large(self._limit)
        self._chunks.append(data)

    def finish(self) -> bytes:
        """The whole decoded body; a truncated compressed stream is broken."""
        inflater = self._inflater
        if self._coding is not None and self._raw and (inflater is None or not inflater.eof):
            raise broken("truncated compressed body")
        chunks = self._chunks
        if len(chunks) == 1:
            return chunks[0]
        return b"".join(chunks)


def _zlib_header(data: bytes) -> bool:
    """Whether ``data`` starts with a zlib header (RFC 1950 §2.2): deflate, a valid check."""
    return data[0] & 0x0F == 8 and data[0] >> 4 <= 7 and ((data[0] << 8) | data[1]) % 31 == 0
