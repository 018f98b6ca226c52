"""The typed surface, checked against the spec for every model and every operation.

Public names only (``connectfi_async.models``, ``connectfi_async.params``); absent fields read
``None`` (no sentinel); required fields are required; every money value is a ``Decimal``; every
method's body is typed by the operation's own ``TypedDict``. The flows at the end run over real
HTTP against the sandbox on both backends.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import AsyncIterator
from decimal import Decimal
from functools import cached_property
from typing import Any

import attrs
import pytest
from client_support import E2E_BACKENDS

import connectfi_async
from connectfi_async import ConnectFi, models, params
from connectfi_async._generated import models as generated_models
from connectfi_async._generated.operations import OPERATIONS
from connectfi_async._operations import Namespace
from connectfi_async._spec import document
from connectfi_async.testing import SandboxServer

SCHEMAS: dict[str, Any] = document()["components"]["schemas"]


def _by_class_name() -> dict[str, dict[str, Any]]:
    """Generated class name -> schema, inline ones included (titled, or Parent + Property)."""
    found: dict[str, dict[str, Any]] = {}

    def walk(node: Any, name: str) -> None:
        if isinstance(node, list):
            for item in node:
                walk(item, name)
            return
        if not isinstance(node, dict) or "$ref" in node:
            return
        name = str(node.get("title", name))
        found.setdefault(name, node)
        if "properties" in node:
            for key, prop in node["properties"].items():
                walk(prop, name + key[:1].upper() + key[1:])
        for key in ("oneOf", "anyOf", "allOf", "items"):
            if key in node:
                walk(node[key], name)

    for key, schema in SCHEMAS.items():
        walk(schema, key)
    return found


BY_TITLE = _by_class_name()
MODEL_CLASSES = [
    getattr(models, name) for name in models.__all__ if attrs.has(getattr(models, name))
]
SAMPLE = Decimal("12.34")


def resolve(schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        schema = SCHEMAS[schema["$ref"].rsplit("/", 1)[1]]
    return schema


def is_money(prop: dict[str, Any]) -> bool:
    target = resolve(prop)
    kinds = target.get("type")
    kinds = kinds if isinstance(kinds, list) else [kinds]
    return "number" in kinds or ("string" in kinds and target.get("format") == "decimal")


def minimal(schema: dict[str, Any]) -> dict[str, Any]:
    """The smallest JSON object the schema accepts as an answer: its required fields."""
    out: dict[str, Any] = {}
    for name in schema.get("required", []):
        out[name] = sample(schema.get("properties", {}).get(name, {}))
    return out


def sample(prop: dict[str, Any]) -> Any:
    target = resolve(prop)
    if "enum" in target:
        return next(v for v in target["enum"] if v is not None)
    if "const" in target:
        return target["const"]
    for key in ("oneOf", "anyOf"):
        if key in target:
            return sample(target[key][0])
    kinds = target.get("type")
    kind = next((k for k in kinds if k != "null"), None) if isinstance(kinds, list) else kinds
    if kind == "number":
        return SAMPLE
    if target.get("format") == "decimal":
        return str(SAMPLE)
    if target.get("format") == "binary":
        return b"x"
    if target.get("format") in ("date", "date-time"):
        return "2024-05-02" if target["format"] == "date" else "2024-05-02T09:21:00Z"
    if kind == "object" or "properties" in target:
        return minimal(target)
    return {"array": [], "boolean": True, "integer": 1}.get(str(kind), "x")


def schema_of(cls: type) -> dict[str, Any]:
    return BY_TITLE[cls.__name__]


def test_models_module_exports_every_generated_model() -> None:
    assert sorted(models.__all__) == sorted(generated_models.__all__)
    for name in models.__all__:
        assert getattr(models, name) is getattr(generated_models, name)


@pytest.mark.parametrize("cls", MODEL_CLASSES, ids=lambda c: c.__name__)
def test_absent_fields_read_none_and_no_sentinel_leaks(cls: Any) -> None:
    schema = schema_of(cls)
    instance = cls.from_dict(minimal(schema))
    required = set(schema.get("required", []))
    for field in attrs.fields(cls):
        if field.name == "additional_properties":
            continue
        value = getattr(instance, field.name)
        if field.default is attrs.NOTHING:
            assert value is not None or field.name in required
        else:
            assert value is None, f"{cls.__name__}.{field.name} reads {value!r} when absent"
    text = repr(instance)
    assert "UNSET" not in text
    assert "Unset" not in text
    assert not hasattr(connectfi_async._generated.types, "Unset")
    # Absent fields are not sent back either: to_dict() is the minimal answer again.
    assert set(instance.to_dict()) == set(minimal(schema))


@pytest.mark.parametrize("cls", MODEL_CLASSES, ids=lambda c: c.__name__)
def test_required_fields_are_not_optional(cls: Any) -> None:
    schema = schema_of(cls)
    required = schema.get("required", [])
    annotations = {f.name: f for f in attrs.fields(cls)}
    mandatory = [f.name for f in annotations.values() if f.default is attrs.NOTHING]
    assert len(mandatory) == len(required)
    for name in mandatory:
        annotation = str(annotations[name].type)
        nullable = "None" in annotation
        json_name = next(r for r in required if _py(r) == name.removesuffix("_"))
        prop = resolve(schema["properties"][json_name])
        declared_null = prop.get("nullable") or "null" in (prop.get("type") or [])
        assert not nullable or declared_null, f"{cls.__name__}.{name}: {annotation}"
    if required:
        broken = minimal(schema)
        del broken[required[0]]
        with pytest.raises(KeyError):
            cls.from_dict(broken)


def _py(name: str) -> str:
    """The attribute name openapi-python-client gives a JSON property."""
    name = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", name)
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name).lower()


MONEY = [
    (cls, prop_name)
    for cls in MODEL_CLASSES
    for prop_name, prop in schema_of(cls).get("properties", {}).items()
    if is_money(prop)
]


def test_every_money_field_of_the_docs_is_covered() -> None:
    covered = {(cls.__name__, name) for cls, name in MONEY}
    for pair in [
        ("IbisTransaction", "amount"),
        ("IbisTransaction", "availableBalance"),
        ("IbisTransaction", "remainingBalance"),
        ("IbisFundsTransfer", "fromCardBalance"),
        ("IbisFundsTransfer", "toCardBalance"),
        ("IbisFundsTransfer", "amount"),
        ("IbisCard", "balance"),
    ]:
        assert pair in covered


@pytest.mark.parametrize(("cls", "prop_name"), MONEY, ids=[f"{c.__name__}.{p}" for c, p in MONEY])
def test_every_money_field_is_a_decimal(cls: Any, prop_name: str) -> None:
    schema = schema_of(cls)
    prop = schema["properties"][prop_name]
    answer = {**minimal(schema), prop_name: sample(prop)}
    instance = cls.from_dict(answer)
    holding = [f for f in attrs.fields(cls) if f.name.removesuffix("_") == _py(prop_name)]
    assert len(holding) == 1, f"no attribute for {prop_name}"
    value = getattr(instance, holding[0].name)
    assert isinstance(value, Decimal)
    assert value == SAMPLE
    assert "Decimal" in str(holding[0].type)
    assert "str" not in str(holding[0].type)
    assert "float" not in str(holding[0].type)


BODIES = sorted(op for op, spec in OPERATIONS.items() if spec.content_type)


def _const(operation_id: str) -> str:
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", operation_id).upper()


def _body_models(operation_id: str) -> list[str]:
    """The class names of an operation's body (one per ``oneOf`` branch), from the spec."""
    from spec_support import operation as spec_operation

    media = next(iter(spec_operation(operation_id)["requestBody"]["content"].values()))
    schema = SCHEMAS[media["schema"]["$ref"].rsplit("/", 1)[1]]
    refs = [b["$ref"] for b in schema.get("oneOf", [])] or [media["schema"]["$ref"]]
    return [str(SCHEMAS[r.rsplit("/", 1)[1]].get("title", r.rsplit("/", 1)[1])) for r in refs]


def _method(root: Any, operation_id: str) -> Any:
    for name in dir(type(root)):
        if name.startswith("_") or name in ("with_options", "with_raw_response"):
            continue
        attr = getattr(type(root), name)
        if isinstance(attr, (property, cached_property)) and isinstance(
            getattr(root, name), Namespace
        ):
            found = _method(getattr(root, name), operation_id)
            if found is not None:
                return found
    for _name, fn in inspect.getmembers(type(root), inspect.iscoroutinefunction):
        if re.search(rf"\b{_const(operation_id)}\b", inspect.getsource(fn)):
            return fn
    return None


@pytest.fixture(scope="module")
def root() -> ConnectFi:
    return ConnectFi("http://127.0.0.1:9", "login", "password")


@pytest.mark.parametrize("operation_id", BODIES)
def test_every_body_is_typed_by_its_own_params(root: ConnectFi, operation_id: str) -> None:
    method = _method(root, operation_id)
    assert method is not None
    annotation = str(inspect.signature(method).parameters["body"].annotation)
    assert "Mapping" not in annotation
    assert "Any" not in annotation
    spec = OPERATIONS[operation_id]
    for model in _body_models(operation_id):
        typed = model.removesuffix("Request") + "Params"
        assert model in annotation
        assert typed in annotation
        typed_dict = getattr(params, typed)
        schema = BY_TITLE[model]
        assert set(typed_dict.__annotations__) == set(schema.get("properties", {}))
        required = set(schema.get("required", []))
        if spec.idempotency_field:
            required.discard(spec.idempotency_field)
        assert typed_dict.__required_keys__ == required


def test_money_in_params_is_decimal_int_or_str() -> None:
    amount = params.IbisFinancialFundsCreditParams.__annotations__["amount"]
    # typing.Required on 3.11+, typing_extensions.Required on 3.10
    assert str(amount).endswith(".Required[decimal.Decimal | int | str]")


# -- over real HTTP --------------------------------------------------------------------------


@pytest.fixture(params=E2E_BACKENDS)
async def cf(
    request: pytest.FixtureRequest, connectfi_sandbox: SandboxServer
) -> AsyncIterator[ConnectFi]:
    async with connectfi_sandbox.client(backend=request.param) as client:
        yield client


async def _funded_cards(cf: ConnectFi) -> tuple[str, str]:
    customer = await cf.customer.init(
        {"customerType": "individual", "customer": {"firstName": "Jo", "lastName": "Doe"}}
    )
    await cf.akepa.identification({"customerId": customer.customer_id})
    ids = []
    for _ in range(2):
        body: params.IbisDebitCardAddParams = {
            "customerId": customer.customer_id,
            "cardProgramId": "d_gpr_test",
            "profile": {"occupation": "Student", "nameOnCard": "JO DOE"},
        }
        card = await cf.ibis.debit_card.add(body)
        await cf.ibis.card.activate({"cFiCardId": card.c_fi_card_id})
        ids.append(card.c_fi_card_id)
    return ids[0], ids[1]


async def test_transfers_and_history_read_as_decimals(cf: ConnectFi) -> None:
    source, target = await _funded_cards(cf)
    credits: list[params.IbisFinancialFundsCreditParams] = [
        {"cFiCardId": source, "amount": Decimal("40.10"), "currency": "USD"},
        {"cFiCardId": source, "amount": 5, "currency": "USD"},
        {"cFiCardId": source, "amount": "0.40", "currency": "USD"},
    ]
    for body in credits:
        credit = await cf.ibis.financial.funds_credit(body)
        # No documented funds answer carries the amount: declared, and None when absent.
        assert credit.amount is None
        assert credit.currency is None
        assert isinstance(credit.balance, Decimal)
    moved = await cf.ibis.financial.card_to_card(
        {"cardFromId": source, "cardToId": target, "amount": "10.50", "currency": "USD"}
    )
    assert moved.from_card_balance == Decimal("35.00")
    assert moved.to_card_balance == Decimal("10.50")
    history = await cf.ibis.inquiry.transaction_history(
        {"cFiCardId": source, "dateFrom": "2000-01-01", "dateTo": "2100-01-01"}
    )
    amounts = [tx.amount for tx in history.transactions]
    assert all(isinstance(a, Decimal) for a in amounts)
    assert sorted(amounts) == sorted(
        [Decimal("40.10"), Decimal("5"), Decimal("0.40"), Decimal("-10.50")]
    )
    for tx in history.transactions:
        assert tx.available_balance is None or isinstance(tx.available_balance, Decimal)
        assert tx.trans_id
    assert "UNSET" not in repr(history)
