"""Refuse a spec whose promises the client could not keep.

The hand-written layer trusts what the spec's ``x-connectfi-*`` extensions say: that an
operation may be re-sent because the server de-duplicates it on an idempotency field, that a
lookup finds the entity again after a lost answer and has the operation's own fields, that a
field is a secret to be masked. Each promise is checked here, when the client is generated;
a broken one stops generation with one line naming the operation (or schema) and the rule.

Extensions (on an operation):

- ``x-connectfi-retry``: ``safe`` | ``reference`` | ``never``. ``safe`` is refused on a body
  that carries money or requires a ``reference`` (a write, whatever its label).
- ``x-connectfi-idempotency-field``: the body field the server de-duplicates on (default
  ``reference``); every ``oneOf`` branch of the body must have it.
- ``x-connectfi-lookup``: how a ``reference`` operation finds its entity again, or ``false``
  when the docs give no way (an earlier success then surfaces as ``ReferenceExistsError`` with
  the entity's id). A mapping has ``operationId``, ``key`` (``reference`` or ``entityId``,
  default ``reference``), ``field`` (the lookup body field; omitted for a path parameter),
  ``map`` (this operation's data field: the lookup's, required when the data models differ),
  ``match`` (request field: entity field, compared before an entity is returned),
  ``expect`` (entity field: literal value) and ``failed-when`` (entity field: value marking a
  declined entity, raised as that decline rather than returned), and ``history-amount``
  (``card``: the entity field naming a card, ``amount``: the request's amount field) when the
  lookup's answer carries no amount: recovery then reads that card's transaction history and
  compares the amount of the transactions sharing the entity's ``arn``.
- ``x-connectfi-already-done``: ``errors`` (``code`` or ``code/subCode``) that mean "already in
  that state" after an unknown outcome, and the ``operationId`` and ``fields`` (lookup field:
  request field) reading the current state, whose data model must be the operation's.
- ``x-connectfi-new-password``: the request field holding a new password.

On a schema property: ``x-connectfi-sensitive: true`` masks it in every ``repr``; a property
whose name looks secret must say ``true`` or ``false``. A property whose name is money
(``amount``, ``...Balance``) must be a number or ``type: string, format: decimal``, so the
models hold it as a Decimal.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

RETRY_CLASSES = ("safe", "reference", "never")
LOOKUP_KEYS = ("reference", "entityId")
# Names that are secrets wherever they appear; a property matching them must be marked.
SECRET_NAME = re.compile(
    r"(?i)(password|^pin$|token$|cvv|cvc|securitycode|^pan$|cardnumber|accountnumber|"
    r"ddanumber|encrypted|^ssn$|^fein$|taxid)"
)

# Names that are money wherever they appear: never a plain string in the models.
MONEY_NAME = re.compile(r"(?i)(amount|balance)$")
# Schemas that are money wherever a body uses them.
MONEY_SCHEMAS = frozenset({"Amount", "Money"})


class SpecError(SystemExit):
    """A broken promise in the spec: one line, no traceback."""

    def __init__(self, where: str, rule: str) -> None:
        super().__init__(f"spec: {where}: {rule}")


def _schemas(document: dict[str, Any]) -> dict[str, Any]:
    return document.get("components", {}).get("schemas", {})  # type: ignore[no-any-return]


def resolve(schema: dict[str, Any], document: dict[str, Any]) -> dict[str, Any]:
    """Follow ``$ref``s to the schema they name."""
    seen = 0
    while "$ref" in schema and seen < 32:
        schema = _schemas(document)[schema["$ref"].rsplit("/", 1)[1]]
        seen += 1
    return schema


def operations(document: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """``(method, path, operation)`` for every operation of the document."""
    for path, item in document.get("paths", {}).items():
        for method, op in item.items():
            if isinstance(op, dict) and "operationId" in op:
                yield method, path, op


def _find(document: dict[str, Any], operation_id: str) -> dict[str, Any] | None:
    for _, _, op in operations(document):
        if op["operationId"] == operation_id:
            return op
    return None


def _json_body(op: dict[str, Any], document: dict[str, Any]) -> dict[str, Any] | None:
    media = op.get("requestBody", {}).get("content", {}).get("application/json")
    return resolve(media["schema"], document) if media and "schema" in media else None


def _shapes(schema: dict[str, Any], document: dict[str, Any]) -> list[dict[str, Any]]:
    branches = [resolve(b, document) for b in schema.get("oneOf", [])]
    return branches or [schema]


def _has_property(
    schema: dict[str, Any], dotted: str, document: dict[str, Any], *, branch: str = "every"
) -> bool:
    """Whether every (or, with ``branch="any"``, some) branch of ``schema`` has the property."""
    found = []
    for shape in _shapes(schema, document):
        node: dict[str, Any] | None = shape
        for part in dotted.split("."):
            props = node.get("properties", {}) if node is not None else {}
            node = resolve(props[part], document) if part in props else None
        found.append(node is not None)
    return any(found) if branch == "any" else all(found)


def _money_fields(schema: dict[str, Any], document: dict[str, Any]) -> list[str]:
    """The body's top-level money properties (by name, or typed as an Amount/Money schema)."""
    found = []
    for shape in _shapes(schema, document):
        for name, prop in (shape.get("properties") or {}).items():
            ref = prop.get("$ref", "") if isinstance(prop, dict) else ""
            if MONEY_NAME.search(name) or ref.rsplit("/", 1)[-1] in MONEY_SCHEMAS:
                found.append(name)
    return sorted(set(found))


def _required_everywhere(schema: dict[str, Any], field: str, document: dict[str, Any]) -> bool:
    return all(field in shape.get("required", []) for shape in _shapes(schema, document))


def data_schema(op: dict[str, Any], document: dict[str, Any]) -> tuple[str | None, dict[str, Any]]:
    """The name and schema of the envelope's ``data`` (of its items, for a list)."""
    try:
        envelope = op["responses"]["200"]["content"]["application/json"]["schema"]
    except KeyError:
        return None, {}
    data = resolve(envelope, document).get("properties", {}).get("data", {})
    if data.get("type") == "array":
        data = data.get("items", {})
    name = data["$ref"].rsplit("/", 1)[1] if "$ref" in data else None
    return name, resolve(data, document)


def _check_lookup(op_id: str, op: dict[str, Any], document: dict[str, Any]) -> None:
    lookup = op.get("x-connectfi-lookup")
    if lookup is False:
        return
    if not isinstance(lookup, dict):
        raise SpecError(op_id, "x-connectfi-lookup must be a mapping or false")
    target_id = lookup.get("operationId")
    target = _find(document, str(target_id))
    if target is None:
        raise SpecError(op_id, f"x-connectfi-lookup names an unknown operation {target_id!r}")
    key = lookup.get("key", "reference")
    if key not in LOOKUP_KEYS:
        raise SpecError(op_id, f"x-connectfi-lookup key must be one of {LOOKUP_KEYS}, not {key!r}")
    field = lookup.get("field")
    if field is None:
        params = [p for p in target.get("parameters", []) if p.get("in") == "path"]
        if len(params) != 1:
            raise SpecError(
                op_id,
                f"x-connectfi-lookup without field needs {target_id} to take one path parameter",
            )
    else:
        body = _json_body(target, document)
        if body is None or not _has_property(body, field, document, branch="any"):
            raise SpecError(
                op_id, f"x-connectfi-lookup field {field!r} is not in {target_id}'s body"
            )
    ours_name, ours = data_schema(op, document)
    theirs_name, theirs = data_schema(target, document)
    field_map = lookup.get("map", {})
    if ours_name != theirs_name and not field_map:
        raise SpecError(
            op_id,
            f"lookup {target_id} answers {theirs_name}, not {ours_name}: declare x-connectfi-lookup"
            " map (our field: their field)",
        )
    for our_field, their_field in field_map.items():
        if our_field not in ours.get("properties", {}):
            raise SpecError(op_id, f"x-connectfi-lookup map: {our_field!r} is not in {ours_name}")
        if their_field not in theirs.get("properties", {}):
            raise SpecError(
                op_id, f"x-connectfi-lookup map: {their_field!r} is not in {theirs_name}"
            )
    request = _json_body(op, document) or {}
    # The entity compared is the lookup's answer, its fields renamed by the map.
    mapped = set(theirs.get("properties", {})) | set(field_map)
    for request_field, entity_field in lookup.get("match", {}).items():
        if not _has_property(request, request_field, document, branch="any"):
            raise SpecError(
                op_id, f"x-connectfi-lookup match: {request_field!r} is not in the body"
            )
        if entity_field not in mapped:
            raise SpecError(
                op_id, f"x-connectfi-lookup match: {entity_field!r} is not in {theirs_name}"
            )
    for entity_field in lookup.get("failed-when", {}):
        if entity_field not in mapped:
            raise SpecError(
                op_id, f"x-connectfi-lookup failed-when: {entity_field!r} is not in {theirs_name}"
            )
    history = lookup.get("history-amount")
    if history is not None:
        if set(history) != {"card", "amount"}:
            raise SpecError(
                op_id, "x-connectfi-lookup history-amount needs exactly card and amount"
            )
        if history["card"] not in mapped or "arn" not in mapped:
            raise SpecError(
                op_id,
                f"x-connectfi-lookup history-amount: {theirs_name} needs"
                f" {history['card']!r} and arn",
            )
        if not _has_property(request, history["amount"], document, branch="any"):
            raise SpecError(
                op_id,
                f"x-connectfi-lookup history-amount: {history['amount']!r} is not in the body",
            )
    for entity_field in lookup.get("expect", {}):
        if entity_field not in mapped:
            raise SpecError(
                op_id, f"x-connectfi-lookup expect: {entity_field!r} is not in {theirs_name}"
            )


# Values a path parameter must never take: each would change the path's segments once a URL
# library normalises it (dot segments), or smuggle a separator or an encoded one.
_PATH_ESCAPES = (".", "..", "a/b", "%2e", "a%2Fb", "a\r\nb", "a b", "é")


def path_rule(
    op_id: str, parameter: dict[str, Any], schemas: dict[str, Any]
) -> tuple[str, int, int | None]:
    """``(pattern, minLength, maxLength)`` of a path parameter, refused unless it keeps the
    value inside its own path segment."""
    schema = parameter.get("schema", {})
    while "$ref" in schema:
        schema = schemas[schema["$ref"].rsplit("/", 1)[1]]
    pattern = schema.get("pattern")
    name = parameter.get("name")
    if not isinstance(pattern, str) or not (pattern.startswith("^") and pattern.endswith("$")):
        raise SpecError(op_id, f"path parameter {name!r} needs an anchored pattern (^...$)")
    compiled = re.compile(pattern)
    for value in _PATH_ESCAPES:
        if compiled.search(value):
            raise SpecError(op_id, f"path parameter {name!r}: its pattern admits {value!r}")
    return pattern, int(schema.get("minLength", 1)), schema.get("maxLength")


def _check_already_done(op_id: str, op: dict[str, Any], document: dict[str, Any]) -> None:
    done = op.get("x-connectfi-already-done")
    if done is None:
        return
    target = _find(document, str(done.get("operationId")))
    if target is None or not done.get("errors"):
        raise SpecError(op_id, "x-connectfi-already-done needs errors and a known operationId")
    if data_schema(target, document)[0] != data_schema(op, document)[0]:
        raise SpecError(
            op_id, f"x-connectfi-already-done: {done['operationId']} answers another data model"
        )
    body, request = _json_body(target, document) or {}, _json_body(op, document) or {}
    for lookup_field, request_field in done.get("fields", {}).items():
        if not _has_property(body, lookup_field, document, branch="any") or not _has_property(
            request, request_field, document, branch="any"
        ):
            raise SpecError(
                op_id, f"x-connectfi-already-done fields: {lookup_field}: {request_field}"
            )


def check_operation(op: dict[str, Any], document: dict[str, Any]) -> None:
    """Raise :class:`SpecError` when one of the operation's promises cannot hold."""
    op_id = op["operationId"]
    retry = op.get("x-connectfi-retry")
    if retry not in RETRY_CLASSES:
        raise SpecError(op_id, f"x-connectfi-retry must be one of {RETRY_CLASSES}, not {retry!r}")
    body = _json_body(op, document)
    if retry == "reference":
        field = op.get("x-connectfi-idempotency-field", "reference")
        if body is None or not _has_property(body, field, document):
            raise SpecError(
                op_id,
                f"x-connectfi-retry: reference, but the body has no {field!r} field in every branch"
                " (name it with x-connectfi-idempotency-field, or use retry: never)",
            )
        if "x-connectfi-lookup" not in op:
            raise SpecError(
                op_id,
                "x-connectfi-retry: reference promises exactly-once: declare x-connectfi-lookup"
                " (how to find the entity again) or false when none is documented",
            )
    elif "x-connectfi-lookup" in op or "x-connectfi-idempotency-field" in op:
        raise SpecError(
            op_id, "x-connectfi-lookup/-idempotency-field need x-connectfi-retry: reference"
        )
    if retry == "safe" and body is not None:
        # A re-sent write pays twice: a body that moves money, or carries a reference it must
        # hold (every branch requires it; a read's is an optional or one-branch selector), is
        # no read, whatever its label says.
        money = _money_fields(body, document)
        if money or _required_everywhere(body, "reference", document):
            what = f"money ({', '.join(money)})" if money else "a required reference"
            raise SpecError(
                op_id,
                f"x-connectfi-retry: safe, but the body carries {what}: a re-sent write would be"
                " done twice (use retry: reference with a lookup, or never)",
            )
    if retry == "reference":
        _check_lookup(op_id, op, document)
    _check_already_done(op_id, op, document)
    new_password = op.get("x-connectfi-new-password")
    if new_password is not None and (
        body is None or not _has_property(body, new_password, document)
    ):
        raise SpecError(op_id, f"x-connectfi-new-password {new_password!r} is not in the body")


def sensitive_names(document: dict[str, Any]) -> list[str]:
    """Every property name marked ``x-connectfi-sensitive: true``; refuse unmarked secrets."""
    marked: set[str] = set()

    def walk(node: Any, where: str) -> None:
        if isinstance(node, dict):
            for name, prop in (node.get("properties") or {}).items():
                flag = prop.get("x-connectfi-sensitive") if isinstance(prop, dict) else None
                if flag is True:
                    marked.add(name)
                elif flag is None and SECRET_NAME.search(name):
                    raise SpecError(
                        f"{where}.{name}",
                        "looks secret: mark it x-connectfi-sensitive: true (or false, saying why)",
                    )
            for key, value in node.items():
                walk(value, where if key in ("properties", "items") else f"{where}/{key}")
        elif isinstance(node, list):
            for value in node:
                walk(value, where)

    for name, schema in _schemas(document).items():
        walk(schema, name)
    return sorted(marked)


def check_money(document: dict[str, Any]) -> None:
    """Refuse a money-named property typed as a plain string (it would reach users as ``str``)."""
    for name, schema in _schemas(document).items():
        for shape in [schema, *schema.get("oneOf", []), *schema.get("allOf", [])]:
            for prop_name, prop in (shape.get("properties") or {}).items():
                if not isinstance(prop, dict) or not MONEY_NAME.search(prop_name):
                    continue
                target = resolve(prop, document)
                kinds = target.get("type")
                kinds = kinds if isinstance(kinds, list) else [kinds]
                if "string" in kinds and target.get("format") != "decimal":
                    raise SpecError(
                        f"{name}.{prop_name}",
                        "money sent as a string needs `format: decimal` (read as a Decimal)",
                    )


def check(document: dict[str, Any]) -> None:
    """Check every operation's promises, the sensitive marks and the money types."""
    for _, _, op in operations(document):
        check_operation(op, document)
    sensitive_names(document)
    check_money(document)
