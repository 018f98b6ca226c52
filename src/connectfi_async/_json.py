"""Exact JSON: money never passes through ``float``, on the way out or in.

The generated models (through ``_generated/types.py``), the engine, the sandbox and the webhook
parser all use this one codec. Hand-written so it is linted, typed and tested like the rest.
"""

from __future__ import annotations

import json
import re
import secrets
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

__all__ = ["canonical_json", "json_dumps", "json_loads", "to_decimal"]


def to_decimal(value: object) -> Decimal:
    """A JSON number (or numeric string) as an exact Decimal; a float goes through its repr."""
    if isinstance(value, Decimal):
        return value
    if isinstance(value, bool):
        raise TypeError("a boolean is not a number")
    if isinstance(value, (int, str)):
        return Decimal(value)
    if isinstance(value, float):
        return Decimal(repr(value))
    raise TypeError(f"expected a number, got {type(value).__name__}")


_DECODER = json.JSONDecoder(parse_float=Decimal)
_SCAN = _DECODER.scan_once  # type: ignore[attr-defined]
_SPACE = re.compile(r"[ \t\n\r]*")


def json_loads(data: bytes | str) -> Any:
    """Parse JSON with every non-integer number as a Decimal (never through float)."""
    text = data.decode() if isinstance(data, bytes) else data
    # JSONDecoder.decode, minus two regex matches for the common case of no outer spaces.
    try:
        value, end = _SCAN(text, 0)
    except StopIteration:
        return _DECODER.decode(text)  # leading space, or invalid: decode() says which
    if end != len(text) and _SPACE.match(text, end).end() != len(text):  # type: ignore[union-attr]
        return _DECODER.decode(text)  # raises "Extra data" like json.loads
    return value


# Decimals leave the C encoder as marked strings and are unquoted afterwards: the markers hold
# 128 random bits, so no user string can carry them by chance.
_TOKEN = secrets.token_hex(16)
_OPEN = "decimal-" + _TOKEN + "<"
_CLOSE = ">" + _TOKEN


def _default(value: Any) -> Any:
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueError(f"{value} is not a JSON number")
        # Plain notation keeps every digit: 21.10 stays 21.10, 1E+2 is written 100.
        return _OPEN + format(value, "f") + _CLOSE
    if isinstance(value, Mapping):
        return dict(value)
    raise TypeError(f"{type(value).__name__} is not JSON serializable")


# ensure_ascii=False: text goes out as UTF-8, so a lone surrogate (not Unicode, RFC 8259 §8.2)
# fails the UTF-8 encoding instead of leaving as a "\\ud800" escape.
_ENCODER = json.JSONEncoder(
    default=_default, separators=(",", ":"), allow_nan=False, ensure_ascii=False
)
_CANONICAL = json.JSONEncoder(
    default=_default, separators=(",", ":"), allow_nan=False, ensure_ascii=False, sort_keys=True
)


def _encode(encoder: json.JSONEncoder, value: Any) -> bytes:
    text = encoder.encode(value)
    if _OPEN in text:
        text = text.replace('"' + _OPEN, "").replace(_CLOSE + '"', "")
    return text.encode()


def json_dumps(value: Any) -> bytes:
    """Serialize to compact UTF-8 JSON bytes; a Decimal is written with exactly its digits.

    A string holding a lone surrogate raises ``UnicodeEncodeError`` (a ``ValueError``).
    """
    return _encode(_ENCODER, value)


def canonical_json(value: Any) -> bytes:
    """:func:`json_dumps` with object keys sorted: equal values give equal bytes."""
    return _encode(_CANONICAL, value)
