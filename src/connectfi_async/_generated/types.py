"""Contains some shared types for properties"""

import json
import re
import secrets
from collections.abc import Mapping, MutableMapping
from dataclasses import dataclass
from decimal import Decimal
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar


class Unset:
    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


# dataclass, not attrs: this module loads with the SDK, the attrs models only when used.
@dataclass
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@dataclass
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: int
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


def to_decimal(value: object) -> Decimal:
    """A JSON number (or numeric string) as an exact Decimal; a float goes through its shortest repr."""
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


def json_loads(data: bytes | str) -> Any:
    """Parse JSON with every non-integer number as a Decimal (never through float)."""
    return _DECODER.decode(data.decode() if isinstance(data, bytes) else data)


# Decimals leave the C encoder as marked strings and are unquoted afterwards: the marker holds
# 128 random bits, so no user string can carry it by chance.
_MARK = "decimal-" + secrets.token_hex(16) + ":"
_MARKED = re.compile('"' + re.escape(_MARK) + '([^"]*)"')


def _default(value: Any) -> Any:
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueError(f"{value} is not a JSON number")
        # Plain notation keeps every digit: 21.10 stays 21.10, 1E+2 is written 100.
        return _MARK + format(value, "f")
    if isinstance(value, Mapping):
        return dict(value)
    raise TypeError(f"{type(value).__name__} is not JSON serializable")


_ENCODER = json.JSONEncoder(default=_default, separators=(",", ":"), allow_nan=False)


def json_dumps(value: Any) -> bytes:
    """Serialize to compact JSON bytes; a Decimal is written with exactly its digits."""
    text = _ENCODER.encode(value)
    if _MARK in text:
        text = _MARKED.sub(r"\1", text)
    return text.encode()


__all__ = ["UNSET", "File", "FileTypes", "RequestFiles", "Response", "Unset", "json_dumps", "json_loads", "to_decimal"]
