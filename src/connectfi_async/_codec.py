"""What the generated codecs (``_generated/codecs``) call: values, money and error types.

The rules themselves are generated from the spec (generator/codecs_module.py); this module
holds only the few helpers they share, so nothing of the spec is read at run time.
"""

from __future__ import annotations

import math
import re
from decimal import Decimal
from typing import Any

from ._violation import Violation

__all__ = [
    "MISSING",
    "MONEY_HINT",
    "DecodeProblem",
    "MoneyTypeError",
    "Violation",
    "exact",
    "is_date",
    "is_email",
    "is_integer",
    "is_multiple",
    "is_number",
    "money_string",
]

MISSING: Any = object()
MONEY_HINT = "use Decimal, int or a numeric string for money; floats are not exact"
# ASCII digits only, no spaces, signs other than "-", underscores, exponents or other scripts'
# digits (all of which Decimal() would accept), at most two decimals.
_MONEY_STRING = re.compile(r"-?[0-9]+(?:\.[0-9]{1,2})?")


def dotted(path: tuple[str | int, ...] | list[str | int], start: str = "") -> str:
    """``("items", 2, "x")`` as ``items[2].x`` (after ``start`` when given)."""
    out = [start] if start else []
    for item in path:
        if isinstance(item, int):
            out.append(f"[{item}]")
        else:
            out.append(f".{item}" if out else item)
    return "".join(out)


class MoneyTypeError(ValueError):
    """A number field got a value that cannot be sent exactly."""

    def __init__(self, field: str, why: str) -> None:
        self.field = field
        self.why = why
        super().__init__(f"{field}: {why}")


class DecodeProblem(Exception):
    """An answer's data does not have the shape the spec promises.

    ``path`` is built innermost first on the way up (see :meth:`where`); the value itself is
    never kept, only its type's name, so the message cannot leak a secret.
    """

    def __init__(self, why: str, value: Any = MISSING, *path: str | int) -> None:
        self.why = why if value is MISSING else f"{why}, not {_json_type(value)}"
        self.path: list[str | int] = list(path)
        super().__init__(why)

    def where(self, start: str = "data") -> str:
        """``data.items[2].customerId: required, missing``."""
        return f"{dotted(list(reversed(self.path)), start)}: {self.why}"


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, (int, float, Decimal)):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, (list, tuple)):
        return "an array"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


def money_string(name: str, value: str) -> Decimal:
    """A money string as an exact Decimal, or MoneyTypeError naming the field."""
    if _MONEY_STRING.fullmatch(value) is None:
        raise MoneyTypeError(
            name, "a money string must match -?[0-9]+(.[0-9]{1,2})? (ASCII digits only)"
        )
    return Decimal(value)


def is_number(v: Any) -> bool:
    """A JSON number: int (not bool), finite Decimal or finite float."""
    t = type(v)
    if t is Decimal:
        return bool(v.is_finite())
    if t is int:
        return True
    if isinstance(v, bool):
        return False
    if isinstance(v, int):
        return True
    if isinstance(v, float):
        return math.isfinite(v)
    return isinstance(v, Decimal) and v.is_finite()


def is_integer(v: Any) -> bool:
    """A JSON integer: int (not bool), or an integral float or Decimal."""
    if type(v) is int:
        return True
    if isinstance(v, bool):
        return False
    if isinstance(v, int):
        return True
    if isinstance(v, float):
        return v.is_integer()
    return isinstance(v, Decimal) and v.is_finite() and v == v.to_integral_value()


def exact(v: Any) -> Any:
    """A number as an exact value: a float is taken as the decimal it prints as (its JSON)."""
    if isinstance(v, float):
        return Decimal(repr(v))
    return v


def _exact_multiple(value: Decimal, step: Decimal) -> bool:
    """value / step is an integer, for any exponents (no huge intermediate numbers)."""
    v, m = value.as_tuple(), step.as_tuple()
    cv = int("".join(map(str, v.digits)))
    cm = int("".join(map(str, m.digits)))
    ev, em = int(v.exponent), int(m.exponent)
    if cv == 0:
        return True
    if ev >= em:
        return (cv * pow(10, ev - em, cm)) % cm == 0
    if em - ev > len(v.digits):
        return False
    divisor: int = cm * 10 ** (em - ev)
    return cv % divisor == 0


def is_multiple(value: Any, step: int | Decimal) -> bool:
    """``value`` is an exact multiple of ``step`` (Decimal arithmetic, never float)."""
    if type(value) is int and type(step) is int:
        return value % step == 0
    d = Decimal(value) if isinstance(value, int) else exact(value)
    s = Decimal(step)
    if d.is_zero():
        return True
    # The exponent test decides without a division whose quotient could overflow the context.
    return _exact_multiple(d, s)


_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})", re.ASCII)
_DAYS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
# ajv-formats "email" (full mode).
_EMAIL = re.compile(
    r"[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
    r"@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?",
    re.ASCII | re.IGNORECASE,
)


def is_date(s: str) -> bool:
    """An RFC 3339 full-date that exists in the calendar."""
    m = _DATE.fullmatch(s)
    if m is None:
        return False
    year, month, day = int(m[1]), int(m[2]), int(m[3])
    if not 1 <= month <= 12:
        return False
    leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    return 1 <= day <= (29 if month == 2 and leap else _DAYS[month])


def is_email(s: str) -> bool:
    """ajv-formats' email (full mode)."""
    return _EMAIL.fullmatch(s) is not None
