"""``to_jsonable``: SDK models as plain JSON data, money as exact decimal strings."""

from __future__ import annotations

import datetime
import enum
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from ._operations import ApiResponse


def to_jsonable(value: Any) -> Any:
    """``value`` as data any JSON encoder takes: dicts, lists, strings, numbers, bools, None.

    ``value`` may be an SDK model, an :class:`~connectfi_async.ApiResponse`, or dicts, lists
    and tuples holding them. Models become their API form (``model.to_dict()``: the API's
    camelCase field names, unset fields left out); every ``Decimal`` becomes its exact decimal
    string (``Decimal("12.50")`` -> ``"12.50"``), never a float; dates become ISO strings.
    Return it from a web framework (``return to_jsonable(card)`` in FastAPI) or pass it to
    ``json.dumps``.

    It returns everything the model holds, secrets included (a new card's number, an account
    number): pick or mask fields before sending them to a browser.
    """
    if value is None or isinstance(value, (str, bool, int, float)):
        return value
    if isinstance(value, Decimal):
        return format(value, "f")  # plain digits, never an exponent or a float
    if isinstance(value, Mapping):
        return {key: to_jsonable(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [to_jsonable(item) for item in value]
    if isinstance(value, enum.Enum):
        return to_jsonable(value.value)
    if isinstance(value, (datetime.date, datetime.time)):
        return value.isoformat()
    if isinstance(value, ApiResponse):
        return to_jsonable(value.data)
    import attrs  # at first use: importing the SDK stays cheap

    to_dict = getattr(value, "to_dict", None)
    if attrs.has(type(value)) and callable(to_dict):
        return to_jsonable(to_dict())
    raise TypeError(f"to_jsonable cannot convert {type(value).__name__}")
