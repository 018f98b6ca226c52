"""The OpenAPI document: valid, complete against the seed index, and following its conventions."""

from __future__ import annotations

import re
from typing import Any

import pytest
from openapi_spec_validator import validate
from spec_support import FIXTURES, operation, operations, spec, validator_for

# The seed index spells two paths differently from the endpoints' own current public pages; the
# document uses the pages' form and records the seed's in the operation's description.
SEED_PATH_SPELLING = {
    "/transfer-to/card/transaction-query": "/transfer-to/card/transactions-query",
    # The Status page: POST with a body {customerId, applicationId}.
    "/akepa/status/{customerId}": "/akepa/status",
}
TAGS = {"auth", "health", "customer", "akepa", "ach", "wire", "bills", "card", "combo",
        "acquiring", "check", "ibis"}  # fmt: skip


def seed_paths() -> list[str]:
    paths = (FIXTURES / "seed_endpoints.txt").read_text().split()
    paths = [re.sub(r":(\w+)", r"{\1}", p) for p in paths]
    return [SEED_PATH_SPELLING.get(p, p) for p in paths]


def test_document_is_valid_openapi_3_1() -> None:
    assert spec()["openapi"].startswith("3.1")
    validate(spec())


def test_every_seed_endpoint_is_an_operation() -> None:
    expected = seed_paths()
    assert len(expected) == 64
    assert sorted(set(expected)) == sorted(spec()["paths"])
    assert sum(1 for _ in operations()) == 64


def test_operation_ids_derive_from_paths() -> None:
    seen = set()
    for method, path, op in operations():
        words = [w for seg in path.strip("/").split("/") if not seg.startswith("{")
                 for w in seg.split("-")]  # fmt: skip
        derived = words[0] + "".join(w[:1].upper() + w[1:] for w in words[1:])
        assert op["operationId"] in {derived, derived + method.capitalize()}, path
        assert op["operationId"] not in seen
        seen.add(op["operationId"])


def test_one_known_tag_per_operation() -> None:
    for _, path, op in operations():
        assert len(op["tags"]) == 1, path
        assert op["tags"][0] in TAGS, path
    assert {t["name"] for t in spec()["tags"]} == TAGS


def test_token_header_on_every_operation_but_login() -> None:
    scheme = spec()["components"]["securitySchemes"]["ConnectFiToken"]
    assert scheme == {**scheme, "type": "apiKey", "in": "header", "name": "x-connectfi-token"}
    assert spec()["security"] == [{"ConnectFiToken": []}]
    unsecured = [path for _, path, op in operations() if op.get("security", None) == []]
    assert unsecured == ["/auth/get-token"]


def test_akepa_upload_is_multipart() -> None:
    content = operation("akepaDocumentUpload")["requestBody"]["content"]
    assert list(content) == ["multipart/form-data"]


@pytest.mark.parametrize(
    ("name", "instance", "valid"),
    [
        ("Reference", "abc123XYZ", True),
        ("Reference", "EXT_1", False),
        ("Reference", "a" * 33, False),
        ("Id", "icrd_1oSrT1U8G73S5Jdt27YvYk", True),
        ("Id", "csta-1", False),
        ("Amount", 21.1, True),
        ("Amount", 0, False),
        ("Amount", 1.005, False),
        ("Currency", "USD", True),
        ("Currency", "usd", False),
        ("Currency", "USDX", False),
    ],
)
def test_shared_components_carry_the_documented_rules(
    name: str, instance: Any, valid: bool
) -> None:
    v = validator_for({"$ref": f"#/components/schemas/{name}"})
    assert v.is_valid(instance) is valid


def test_envelopes_are_components() -> None:
    schemas = spec()["components"]["schemas"]
    assert schemas["SuccessEnvelope"]["required"] == ["code"]
    error = schemas["ErrorBody"]
    assert error["required"] == ["code"]
    assert set(error["properties"]) == {"requestId", "code", "subCode", "context", "message"}
    ok = validator_for({"$ref": "#/components/schemas/ErrorBody"})
    assert ok.is_valid({"code": "x", "context": {"reference": "a"}})
    assert ok.is_valid({"code": "x", "context": [{"keyword": "required"}]})


def _walk(node: Any, where: str) -> list[str]:
    problems = []
    if isinstance(node, dict):
        for key in ("oneOf", "anyOf"):
            for i, branch in enumerate(node.get(key) or []):
                if "$ref" not in branch and "title" not in branch and branch.get("type") != "null":
                    problems.append(f"{where}/{key}/{i}")
        if node.get("properties") and "title" not in node and "$ref" not in node:
            problems.append(where)
        for key, value in node.items():
            if key not in {"example", "examples"}:
                problems.extend(_walk(value, f"{where}/{key}"))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            problems.extend(_walk(value, f"{where}/{i}"))
    return problems


def test_every_object_and_branch_is_named() -> None:
    """Titles give the generated classes meaningful names (no BodyType0)."""
    assert _walk(spec()["components"]["schemas"], "#/components/schemas") == []
    for _, path, op in operations():
        assert _walk(op, path) == []


def test_operations_say_how_to_retry() -> None:
    ids = {op["operationId"] for _, _, op in operations()}
    for _, path, op in operations():
        assert op["x-connectfi-retry"] in {"safe", "reference", "never"}, path
        lookup = op.get("x-connectfi-lookup")
        if lookup:
            assert op["x-connectfi-retry"] == "reference", path
            assert lookup["operationId"] in ids, path
        assert re.fullmatch(r"[a-z_]+(\.[a-z_]+)*", op["x-connectfi-method"]), path
    assert operation("ibisCreditCardApplication")["x-connectfi-retry"] == "never"
    assert operation("ibisFinancialFundsCredit")["x-connectfi-retry"] == "reference"


def test_partial_schemas_say_so() -> None:
    """Operations built from fact sheets that could not see everything are marked partial."""
    partial = [op["operationId"] for _, _, op in operations()
               if "partial" in op.get("description", "").lower()]  # fmt: skip
    assert "transferToAchCreate" in partial
    assert "akepaDocumentUpload" in partial or "customerInit" in partial


def test_every_example_in_the_document_validates() -> None:
    checked = 0
    for _, path, op in operations():
        bodies = [op.get("requestBody", {}), *list(op["responses"].values())]
        for body in bodies:
            for media in body.get("content", {}).values():
                v = validator_for(media["schema"])
                examples = [media["example"]] if "example" in media else []
                examples += [e["value"] for e in media.get("examples", {}).values()]
                for example in examples:
                    errors = [e.message for e in v.iter_errors(example)]
                    assert errors == [], f"{path}: {errors}"
                    checked += 1
    assert checked >= 60
