"""Render ``_generated/sdk.py``: the typed ConnectFi namespaces, built from the spec.

Each operation's ``x-connectfi-method`` (``ibis.card.set_pin``) places it in a tree of namespace
classes; its body, response and data types are the classes openapi-python-client generated for
the schemas the operation references (found through ``models/__init__.py``).

:func:`normalize` serves spec authors: inline request/response schemas get names from the
operation and missing ``x-connectfi-method`` / ``x-connectfi-retry`` get documented defaults; any
other spec mistake it can see ends generation with one line naming the operation.
"""

from __future__ import annotations

import copy
import keyword
import re
from pathlib import Path
from typing import Any, NoReturn

import jinja2
import params_module
import spec_checks

TEMPLATE = Path(__file__).resolve().parent / "templates" / "sdk.py.jinja"
RETRY_NOTES = {
    "safe": "Safe to retry: a read (or a write with the same effect when repeated).",
    "reference": (
        "Exactly-once through `reference`: one is generated when none is given and reused on"
        " every retry."
    ),
    "never": "Not idempotent: never re-sent once it may have reached the server.",
}


def _snake(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name).lower()


def _pascal(dotted: str) -> str:
    return "".join(part.title().replace("_", "") for part in dotted.split(".")) + "Api"


class Models:
    """The generated model classes (from ``models/__init__.py``): each class's module."""

    def __init__(self, models_init: Path) -> None:
        # One class a line (indented under TYPE_CHECKING in the lazy models package), or wrapped
        # in parentheses once the formatter has seen the file.
        text = models_init.read_text()
        found = re.findall(r"^ *from \.(\w+) import \(?\s*(\w+),?\s*\)?$", text, re.M)
        self.module = {cls: module for module, cls in found}
        self.used: set[tuple[str, str]] = set()

    def ref(self, schema_ref: str, document: dict[str, Any]) -> str:
        name = schema_ref.rsplit("/", 1)[1]
        title = str(document["components"]["schemas"][name].get("title", name))
        if title not in self.module:
            raise SystemExit(f"no generated class for schema {name!r} (title {title!r})")
        self.used.add((self.module[title], title))
        return title

    def import_line(self, cls: str) -> str:
        return f"from .models.{self.module[cls]} import {cls}"


def _const(operation_id: str) -> str:
    """``ibisCardSetPin`` -> ``IBIS_CARD_SET_PIN``: the operation's constant in operations.py."""
    return _snake(operation_id).upper()


def _loader(cls: str) -> str:
    return f"_load_{_snake(cls)}"


def _operation(
    method: str,
    path: str,
    op: dict[str, Any],
    document: dict[str, Any],
    models: Models,
    body_params: dict[str, list[str]],
) -> dict[str, Any]:
    schemas = document["components"]["schemas"]
    spec_checks.check_operation(op, document)
    body_type = content_type = params_type = None
    body_classes: list[str] = []
    idempotency_field = None
    if "requestBody" in op:
        content_type, media = next(iter(op["requestBody"]["content"].items()))
        target = media["schema"]["$ref"]
        schema = schemas[target.rsplit("/", 1)[1]]
        branches = [b["$ref"] for b in schema.get("oneOf", []) if "$ref" in b]
        params_type = " | ".join(body_params[op["operationId"]])
        if branches:
            body_classes = [models.ref(b, document) for b in branches]
        else:
            body_classes = [models.ref(target, document)]
        body_type = " | ".join(body_classes)
        # A write whose body (every oneOf branch) has its idempotency field gets one generated;
        # in a read the reference selects what to read.
        field = op.get("x-connectfi-idempotency-field", "reference")
        shapes = [_resolve(b, schemas) for b in schema.get("oneOf", [])] or [schema]
        if op["x-connectfi-retry"] != "safe" and all(
            field in shape.get("properties", {}) for shape in shapes
        ):
            idempotency_field = field
    envelope_ref = op["responses"]["200"]["content"]["application/json"]["schema"]["$ref"]
    models.ref(envelope_ref, document)  # the envelope must have been generated
    data = schemas[envelope_ref.rsplit("/", 1)[1]].get("properties", {}).get("data", {})
    data_class, data_type, decoder = None, "Any", "JSON"
    if "$ref" in data:
        data_class = data_type = models.ref(data["$ref"], document)
        decoder = f"one({_loader(data_class)})"
    elif data.get("type") == "array" and "$ref" in data.get("items", {}):
        data_class = models.ref(data["items"]["$ref"], document)
        # builtins.list: a namespace with a `list` method would shadow the builtin in annotations.
        data_type, decoder = f"builtins.list[{data_class}]", f"many({_loader(data_class)})"
    elif data.get("type") == "array":
        data_type, decoder = "builtins.list[Any]", "JSON_LIST"
    params = [p["name"] for p in op.get("parameters", []) if p.get("in") == "path"]
    path_rules = [
        spec_checks.path_rule(op["operationId"], p, schemas)
        for p in op.get("parameters", [])
        if p.get("in") == "path"
    ]
    lookup_repr = _lookup_repr(op, document)
    done = op.get("x-connectfi-already-done")
    done_repr = "None"
    if done:
        done_repr = (
            f"AlreadyDone(errors=frozenset({sorted(done['errors'])!r}),"
            f" operation={_const(done['operationId'])},"
            f" fields={tuple(done.get('fields', {}).items())!r})"
        )
    pagination = op.get("x-connectfi-pagination")
    pagination_repr, item_type = "None", None
    if pagination:
        items_field = pagination.get("items")
        if items_field:
            data_schema = _resolve(data, schemas)
            items = data_schema["properties"][items_field].get("items", {})
            item_type = models.ref(items["$ref"], document) if "$ref" in items else "Any"
            attr = _snake(items_field)
        else:
            item_type = data_type[14:-1] if data_type.startswith("builtins.list[") else "Any"
            attr = None
        pagination_repr = f"Pagination(more_flag={bool(pagination.get('more'))!r}, items={attr!r})"
    dotted = op["x-connectfi-method"]
    types_used = {*body_classes, *([data_class] if data_class else [])}
    if item_type and item_type != "Any":
        types_used.add(item_type)
    return {
        "operation_id": op["operationId"],
        "const": _const(op["operationId"]),
        "method": method.upper(),
        "path": path,
        "path_params": [{"name": p, "python": _snake(p)} for p in params],
        "path_params_tuple": repr(tuple(params)),
        "path_rules": "("
        + "".join(
            f"PathRule(pattern={p!r}, min_length={lo!r}, max_length={hi!r}), "
            for p, lo, hi in path_rules
        )
        + ")",
        "content_type": content_type,
        "has_body": bool(body_classes),
        "body_type": body_type,
        "params_type": params_type,
        "body_optional": False,
        "data_class": data_class,
        "data_type": data_type,
        "decoder": decoder,
        "retry": op["x-connectfi-retry"],
        "retry_note": _retry_note(op, idempotency_field),
        "lookup": lookup_repr,
        "depends_on": [
            x["operationId"]
            for x in (op.get("x-connectfi-lookup") or None, done or None)
            if isinstance(x, dict)
        ]
        + [h for h in [_history_operation(op.get("x-connectfi-lookup") or {})] if h],
        "has_reference": idempotency_field is not None,
        "idempotency_field": idempotency_field,
        "already_done": done_repr,
        "new_password_field": op.get("x-connectfi-new-password"),
        "pagination": pagination_repr,
        "item_type": item_type,
        "types_used": types_used,
        "params_used": set(params_type.split(" | ")) if params_type else set(),
        "summary": str(op.get("summary") or op["operationId"]).rstrip("."),
        "dotted": dotted,
        "namespace": dotted.rpartition(".")[0],
        "name": dotted.rpartition(".")[2],
    }


def _retry_note(op: dict[str, Any], idempotency_field: str | None) -> str:
    retry = op["x-connectfi-retry"]
    if retry != "reference":
        return RETRY_NOTES[retry]
    note = RETRY_NOTES["reference"].replace("`reference`", f"`{idempotency_field}`")
    if op.get("x-connectfi-lookup") is False:
        note += (
            " No documented lookup: when an earlier attempt succeeded, ReferenceExistsError"
            " names the entity (`entity_id`)."
        )
    return note


def _lookup_repr(op: dict[str, Any], document: dict[str, Any]) -> str:
    lookup = op.get("x-connectfi-lookup")
    if not lookup:
        return "None"
    schemas = document["components"]["schemas"]
    field = lookup.get("field")
    is_array = False
    if field is not None:
        target_schema = _request_schema(_find(document, lookup["operationId"]), schemas)
        is_array = _field_is_array(target_schema, field, schemas)
    match = tuple(lookup.get("match", {}).items())
    expect = tuple(lookup.get("expect", {}).items())
    amount, reader = lookup.get("history-amount"), _history_operation(lookup)
    history = (
        "None"
        if amount is None or reader is None
        else f"HistoryAmount(operation={_const(reader)},"
        f" card={amount['card']!r}, amount={amount['amount']!r})"
    )
    return (
        f"Lookup(operation={_const(lookup['operationId'])},"
        f" key={lookup.get('key', 'reference')!r}, field={field!r}, is_array={is_array!r},"
        f" field_map={tuple(lookup.get('map', {}).items())!r}, match={match!r},"
        f" expect={expect!r}, failed_when={tuple(lookup.get('failed-when', {}).items())!r},"
        f" history={history})"
    )


HISTORY_OPERATION = "ibisInquiryTransactionHistory"


def _history_operation(lookup: dict[str, Any]) -> str | None:
    """The card-history read a lookup's ``history-amount`` check goes through, if it has one."""
    amount = lookup.get("history-amount")
    if not amount:
        return None
    return str(amount.get("operationId", HISTORY_OPERATION))


def _find(document: dict[str, Any], operation_id: str) -> dict[str, Any]:
    for item in document["paths"].values():
        for op in item.values():
            if op["operationId"] == operation_id:
                return op  # type: ignore[no-any-return]
    raise SystemExit(f"x-connectfi-lookup names an unknown operation {operation_id!r}")


def _request_schema(op: dict[str, Any], schemas: dict[str, Any]) -> dict[str, Any]:
    ref = op["requestBody"]["content"]["application/json"]["schema"]["$ref"]
    return schemas[ref.rsplit("/", 1)[1]]  # type: ignore[no-any-return]


def _resolve(schema: dict[str, Any], schemas: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        schema = schemas[schema["$ref"].rsplit("/", 1)[1]]
    return schema


def _field_is_array(schema: dict[str, Any], field: str, schemas: dict[str, Any]) -> bool:
    for candidate in [schema, *[_resolve(b, schemas) for b in schema.get("oneOf", [])]]:
        prop = candidate.get("properties", {}).get(field)
        if prop is not None:
            return _resolve(prop, schemas).get("type") == "array"
    raise SystemExit(f"lookup field {field!r} is not a property of the lookup's request")


def render(document: dict[str, Any], models_init: Path) -> dict[str, str]:
    """The sources of ``operations.py`` (the typed operation table, a leaf), ``sdk.py`` (the root
    namespace) and one ``sdk_<group>.py`` a group.

    Each top-level group (``ibis``, ``transfer_to``, ...) is its own module, imported on first
    use, so ``import connectfi_async`` stays cheap. Namespaces import the operation constants
    and the models they use, and nothing above them.
    """
    document = normalize(document)
    models = Models(models_init)
    operations = describe_operations(document, models)
    return _render(document, models, operations)


def describe_operations(document: dict[str, Any], models: Models) -> list[dict[str, Any]]:
    """What the templates (and docs/api.md) know of each operation of the normalized spec."""
    body_params = params_module.body_params(document)
    operations: list[dict[str, Any]] = []
    for path, item in document["paths"].items():
        for method, op in item.items():
            if method not in _HTTP_METHODS:
                continue
            try:
                operations.append(_operation(method, path, op, document, models, body_params))
            except (KeyError, TypeError, AttributeError, IndexError, StopIteration) as exc:
                # A shape normalize() does not know yet: still one line, never a traceback.
                raise SystemExit(
                    f"operation {op.get('operationId')} ({method.upper()} {path}): unsupported"
                    f" spec shape ({type(exc).__name__}: {exc}); see README 'Spec conventions'"
                ) from None
    return operations


def _render(
    document: dict[str, Any], models: Models, operations: list[dict[str, Any]]
) -> dict[str, str]:
    names = {""} | {op["namespace"] for op in operations}
    for name in list(names):
        parts = name.split(".") if name else []
        names |= {".".join(parts[:i]) for i in range(len(parts))}
    tags = {t["name"]: t.get("description", "") for t in document.get("tags", [])}

    def module_of(name: str) -> str:
        return "sdk" if not name else "sdk_" + name.split(".")[0]

    namespaces: list[dict[str, Any]] = []
    for name in sorted(names, key=lambda n: (-n.count("."), n)):
        children = sorted(n for n in names if n and n.rpartition(".")[0] == name and n != name)
        namespaces.append(
            {
                "dotted": name or "ConnectFi",
                "module": module_of(name),
                "class_name": _pascal(name) if name else "RootApi",
                "summary": tags.get(name.split(".")[0], "connectFi API")
                if name
                else "all operations.",
                "children": [
                    {
                        "attr": c.rpartition(".")[2],
                        "class_name": _pascal(c),
                        "dotted": c,
                        "module": module_of(c) if module_of(c) != module_of(name) else None,
                    }
                    for c in children
                ],
                "methods": sorted(
                    (op for op in operations if op["namespace"] == name), key=lambda o: o["name"]
                ),
            }
        )
    env = jinja2.Environment(trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)
    env.filters["py"] = repr
    files = {"operations.py": _render_operations(env, operations, models)}
    template = env.from_string(TEMPLATE.read_text())
    for module in sorted({ns["module"] for ns in namespaces}):
        own = [ns for ns in namespaces if ns["module"] == module]
        methods = [op for ns in own for op in ns["methods"]]
        annotations = " ".join(
            f"{op['data_type']} {op['item_type'] or ''} {op['body_type'] or ''}" for op in methods
        )
        types = sorted(set().union(*(op["types_used"] for op in methods)))
        files[f"{module}.py"] = template.render(
            title="The ConnectFi root namespace" if module == "sdk" else "ConnectFi namespaces",
            namespaces=own,
            lazy_imports=sorted(
                {
                    (c["module"], c["class_name"])
                    for ns in own
                    for c in ns["children"]
                    if c["module"]
                }
            ),
            constants=sorted({op["const"] for op in methods}),
            type_imports=[models.import_line(cls) for cls in types],
            params_imports=sorted(set().union(*(op["params_used"] for op in methods))),
            uses_builtins="builtins." in annotations,
            uses_any=bool(re.search(r"\bAny\b", annotations)),
            uses_iterator=any(op["item_type"] for op in methods),
            uses_children=any(ns["children"] for ns in own),
        )
    return files


OPERATIONS_TEMPLATE = TEMPLATE.with_name("operations.py.jinja")


def _render_operations(
    env: jinja2.Environment, operations: list[dict[str, Any]], models: Models
) -> str:
    """``operations.py``: one ``Operation[T]`` constant an operation, lookup targets first."""
    by_id = {op["operation_id"]: op for op in operations}
    ordered = sorted(operations, key=lambda o: (bool(o["depends_on"]), o["operation_id"]))
    for op in ordered:
        for target in op["depends_on"]:
            if by_id[target]["depends_on"]:
                raise SystemExit(
                    f"operation {op['operation_id']}: its lookup {target} has a lookup itself"
                )
    data_classes = sorted({op["data_class"] for op in operations if op["data_class"]})
    used = " ".join(
        f"{op['decoder']} {op['lookup']} {op['already_done']} {op['pagination']} {op['path_rules']}"
        for op in operations
    )
    optional = (
        "AlreadyDone",
        "HistoryAmount",
        "JSON",
        "JSON_LIST",
        "Lookup",
        "Pagination",
        "PathRule",
        "many",
        "one",
    )
    return env.from_string(OPERATIONS_TEMPLATE.read_text()).render(
        operations=ordered,
        table=sorted(operations, key=lambda o: o["operation_id"]),
        loaders=[
            {"name": _loader(cls), "cls": cls, "module": models.module[cls]} for cls in data_classes
        ],
        uses_builtins=any(op["data_type"].startswith("builtins.") for op in operations),
        contract=["Operation", *(n for n in optional if re.search(rf"\b{n}\b", used))],
    )


# -- spec-author support: inline schemas and default extensions -----------------------------

RETRY_CLASSES = tuple(RETRY_NOTES)
_SAFE_HTTP_METHODS = {"get", "head", "options", "put", "delete"}
_HTTP_METHODS = {"get", "put", "post", "delete", "options", "head", "patch", "trace"}
_DOTTED = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$")


def default_method(path: str) -> str:
    """The documented default ``x-connectfi-method``: the path's literal segments, snake_cased.

    ``/ibis/card/set-pin`` → ``ibis.card.set_pin``; ``/check/get/{checkId}`` → ``check.get``.
    """
    parts = [p for p in path.strip("/").split("/") if p and not p.startswith("{")]
    names = [re.sub(r"[^0-9a-z]+", "_", _snake(p)).strip("_") for p in parts]
    return ".".join(f"n{n}" if n[:1].isdigit() else n for n in names if n)


def default_retry(http_method: str, body: dict[str, Any] | None, schemas: dict[str, Any]) -> str:
    """The documented default ``x-connectfi-retry``.

    ``safe`` for GET/HEAD/OPTIONS/PUT/DELETE (idempotent by HTTP); otherwise ``reference`` when
    the body has a ``reference`` property (itself, or every one of its ``oneOf`` branches: a
    ``oneOf`` where only some branches have one selects by reference rather than creates), else
    ``never``, which is always safe for money: such a call is simply not re-sent.
    """
    if http_method in _SAFE_HTTP_METHODS:
        return "safe"
    if body is not None:
        schema = _resolve(body, schemas)
        branches = [_resolve(b, schemas) for b in schema.get("oneOf", [])]
        if "reference" in schema.get("properties", {}) or (
            branches and all("reference" in b.get("properties", {}) for b in branches)
        ):
            return "reference"
    return "never"


def _class_name(operation_id: str) -> str:
    words = re.split(r"[^0-9A-Za-z]+", operation_id)
    return "".join(w[:1].upper() + w[1:] for w in words if w)


def _hoist(
    schema: dict[str, Any], name: str, schemas: dict[str, Any], where: str, notes: list[str]
) -> dict[str, Any]:
    """Move an inline object schema into ``components/schemas`` as ``name``; return its $ref."""
    if name in schemas:
        raise SystemExit(
            f"{where}: the inline schema would be named {name!r}, which components/schemas already"
            f" has; move it to components/schemas under another name and use $ref"
        )
    schemas[name] = {"title": name, **schema} if "title" not in schema else schema
    notes.append(f"{where}: inline schema generated as {schemas[name]['title']}")
    return {"$ref": f"#/components/schemas/{name}"}


def _is_object(schema: dict[str, Any]) -> bool:
    return schema.get("type") == "object" or "properties" in schema


def _fail(where: str, what: str, example: str) -> NoReturn:
    raise SystemExit(f"{where}: {what}; for example `{example}`")


def normalize(document: dict[str, Any], notes: list[str] | None = None) -> dict[str, Any]:
    """The spec as the generator needs it, or ``SystemExit`` with one line naming the mistake.

    A copy of ``document`` where inline request and response schemas are moved to
    ``components/schemas`` under names taken from the operation (``<OperationId>Request``,
    ``<OperationId>Response``, its inline ``data`` as ``<OperationId>Data``) and missing
    ``x-connectfi-method`` / ``x-connectfi-retry`` get their documented defaults
    (:func:`default_method`, :func:`default_retry`). A spec that needs none of this is returned
    unchanged, so the output for it stays byte-identical. Each default applied and each schema
    moved is described by one line appended to ``notes``.
    """
    notes = [] if notes is None else notes
    document = copy.deepcopy(document)
    if not isinstance(document.get("paths"), dict):
        raise SystemExit("the spec has no `paths` mapping")
    components = document.setdefault("components", {})
    schemas = components.setdefault("schemas", {})
    seen: dict[str, str] = {}
    safe_reads: set[str] = set()
    for path, item in document["paths"].items():
        for http_method, op in item.items():
            if http_method not in _HTTP_METHODS:
                continue  # path-level `parameters`, `summary`, ...
            where = f"{http_method.upper()} {path}"
            if not isinstance(op.get("operationId"), str) or not op["operationId"]:
                example = default_method(path).replace(".", "_")
                _fail(where, "no operationId", f"operationId: {_camel(example)}")
            where = f"operation {op['operationId']} ({where})"
            name = _class_name(op["operationId"])
            body = _normalize_body(op, name, schemas, where, notes)
            _normalize_response(op, name, schemas, where, notes)
            if "x-connectfi-method" not in op:
                op["x-connectfi-method"] = default_method(path)
                notes.append(
                    f"{where}: no x-connectfi-method, using {op['x-connectfi-method']!r} (from the"
                    " path)"
                )
            dotted = op["x-connectfi-method"]
            if (
                not isinstance(dotted, str)
                or not _DOTTED.match(dotted)
                or any(keyword.iskeyword(part) for part in dotted.split("."))
            ):
                _fail(
                    where,
                    f"x-connectfi-method {dotted!r} is not a dotted lower-case Python name"
                    + (" (the default from the path)" if dotted == default_method(path) else ""),
                    "x-connectfi-method: ibis.card.set_pin",
                )
            if dotted in seen:
                _fail(
                    where,
                    f"x-connectfi-method {dotted!r} is already operation {seen[dotted]}'s",
                    f"x-connectfi-method: {dotted}_{http_method}",
                )
            seen[dotted] = op["operationId"]
            if http_method == "get":
                safe_reads.add(op["operationId"])
            if "x-connectfi-retry" not in op:
                op["x-connectfi-retry"] = default_retry(http_method, body, schemas)
                why = {
                    "safe": f"{http_method.upper()} is idempotent",
                    "reference": "the body has `reference`; set `safe` if it selects, not creates",
                    "never": "not re-sent once it may have reached the server",
                }[op["x-connectfi-retry"]]
                notes.append(
                    f"{where}: no x-connectfi-retry, using {op['x-connectfi-retry']!r} ({why})"
                )
            retry = op["x-connectfi-retry"]
            if retry not in RETRY_CLASSES:
                _fail(
                    where,
                    f"x-connectfi-retry {retry!r} is not one of {', '.join(RETRY_CLASSES)}",
                    f"x-connectfi-retry: {default_retry(http_method, body, schemas)}",
                )
    for dotted, operation_id in seen.items():
        inside = next((d for d in seen if d.startswith(dotted + ".")), None)
        if inside:
            verb = "get" if operation_id in safe_reads else "create"
            _fail(
                f"operation {operation_id}",
                f"x-connectfi-method {dotted!r} is also the namespace of {inside!r}",
                f"x-connectfi-method: {dotted}.{verb}",
            )
    return document


def _camel(snake: str) -> str:
    first, *rest = snake.split("_")
    return first + "".join(w.title() for w in rest)


def _normalize_body(
    op: dict[str, Any], name: str, schemas: dict[str, Any], where: str, notes: list[str]
) -> dict[str, Any] | None:
    if "requestBody" not in op:
        return None
    content = op["requestBody"].get("content") if isinstance(op["requestBody"], dict) else None
    if not isinstance(content, dict) or not content:
        _fail(where, "requestBody has no content", "content: {application/json: {schema: ...}}")
    media = next(iter(content.values()))
    if not isinstance(media, dict) or not isinstance(media.get("schema"), dict):
        _fail(where, "the request body has no schema", "schema: {$ref: '#/components/schemas/X'}")
    if "$ref" not in media["schema"]:
        if not _is_object(media["schema"]) and "oneOf" not in media["schema"]:
            _fail(where, "the request body must be an object", "schema: {type: object, ...}")
        media["schema"] = _hoist(media["schema"], f"{name}Request", schemas, where, notes)
    schema = _resolve(media["schema"], schemas)
    for i, branch in enumerate(schema.get("oneOf", []), start=1):
        if "$ref" not in branch and _is_object(branch):
            schema["oneOf"][i - 1] = _hoist(branch, f"{name}Request{i}", schemas, where, notes)
    return media["schema"]  # type: ignore[no-any-return]


def _normalize_response(
    op: dict[str, Any], name: str, schemas: dict[str, Any], where: str, notes: list[str]
) -> None:
    example = "responses: {'200': {content: {application/json: {schema: {$ref: ...}}}}}"
    response = op.get("responses", {}).get("200") if isinstance(op.get("responses"), dict) else None
    if not isinstance(response, dict) or "$ref" in response:
        _fail(where, "no inline 200 response (the SDK reads its schema)", example)
    media = response.get("content", {}).get("application/json")
    if not isinstance(media, dict) or not isinstance(media.get("schema"), dict):
        _fail(where, "the 200 response has no application/json schema", example)
    if "$ref" in media["schema"]:
        return
    envelope = media["schema"]
    if not _is_object(envelope):
        _fail(where, "the 200 response schema must be an object", "{code: ..., data: ...}")
    data = envelope.get("properties", {}).get("data")
    if isinstance(data, dict) and "$ref" not in data:
        if _is_object(data) and data.get("properties"):
            envelope["properties"]["data"] = _hoist(data, f"{name}Data", schemas, where, notes)
        elif data.get("type") == "array" and _is_object(data.get("items", {})):
            data["items"] = _hoist(data["items"], f"{name}Item", schemas, where, notes)
    media["schema"] = _hoist(envelope, f"{name}Response", schemas, where, notes)
