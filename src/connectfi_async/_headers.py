"""``Headers``: an answer's headers, one read-only case-insensitive mapping on every backend."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any


class Headers(Mapping[str, str]):
    """An answer's headers: read-only, case-insensitive (``headers["Retry-After"]``).

    A header sent more than once reads as its values joined with ``", "``. Built from the HTTP
    library's own headers on first use, so a call whose headers nobody reads pays nothing.
    """

    __slots__ = ("_items", "_source")

    def __init__(self, source: Any = ()) -> None:
        # Anything with items() (httpx's Headers, aiohttp's CIMultiDictProxy, a dict) or pairs.
        self._source = source
        self._items: dict[str, str] | None = None

    def _built(self) -> dict[str, str]:
        items = self._items
        if items is None:
            items = {}
            source = self._source
            pairs = source.items() if hasattr(source, "items") else source
            for name, value in pairs:
                key = str(name).lower()
                items[key] = f"{items[key]}, {value}" if key in items else str(value)
            self._items = items
            self._source = None
        return items

    def __getitem__(self, name: str) -> str:
        return self._built()[name.lower()]

    def get(self, name: str, default: Any = None) -> Any:  # Mapping.get, without a KeyError
        return self._built().get(name.lower(), default)

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and name.lower() in self._built()

    def __iter__(self) -> Iterator[str]:
        return iter(self._built())

    def __len__(self) -> int:
        return len(self._built())

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Mapping):
            return self._built() == {str(k).lower(): v for k, v in other.items()}
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"Headers({self._built()!r})"
