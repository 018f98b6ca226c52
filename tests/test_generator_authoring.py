"""Spec authors: inline schemas, default extensions, one-line errors (never a traceback)."""

from __future__ import annotations

import copy
import functools
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import generate
import pytest
import sdk_module
import yaml
from spec_support import ROOT, SPEC_PATH

GENERATED = ROOT / "src" / "connectfi_async" / "_generated"


@functools.cache
def _spec() -> dict[str, Any]:
    return yaml.safe_load(SPEC_PATH.read_text())  # type: ignore[no-any-return]


def base_spec() -> dict[str, Any]:
    """A fresh copy of the committed spec, for one test to edit."""
    return copy.deepcopy(_spec())


def nickname_endpoint() -> dict[str, Any]:
    """A new endpoint written the ordinary OpenAPI way: inline schemas, no x-connectfi-*."""
    request = {
        "type": "object",
        "required": ["cFiCardId", "nickname"],
        "properties": {
            "cFiCardId": {"type": "string"},
            "nickname": {"type": "string", "maxLength": 20},
            "style": {"type": "string", "enum": ["plain", "bold"]},
        },
    }
    data = {"type": "object", "properties": {"cFiCardId": {"type": "string"}}}
    envelope = {
        "type": "object",
        "required": ["code"],
        "properties": {"code": {"type": "string"}, "data": data},
    }
    return {
        "post": {
            "operationId": "ibisCardNickname",
            "summary": "Set a card's nickname",
            "requestBody": {"content": {"application/json": {"schema": request}}},
            "responses": {
                "200": {
                    "description": "The card.",
                    "content": {"application/json": {"schema": envelope}},
                }
            },
        }
    }


def one_line_error(document: dict[str, Any]) -> str:
    with pytest.raises(SystemExit) as raised:
        sdk_module.normalize(document)
    message = str(raised.value.code)
    assert "\n" not in message
    return message


@pytest.mark.slow
def test_an_endpoint_with_inline_schemas_and_no_extensions_regenerates_cleanly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = base_spec()
    document["paths"]["/ibis/card/nickname"] = nickname_endpoint()
    spec = tmp_path / "spec.yaml"
    spec.write_text(yaml.safe_dump(document, sort_keys=False))
    package = tmp_path / "_generated"
    shutil.copytree(GENERATED, package)
    report = tmp_path / "report.md"

    args = ["--spec", str(spec), "--package", str(package), "--report", str(report)]
    assert generate.main(args) == 0

    out = capsys.readouterr().out
    assert "no x-connectfi-method, using 'ibis.card.nickname' (from the path)" in out
    assert "no x-connectfi-retry, using 'never'" in out
    assert "inline schema generated as IbisCardNicknameRequest" in out
    for name in ("ibis_card_nickname_request", "ibis_card_nickname_data"):
        assert (package / "models" / f"{name}.py").is_file()
    sdk_ibis = (package / "sdk_ibis.py").read_text()
    compile(sdk_ibis, "sdk_ibis.py", "exec")
    assert "async def nickname(" in sdk_ibis
    assert "body: IbisCardNicknameRequest | IbisCardNicknameParams," in sdk_ibis
    assert ") -> IbisCardNicknameData:" in sdk_ibis
    table = (package / "operations.py").read_text()
    entry = table[table.index("IBIS_CARD_NICKNAME: Final[") :].split("\n)", 1)[0]
    assert "Final[Operation[IbisCardNicknameData]]" in entry
    assert 'retry="never"' in entry
    assert "data=one(_load_ibis_card_nickname_data)" in entry
    assert "| no | method added | `cf.ibis.card.nickname()` |" in report.read_text()
    assert "| no | method added | `cf.ibis.card.nickname()` |" in out


def test_the_committed_spec_needs_no_normalization() -> None:
    document = base_spec()
    notes: list[str] = []
    assert sdk_module.normalize(document, notes) == document
    assert notes == []


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/ibis/card/set-pin", "ibis.card.set_pin"),
        ("/check/get/{checkId}", "check.get"),
        ("/transfer-to/card/list/transactions", "transfer_to.card.list.transactions"),
        ("/health", "health"),
        ("/v2/3ds/checkStatus", "v2.n3ds.check_status"),
    ],
)
def test_default_method_comes_from_the_path(path: str, expected: str) -> None:
    assert sdk_module.default_method(path) == expected


def test_default_retry_comes_from_the_http_method_and_a_reference() -> None:
    document = base_spec()
    schemas = document["components"]["schemas"]
    with_reference = {"type": "object", "properties": {"reference": {"type": "string"}}}
    without = {"type": "object", "properties": {"amount": {"type": "string"}}}
    # ById | ByReference: the reference selects what to read; nothing is created.
    selector = {"$ref": "#/components/schemas/IbisCardLookupRequest"}
    assert "reference" in str(schemas["IbisCardLookupRequest"])
    assert sdk_module.default_retry("get", None, schemas) == "safe"
    assert sdk_module.default_retry("delete", without, schemas) == "safe"
    assert sdk_module.default_retry("post", with_reference, schemas) == "reference"
    assert sdk_module.default_retry("post", without, schemas) == "never"
    assert sdk_module.default_retry("post", None, schemas) == "never"
    assert sdk_module.default_retry("post", selector, schemas) == "never"


def test_normalize_fills_defaults_without_touching_the_input() -> None:
    document = base_spec()
    document["paths"]["/ibis/card/nickname"] = nickname_endpoint()
    before = copy.deepcopy(document)
    normalized = sdk_module.normalize(document)
    assert document == before
    op = normalized["paths"]["/ibis/card/nickname"]["post"]
    assert op["x-connectfi-method"] == "ibis.card.nickname"
    assert op["x-connectfi-retry"] == "never"
    body = op["requestBody"]["content"]["application/json"]["schema"]
    assert body == {"$ref": "#/components/schemas/IbisCardNicknameRequest"}
    schemas = normalized["components"]["schemas"]
    assert schemas["IbisCardNicknameRequest"]["title"] == "IbisCardNicknameRequest"
    assert schemas["IbisCardNicknameResponse"]["properties"]["data"] == {
        "$ref": "#/components/schemas/IbisCardNicknameData"
    }


def test_a_bad_retry_class_names_operation_extension_and_example() -> None:
    document = base_spec()
    document["paths"]["/ibis/card/activate"]["post"]["x-connectfi-retry"] = "maybe"
    message = one_line_error(document)
    assert message.startswith("operation ibisCardActivate (POST /ibis/card/activate):")
    assert "x-connectfi-retry 'maybe' is not one of safe, reference, never" in message
    assert "for example `x-connectfi-retry: never`" in message


def test_a_bad_method_name_names_operation_extension_and_example() -> None:
    document = base_spec()
    document["paths"]["/ibis/card/activate"]["post"]["x-connectfi-method"] = "Ibis.card-activate"
    message = one_line_error(document)
    assert "operation ibisCardActivate" in message
    assert (
        "x-connectfi-method 'Ibis.card-activate' is not a dotted lower-case Python name" in message
    )
    assert "for example `x-connectfi-method: ibis.card.set_pin`" in message


def test_a_duplicate_method_name_is_refused() -> None:
    document = base_spec()
    document["paths"]["/ibis/card/nickname"] = nickname_endpoint()
    document["paths"]["/ibis/card/nickname"]["post"]["x-connectfi-method"] = "ibis.card.activate"
    message = one_line_error(document)
    assert "operation ibisCardNickname" in message
    assert "'ibis.card.activate' is already operation ibisCardActivate's" in message


def test_a_default_name_that_is_also_a_namespace_asks_for_one() -> None:
    document = base_spec()
    read = {
        "operationId": "ibisCardGet",
        "responses": nickname_endpoint()["post"]["responses"],
    }
    document["paths"]["/ibis/card/{cardId}"] = {"get": read}  # default name: ibis.card
    message = one_line_error(document)
    assert "operation ibisCardGet" in message
    assert "x-connectfi-method 'ibis.card' is also the namespace of" in message
    assert "for example `x-connectfi-method: ibis.card.get`" in message


def test_missing_operation_id_and_response_are_one_line_errors() -> None:
    document = base_spec()
    endpoint = nickname_endpoint()
    del endpoint["post"]["operationId"]
    document["paths"]["/ibis/card/nickname"] = endpoint
    assert one_line_error(document) == (
        "POST /ibis/card/nickname: no operationId; for example `operationId: ibisCardNickname`"
    )
    endpoint = nickname_endpoint()
    del endpoint["post"]["responses"]["200"]
    document["paths"]["/ibis/card/nickname"] = endpoint
    message = one_line_error(document)
    assert (
        "operation ibisCardNickname (POST /ibis/card/nickname): no inline 200 response" in message
    )


def test_an_inline_schema_whose_name_is_taken_is_refused() -> None:
    document = base_spec()
    document["paths"]["/ibis/card/nickname"] = nickname_endpoint()
    document["components"]["schemas"]["IbisCardNicknameRequest"] = {"type": "object"}
    message = one_line_error(document)
    assert (
        "would be named 'IbisCardNicknameRequest', which components/schemas already has" in message
    )


def test_a_spec_mistake_ends_generation_in_one_line_without_traceback(tmp_path: Path) -> None:
    document = base_spec()
    document["paths"]["/ibis/card/activate"]["post"]["x-connectfi-retry"] = "sometimes"
    spec = tmp_path / "spec.yaml"
    spec.write_text(yaml.safe_dump(document, sort_keys=False))
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "keep.py").write_text("x = 1\n")
    script = ROOT / "generator" / "generate.py"
    run = subprocess.run(
        [sys.executable, str(script), "--spec", str(spec), "--package", str(package)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 1
    assert "Traceback" not in run.stderr
    assert run.stderr.strip().splitlines() == [
        "operation ibisCardActivate (POST /ibis/card/activate): x-connectfi-retry 'sometimes'"
        " is not one of safe, reference, never; for example `x-connectfi-retry: never`"
    ]
    assert (package / "keep.py").read_text() == "x = 1\n"


def test_invalid_yaml_is_a_one_line_error(tmp_path: Path) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text("openapi: 3.1.0\npaths:\n  /x: [unclosed\n")
    with pytest.raises(SystemExit) as raised:
        generate.load_spec(spec)
    message = str(raised.value.code)
    assert message.startswith(f"{spec}: line ")
    assert "\n" not in message


def test_a_schema_keyword_the_codecs_do_not_implement_is_refused_in_one_line() -> None:
    import codecs_module

    document = sdk_module.normalize(base_spec())
    schema = document["components"]["schemas"]["IbisFinancialFundsCreditRequest"]
    schema["properties"]["memos"] = {"type": "array", "uniqueItems": True}
    models = {str(s.get("title", n)): "m" for n, s in document["components"]["schemas"].items()}
    with pytest.raises(SystemExit) as raised:
        codecs_module.render(document, models)
    message = str(raised.value)
    assert "\n" not in message
    assert "uniqueItems not supported by the generated codecs" in message
