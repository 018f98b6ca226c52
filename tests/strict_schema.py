"""Strict response schemas: every answer key must be one the spec declares.

The spec keeps most answer schemas open (the docs were cut, so more fields may exist), and a
plain schema check lets any extra key through. The sandbox is ours, though: every key it sends
must be one the docs name, or code written against it reads fields production will not send.
``strict_violations`` validates an answer against its documented schema with every object
schema closed (``unevaluatedProperties: false`` where the spec leaves it open), so an invented
or misplaced field is reported with its path.

Objects the spec gives no properties at all (an undocumented ``data``) stay open: there is
nothing to hold them to.
"""

from __future__ import annotations

import copy
from functools import cache
from typing import Any

from spec_support import ReferenceValidator, operation, spec

_COMPOSITIONS = ("anyOf", "oneOf", "allOf")


def _close(node: Any, *, top: bool = True) -> None:
    """Close every object schema under ``node`` in place.

    A composition branch is not closed itself (it sees only its own properties, so it would
    refuse its siblings'), its enclosing schema is; everything nested below is closed as usual.
    """
    if isinstance(node, list):
        for item in node:
            _close(item)
        return
    if not isinstance(node, dict):
        return
    composed = any(key in node for key in _COMPOSITIONS)
    if top and ("properties" in node or composed) and "additionalProperties" not in node:
        node.setdefault("unevaluatedProperties", False)
    for key, value in node.items():
        if key in _COMPOSITIONS:
            for branch in value:
                _close(branch, top=False)
        elif key in ("properties", "patternProperties", "$defs"):
            for child in value.values():
                _close(child)
        elif key in ("items", "additionalProperties", "prefixItems", "not"):
            _close(value)


@cache
def _components() -> dict[str, Any]:
    components = copy.deepcopy(spec()["components"])
    for schema in components["schemas"].values():
        _close(schema)
    return components  # type: ignore[no-any-return]


@cache
def _validator(operation_id: str, status: str) -> Any:
    responses = operation(operation_id)["responses"]
    response = responses.get(status) or responses["default"]
    if "$ref" in response:
        response = spec()["components"]["responses"][response["$ref"].rsplit("/", 1)[1]]
    schema = copy.deepcopy(response["content"]["application/json"]["schema"])
    _close(schema)
    return ReferenceValidator({"components": _components(), **schema})


def strict_violations(operation_id: str, status: int, body: Any) -> list[str]:
    """Where ``body`` (a decoded answer) breaks the closed schema of ``operation_id``."""
    errors = _validator(operation_id, str(status)).iter_errors(body)
    return sorted(f"{'/'.join(map(str, e.absolute_path)) or '(top)'}: {e.message}" for e in errors)
