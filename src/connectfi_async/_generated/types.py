"""Contains some shared types for properties"""

from collections.abc import Mapping
from dataclasses import dataclass
from typing import IO, BinaryIO

# The exact JSON codec is hand-written (connectfi_async/_json.py); the models import it from here.
from .._json import json_dumps, json_loads, to_decimal

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


__all__ = ["File", "FileTypes", "RequestFiles", "json_dumps", "json_loads", "to_decimal"]
