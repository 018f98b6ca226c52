"""The OpenAPI document, shipped inside the package as JSON (for the sandbox and tests only:
the client's path never reads it; its rules are generated into ``_generated/codecs``)."""

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
