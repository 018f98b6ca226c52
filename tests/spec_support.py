"""Test helpers: the spec document, the seed fixtures and a reference JSON-schema validator.

The reference validator is the standard ``jsonschema`` library with two corrections that the
API's (Ajv) semantics need: ``multipleOf`` is checked with exact decimal arithmetic, and
``pattern`` follows ECMAScript (ASCII ``\\d``, ``$`` only at the very end).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from jsonschema import Draft202012Validator, validators
from jsonschema.exceptions import ValidationError

ROOT = Path(__file__).resolve().parent.parent
SPEC_PATH = ROOT / "openapi" / "connectfi.yaml"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SEEDS = FIXTURES / "seeds"


@cache
def spec() -> dict[str, Any]:
    """The OpenAPI document."""
    return yaml.safe_load(SPEC_PATH.read_text())  # type: ignore[no-any-return]


def operations() -> Iterator[tuple[str, str, dict[str, Any]]]:
    """Every (method, path, operation) of the document."""
    for path, item in spec()["paths"].items():
        for method, op in item.items():
            if method in {"get", "put", "post", "delete", "patch"}:
                yield method, path, op


def operation(operation_id: str) -> dict[str, Any]:
    """The operation with this operationId."""
    for _, _, op in operations():
        if op["operationId"] == operation_id:
            return op
    raise KeyError(operation_id)


def strip_jsonc(text: str) -> str:
    """Remove ``//`` comments (outside strings) and trailing commas from documentation JSON."""
    out: list[str] = []
    i, n, in_string = 0, len(text), False
    while i < n:
        c = text[i]
        if in_string:
            out.append(c)
            if c == "\\":
                out.append(text[i + 1])
                i += 2
                continue
            in_string = c != '"'
        elif c == '"':
            in_string = True
            out.append(c)
        elif text.startswith("//", i):
            while i < n and text[i] != "\n":
                i += 1
            continue
        else:
            out.append(c)
        i += 1
    return re.sub(r",(\s*[}\]])", r"\1", "".join(out))


def load_jsonc(path: Path) -> Any:
    """Parse a documentation example, numbers as Decimal."""
    return json.loads(strip_jsonc(path.read_text()), parse_float=Decimal)


def seed_examples() -> list[dict[str, Any]]:
    """The manifest of the /ibis seed examples (file, operationId, kind, status, source)."""
    return json.loads((SEEDS / "manifest.json").read_text())  # type: ignore[no-any-return]


def _exact_multiple_of(
    validator: Any, multiple: Any, instance: Any, schema: Any
) -> Iterator[ValidationError]:
    if isinstance(instance, bool) or not isinstance(instance, (int, float, Decimal)):
        return
    if Decimal(str(instance)) % Decimal(str(multiple)) != 0:
        yield ValidationError(f"{instance!r} is not a multiple of {multiple}")


def _ecma_pattern(
    validator: Any, pattern: str, instance: Any, schema: Any
) -> Iterator[ValidationError]:
    if not isinstance(instance, str):
        return
    # ECMAScript's $ (no multiline flag) matches only at the very end; Python's also matches
    # before a final newline, so "1234\n" would pass ^\d{4}$.
    translated = (
        pattern[:-1] + r"\Z" if pattern.endswith("$") and not pattern.endswith("\\$") else pattern
    )
    if re.search(translated, instance, re.ASCII) is None:
        yield ValidationError(f"{instance!r} does not match {pattern!r}")


ReferenceValidator = validators.extend(
    Draft202012Validator, {"multipleOf": _exact_multiple_of, "pattern": _ecma_pattern}
)


def validator_for(schema: dict[str, Any]) -> Any:
    """A validator for a schema of the document (``$ref``s resolve against it)."""
    return ReferenceValidator({"components": spec()["components"], **schema})


def schema_of(op: dict[str, Any], kind: str) -> dict[str, Any]:
    """The request body, 200 response or error response schema of an operation."""
    if kind == "request":
        content = op["requestBody"]["content"]
        return content["application/json"]["schema"]  # type: ignore[no-any-return]
    if kind == "success":
        return op["responses"]["200"]["content"]["application/json"]["schema"]  # type: ignore[no-any-return]
    response = op["responses"]["400"]
    if "$ref" in response:
        response = spec()["components"]["responses"][response["$ref"].rsplit("/", 1)[1]]
    return response["content"]["application/json"]["schema"]  # type: ignore[no-any-return]
