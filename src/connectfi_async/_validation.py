"""Request-body validation compiled from the JSON schemas of the OpenAPI document.

Each schema is compiled once into nested closures, so validating a body is a handful of plain
function calls with no schema lookups. The semantics and the error objects follow Ajv, the
validator behind the API (``requestValidateError``): keyword order, messages, ``params``,
``instancePath`` and ``schemaPath``, ECMAScript regular expressions and exact decimal
``multipleOf``. Standard library only: the runtime must not depend on ``jsonschema``.

``$ref`` is transparent in schema paths (a pattern behind ``$ref: Id`` under ``properties/pin``
is reported at ``#/properties/pin/pattern``), which is how the API reports its request schemas.
"""

from __future__ import annotations

import operator
import re
import threading
from collections.abc import Callable, Iterator, Mapping
from functools import cache
from typing import Any, TypeAlias
from urllib.parse import quote

from ._codec import exact as _exact
from ._codec import is_date as _is_date
from ._codec import is_email as _is_email
from ._codec import is_integer as _is_integer
from ._codec import is_multiple as _is_multiple
from ._codec import is_number as _is_number
from ._violation import Violation

__all__ = ["RequestValidators", "Validator", "Violation", "compile_schema"]


Validator: TypeAlias = Callable[[Any], "list[Violation]"]

# Internal error: (instance path, schema path after "#", keyword, message, params). Paths are
# relative to the schema node that produced it and prefixed on the way up, so a valid body
# never builds a path.
_Err: TypeAlias = "tuple[tuple[str | int, ...], str, str, str, dict[str, Any]]"
# A compiled node returns None when the value is valid, else a fresh list it hands over.
_Check: TypeAlias = "Callable[[Any], list[_Err] | None]"

_ANNOTATIONS = frozenset(
    {
        "title",
        "description",
        "example",
        "examples",
        "default",
        "deprecated",
        "readOnly",
        "writeOnly",
        "discriminator",  # Ajv ignores it unless its discriminator option is on
        "xml",
        "externalDocs",
        "$comment",
        "$schema",
        "$id",
        "$anchor",
        "$defs",
        "definitions",
        "contentMediaType",
        "contentEncoding",
        "then",  # compiled together with "if"
        "else",
    }
)
_KEYWORDS = frozenset(
    {
        "$ref",
        "type",
        "const",
        "enum",
        "not",
        "anyOf",
        "oneOf",
        "allOf",
        "if",
        "maximum",
        "minimum",
        "exclusiveMaximum",
        "exclusiveMinimum",
        "multipleOf",
        "maxLength",
        "minLength",
        "pattern",
        "format",
        "maxItems",
        "minItems",
        "uniqueItems",
        "prefixItems",
        "items",
        "maxProperties",
        "minProperties",
        "required",
        "additionalProperties",
        "properties",
        "patternProperties",
    }
)
_TYPES = frozenset({"string", "number", "integer", "boolean", "object", "array", "null"})


def _valid(value: Any) -> list[_Err] | None:
    return None


# --- values ------------------------------------------------------------------------------


def _is_string(v: Any) -> bool:
    return isinstance(v, str)


def _is_object(v: Any) -> bool:
    return isinstance(v, dict)


def _is_array(v: Any) -> bool:
    return isinstance(v, (list, tuple))


_TYPE_CHECKS: dict[str, Callable[[Any], bool]] = {
    "string": _is_string,
    "number": _is_number,
    "integer": _is_integer,
    "boolean": lambda v: isinstance(v, bool),
    "object": _is_object,
    "array": _is_array,
    "null": lambda v: v is None,
}


def _json_equal(a: Any, b: Any) -> bool:
    """JSON equality: True is not 1, 1 equals 1.0, objects ignore key order."""
    if isinstance(a, bool) or isinstance(b, bool):
        return isinstance(a, bool) and isinstance(b, bool) and a is b
    if _is_number(a) and _is_number(b):
        return bool(_exact(a) == _exact(b))
    if isinstance(a, str) and isinstance(b, str):
        return a == b
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_json_equal(a[k], b[k]) for k in a)
    if _is_array(a) and _is_array(b):
        return len(a) == len(b) and all(_json_equal(x, y) for x, y in zip(a, b, strict=True))
    return a is None and b is None


def _js_number(x: Any) -> str:
    """A schema number as JavaScript prints it in Ajv's messages."""
    if isinstance(x, float) and x.is_integer() and abs(x) < 1e21:
        return str(int(x))
    return repr(x) if isinstance(x, float) else str(x)


# --- formats -----------------------------------------------------------------------------
# Numbers, exact multiples, dates and emails are the generated codecs' own checks (_codec):
# one definition for the client and the sandbox.

_FORMATS: dict[str, Callable[[str], bool]] = {"date": _is_date, "email": _is_email}

_JS_SPACE = r"\t\n\x0b\x0c\r \xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff"
_JS_DOT = r"[^\n\r\u2028\u2029]"


def _tokens(pattern: str) -> Iterator[tuple[str, bool]]:
    """(token, inside a character class) pairs; an escape is one token."""
    i, n, in_class = 0, len(pattern), False
    while i < n:
        c = pattern[i]
        if c == "\\" and i + 1 < n:
            yield pattern[i : i + 2], in_class
            i += 2
            continue
        if c == "[" and not in_class:
            in_class = True
        elif c == "]" and in_class:
            yield c, True
            in_class = False
            i += 1
            continue
        yield c, in_class
        i += 1


def _translate(pattern: str) -> str:
    """Rewrite an ECMAScript (``u`` flag) pattern into Python ``re`` syntax with the same meaning.

    Python's ``$`` also matches before a final newline and its ``.`` matches ``\\r``; JavaScript's
    do neither. ``\\d``, ``\\w`` and ``\\b`` stay ASCII through ``re.ASCII``.
    """
    out: list[str] = []
    tokens = list(_tokens(pattern))
    backreference = False  # inside the <name> of \k<name>
    for i, (token, in_class) in enumerate(tokens):
        if backreference:
            if token != "<":
                out.append(")" if token == ">" else token)
                backreference = token != ">"
        elif token == "\\k" and not in_class:
            out.append("(?P=")
            backreference = True
        elif token == "\\s":
            out.append(_JS_SPACE if in_class else f"[{_JS_SPACE}]")
        elif token == "\\S" and not in_class:
            out.append(f"[^{_JS_SPACE}]")
        elif in_class:
            out.append(token)
        elif token == "$":
            out.append(r"\Z")
        elif token == ".":
            out.append(_JS_DOT)
        elif token == "<" and tokens[i - 2 : i] == [("(", False), ("?", False)]:
            named = i + 1 < len(tokens) and tokens[i + 1][0] not in ("=", "!")
            out.append("P<" if named else "<")  # (?<name> is a group, (?<= and (?<! look behind
        else:
            out.append(token)
    return "".join(out)


@cache
def _regex(pattern: str) -> re.Pattern[str]:
    """Each distinct pattern is compiled once, whichever schema uses it."""
    return re.compile(_translate(pattern), re.ASCII)


def _escape_fragment(name: str) -> str:
    # Ajv: encodeURIComponent(escapeJsonPointer(name)).
    return quote(name.replace("~", "~0").replace("/", "~1"), safe="-_.!~*'()")


# --- composition -------------------------------------------------------------------------


def _prefix(errs: list[_Err], key: str | int, spath: str) -> list[_Err]:
    return [((key, *p), spath + s, k, m, a) for p, s, k, m, a in errs]


def _prefix_schema(errs: list[_Err], spath: str) -> list[_Err]:
    return [(p, spath + s, k, m, a) for p, s, k, m, a in errs]


def _sequence(checks: list[_Check], all_errors: bool) -> _Check:
    """Run checks in order: all of them, or (Ajv ``allErrors: false``) up to the first failure."""
    checks = [c for c in checks if c is not _valid]
    if not checks:
        return _valid
    if len(checks) == 1:
        return checks[0]
    run = tuple(checks)
    if all_errors:

        def every(value: Any) -> list[_Err] | None:
            out: list[_Err] | None = None
            for check in run:
                errs = check(value)
                if errs:
                    if out is None:
                        out = errs
                    else:
                        out.extend(errs)
            return out

        return every

    def first(value: Any) -> list[_Err] | None:
        for check in run:
            errs = check(value)
            if errs:
                return errs
        return None

    return first


def _error(spath: str, keyword: str, message: str, params: dict[str, Any]) -> _Err:
    return ((), spath, keyword, message, params)


class _Compiler:
    """Compiles schemas against one set of components, sharing compiled ``$ref`` targets."""

    def __init__(self, components: Mapping[str, Any], all_errors: bool) -> None:
        self._root: Mapping[str, Any] = {"components": components}
        self._all = all_errors
        self._refs: dict[str, list[_Check | None]] = {}

    def compile(self, schema: Any) -> _Check:
        if schema is True:
            return _valid
        if schema is False:
            return self._false
        if not isinstance(schema, Mapping):
            raise TypeError(f"a schema must be an object or a boolean, not {schema!r}")
        unknown = sorted(
            k for k in schema if k not in _KEYWORDS and k not in _ANNOTATIONS and k[:2] != "x-"
        )
        if unknown:
            raise ValueError(f"unsupported JSON-schema keyword(s): {', '.join(unknown)}")
        return self._node(schema)

    @staticmethod
    def _false(value: Any) -> list[_Err] | None:
        return [_error("", "false schema", "boolean schema is false", {})]

    def _ref(self, ref: str) -> _Check:
        cell = self._refs.get(ref)
        if cell is None:
            cell = self._refs[ref] = [None]
            try:
                cell[0] = self.compile(self._resolve(ref))
            except BaseException:
                del self._refs[ref]
                raise
        compiled = cell[0]
        if compiled is not None:
            return compiled
        target = cell  # a recursive schema: the target is still being compiled

        def late(value: Any) -> list[_Err] | None:
            check = target[0]
            assert check is not None
            return check(value)

        return late

    def _resolve(self, ref: str) -> Any:
        if not ref.startswith("#"):
            raise ValueError(f"only local $refs are supported, not {ref!r}")
        node: Any = self._root
        for raw in ref[1:].split("/")[1:]:
            part = raw.replace("~1", "/").replace("~0", "~")
            try:
                node = node[int(part)] if isinstance(node, list) else node[part]
            except (KeyError, IndexError, ValueError, TypeError):
                raise ValueError(f"unresolvable $ref {ref!r}") from None
        return node

    # Ajv evaluates a schema in groups: the type-independent keywords, then the number,
    # string, array and object keywords (each only for data of that type). With
    # ``allErrors: false`` it stops at the first failure, so the order decides the one error.
    def _node(self, s: Mapping[str, Any]) -> _Check:
        raw_type = s.get("type")
        types: list[str] = (
            [] if raw_type is None else [raw_type] if isinstance(raw_type, str) else list(raw_type)
        )
        for t in types:
            if t not in _TYPES:
                raise ValueError(f"unknown type {t!r}")
        groups: dict[str, list[_Check]] = {
            "number": self._number_rules(s),
            "string": self._string_rules(s),
            "array": self._array_rules(s),
            "object": self._object_rules(s),
        }
        single = types[0] if len(types) == 1 else None
        type_in_group = single in groups and bool(groups[single])
        checks: list[_Check] = []
        if types and not type_in_group:
            checks.append(self._type_check(types, raw_type))
        checks.extend(self._untyped_rules(s))
        for name, rules in groups.items():
            if rules:
                type_error = self._type_check(types, raw_type) if name == single else None
                checks.append(self._group(name, _sequence(rules, self._all), type_error))
        return _sequence(checks, self._all)

    @staticmethod
    def _type_check(types: list[str], raw: Any) -> _Check:
        preds = tuple(_TYPE_CHECKS[t] for t in types)
        message = "must be " + ",".join(types)
        shown = raw if isinstance(raw, str) else tuple(raw)

        def params() -> dict[str, Any]:
            return {"type": shown if isinstance(shown, str) else list(shown)}

        if len(preds) == 1:
            pred = preds[0]

            def one(value: Any) -> list[_Err] | None:
                if pred(value):
                    return None
                return [_error("/type", "type", message, params())]

            return one

        def several(value: Any) -> list[_Err] | None:
            for p in preds:
                if p(value):
                    return None
            return [_error("/type", "type", message, params())]

        return several

    @staticmethod
    def _group(name: str, inner: _Check, type_error: _Check | None) -> _Check:
        pred = _is_number if name == "number" else _TYPE_CHECKS[name]
        if type_error is None:

            def applies(value: Any) -> list[_Err] | None:
                return inner(value) if pred(value) else None

            return applies

        def typed(value: Any) -> list[_Err] | None:
            return inner(value) if pred(value) else type_error(value)

        return typed

    # -- type-independent keywords: $ref, const, enum, not, anyOf, oneOf, allOf, if --------

    def _untyped_rules(self, s: Mapping[str, Any]) -> list[_Check]:
        rules: list[_Check] = []
        if "$ref" in s:
            rules.append(self._ref(s["$ref"]))
        if "const" in s:
            rules.append(_const(s["const"]))
        if "enum" in s:
            rules.append(_enum(list(s["enum"])))
        if "not" in s:
            rules.append(self._not(s["not"]))
        if "anyOf" in s:
            rules.append(self._any_of(s["anyOf"]))
        if "oneOf" in s:
            rules.append(self._one_of(s["oneOf"]))
        if "allOf" in s:
            rules.append(self._all_of(s["allOf"]))
        if "if" in s and ("then" in s or "else" in s):
            rules.append(self._if(s["if"], s.get("then"), s.get("else")))
        return rules

    def _not(self, sub: Any) -> _Check:
        inner = self.compile(sub)

        def not_(value: Any) -> list[_Err] | None:
            if inner(value):
                return None
            return [_error("/not", "not", "must NOT be valid", {})]

        return not_

    def _branches(self, keyword: str, subs: Any) -> tuple[tuple[_Check, str], ...]:
        return tuple((self.compile(sub), f"/{keyword}/{i}") for i, sub in enumerate(subs))

    def _any_of(self, subs: Any) -> _Check:
        branches = self._branches("anyOf", subs)

        def any_of(value: Any) -> list[_Err] | None:
            out: list[_Err] = []
            for check, spath in branches:
                errs = check(value)
                if not errs:
                    return None
                out.extend(_prefix_schema(errs, spath))
            out.append(_error("/anyOf", "anyOf", "must match a schema in anyOf", {}))
            return out

        return any_of

    def _one_of(self, subs: Any) -> _Check:
        branches = self._branches("oneOf", subs)

        def one_of(value: Any) -> list[_Err] | None:
            out: list[_Err] = []
            passing: list[int] = []
            for i, (check, spath) in enumerate(branches):
                errs = check(value)
                if errs:
                    out.extend(_prefix_schema(errs, spath))
                else:
                    passing.append(i)
            if len(passing) == 1:
                return None
            out.append(
                _error(
                    "/oneOf",
                    "oneOf",
                    "must match exactly one schema in oneOf",
                    {"passingSchemas": passing or None},
                )
            )
            return out

        return one_of

    def _all_of(self, subs: Any) -> _Check:
        all_errors = self._all
        branches = self._branches("allOf", subs)

        def all_of(value: Any) -> list[_Err] | None:
            out: list[_Err] | None = None
            for check, spath in branches:
                errs = check(value)
                if errs:
                    errs = _prefix_schema(errs, spath)
                    if not all_errors:
                        return errs
                    out = errs if out is None else out + errs
            return out

        return all_of

    def _if(self, if_: Any, then: Any, else_: Any) -> _Check:
        condition = self.compile(if_)
        then_check = None if then is None else self.compile(then)
        else_check = None if else_ is None else self.compile(else_)

        def if_then_else(value: Any) -> list[_Err] | None:
            if condition(value):
                check, clause = else_check, "else"
            else:
                check, clause = then_check, "then"
            if check is None:
                return None
            errs = check(value)
            if not errs:
                return None
            out = _prefix_schema(errs, "/" + clause)
            message = f'must match "{clause}" schema'
            out.append(_error("/if", "if", message, {"failingKeyword": clause}))
            return out

        return if_then_else

    # -- number: maximum, minimum, exclusiveMaximum, exclusiveMinimum, multipleOf ---------

    def _number_rules(self, s: Mapping[str, Any]) -> list[_Check]:
        rules: list[_Check] = []
        for keyword, comparison in (
            ("maximum", "<="),
            ("minimum", ">="),
            ("exclusiveMaximum", "<"),
            ("exclusiveMinimum", ">"),
        ):
            if keyword in s:
                rules.append(_limit(keyword, comparison, s[keyword]))
        if "multipleOf" in s:
            rules.append(_multiple_of(s["multipleOf"]))
        return rules

    # -- string: maxLength, minLength, pattern, format --------------------------------------

    def _string_rules(self, s: Mapping[str, Any]) -> list[_Check]:
        rules: list[_Check] = []
        if "maxLength" in s:
            rules.append(_length("maxLength", s["maxLength"], "more", "characters", len_gt=True))
        if "minLength" in s:
            rules.append(_length("minLength", s["minLength"], "fewer", "characters", len_gt=False))
        if "pattern" in s:
            rules.append(_pattern(s["pattern"]))
        fmt = s.get("format")
        if isinstance(fmt, str) and fmt in _FORMATS:
            rules.append(_format(fmt, _FORMATS[fmt]))
        return rules

    # -- array: maxItems, minItems, uniqueItems, prefixItems, items -------------------------

    def _array_rules(self, s: Mapping[str, Any]) -> list[_Check]:
        rules: list[_Check] = []
        if "maxItems" in s:
            rules.append(_length("maxItems", s["maxItems"], "more", "items", len_gt=True))
        if "minItems" in s:
            rules.append(_length("minItems", s["minItems"], "fewer", "items", len_gt=False))
        if s.get("uniqueItems") is True:
            rules.append(_unique_items(s.get("items")))
        prefix: tuple[_Check, ...] = ()
        if "prefixItems" in s:
            prefix = tuple(self.compile(sub) for sub in s["prefixItems"])
            rules.append(self._items(prefix, "/prefixItems", 0, None))
        if "items" in s:
            items = s["items"]
            if isinstance(items, list):  # draft-07 tuple form
                rules.append(self._items(tuple(self.compile(x) for x in items), "/items", 0, None))
            else:
                check = self.compile(items)
                if check is not _valid:
                    rules.append(self._items((), "/items", len(prefix), check))
        return rules

    def _items(
        self, each: tuple[_Check, ...], spath: str, start: int, rest: _Check | None
    ) -> _Check:
        all_errors = self._all
        paths = tuple(f"{spath}/{i}" for i in range(len(each)))

        def items(value: Any) -> list[_Err] | None:
            out: list[_Err] | None = None
            for i, item in enumerate(value):
                if rest is None:
                    if i >= len(each):
                        break
                    check, sp = each[i], paths[i]
                elif i < start:
                    continue
                else:
                    check, sp = rest, spath
                errs = check(item)
                if errs:
                    errs = _prefix(errs, i, sp)
                    if not all_errors:
                        return errs
                    out = errs if out is None else out + errs
            return out

        return items

    # -- object: maxProperties, minProperties, required, additionalProperties, properties,
    #    patternProperties ---------------------------------------------------------------

    def _object_rules(self, s: Mapping[str, Any]) -> list[_Check]:
        rules: list[_Check] = []
        if "maxProperties" in s:
            rules.append(_length("maxProperties", s["maxProperties"], "more", "properties", True))
        if "minProperties" in s:
            rules.append(_length("minProperties", s["minProperties"], "fewer", "properties", False))
        if s.get("required"):
            rules.append(self._required(tuple(s["required"])))
        properties: Mapping[str, Any] = s.get("properties") or {}
        patterns: Mapping[str, Any] = s.get("patternProperties") or {}
        if "additionalProperties" in s and s["additionalProperties"] is not True:
            rules.append(self._additional(s["additionalProperties"], properties, patterns))
        compiled = tuple(
            (name, check, "/properties/" + _escape_fragment(name))
            for name, check in ((n, self.compile(sub)) for n, sub in properties.items())
            if check is not _valid
        )
        if compiled:
            rules.append(self._properties(compiled))
        if patterns:
            rules.append(self._pattern_properties(patterns))
        return rules

    def _required(self, names: tuple[str, ...]) -> _Check:
        all_errors = self._all

        def required(value: Any) -> list[_Err] | None:
            out: list[_Err] | None = None
            for name in names:
                if name not in value:
                    err = _error(
                        "/required",
                        "required",
                        f"must have required property '{name}'",
                        {"missingProperty": name},
                    )
                    if not all_errors:
                        return [err]
                    if out is None:
                        out = []
                    out.append(err)
            return out

        return required

    def _additional(
        self, sub: Any, properties: Mapping[str, Any], patterns: Mapping[str, Any]
    ) -> _Check:
        all_errors = self._all
        known = frozenset(properties)
        regexes = tuple(_regex(p) for p in patterns)

        def extra(value: dict[str, Any]) -> Iterator[str]:
            for key in value:
                if key not in known and not any(r.search(key) for r in regexes):
                    yield key

        if sub is False:

            def no_additional(value: Any) -> list[_Err] | None:
                if known.issuperset(value):
                    return None
                out: list[_Err] = []
                for key in extra(value):
                    out.append(
                        _error(
                            "/additionalProperties",
                            "additionalProperties",
                            "must NOT have additional properties",
                            {"additionalProperty": key},
                        )
                    )
                    if not all_errors:
                        break
                return out or None

            return no_additional

        check = self.compile(sub)

        def additional(value: Any) -> list[_Err] | None:
            if known.issuperset(value):
                return None
            out: list[_Err] | None = None
            for key in extra(value):
                errs = check(value[key])
                if errs:
                    errs = _prefix(errs, key, "/additionalProperties")
                    if not all_errors:
                        return errs
                    out = errs if out is None else out + errs
            return out

        return additional

    def _properties(self, compiled: tuple[tuple[str, _Check, str], ...]) -> _Check:
        all_errors = self._all
        missing = object()

        def properties(value: Any) -> list[_Err] | None:
            out: list[_Err] | None = None
            get = value.get
            for name, check, spath in compiled:
                item = get(name, missing)
                if item is missing:
                    continue
                errs = check(item)
                if errs:
                    errs = _prefix(errs, name, spath)
                    if not all_errors:
                        return errs
                    out = errs if out is None else out + errs
            return out

        return properties

    def _pattern_properties(self, patterns: Mapping[str, Any]) -> _Check:
        all_errors = self._all
        compiled = tuple(
            (_regex(p), self.compile(sub), "/patternProperties/" + _escape_fragment(p))
            for p, sub in patterns.items()
        )

        def pattern_properties(value: Any) -> list[_Err] | None:
            out: list[_Err] | None = None
            for regex, check, spath in compiled:
                for key in value:
                    if regex.search(key) is None:
                        continue
                    errs = check(value[key])
                    if errs:
                        errs = _prefix(errs, key, spath)
                        if not all_errors:
                            return errs
                        out = errs if out is None else out + errs
            return out

        return pattern_properties


# --- leaf keywords -----------------------------------------------------------------------


def _const(expected: Any) -> _Check:
    def const(value: Any) -> list[_Err] | None:
        if _json_equal(value, expected):
            return None
        return [_error("/const", "const", "must be equal to constant", {"allowedValue": expected})]

    return const


def _enum(allowed: list[Any]) -> _Check:
    message = "must be equal to one of the allowed values"
    if all(a is None or isinstance(a, str) for a in allowed):
        # The common case (string codes, maybe null): a set lookup.
        members = frozenset(allowed)

        def enum_str(value: Any) -> list[_Err] | None:
            if (value is None or isinstance(value, str)) and value in members:
                return None
            return [_error("/enum", "enum", message, {"allowedValues": list(allowed)})]

        return enum_str

    def enum(value: Any) -> list[_Err] | None:
        for a in allowed:
            if _json_equal(value, a):
                return None
        return [_error("/enum", "enum", message, {"allowedValues": list(allowed)})]

    return enum


_FAILS: dict[str, Callable[[Any, Any], bool]] = {
    "<=": operator.gt,
    ">=": operator.lt,
    "<": operator.ge,
    ">": operator.le,
}


def _limit(keyword: str, comparison: str, limit: Any) -> _Check:
    if isinstance(limit, bool) or not _is_number(limit):
        raise ValueError(f"{keyword} must be a number, not {limit!r}")
    bound = _exact(limit)
    message = f"must be {comparison} {_js_number(limit)}"
    spath = "/" + keyword

    fails = _FAILS[comparison]

    # Exact comparisons: ints and Decimals compare exactly; floats go through their decimal text.
    def limit_(value: Any) -> list[_Err] | None:
        if fails(_exact(value), bound):
            return [_error(spath, keyword, message, {"comparison": comparison, "limit": limit})]
        return None

    return limit_


def _multiple_of(step: Any) -> _Check:
    if isinstance(step, bool) or not _is_number(step) or _exact(step) <= 0:
        raise ValueError(f"multipleOf must be a number > 0, not {step!r}")
    exact = _exact(step)
    message = f"must be multiple of {_js_number(step)}"

    def multiple_of(value: Any) -> list[_Err] | None:
        if _is_multiple(value, exact):
            return None
        return [_error("/multipleOf", "multipleOf", message, {"multipleOf": step})]

    return multiple_of


def _length(keyword: str, limit: int, comp: str, unit: str, len_gt: bool) -> _Check:
    if isinstance(limit, bool) or not isinstance(limit, int) or limit < 0:
        raise ValueError(f"{keyword} must be a non-negative integer, not {limit!r}")
    message = f"must NOT have {comp} than {limit} {unit}"
    spath = "/" + keyword

    # len() counts code points, as Ajv does (it counts surrogate pairs once).
    if len_gt:

        def too_long(value: Any) -> list[_Err] | None:
            if len(value) > limit:
                return [_error(spath, keyword, message, {"limit": limit})]
            return None

        return too_long

    def too_short(value: Any) -> list[_Err] | None:
        if len(value) < limit:
            return [_error(spath, keyword, message, {"limit": limit})]
        return None

    return too_short


def _pattern(pattern: str) -> _Check:
    search = _regex(pattern).search
    message = f'must match pattern "{pattern}"'

    def pattern_(value: Any) -> list[_Err] | None:
        if search(value) is None:
            return [_error("/pattern", "pattern", message, {"pattern": pattern})]
        return None

    return pattern_


def _format(name: str, test: Callable[[str], bool]) -> _Check:
    message = f'must match format "{name}"'

    def format_(value: Any) -> list[_Err] | None:
        if test(value):
            return None
        return [_error("/format", "format", message, {"format": name})]

    return format_


def _unique_items(items: Any) -> _Check:
    raw = items.get("type") if isinstance(items, Mapping) else None
    item_types = [] if raw is None else [raw] if isinstance(raw, str) else list(raw)
    # Like Ajv: items declared scalar are compared through a map (skipping items of another
    # type, later index reported first); otherwise pairwise from the end.
    scalar = bool(item_types) and not {"object", "array"} & set(item_types)
    preds = tuple(_TYPE_CHECKS[t] for t in item_types if t in _TYPE_CHECKS)

    def report(i: int, j: int) -> list[_Err]:
        return [
            _error(
                "/uniqueItems",
                "uniqueItems",
                f"must NOT have duplicate items (items ## {j} and {i} are identical)",
                {"i": i, "j": j},
            )
        ]

    def key(item: Any) -> tuple[str, Any]:
        if isinstance(item, bool):
            return ("b", item)
        if _is_number(item):
            return ("n", _exact(item))
        return ("s", item) if isinstance(item, str) else ("z", None)

    def unique_scalar(value: Any) -> list[_Err] | None:
        seen: dict[tuple[str, Any], int] = {}
        for i in range(len(value) - 1, -1, -1):
            item = value[i]
            if not any(p(item) for p in preds):
                continue
            k = key(item)
            if k in seen:
                return report(i, seen[k])
            seen[k] = i
        return None

    def unique_pairs(value: Any) -> list[_Err] | None:
        for i in range(len(value) - 1, 0, -1):
            for j in range(i - 1, -1, -1):
                if _json_equal(value[i], value[j]):
                    return report(i, j)
        return None

    return unique_scalar if scalar else unique_pairs


# --- public API --------------------------------------------------------------------------


def _violations(errs: list[_Err]) -> list[Violation]:
    return [Violation(p, k, m, a, "#" + s) for p, s, k, m, a in errs]


def compile_schema(
    schema: Mapping[str, Any], components: Mapping[str, Any], *, all_errors: bool = True
) -> Validator:
    """Compile a schema into a validator returning its violations (``[]`` when valid).

    ``components`` is the document's ``components`` object, against which
    ``#/components/...`` references resolve. With ``all_errors=False`` the result is what
    Ajv reports with ``allErrors: false`` (what the API answers): the first failure, plus
    the failed branches of a ``oneOf``/``anyOf``. Raises ValueError for an unsupported keyword.
    """
    check = _Compiler(components, all_errors).compile(schema)

    def validate(instance: Any) -> list[Violation]:
        errs = check(instance)
        return _violations(errs) if errs else []

    return validate


_JSON_MEDIA = re.compile(r"application/(?:[\w.+-]+\+)?json\s*(?:;.*)?", re.ASCII)
_METHODS = frozenset({"get", "put", "post", "delete", "patch", "options", "head", "trace"})
# Operations without a JSON body take none: null or an empty object.
_NO_BODY: Mapping[str, Any] = {"type": ["object", "null"], "additionalProperties": False}


class _Compiled:
    """The compiled state shared by every RequestValidators of one spec object."""

    def __init__(self, spec: Mapping[str, Any], all_errors: bool) -> None:
        self.spec = spec  # held so that id(spec) stays this spec's
        self.compiler = _Compiler(spec.get("components") or {}, all_errors)
        self.schemas: dict[str, Any] = {}
        for item in (spec.get("paths") or {}).values():
            for method, op in item.items():
                if method in _METHODS and isinstance(op, Mapping) and "operationId" in op:
                    self.schemas[op["operationId"]] = self._body_schema(spec, op)
        self.checks: dict[str, _Check] = {}
        # A thread must not use a half-compiled recursive $ref that another one is building.
        self.lock = threading.Lock()

    @staticmethod
    def _body_schema(spec: Mapping[str, Any], op: Mapping[str, Any]) -> Any:
        body = op.get("requestBody")
        if isinstance(body, Mapping) and "$ref" in body:
            name = body["$ref"].rsplit("/", 1)[-1]
            body = spec["components"]["requestBodies"][name]
        content = body.get("content", {}) if isinstance(body, Mapping) else {}
        for media, entry in content.items():
            if _JSON_MEDIA.fullmatch(media) and "schema" in entry:
                return entry["schema"]
        return _NO_BODY

    def check(self, operation_id: str) -> _Check:
        found = self.checks.get(operation_id)
        if found is None:
            schema = self.schemas[operation_id]
            with self.lock:
                found = self.checks.get(operation_id)
                if found is None:
                    found = self.checks[operation_id] = self.compiler.compile(schema)
        return found


_SHARED: dict[tuple[int, bool], _Compiled] = {}


class RequestValidators:
    """Request-body validators for every operation of the spec, compiled on first use.

    Instances built from the same spec object share what has been compiled. ``all_errors``
    as in :func:`compile_schema`: True (default) to name every broken rule, False to answer
    exactly what the API's Ajv (``allErrors: false``) answers.
    """

    def __init__(self, spec: Mapping[str, Any], *, all_errors: bool = True) -> None:
        key = (id(spec), all_errors)
        shared = _SHARED.get(key)
        if shared is None or shared.spec is not spec:
            shared = _SHARED[key] = _Compiled(spec, all_errors)
        self._compiled = shared

    @property
    def operation_ids(self) -> frozenset[str]:
        """Every operationId of the spec."""
        return frozenset(self._compiled.schemas)

    def validate(self, operation_id: str, body: Any) -> list[Violation]:
        """The violations of a request body (``[]`` when valid); KeyError for an unknown id."""
        errs = self._compiled.check(operation_id)(body)
        return _violations(errs) if errs else []
