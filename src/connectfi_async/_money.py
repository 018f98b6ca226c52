"""Request amounts: Decimal, int or numeric strings in; exact JSON numbers out."""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache
from typing import Any

from ._spec import request_schema, resolve

_MONEY_HINT = "use Decimal, int or a numeric string for money; floats are not exact"
# ASCII digits only, no spaces, signs other than "-", underscores, exponents or other scripts'
# digits (all of which Decimal() would accept), at most two decimals.
_MONEY_STRING = re.compile(r"-?[0-9]+(?:\.[0-9]{1,2})?")


class MoneyTypeError(ValueError):
    """A number field got a value that cannot be sent exactly."""

    def __init__(self, field: str, why: str) -> None:
        self.field = field
        self.why = why
        super().__init__(f"{field}: {why}")


def _is_number(schema: dict[str, Any]) -> bool:
    kind = schema.get("type")
    return kind == "number" or (isinstance(kind, list) and "number" in kind)


@cache
def _number_paths(operation_id: str) -> frozenset[tuple[str, ...]]:
    schema = request_schema(operation_id)
    found: set[tuple[str, ...]] = set()

    def walk(node: dict[str, Any], prefix: tuple[str, ...], depth: int) -> None:
        node = resolve(node)
        if depth > 6:
            return
        for key in ("oneOf", "anyOf", "allOf"):
            for branch in node.get(key, []):
                walk(branch, prefix, depth + 1)
        for name, prop in node.get("properties", {}).items():
            target = resolve(prop)
            if _is_number(target) or any(
                _is_number(resolve(b)) for b in target.get("anyOf", []) + target.get("oneOf", [])
            ):
                found.add((*prefix, name))
            walk(target, (*prefix, name), depth + 1)

    if schema is not None:
        walk(schema, (), 0)
    return frozenset(found)


def normalize(operation_id: str, body: dict[str, Any]) -> dict[str, Any]:
    """Turn the number fields of a request body into Decimal (or int); refuse floats.

    ``"21.10"`` and ``Decimal("21.10")`` are both sent as ``21.10``; ``21.1`` (a float) is
    refused, since its binary value is not 21.1.
    """
    for path in _number_paths(operation_id):
        _normalize_at(body, path, path)
    return body


def _normalize_at(node: Any, path: tuple[str, ...], full: tuple[str, ...]) -> None:
    if not isinstance(node, dict) or path[0] not in node:
        return
    if len(path) > 1:
        child = node[path[0]]
        if isinstance(child, dict):
            # Copy on write: the caller's nested objects are never changed.
            node[path[0]] = child = dict(child)
        _normalize_at(child, path[1:], full)
        return
    value = node[path[0]]
    name = ".".join(full)
    if isinstance(value, bool) or value is None or isinstance(value, (int, Decimal)):
        return
    if isinstance(value, float):
        raise MoneyTypeError(name, _MONEY_HINT)
    if isinstance(value, str):
        if _MONEY_STRING.fullmatch(value) is None:
            raise MoneyTypeError(
                name, "a money string must match -?[0-9]+(.[0-9]{1,2})? (ASCII digits only)"
            )
        node[path[0]] = Decimal(value)
