"""``Violation``: one broken rule of a request, the one type every refusal is made of.

Standard library only: the request validator (shared with the sandbox) builds these too.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Violation:
    """One broken rule of a request: where in the body, which keyword, the message and params.

    The same type for every refusal: the local validator's, the engine's own checks (a missing
    body, a bad path argument, a float amount) and the server's ``requestValidateError``.
    """

    path: tuple[str | int, ...]
    keyword: str
    message: str
    params: Mapping[str, Any] = field(default_factory=dict, hash=False)
    schema_path: str = ""

    @classmethod
    def at(cls, where: str, message: str, keyword: str = "type") -> Violation:
        """A violation at a dotted location (``profile.nameOnCard``; ``body`` for the body)."""
        return cls(tuple(where.split(".")), keyword, message)

    @classmethod
    def from_ajv(cls, entry: Mapping[str, Any]) -> Violation:
        """A violation from one entry of an Ajv ``errors`` array (the server's ``context``)."""
        pointer = str(entry.get("instancePath") or "")
        path: list[str | int] = []
        for part in pointer.split("/")[1:]:
            text = part.replace("~1", "/").replace("~0", "~")
            path.append(int(text) if text.isdigit() else text)
        params = entry.get("params")
        return cls(
            tuple(path),
            str(entry.get("keyword") or ""),
            str(entry.get("message") or ""),
            dict(params) if isinstance(params, Mapping) else {},
            str(entry.get("schemaPath") or ""),
        )

    @property
    def field(self) -> str:
        """The location for humans: ``profile.nameOnCard``, ``items[2].x``, ``(body)``."""
        out: list[str] = []
        for item in self.path:
            if isinstance(item, int):
                out.append(f"[{item}]")
            else:
                out.append(f".{item}" if out else item)
        return "".join(out) or "(body)"

    def to_ajv(self) -> dict[str, Any]:
        """The violation as one entry of an Ajv ``errors`` array."""
        return {
            "instancePath": "".join(
                "/" + str(p).replace("~", "~0").replace("/", "~1") for p in self.path
            ),
            "schemaPath": self.schema_path,
            "keyword": self.keyword,
            "params": dict(self.params),
            "message": self.message,
        }

    def __getitem__(self, key: str) -> Any:
        # RequestValidationError.violations were Ajv dicts before 0.2: v["keyword"] still works.
        return self.to_ajv()[key]

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"
