"""The generator refuses spec promises the client cannot keep, in one line naming the operation."""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import spec_checks
import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "connectfi.yaml"
Document = dict[str, Any]


@pytest.fixture(scope="module")
def spec() -> Document:
    document: Document = yaml.safe_load(SPEC.read_text())
    return document


def op(document: Document, operation_id: str) -> dict[str, Any]:
    for _, _, operation in spec_checks.operations(document):
        if operation["operationId"] == operation_id:
            return operation
    raise KeyError(operation_id)


def schema(document: Document, name: str) -> dict[str, Any]:
    found: dict[str, Any] = document["components"]["schemas"][name]
    return found


def _reference_without_field(d: Document) -> None:
    op(d, "transferToCardPush")["x-connectfi-idempotency-field"] = "externalId"


def _no_lookup(d: Document) -> None:
    del op(d, "ibisFinancialFundsCredit")["x-connectfi-lookup"]


def _other_model(d: Document) -> None:
    del op(d, "ibisAccountAdd")["x-connectfi-lookup"]["map"]


def _unknown_lookup(d: Document) -> None:
    op(d, "transferToWire")["x-connectfi-lookup"]["operationId"] = "transferToWireFind"


def _bad_match(d: Document) -> None:
    op(d, "ibisFinancialFundsCredit")["x-connectfi-lookup"]["match"] = {"amount": "paidAmount"}


def _retry_typo(d: Document) -> None:
    op(d, "ibisCardSetPin")["x-connectfi-retry"] = "idempotent"


def _lookup_on_never(d: Document) -> None:
    op(d, "ibisFinancialReversal")["x-connectfi-lookup"] = {"operationId": "ibisFinancialRetrieve"}


def _already_done_other_model(d: Document) -> None:
    op(d, "ibisCardActivate")["x-connectfi-already-done"]["operationId"] = "ibisFinancialRetrieve"


def _init_with_reference(d: Document) -> None:
    del op(d, "customerInit")["x-connectfi-idempotency-field"]


def _safe(operation: dict[str, Any]) -> None:
    operation["x-connectfi-retry"] = "safe"
    operation.pop("x-connectfi-lookup", None)


def _money_write_relabelled_safe(d: Document) -> None:
    _safe(op(d, "ibisFinancialFundsCredit"))


def _reversal_relabelled_safe(d: Document) -> None:
    _safe(op(d, "ibisFinancialReversal"))  # money, and no reference at all


def _card_add_relabelled_safe(d: Document) -> None:
    _safe(op(d, "ibisDebitCardAdd"))  # no money, but the reference it must hold


BROKEN: list[tuple[str, Callable[[Document], None], str, str]] = [
    (
        "reference retry without the field",
        _reference_without_field,
        "transferToCardPush",
        "'externalId'",
    ),
    ("customer.init keyed on reference", _init_with_reference, "customerInit", "'reference'"),
    (
        "exactly-once without a lookup",
        _no_lookup,
        "ibisFinancialFundsCredit",
        "declare x-connectfi-lookup",
    ),
    (
        "lookup of another model without a map",
        _other_model,
        "ibisAccountAdd",
        "declare x-connectfi-lookup map",
    ),
    ("unknown lookup operation", _unknown_lookup, "transferToWire", "unknown operation"),
    ("match on a field the entity lacks", _bad_match, "ibisFinancialFundsCredit", "'paidAmount'"),
    ("unknown retry class", _retry_typo, "ibisCardSetPin", "'idempotent'"),
    (
        "lookup on a never-retried write",
        _lookup_on_never,
        "ibisFinancialReversal",
        "need x-connectfi-retry: reference",
    ),
    (
        "a money write relabelled safe",
        _money_write_relabelled_safe,
        "ibisFinancialFundsCredit",
        "carries money (amount)",
    ),
    (
        "a reversal relabelled safe",
        _reversal_relabelled_safe,
        "ibisFinancialReversal",
        "carries money (amount)",
    ),
    (
        "a referenced write relabelled safe",
        _card_add_relabelled_safe,
        "ibisDebitCardAdd",
        "carries a required reference",
    ),
    (
        "already-done read of another model",
        _already_done_other_model,
        "ibisCardActivate",
        "another data model",
    ),
]


def test_the_committed_spec_keeps_every_promise(spec: Document) -> None:
    spec_checks.check(spec)


@pytest.mark.parametrize(
    ("case", "breaks", "operation_id", "says"), BROKEN, ids=[b[0] for b in BROKEN]
)
def test_a_broken_promise_fails_in_one_line_naming_the_operation(
    spec: Document, case: str, breaks: Callable[[Document], None], operation_id: str, says: str
) -> None:
    broken = copy.deepcopy(spec)
    breaks(broken)
    with pytest.raises(SystemExit) as refused:
        spec_checks.check(broken)
    message = str(refused.value.code)
    assert message.startswith(f"spec: {operation_id}: ")
    assert says in message
    assert "\n" not in message


def test_an_unmarked_secret_is_refused(spec: Document) -> None:
    broken = copy.deepcopy(spec)
    del schema(broken, "IbisPseudoDdaNumber")["properties"]["pseudoDdaNumber"][
        "x-connectfi-sensitive"
    ]
    with pytest.raises(SystemExit) as refused:
        spec_checks.check(broken)
    assert str(refused.value.code) == (
        "spec: IbisPseudoDdaNumber.pseudoDdaNumber: looks secret: mark it"
        " x-connectfi-sensitive: true (or false, saying why)"
    )


def test_masking_follows_the_sensitive_marks(spec: Document) -> None:
    names = spec_checks.sensitive_names(spec)
    for secret in ("pin", "password", "token", "pseudoDdaNumber", "encryptedData", "value"):
        assert secret in names
    assert "cFiCardId" not in names


@pytest.mark.parametrize(
    ("schema_name", "field"),
    [("IbisTransaction", "amount"), ("IbisFundsTransfer", "toCardBalance")],
)
def test_money_as_a_plain_string_is_refused(spec: Document, schema_name: str, field: str) -> None:
    broken = copy.deepcopy(spec)
    del schema(broken, schema_name)["properties"][field]["format"]
    with pytest.raises(SystemExit) as refused:
        spec_checks.check(broken)
    assert str(refused.value.code) == (
        f"spec: {schema_name}.{field}: money sent as a string needs `format: decimal`"
        " (read as a Decimal)"
    )
