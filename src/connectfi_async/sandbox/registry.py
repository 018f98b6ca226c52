"""Operation handlers, registered by operationId."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .state import Store

Handler = Callable[[Store, Any, dict[str, str]], Any]
HANDLERS: dict[str, Handler] = {}
# Called by SandboxApp.advance(): move every family's pending entities one status further.
ADVANCERS: list[Callable[[Store], None]] = []


@dataclass(frozen=True)
class Page:
    """A list answer with the ``more`` flag next to ``data``."""

    data: list[Any]
    more: bool


def handles(operation_id: str) -> Callable[[Handler], Handler]:
    """Register the handler of an operation."""

    def register(handler: Handler) -> Handler:
        HANDLERS[operation_id] = handler
        return handler

    return register


def advances(advancer: Callable[[Store], None]) -> Callable[[Store], None]:
    """Register a function that moves a family's entities one status step further."""
    ADVANCERS.append(advancer)
    return advancer


def documented(schema_name: str, record: dict[str, Any]) -> dict[str, Any]:
    """The fields of ``record`` the spec's ``schema_name`` declares, in the record's order.

    The sandbox keeps working fields (webhook URL, transfer kind, ...) on its records; an
    answer carries only what the documentation names, so code written against the sandbox
    reads nothing production would not send.
    """
    from .._spec import document

    declared = document()["components"]["schemas"][schema_name].get("properties", {})
    return {key: value for key, value in record.items() if key in declared}
