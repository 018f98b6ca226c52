"""The generated package: imports, one async function per operation, lossless models."""

from __future__ import annotations

import importlib
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from client_support import card_answer
from spec_support import SEEDS, load_jsonc, operation, seed_examples

from connectfi_async._generated import models
from connectfi_async._generated.types import json_dumps, json_loads, to_decimal


def snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def model_for(schema: dict[str, Any]) -> Any:
    return getattr(models, schema["$ref"].rsplit("/", 1)[1])


def test_the_standalone_generated_client_is_not_shipped() -> None:
    # The typed namespaces (sdk.py) are the endpoint functions; one path to the wire, not two.
    package = Path(models.__file__).parent.parent
    for name in ("api", "client.py", "errors.py"):
        assert not (package / name).exists(), name
    with pytest.raises(ImportError):
        importlib.import_module("connectfi_async._generated.client")


def test_generated_types_use_the_hand_written_codec() -> None:
    from connectfi_async import _json

    assert json_dumps is _json.json_dumps
    assert json_loads is _json.json_loads
    assert to_decimal is _json.to_decimal


def floats_in(value: Any) -> list[Any]:
    if isinstance(value, float):
        return [value]
    if isinstance(value, dict):
        return [f for v in value.values() for f in floats_in(v)]
    if isinstance(value, list):
        return [f for v in value for f in floats_in(v)]
    return []


SUCCESSES = [e for e in seed_examples() if e["kind"] == "success"]


@pytest.mark.parametrize("entry", SUCCESSES, ids=[e["file"] for e in SUCCESSES])
def test_seed_success_example_round_trips(entry: dict[str, Any]) -> None:
    op = operation(entry["operationId"])
    model = model_for(op["responses"]["200"]["content"]["application/json"]["schema"])
    document = load_jsonc(SEEDS / entry["file"])
    parsed = model.from_dict(json_loads(json_dumps(document)))
    again = parsed.to_dict()
    assert floats_in(again) == []
    assert json_loads(json_dumps(again)) == document


def test_money_fields_are_decimal() -> None:
    body = (
        b'{"code":"0","data":{"cFiFundsId":"ifnd_1","reference":"r1","type":"credit",'
        b'"cFiStatus":"Complete","balance":21.10,"fee":0,'
        b'"ledgerBalance":12345678901234567.89},"requestId":"r"}'
    )
    parsed = models.IbisFundsTransferResponse.from_dict(json_loads(body))
    data = parsed.data
    assert isinstance(data, models.IbisFundsTransfer)
    assert data.balance == Decimal("21.10")
    assert str(data.balance) == "21.10"
    assert isinstance(data.fee, Decimal)
    assert data.ledger_balance == Decimal("12345678901234567.89")
    assert b"21.10" in json_dumps(parsed.to_dict())
    assert json_loads(json_dumps(parsed.to_dict())) == json_loads(body)


def test_unknown_response_fields_are_kept() -> None:
    body = {"code": "0", "data": {**card_answer("icrd_1"), "newField": {"x": 1}}, "later": True}
    parsed = models.IbisCardResponse.from_dict(body)
    assert isinstance(parsed.data, models.IbisCard)
    assert parsed.data.additional_properties == {"newField": {"x": 1}}
    assert parsed.to_dict() == body


def test_request_amounts_are_sent_exactly() -> None:
    body = models.IbisFinancialFundsCreditRequest(
        reference="r1", c_fi_card_id="icrd_1", amount=Decimal("21.10"), currency="USD"
    )
    assert json_dumps(body.to_dict()) == (
        b'{"reference":"r1","cFiCardId":"icrd_1","amount":21.10,"currency":"USD"}'
    )


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (Decimal("21.10"), b"21.10"),
        (Decimal("1E+2"), b"100"),
        (Decimal("-0.01"), b"-0.01"),
        (Decimal("98765432109876543210.12"), b"98765432109876543210.12"),
        (5, b"5"),
        ({"a": [None, True, 'é"\n']}, '{"a":[null,true,"é\\"\\n"]}'.encode()),
    ],
)
def test_json_dumps_is_exact(value: Any, text: bytes) -> None:
    assert json_dumps(value) == text


def test_json_dumps_refuses_non_finite_and_unknown() -> None:
    with pytest.raises(ValueError, match="not a JSON number"):
        json_dumps(Decimal("NaN"))
    with pytest.raises(TypeError):
        json_dumps(object())


def test_to_decimal() -> None:
    assert to_decimal(5) == Decimal(5)
    assert to_decimal("1.10") == Decimal("1.10")
    assert str(to_decimal(0.1)) == "0.1"
    with pytest.raises(TypeError):
        to_decimal(True)
