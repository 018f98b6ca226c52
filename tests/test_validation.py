"""The compiled request validators: seeds, the API's own error answers, and jsonschema agreement."""

from __future__ import annotations

import ast
import json
import re
import sys
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator
from spec_support import (
    ROOT,
    SEEDS,
    load_jsonc,
    operation,
    operations,
    seed_examples,
    spec,
    validator_for,
)
from test_seed_examples import BAD_REFERENCE, MISSING_REQUIRED, REFERENCE_PATTERN

from connectfi_async._validation import RequestValidators, Violation, compile_schema

VALIDATORS = RequestValidators(spec())
# What the API's Ajv (allErrors: false) answers: the first failure, plus failed oneOf branches.
FIRST_ERROR = RequestValidators(spec(), all_errors=False)
EXAMPLES = seed_examples()
REQUESTS = [e for e in EXAMPLES if e["kind"] == "request"]
MODULE = ROOT / "src" / "connectfi_async" / "_validation.py"


def pairs(violations: list[Violation]) -> set[tuple[str, str]]:
    return {(v.field, v.keyword) for v in violations}


def request_schema(operation_id: str) -> dict[str, Any]:
    content = operation(operation_id).get("requestBody", {}).get("content", {})
    schema = content.get("application/json", {}).get("schema")
    return schema or {"type": ["object", "null"], "additionalProperties": False}


def reference_errors(operation_id: str, body: Any) -> set[tuple[tuple[Any, ...], str]]:
    """jsonschema's (instance path, keyword) pairs, with format assertion as Ajv does."""
    validator = validator_for(request_schema(operation_id)).evolve(
        format_checker=Draft202012Validator.FORMAT_CHECKER
    )
    return {(tuple(e.absolute_path), e.validator) for e in validator.iter_errors(body)}


def outer(violations: list[Violation]) -> set[tuple[tuple[Any, ...], str]]:
    """Ours without the failed branches of oneOf/anyOf, which jsonschema keeps in ``context``."""
    branch = re.compile(r"/(?:oneOf|anyOf)/\d+")
    return {(v.path, v.keyword) for v in violations if not branch.search(v.schema_path)}


# --- the seed examples --------------------------------------------------------------------


@pytest.mark.parametrize("entry", REQUESTS, ids=[e["file"] for e in REQUESTS])
def test_seed_request_example(entry: dict[str, Any]) -> None:
    body = load_jsonc(SEEDS / entry["file"])
    violations = VALIDATORS.validate(entry["operationId"], body)
    if entry["file"] in BAD_REFERENCE:
        (v,) = violations
        assert (v.field, v.keyword, v.params) == (
            "reference",
            "pattern",
            {"pattern": REFERENCE_PATTERN},
        )
        assert v.message == f'must match pattern "{REFERENCE_PATTERN}"'
        assert v.schema_path == "#/properties/reference/pattern"
    elif entry["file"] in MISSING_REQUIRED:
        assert {v.keyword for v in violations} == {"required"}
        assert {v.field for v in violations} == {"(body)"}
        missing = {v.params["missingProperty"] for v in violations}
        assert missing == MISSING_REQUIRED[entry["file"]]
    else:
        assert violations == []


def test_fifteen_seed_requests_are_refused() -> None:
    refused = [
        e for e in REQUESTS if VALIDATORS.validate(e["operationId"], load_jsonc(SEEDS / e["file"]))
    ]
    assert len(REQUESTS) == 51
    assert {e["file"] for e in refused} == set(BAD_REFERENCE) | set(MISSING_REQUIRED)


# The requests behind the documentation's requestValidateError answers.
ERROR_REQUESTS: dict[str, dict[str, Any]] = {
    "ibis/009_ibisAccountAdd_error.jsonc": {"reference": "ref1"},
    "ibis/041_ibisCardSetPin_error.jsonc": {"cFiCardId": "icrd_1", "pin": "12345"},
    "ibis/052_ibisCardCheckPin_error.jsonc": {"cFiCardId": "icrd_1", "pin": "12345"},
    "ibis/056_ibisCardStatus_error.jsonc": {"cFiCardId": "icrd_1", "reference": "ref1"},
    "ibis/059_ibisCardSetStatus_error.jsonc": {"cFiCardId": "icrd_1", "statusCode": "A"},
    "ibis/087_ibisFinancialFundsCredit_error.jsonc": {
        "reference": "ref1",
        "cFiCardId": "icrd_1",
        "amount": 0,
        "currency": "USD",
    },
    "ibis/103_ibisFinancialRetrieve_error.jsonc": {"cFiFundsId": "ifnd_1", "arn": "123"},
}
VALIDATE_ERRORS = [
    e
    for e in EXAMPLES
    if e["kind"] == "error" and load_jsonc(SEEDS / e["file"])["code"] == "requestValidateError"
]


def test_every_request_validate_error_seed_has_its_request() -> None:
    assert {e["file"] for e in VALIDATE_ERRORS} == set(ERROR_REQUESTS)


@pytest.mark.parametrize("entry", VALIDATE_ERRORS, ids=[e["file"] for e in VALIDATE_ERRORS])
def test_api_error_answer_is_reproduced(entry: dict[str, Any]) -> None:
    expected = load_jsonc(SEEDS / entry["file"])["context"]
    answer = [
        v.to_ajv()
        for v in FIRST_ERROR.validate(entry["operationId"], ERROR_REQUESTS[entry["file"]])
    ]
    if entry["file"].startswith("ibis/087"):
        # The API's schema reaches the amount through its own "common" schema and wraps the
        # body in a $merge keyword; ours names the same rule from the request schema.
        (ours,) = answer
        assert ours.pop("schemaPath") == "#/properties/amount/exclusiveMinimum"
        theirs = dict(expected[0])
        assert theirs.pop("schemaPath") == "common#/definitions/amount/exclusiveMinimum"
        assert ours == theirs
    else:
        assert answer == expected


@pytest.mark.parametrize(
    "path", sorted(set(ERROR_REQUESTS) - {"ibis/087_ibisFinancialFundsCredit_error.jsonc"})
)
def test_all_errors_mode_reports_at_least_the_api_answer(path: str) -> None:
    entry = next(e for e in EXAMPLES if e["file"] == path)
    expected = load_jsonc(SEEDS / path)["context"]
    answer = [v.to_ajv() for v in VALIDATORS.validate(entry["operationId"], ERROR_REQUESTS[path])]
    assert all(e in answer for e in expected)
    assert answer[-1] == expected[-1]


def test_all_errors_mode_names_every_extra_property_of_a_branch() -> None:
    body = ERROR_REQUESTS["ibis/103_ibisFinancialRetrieve_error.jsonc"]
    answer = [v.to_ajv() for v in VALIDATORS.validate("ibisFinancialRetrieve", body)]
    by_reference = [
        (a["keyword"], a["params"]) for a in answer if a["schemaPath"].startswith("#/oneOf/1/")
    ]
    assert by_reference == [
        ("required", {"missingProperty": "reference"}),
        ("additionalProperties", {"additionalProperty": "cFiFundsId"}),
        ("additionalProperties", {"additionalProperty": "arn"}),
    ]


# --- a table of bad and good requests per endpoint family ----------------------------------


class _Drop:
    """As a change: remove the property. Its repr is fixed, since test IDs show it and
    parallel workers (pytest-xdist) must collect the same IDs."""

    def __repr__(self) -> str:
        return "DROP"


DROP = _Drop()
PROFILE = {"nameOnCard": "Jane Doe", "occupation": "Engineer"}
FUNDS = {"reference": "ref1", "cFiCardId": "icrd_1", "amount": Decimal("21.10"), "currency": "USD"}
PUSH = {**FUNDS, "cFiCardId": "card1", "amount": Decimal("5"), "narrative": "payout"}
SSN = {"type": "SSN", "value": "123456789"}
IDS = [f"id{i}" for i in range(20)]
IDS_21 = [*IDS, "id20"]

# One valid body per operation; each bad case changes one thing in it.
BASES: dict[str, Any] = {
    # ibis card
    "ibisAccountAdd": {"customerId": "cust_1", "reference": "acc1", "profile": None},
    "ibisDebitCardAdd": {
        "customerId": "cust_1",
        "reference": "ref1",
        "cardProgramId": "prog1",
        "profile": PROFILE,
    },
    "ibisCardSetPin": {"cFiCardId": "icrd_1", "pin": "0000"},
    "ibisCardCheckPin": {"cFiCardId": "icrd_1", "pin": "9876"},
    "ibisCardStatus": {"cFiCardId": "icrd_1"},
    "ibisCardSetStatus": {"cFiCardId": "icrd_1", "statusCode": "F"},
    "ibisCardReissue": {
        "cFiCardId": "c1",
        "reference": "r1",
        "reissueType": "1",
        "reasonCode": "2",
    },
    "ibisCardList": {"customerId": "cust_1"},
    # ibis financial
    "ibisFinancialFundsCredit": FUNDS,
    "ibisFinancialFundsDebit": FUNDS,
    "ibisFinancialCardToCard": {**FUNDS, "cFiCardId": DROP, "cardFromId": "a", "cardToId": "b"},
    "ibisFinancialReversal": {"cFiFundsId": "ifnd_1", "amount": None},
    "ibisFinancialRetrieve": {"arn": "74567"},
    "ibisInquiryTransactionHistory": {
        "cFiCardId": "icrd_1",
        "dateFrom": "2024-02-01",
        "dateTo": "2024-02-29",
        "numberOfRecords": 1,
    },
    # customer
    "customerInit": {"customer": {"identificationDocuments": [SSN]}},
    "customerAddEmployee": {"companyId": "cust_1", "employeeId": "cust_2", "position": "Manager"},
    "customerDisableEmployee": {"companyId": "cust_1", "employeeId": "cust_2"},
    # akepa
    "akepaIdentification": {"reference": "r1", "customerId": "c1", "syncMode": None},
    "akepaDocumentGenerate": {
        "workflow": "PERSONAL",
        "name": "Passport scan",
        "extension": "jpg",
        "type": "passport",
        "note_author_agent_email": "agent@example.com",
    },
    "akepaDocumentUpload": None,
    # ach
    "transferToAchCreate": {
        "reference": "ach1",
        "effectiveEntryDate": "2024-03-01",
        "individualName": "Jane Doe",
    },
    "transferToAchQuery": {"cFiTransactionIds": IDS},
    "transferToAchList": {"numberOfRecords": 1, "skipRecords": 0, "dateCreateFrom": None},
    # wire
    "transferToWire": {**FUNDS, "cFiCardId": DROP, "amount": Decimal("100.50"), "memos": ["rent"]},
    "transferToWireQuery": {"references": ["r1"]},
    "transferToWireList": {"numberOfRecords": 5, "reference": None},
    # bills
    "transferToBillsInitiate": {"reference": "b1", "accountNumber": "12"},
    "transferToBillsQuery": {"cFiTransactionIds": IDS, "references": IDS},
    "transferToBillsSummary": {"date": "2024-01-31"},
    # check
    "checkPrint": {"reference": "chk1", "checkAttributes": {"amount": Decimal("12.50")}},
    "checkQuery": {"references": ["r1", "r2"]},
    "checkVoid": {"cFiCheckId": "chk_1", "reason": "lost in the mail"},
    "checkList": {"numberOfRecords": 1000},
    # card push/pull
    "transferToCardRegister": {"reference": "r1", "clearCard": {"cardNumber": "4111"}},
    "transferToCardPull": {"reference": "p1"},
    "transferToCardPush": PUSH,
    "transferToCardTransactionsQuery": {"cFiTransactionIds": ["t1"]},
    "transferToCardListTransactions": {"status": None},
    "transferToComboCreate": {**PUSH, "transferType": "push"},
    # acquiring
    "acquiringRegister": {"card": {"encryptedData": "x", "keyId": "k"}},
    "acquiringPull": {**FUNDS, "cFiCardId": "card1", "amount": Decimal("1.23")},
    "acquiringTransactionsQuery": {"references": ["r1"]},
    "acquiringList": {"status": None, "reversalStatus": "Reversed"},
    # others
    "authGetToken": {"user": {"login": "user_1", "password": "secret"}},
    "userChangePassword": {"oldPassword": "old", "newPassword": "Str0ng!pass"},
    "health": None,
}

# (operationId, change to its base body: a dict merged into it, else the whole body)
MORE_GOOD: list[tuple[str, Any]] = [
    ("ibisCardStatus", {"cFiCardId": DROP, "reference": "A" * 32}),
    ("ibisFinancialFundsCredit", {"amount": Decimal("0.29")}),
    ("ibisFinancialFundsCredit", {"amount": 7}),
    ("ibisFinancialFundsCredit", {"amount": 0.29}),
    ("customerInit", {"customer": {"identificationDocuments": [{"type": "ID", "value": "X1"}]}}),
    ("health", {}),
]
SHORT_SSN = {"customer": {"identificationDocuments": [{**SSN, "value": "123"}]}}

# (operationId, change to its base body, field, keyword)
BAD: list[tuple[str, Any, str, str]] = [
    # ibis card
    ("ibisDebitCardAdd", {"reference": "A" * 33}, "reference", "maxLength"),
    ("ibisDebitCardAdd", {"reference": "EXT_1"}, "reference", "pattern"),
    ("ibisDebitCardAdd", {"reference": ""}, "reference", "minLength"),
    ("ibisCardSetPin", {"nickname": "x"}, "(body)", "additionalProperties"),
    ("ibisDebitCardAdd", {"profile": {"occupation": "x"}}, "profile", "required"),
    ("ibisDebitCardAdd", {"profile": {**PROFILE, "x": 1}}, "profile", "additionalProperties"),
    (
        "ibisDebitCardAdd",
        {"profile": {**PROFILE, "nameOnCard": ""}},
        "profile.nameOnCard",
        "minLength",
    ),
    ("ibisCardSetPin", {"pin": "12a4"}, "pin", "pattern"),
    ("ibisCardSetPin", {"pin": "1234\n"}, "pin", "pattern"),
    ("ibisCardSetPin", {"pin": 1234}, "pin", "type"),
    ("ibisCardCheckPin", {"pin": "\u0661\u0662\u0663\u0664"}, "pin", "pattern"),
    ("ibisCardSetStatus", {"statusCode": "A"}, "statusCode", "enum"),
    ("ibisCardStatus", {"reference": "r1"}, "(body)", "oneOf"),
    ("ibisCardStatus", {"cFiCardId": DROP}, "(body)", "oneOf"),
    ("ibisCardReissue", {"reissueType": "4"}, "reissueType", "enum"),
    ("ibisAccountAdd", {"profile": "x"}, "profile", "anyOf"),
    ("ibisAccountAdd", {"customerId": DROP}, "(body)", "required"),
    ("ibisCardList", ["cust_1"], "(body)", "type"),
    ("ibisCardList", None, "(body)", "type"),
    # ibis financial
    ("ibisFinancialFundsCredit", {"amount": 0}, "amount", "exclusiveMinimum"),
    ("ibisFinancialFundsDebit", {"amount": Decimal("-1")}, "amount", "exclusiveMinimum"),
    ("ibisFinancialFundsCredit", {"amount": Decimal("1.005")}, "amount", "multipleOf"),
    ("ibisFinancialCardToCard", {"amount": 1.005}, "amount", "multipleOf"),
    ("ibisFinancialFundsCredit", {"amount": "abc"}, "amount", "type"),
    ("ibisFinancialFundsCredit", {"amount": True}, "amount", "type"),
    ("ibisFinancialFundsCredit", {"currency": "usd"}, "currency", "pattern"),
    ("ibisFinancialFundsCredit", {"currency": "USDX"}, "currency", "maxLength"),
    ("ibisFinancialReversal", {"amount": 0}, "amount", "exclusiveMinimum"),
    ("ibisFinancialRetrieve", {"cFiFundsId": "f1"}, "(body)", "oneOf"),
    ("ibisInquiryTransactionHistory", {"dateTo": "2023-02-30"}, "dateTo", "format"),
    ("ibisInquiryTransactionHistory", {"dateFrom": "2023-02-29"}, "dateFrom", "format"),
    ("ibisInquiryTransactionHistory", {"dateFrom": "2023/02/01"}, "dateFrom", "pattern"),
    ("ibisInquiryTransactionHistory", {"numberOfRecords": 0}, "numberOfRecords", "minimum"),
    ("ibisInquiryTransactionHistory", {"numberOfRecords": 1.5}, "numberOfRecords", "type"),
    # customer
    ("customerAddEmployee", {"position": "<b>boss</b>"}, "position", "pattern"),
    ("customerAddEmployee", {"position": "   "}, "position", "pattern"),
    ("customerAddEmployee", {"salary": 1}, "(body)", "additionalProperties"),
    ("customerDisableEmployee", {"companyId": "c" * 37}, "companyId", "maxLength"),
    ("customerInit", SHORT_SSN, "customer.identificationDocuments[0]", "anyOf"),
    ("customerInit", {"customer": []}, "customer", "type"),
    # akepa
    ("akepaDocumentGenerate", {"extension": "gif"}, "extension", "enum"),
    ("akepaDocumentGenerate", {"name": ""}, "name", "minLength"),
    (
        "akepaDocumentGenerate",
        {"note_author_agent_email": "a.b"},
        "note_author_agent_email",
        "format",
    ),
    ("akepaIdentification", {"syncMode": "yes"}, "syncMode", "type"),
    ("akepaIdentification", {"reference": DROP}, "(body)", "required"),
    ("akepaDocumentUpload", {"file": "x"}, "(body)", "additionalProperties"),
    # ach
    ("transferToAchQuery", {"cFiTransactionIds": IDS_21}, "cFiTransactionIds", "maxItems"),
    ("transferToAchQuery", {"references": ["r1"]}, "(body)", "oneOf"),
    ("transferToAchQuery", {"cFiTransactionIds": []}, "cFiTransactionIds", "minItems"),
    ("transferToAchQuery", {"cFiTransactionIds": ["t 1"]}, "cFiTransactionIds[0]", "pattern"),
    ("transferToAchCreate", {"effectiveEntryDate": "2023-02-30"}, "effectiveEntryDate", "format"),
    ("transferToAchCreate", {"individualName": "  "}, "individualName", "pattern"),
    ("transferToAchCreate", {"reference": DROP}, "(body)", "required"),
    ("transferToAchList", {"numberOfRecords": 0}, "numberOfRecords", "minimum"),
    # wire
    ("transferToWire", {"amount": Decimal("1.005")}, "amount", "multipleOf"),
    ("transferToWire", {"currency": "usd"}, "currency", "pattern"),
    ("transferToWire", {"memos": ["a", 2]}, "memos[1]", "type"),
    ("transferToWireQuery", {"cFiTransactionIds": ["t1"]}, "(body)", "oneOf"),
    ("transferToWireQuery", {"references": IDS_21}, "references", "maxItems"),
    ("transferToWireList", {"numberOfRecords": 0}, "numberOfRecords", "minimum"),
    # bills
    ("transferToBillsInitiate", {"accountNumberEncrypted": "x"}, "(body)", "not"),
    ("transferToBillsQuery", {"references": IDS_21}, "references", "maxItems"),
    ("transferToBillsSummary", {"date": "2023-02-30"}, "date", "format"),
    ("transferToBillsSummary", {"date": DROP}, "(body)", "required"),
    # check
    ("checkPrint", {"reference": DROP}, "(body)", "required"),
    ("checkPrint", {"checkAttributes": {"amount": "1"}}, "checkAttributes.amount", "type"),
    ("checkQuery", {"cFiCheckIds": ["c1"]}, "(body)", "oneOf"),
    ("checkVoid", {"cFiCheckId": DROP}, "(body)", "required"),
    ("checkList", {"numberOfRecords": 1001}, "numberOfRecords", "maximum"),
    ("checkList", {"numberOfRecords": 0}, "numberOfRecords", "minimum"),
    # card push/pull
    ("transferToCardRegister", {"card": {}}, "(body)", "oneOf"),
    ("transferToCardPull", [], "(body)", "type"),
    ("transferToCardPush", {"narrative": DROP}, "(body)", "required"),
    ("transferToCardPush", {"amount": Decimal("0.00")}, "amount", "exclusiveMinimum"),
    (
        "transferToCardTransactionsQuery",
        {"cFiTransactionIds": IDS_21},
        "cFiTransactionIds",
        "maxItems",
    ),
    ("transferToCardListTransactions", {"status": "Bogus"}, "status", "enum"),
    ("transferToComboCreate", {"transferType": "cash"}, "(body)", "oneOf"),
    # acquiring
    ("acquiringRegister", {"card": DROP}, "(body)", "oneOf"),
    ("acquiringPull", {"amount": "abc"}, "amount", "type"),
    ("acquiringPull", {"amount": DROP}, "(body)", "required"),
    ("acquiringTransactionsQuery", {"cFiTransactionIds": ["t"]}, "(body)", "oneOf"),
    ("acquiringList", {"status": "Bogus"}, "status", "enum"),
    # others
    ("authGetToken", {"user": {"login": "u", "password": ""}}, "user.password", "minLength"),
    ("userChangePassword", {"newPassword": "password1"}, "newPassword", "pattern"),
    ("health", {"x": 1}, "(body)", "additionalProperties"),
]


def body_of(operation_id: str, change: Any) -> Any:
    """The base body of an operation with a change applied (DROP removes a property)."""
    if not isinstance(change, dict):
        return change
    merged = {**(BASES[operation_id] or {}), **change}
    return {k: v for k, v in merged.items() if v is not DROP}


GOOD = [(op, {}) for op in BASES] + MORE_GOOD


@pytest.mark.parametrize(
    ("operation_id", "change"), GOOD, ids=[f"{op}{change or ''}" for op, change in GOOD]
)
def test_good_request_is_accepted(operation_id: str, change: Any) -> None:
    body = body_of(operation_id, change)
    assert VALIDATORS.validate(operation_id, body) == []
    assert FIRST_ERROR.validate(operation_id, body) == []


@pytest.mark.parametrize(
    ("operation_id", "change", "field", "keyword"), BAD, ids=[f"{b[0]}-{b[2]}-{b[3]}" for b in BAD]
)
def test_bad_request_is_refused_naming_field_and_rule(
    operation_id: str, change: Any, field: str, keyword: str
) -> None:
    body = body_of(operation_id, change)
    violations = VALIDATORS.validate(operation_id, body)
    assert (field, keyword) in pairs(violations)
    assert (field, keyword) in pairs(FIRST_ERROR.validate(operation_id, body))
    for v in violations:
        assert v.message.startswith("must")
        assert v.schema_path.startswith("#")


def test_every_endpoint_family_has_good_and_bad_cases() -> None:
    families = {op["tags"][0] for _, _, op in operations()}
    assert {operation(op_id)["tags"][0] for op_id, _ in GOOD} == families
    assert {operation(case[0])["tags"][0] for case in BAD} == families
    refused = {case[0] for case in BAD}
    assert {"ibisCardSetPin", "ibisFinancialFundsCredit", "transferToCardPush"} <= refused
    assert {"transferToCardPull", "acquiringPull", "customerInit", "akepaIdentification"} <= refused


# --- agreement with the jsonschema reference validator -------------------------------------

AGREEMENT = [
    *[(e["file"], e["operationId"], load_jsonc(SEEDS / e["file"])) for e in REQUESTS],
    *[(f"good {op} {change or ''}", op, body_of(op, change)) for op, change in GOOD],
    *[(f"bad {op} {f} {k}", op, body_of(op, change)) for op, change, f, k in BAD],
]


@pytest.mark.parametrize(("name", "operation_id", "body"), AGREEMENT, ids=[a[0] for a in AGREEMENT])
def test_agrees_with_the_reference_validator(name: str, operation_id: str, body: Any) -> None:
    ours = VALIDATORS.validate(operation_id, body)
    reference = reference_errors(operation_id, body)
    assert bool(ours) == bool(reference)
    assert outer(ours) == reference
    assert bool(FIRST_ERROR.validate(operation_id, body)) == bool(reference)


# --- errors name the field -----------------------------------------------------------------


def test_nested_violation_names_a_dotted_field() -> None:
    body = body_of("ibisDebitCardAdd", {"profile": {**PROFILE, "nameOnCard": ""}})
    (v,) = VALIDATORS.validate("ibisDebitCardAdd", body)
    assert v.path == ("profile", "nameOnCard")
    assert v.field == "profile.nameOnCard"
    assert str(v) == "profile.nameOnCard: must NOT have fewer than 1 characters"
    assert v.to_ajv() == {
        "instancePath": "/profile/nameOnCard",
        "schemaPath": "#/properties/profile/properties/nameOnCard/minLength",
        "keyword": "minLength",
        "params": {"limit": 1},
        "message": "must NOT have fewer than 1 characters",
    }


def test_field_spelling() -> None:
    def at(*path: str | int) -> Violation:
        return Violation(path, "type", "must be string", {"type": "string"}, "#/type")

    assert at().field == "(body)"
    assert at("items", 2, "x").field == "items[2].x"
    assert at(0).field == "[0]"
    assert at("a/b", "c~d").to_ajv()["instancePath"] == "/a~1b/c~0d"
    assert hash(at("x")) == hash(at("x"))  # params do not take part in hashing


def test_array_item_violation_names_its_index() -> None:
    body = {"customer": {"identificationDocuments": [SSN, {**SSN, "value": "12"}]}}
    violations = VALIDATORS.validate("customerInit", body)
    fields = [v.field for v in violations]
    assert "customer.identificationDocuments[1].value" in fields  # the SSN branch's pattern
    assert fields[-1] == "customer.identificationDocuments[1]"
    assert violations[-1].to_ajv()["instancePath"] == "/customer/identificationDocuments/1"


# --- semantics, on small schemas -----------------------------------------------------------


def check(
    schema: dict[str, Any], value: Any, components: dict[str, Any] | None = None
) -> list[tuple[str, str]]:
    return [(v.keyword, v.message) for v in compile_schema(schema, components or {})(value)]


@pytest.mark.parametrize(
    ("value", "ok"),
    [
        (Decimal("0.29"), True),
        (0.29, True),
        (Decimal("21.10"), True),
        (7, True),
        (10**30, True),
        (Decimal("1E+40"), True),
        (Decimal("1E+100000"), True),
        (Decimal("1.005"), False),
        (1.005, False),
        (Decimal("1E-40"), False),
        (Decimal("0.300000000000000000000000000000000000000001"), False),
        (Decimal("123456789012345678901234567890123456789.01"), True),
    ],
)
def test_multiple_of_is_exact_decimal_arithmetic(value: Any, ok: bool) -> None:
    errors = check({"type": "number", "multipleOf": 0.01}, value)
    assert errors == ([] if ok else [("multipleOf", "must be multiple of 0.01")])


def test_number_and_integer_types() -> None:
    number, integer = {"type": "number"}, {"type": "integer"}
    numbers: list[Any] = [1, Decimal("1.5"), 1.5, Decimal("-0")]
    for value in numbers:
        assert check(number, value) == []
    not_numbers: list[Any] = [True, False, "1", None, float("inf"), Decimal("NaN"), [1]]
    for value in not_numbers:
        assert check(number, value) == [("type", "must be number")]
    integers: list[Any] = [5, Decimal("5"), Decimal("5.000"), Decimal("5E+2"), 5.0]
    for value in integers:
        assert check(integer, value) == []
    for value in (Decimal("5.5"), 5.5, True):
        assert check(integer, value) == [("type", "must be integer")]


def test_limits_compare_exactly() -> None:
    assert check({"minimum": 0.1}, Decimal("0.1")) == []
    assert check({"minimum": 0.1}, 0.1) == []
    assert check({"maximum": 0.1}, Decimal("0.1000000000000000000001")) == [
        ("maximum", "must be <= 0.1")
    ]
    assert check({"exclusiveMaximum": 3}, 3) == [("exclusiveMaximum", "must be < 3")]
    assert check({"minimum": 1}, "0") == []  # number keywords ignore other types


def test_string_length_counts_code_points() -> None:
    schema = {"type": "string", "maxLength": 32}
    assert check(schema, "\U0001f600" * 32) == []
    assert check(schema, "\U0001f600" * 33) == [
        ("maxLength", "must NOT have more than 32 characters")
    ]


@pytest.mark.parametrize(
    ("pattern", "value", "ok"),
    [
        (r"^\d{4}$", "1234", True),
        (r"^\d{4}$", "1234\n", False),
        (r"^\d{4}$", "\u0661\u0662\u0663\u0664", False),
        (r"^\d{4}$", "\uff11\uff12\uff13\uff14", False),
        (r"\d{4}", "x1234x", True),  # searched, not anchored
        (r"^a\$$", "a$", True),
        (r"^a\$$", "a", False),
        (r"^[$]$", "$", True),
        (r"^(a$|b)", "a\n", False),
        (r"^((?![<>]).)*$", "a\nb", False),
        (r"^((?![<>]).)*$", "a\rb", False),  # ECMAScript "." excludes \r, Python's does not
        (r"^((?![<>]).)*$", "a\u2028b", False),
        (r"^((?![<>]).)*$", "caf\u00e9 \U0001f600", True),
        (r"^(?=.*\S)((?![<>]).)*$", "\u00a0\u3000", False),  # ECMAScript \s is Unicode
        (r"^(?=.*\S)((?![<>]).)*$", " x ", True),
        (r"^\w+$", "\u00e9", False),
        (r"^(?<y>\d{4})-\k<y>$", "2024-2024", True),
        (r"^(?<y>\d{4})-\k<y>$", "2024-2025", False),
        (r"^\(?<a", "<a", True),  # an optional "(" then "<a", not a named group
        (r"(?<=x)y", "xy", True),
        (r"(?<!x)y", "xy", False),
    ],
)
def test_pattern_has_ecmascript_semantics(pattern: str, value: str, ok: bool) -> None:
    errors = check({"type": "string", "pattern": pattern}, value)
    assert errors == ([] if ok else [("pattern", f'must match pattern "{pattern}"')])


@pytest.mark.parametrize(
    ("value", "ok"),
    [
        ("2024-02-29", True),
        ("2000-02-29", True),
        ("1900-02-29", False),
        ("2023-02-29", False),
        ("2023-02-30", False),
        ("2023-04-31", False),
        ("2023-13-01", False),
        ("2023-00-10", False),
        ("2023-12-31", True),
        ("2023-1-01", False),
        ("2023-01-01\n", False),
        ("\u0662\u0660\u0662\u0663-01-01", False),
    ],
)
def test_date_format_is_a_real_calendar_date(value: str, ok: bool) -> None:
    errors = check({"type": "string", "format": "date"}, value)
    assert errors == ([] if ok else [("format", 'must match format "date"')])


def test_formats() -> None:
    email = {"type": "string", "format": "email"}
    assert check(email, "jane.doe+x@mail.example.com") == []
    for bad in ("jane", "jane@", "@example.com", "jane doe@example.com", "jane@example"):
        assert check(email, bad) == [("format", 'must match format "email"')]
    assert check({"format": "date"}, 20240101) == []  # formats apply to strings only
    assert check({"type": "string", "format": "password"}, "") == []
    assert check({"type": "string", "format": "date-time"}, "whenever") == []


def test_messages_and_params_follow_ajv() -> None:
    validate = compile_schema({"type": ["string", "null"], "maxLength": 2}, {})
    (v,) = validate(1)
    assert (v.keyword, v.message, v.params, v.schema_path) == (
        "type",
        "must be string,null",
        {"type": ["string", "null"]},
        "#/type",
    )
    assert validate(None) == []
    assert validate("ab") == []
    (v,) = compile_schema({"const": "SSN"}, {})("ssn")
    assert (v.message, v.params) == ("must be equal to constant", {"allowedValue": "SSN"})
    (v,) = compile_schema({"enum": ["a", None]}, {})("b")
    assert v.params == {"allowedValues": ["a", None]}
    assert compile_schema({"enum": ["a", None]}, {})(None) == []
    assert compile_schema({"enum": [1, "a"]}, {})(Decimal("1.0")) == []
    (v,) = compile_schema({"enum": [0, True]}, {})(1)  # JSON true is not 1
    assert v.keyword == "enum"
    (v,) = compile_schema({"type": "array", "minItems": 1}, {})([])
    assert (v.message, v.params) == ("must NOT have fewer than 1 items", {"limit": 1})
    (v,) = compile_schema({"exclusiveMinimum": 0}, {})(0)
    assert (v.message, v.params) == ("must be > 0", {"comparison": ">", "limit": 0})
    (v,) = compile_schema({"not": {"required": ["a"]}}, {})({"a": 1})
    assert (v.keyword, v.message, v.params, v.schema_path) == (
        "not",
        "must NOT be valid",
        {},
        "#/not",
    )
    (v,) = compile_schema(False, {})(1)  # type: ignore[arg-type]
    assert (v.keyword, v.message) == ("false schema", "boolean schema is false")


def test_one_of_reports_passing_schemas() -> None:
    validate = compile_schema(
        {"oneOf": [{"type": "integer"}, {"type": "number", "minimum": 0}, {"type": "string"}]}, {}
    )
    assert validate("x") == []
    *branches, v = validate(3)
    assert [b.schema_path for b in branches] == ["#/oneOf/2/type"]
    assert (v.keyword, v.params, v.schema_path) == ("oneOf", {"passingSchemas": [0, 1]}, "#/oneOf")
    *branches, v = validate(-1.5)
    assert [b.schema_path for b in branches] == [
        "#/oneOf/0/type",
        "#/oneOf/1/minimum",
        "#/oneOf/2/type",
    ]
    assert v.params == {"passingSchemas": None}


def test_any_of_all_of_if_then_else() -> None:
    any_of = compile_schema({"anyOf": [{"type": "string"}, {"type": "null"}]}, {})
    assert any_of(None) == []
    assert [v.schema_path for v in any_of(1)] == ["#/anyOf/0/type", "#/anyOf/1/type", "#/anyOf"]
    all_of = compile_schema({"allOf": [{"minimum": 1}, {"multipleOf": 2}]}, {})
    assert [(v.keyword, v.schema_path) for v in all_of(-1)] == [
        ("minimum", "#/allOf/0/minimum"),
        ("multipleOf", "#/allOf/1/multipleOf"),
    ]
    conditional = compile_schema(
        {
            "if": {"properties": {"kind": {"const": "ssn"}}, "required": ["kind"]},
            "then": {"required": ["ssn"]},
            "else": {"required": ["passport"]},
        },
        {},
    )
    assert conditional({"kind": "ssn", "ssn": "1"}) == []
    assert conditional({"passport": "P"}) == []
    then_error, if_error = conditional({"kind": "ssn"})
    assert (then_error.schema_path, then_error.params) == (
        "#/then/required",
        {"missingProperty": "ssn"},
    )
    assert (if_error.keyword, if_error.message, if_error.params) == (
        "if",
        'must match "then" schema',
        {"failingKeyword": "then"},
    )
    assert [v.message for v in conditional({})][-1] == 'must match "else" schema'


def test_unique_items() -> None:
    scalar = compile_schema({"type": "array", "uniqueItems": True, "items": {"type": "number"}}, {})
    assert scalar([1, 2, Decimal("2.5")]) == []
    (v,) = scalar([1, 2, Decimal("1.0")])
    assert v.message == "must NOT have duplicate items (items ## 2 and 0 are identical)"
    general = compile_schema({"type": "array", "uniqueItems": True}, {})
    assert general([1, True, "1", {"a": [1]}, {"a": [2]}]) == []
    (v,) = general([{"a": 1, "b": [1]}, 0, {"b": [Decimal("1.0")], "a": 1}])
    assert v.params == {"i": 2, "j": 0}


def test_recursive_references_compile_and_name_deep_fields() -> None:
    components = {
        "schemas": {
            "Tree": {
                "type": "object",
                "additionalProperties": False,
                "properties": {
                    "name": {"$ref": "#/components/schemas/Name"},
                    "children": {"type": "array", "items": {"$ref": "#/components/schemas/Tree"}},
                },
            },
            "Name": {"type": "string", "minLength": 1},
        }
    }
    validate = compile_schema({"$ref": "#/components/schemas/Tree"}, components)
    tree = {"name": "a", "children": [{"name": "b", "children": [{"name": "c"}, {"name": ""}]}]}
    (v,) = validate(tree)
    assert v.field == "children[0].children[1].name"
    assert (
        v.schema_path
        == "#/properties/children/items/properties/children/items/properties/name/minLength"
    )


def test_ref_siblings_are_validated() -> None:
    (v,) = VALIDATORS.validate("checkList", {"numberOfRecords": 1001})
    assert (v.schema_path, v.params) == (
        "#/properties/numberOfRecords/maximum",
        {"comparison": "<=", "limit": 1000},
    )
    (v,) = VALIDATORS.validate("checkList", {"numberOfRecords": 0})
    assert v.schema_path == "#/properties/numberOfRecords/minimum"


def test_first_error_mode_stops_at_the_first_failure() -> None:
    body = {"reference": "a_b", "cFiCardId": "x y", "amount": 0, "currency": "usd", "extra": 1}
    assert len(VALIDATORS.validate("ibisFinancialFundsCredit", body)) == 5
    (v,) = FIRST_ERROR.validate("ibisFinancialFundsCredit", body)
    assert (v.field, v.keyword) == ("(body)", "additionalProperties")  # Ajv: before properties
    (v,) = FIRST_ERROR.validate("ibisFinancialFundsCredit", {"amount": "x"})
    assert (v.keyword, v.params) == ("required", {"missingProperty": "reference"})


def test_unsupported_keywords_are_refused_when_compiling() -> None:
    with pytest.raises(ValueError, match="unevaluatedProperties"):
        compile_schema({"type": "object", "unevaluatedProperties": False}, {})
    with pytest.raises(ValueError, match="only local"):
        compile_schema({"$ref": "common.json#/amount"}, {})
    with pytest.raises(ValueError, match="unresolvable"):
        compile_schema({"$ref": "#/components/schemas/Nothing"}, {"schemas": {}})
    assert compile_schema({"x-anything": 1, "title": "t", "discriminator": {}}, {})(1) == []


def test_unknown_operation_is_a_key_error() -> None:
    with pytest.raises(KeyError):
        VALIDATORS.validate("ibisCardFly", {})


def test_every_operation_compiles() -> None:
    assert len(VALIDATORS.operation_ids) == 64
    for operation_id in VALIDATORS.operation_ids:
        VALIDATORS.validate(operation_id, {})


def test_packaged_json_spec_validates_like_the_yaml() -> None:
    packaged = json.loads(
        (ROOT / "src" / "connectfi_async" / "_generated" / "openapi.json").read_text()
    )
    runtime = RequestValidators(packaged)
    for _, operation_id, body in AGREEMENT:
        assert runtime.validate(operation_id, body) == VALIDATORS.validate(operation_id, body)


def test_validators_of_one_spec_share_their_compiled_code() -> None:
    other = RequestValidators(spec())
    assert other._compiled is VALIDATORS._compiled


@pytest.mark.parametrize(
    "module", [MODULE, MODULE.with_name("_violation.py"), MODULE.with_name("_codec.py")]
)
def test_the_module_depends_on_the_standard_library_only(module: Path) -> None:
    tree = ast.parse(module.read_text())
    imported = {
        (node.module or "").split(".")[0]
        if isinstance(node, ast.ImportFrom)
        else alias.name.split(".")[0]
        for node in ast.walk(tree)
        if isinstance(node, (ast.Import, ast.ImportFrom))
        for alias in node.names
        # ._violation and ._codec (the Violation type, the shared number/format checks) are
        # themselves standard library only, checked here too.
        if not (
            isinstance(node, ast.ImportFrom)
            and node.level == 1
            and node.module in ("_violation", "_codec")
        )
    }
    assert imported - {"__future__"} <= sys.stdlib_module_names


# --- the generated validators (_generated/codecs) against the runtime one and jsonschema ------

from connectfi_async._generated.codecs import _GROUP, codec  # noqa: E402
from connectfi_async._json import json_dumps, json_loads  # noqa: E402

JSON_OPERATIONS = sorted(op for op in _GROUP if codec(op)[1] is not None)
_ODD_VALUES: list[Any] = [
    None, True, 0, 1, -1, [], {}, "", "A", "a" * 33, "A" * 300, "2024-02-30", "x@y.z",
    Decimal("0"), Decimal("0.01"), Decimal("0.001"), Decimal("-0.01"), Decimal("21.10"),
    Decimal("9999999999999.99"), Decimal("10000000000000"), 12.5, Decimal("1E+2"),
]  # fmt: skip


def _top_properties(schema: Any, seen: int = 0) -> set[str]:
    components = spec()["components"]["schemas"]
    while isinstance(schema, dict) and "$ref" in schema:
        schema = components[schema["$ref"].rsplit("/", 1)[1]]
    names = set((schema.get("properties") or {}) if isinstance(schema, dict) else ())
    for branch in (schema.get("oneOf") or []) + (schema.get("anyOf") or []):
        names |= _top_properties(branch)
    return names


def _bodies(operation_id: str) -> Iterator[Any]:
    base = body_of(operation_id, {}) if operation_id in BASES else {}
    seeds = [load_jsonc(SEEDS / e["file"]) for e in REQUESTS if e["operationId"] == operation_id]
    yield from (base, None, [], "x", *seeds)
    yield {**base, "zzUnknown": 1, "other key": 2}
    for name in sorted(_top_properties(request_schema(operation_id))):
        yield {k: v for k, v in base.items() if k != name}
        for value in _ODD_VALUES:
            yield {**base, name: value}
        if isinstance(base.get(name), dict):
            for inner in base[name]:
                for value in (None, 1, "", "A" * 300, Decimal("0.001")):
                    yield {**base, name: {**base[name], inner: value}}
                yield {**base, name: {**base[name], "zzUnknown": 1}}


def _comparable(v: Violation) -> dict[str, Any]:
    ajv = v.to_ajv()
    if v.keyword == "additionalProperties":
        assert v.message == f"must NOT have additional property {v.params['additionalProperty']!r}"
        ajv["message"] = "must NOT have additional properties"  # Ajv's, which names no key
    return ajv


@pytest.mark.parametrize("operation_id", JSON_OPERATIONS)
def test_generated_validator_agrees_with_runtime_and_jsonschema(operation_id: str) -> None:
    validate = codec(operation_id)[1]
    count = 0
    for body in _bodies(operation_id):
        generated = validate(body)
        assert [_comparable(v) for v in generated] == [
            v.to_ajv() for v in VALIDATORS.validate(operation_id, body)
        ], body
        # jsonschema sees the body as sent (Decimal("0") is the JSON integer 0 on the wire).
        reference = reference_errors(operation_id, json_loads(json_dumps(body)))
        assert bool(generated) == bool(reference), body
        assert outer(generated) == reference, body
        count += 1
    assert count >= 5


def test_generated_validator_names_the_unknown_key() -> None:
    body = {**FUNDS, "amont": Decimal("1")}
    (violation,) = codec("ibisFinancialFundsCredit")[1](body)
    assert str(violation) == "(body): must NOT have additional property 'amont'"
