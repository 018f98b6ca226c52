"""The OpenAPI document, shipped inside the package as JSON."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any


@cache
def document() -> dict[str, Any]:
    """The spec (loaded once, on first use)."""
    text = resources.files("connectfi_async._generated").joinpath("openapi.json").read_text()
    return json.loads(text)  # type: ignore[no-any-return]


@cache
def request_schema(operation_id: str) -> dict[str, Any] | None:
    """The resolved JSON request-body schema of an operation, or None."""
    doc = document()
    for item in doc["paths"].values():
        for op in item.values():
            if op.get("operationId") == operation_id:
                content = op.get("requestBody", {}).get("content", {})
                media = content.get("application/json")
                return resolve(media["schema"]) if media else None
    raise KeyError(operation_id)


def resolve(schema: dict[str, Any]) -> dict[str, Any]:
    """Follow ``$ref``s to the component they name."""
    schemas = document()["components"]["schemas"]
    while "$ref" in schema:
        schema = schemas[schema["$ref"].rsplit("/", 1)[1]]
    return schema
