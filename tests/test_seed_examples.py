"""The 118 JSON examples of the /ibis seed documents against the document's schemas."""

from __future__ import annotations

from typing import Any

import pytest
from spec_support import SEEDS, load_jsonc, operation, schema_of, seed_examples, validator_for

REFERENCE_PATTERN = "^[0-9a-zA-Z]+$"

# The seed's own "not considered duplicates" illustrations use references with underscores,
# which its documented reference pattern refuses.
BAD_REFERENCE = {
    "ibis/001_ibisAccountAdd_request.jsonc": "EXT_REFERENCE_ID1",
    "ibis/002_ibisAccountAdd_request.jsonc": "EXT_REFERENCE_ID2",
    "ibis/010_ibisDebitCardAdd_request.jsonc": "EXT_REFERENCE_ID1",
    "ibis/011_ibisDebitCardAdd_request.jsonc": "EXT_REFERENCE_ID2",
    "ibis/026_ibisCreditCardAdd_request.jsonc": "EXT_REFERENCE_ID1",
    "ibis/027_ibisCreditCardAdd_request.jsonc": "EXT_REFERENCE_ID2",
    "ibis/075_ibisFinancialCardToCard_request.jsonc": "EXT_REFERENCE_ID1",
    "ibis/076_ibisFinancialCardToCard_request.jsonc": "EXT_REFERENCE_ID2",
    "ibis/082_ibisFinancialFundsCredit_request.jsonc": "EXT_REFERENCE_ID1",
    "ibis/083_ibisFinancialFundsCredit_request.jsonc": "EXT_REFERENCE_ID2",
    "ibis/089_ibisFinancialFundsDebit_request.jsonc": "EXT_REFERENCE_ID1",
    "ibis/090_ibisFinancialFundsDebit_request.jsonc": "EXT_REFERENCE_ID2",
    "ibis/109_ibisFinancialFundsCredit_request.jsonc": "EXT_REFERENCE_ID1",
    "ibis/110_ibisFinancialFundsCredit_request.jsonc": "EXT_REFERENCE_ID2",
}
# The one-field reissue body lacks what the reissue table requires.
MISSING_REQUIRED = {
    "ibis/066_ibisCardReissue_request.jsonc": {"reference", "reissueType", "reasonCode"},
}

EXAMPLES = seed_examples()
VALID = [
    e for e in EXAMPLES if e["file"] not in BAD_REFERENCE and e["file"] not in MISSING_REQUIRED
]


def errors_for(entry: dict[str, Any]) -> list[Any]:
    schema = schema_of(operation(entry["operationId"]), entry["kind"])
    return list(validator_for(schema).iter_errors(load_jsonc(SEEDS / entry["file"])))


def test_the_seeds_hold_118_examples() -> None:
    kinds = [e["kind"] for e in EXAMPLES]
    assert len(EXAMPLES) == 118
    assert (kinds.count("request"), kinds.count("success"), kinds.count("error")) == (51, 22, 45)
    assert len(VALID) == 103
    assert len(BAD_REFERENCE) + len(MISSING_REQUIRED) == 15


def test_the_examples_are_verbatim_documentation_json() -> None:
    """Kept as printed, comments and trailing commas included, and parseable."""
    texts = [(SEEDS / e["file"]).read_text() for e in EXAMPLES]
    assert sum("//" in t for t in texts) > 50
    for entry in EXAMPLES:
        assert isinstance(load_jsonc(SEEDS / entry["file"]), dict)


@pytest.mark.parametrize("entry", VALID, ids=[e["file"] for e in VALID])
def test_documented_example_validates(entry: dict[str, Any]) -> None:
    assert [e.message for e in errors_for(entry)] == []


@pytest.mark.parametrize("path", sorted(BAD_REFERENCE))
def test_duplicate_illustration_breaks_the_reference_pattern(path: str) -> None:
    entry = next(e for e in EXAMPLES if e["file"] == path)
    errors = errors_for(entry)
    assert len(errors) == 1
    (error,) = errors
    assert list(error.absolute_path) == ["reference"]
    assert error.validator == "pattern"
    assert error.validator_value == REFERENCE_PATTERN
    assert error.instance == BAD_REFERENCE[path]


@pytest.mark.parametrize("path", sorted(MISSING_REQUIRED))
def test_one_field_reissue_body_lacks_required_properties(path: str) -> None:
    entry = next(e for e in EXAMPLES if e["file"] == path)
    errors = errors_for(entry)
    assert {e.validator for e in errors} == {"required"}
    missing = {e.message.split("'")[1] for e in errors}
    assert missing == MISSING_REQUIRED[path]
