"""``to_jsonable``: SDK models as JSON data, money as exact decimal strings, never floats."""

from __future__ import annotations

import datetime
import json
from decimal import Decimal
from typing import Any

import pytest

from connectfi_async import ApiResponse, to_jsonable
from connectfi_async._json import json_loads
from connectfi_async.models import IbisCard, IbisFundsTransfer

TRANSFER = (
    b'{"reference": "R1", "cFiFundsId": "ifnd_1", "type": "credit", "cFiStatus": "Complete",'
    b' "fee": 0, "balance": 12.50, "ledgerBalance": 1E+2, "extra": {"amounts": [0.10, 3]}}'
)


def transfer() -> IbisFundsTransfer:
    return IbisFundsTransfer.from_dict(json_loads(TRANSFER))


def test_a_model_becomes_its_api_form_with_exact_money_strings() -> None:
    model = transfer()
    assert model.balance == Decimal("12.50")
    data = to_jsonable(model)
    assert data == {
        "reference": "R1",
        "cFiFundsId": "ifnd_1",
        "type": "credit",
        "cFiStatus": "Complete",
        "fee": "0",
        "balance": "12.50",
        "ledgerBalance": "100",  # no exponent
        "extra": {"amounts": ["0.10", 3]},  # unknown fields too (JSON integers stay int)
    }
    assert json.dumps(data)  # plain JSON data: the standard encoder takes it


def test_lists_dicts_responses_and_dates_holding_models_are_converted() -> None:
    model = transfer()
    answer = ApiResponse([model], 200, {}, "req1")
    data = to_jsonable(
        {"one": model, "many": (model, model), "answer": answer, "day": datetime.date(2024, 5, 1)}
    )
    converted = to_jsonable(model)
    assert data == {
        "one": converted,
        "many": [converted, converted],
        "answer": [converted],
        "day": "2024-05-01",
    }
    assert to_jsonable([Decimal("-0.05"), None, True, 3, "x"]) == ["-0.05", None, True, 3, "x"]


def test_it_returns_what_the_model_holds_secrets_included() -> None:
    """Documented: to_jsonable is no redaction; mask before sending data to a browser."""
    card = IbisCard.from_dict(
        {
            "cFiCardId": "icrd_1",
            "reference": "R",
            "customerId": "cstap_1",
            "cFiStatus": "Active",
            "newCardNumber": {"number": "4111111111111111", "expiryDate": "032026"},
        }
    )
    assert "4111111111111111" not in repr(card)
    assert to_jsonable(card)["newCardNumber"]["number"] == "4111111111111111"


@pytest.mark.parametrize("value", [object(), {1, 2}, b"bytes"])
def test_anything_else_is_refused_by_name(value: Any) -> None:
    with pytest.raises(TypeError, match=f"cannot convert {type(value).__name__}"):
        to_jsonable(value)
