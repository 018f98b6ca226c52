"""The generated answer decoders (``_generated/codecs``): every documented answer decodes, and a
missing or mistyped field is named by its path, never reported as a bare KeyError."""

from __future__ import annotations

from typing import Any

import pytest
from spec_support import SEEDS, load_jsonc, seed_examples

from connectfi_async._codec import DecodeProblem
from connectfi_async._generated.codecs import _GROUP, codec
from connectfi_async._json import json_dumps, json_loads
from connectfi_async._spec import document

DOC = document()
SCHEMAS = DOC["components"]["schemas"]


def _operation(operation_id: str) -> dict[str, Any]:
    for item in DOC["paths"].values():
        for op in item.values():
            if isinstance(op, dict) and op.get("operationId") == operation_id:
                return op
    raise KeyError(operation_id)


def _examples() -> list[tuple[str, str, Any]]:
    """(name, operationId, data) of every documented success answer: spec and seeds."""
    found: list[tuple[str, str, Any]] = []
    for operation_id in sorted(_GROUP):
        media = _operation(operation_id)["responses"]["200"]["content"]["application/json"]
        examples = dict(media.get("examples") or {})
        if "example" in media:
            examples["example"] = {"value": media["example"]}
        for name, example in sorted(examples.items()):
            found.append((f"spec {operation_id} {name}", operation_id, example["value"]["data"]))
    for entry in seed_examples():
        if entry["kind"] == "success":
            body = load_jsonc(SEEDS / entry["file"])
            found.append((entry["file"], entry["operationId"], body.get("data")))
    return found


EXAMPLES = _examples()
DECODED = [e for e in EXAMPLES if codec(e[1])[2] is not None]


def test_every_documented_answer_with_a_model_is_covered() -> None:
    assert len(EXAMPLES) >= 40
    from connectfi_async._generated.operations import OPERATIONS

    with_model = {op for op in _GROUP if codec(op)[2] is not None}
    assert with_model == {op for op, o in OPERATIONS.items() if o.data.model is not None}
    assert {op for _, op, _ in DECODED} <= with_model


@pytest.mark.parametrize(("name", "operation_id", "data"), DECODED, ids=[e[0] for e in DECODED])
def test_documented_answer_decodes(name: str, operation_id: str, data: Any) -> None:
    data = json_loads(json_dumps(data))  # as the engine sees it: numbers as Decimal
    decoded = codec(operation_id)[2](data)
    items = decoded if isinstance(decoded, list) else [decoded]
    assert all(hasattr(item, "to_dict") for item in items)


def _required_paths(data: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Paths of every key in the example (the decoder must name any required one removed)."""
    out: list[tuple[Any, ...]] = []
    if isinstance(data, dict):
        for key, value in data.items():
            out.append((*prefix, key))
            out += _required_paths(value, (*prefix, key))
    elif isinstance(data, list) and data:
        out += _required_paths(data[0], (*prefix, 0))
    return out


def _without(data: Any, path: tuple[Any, ...]) -> Any:
    if len(path) == 1:
        return {k: v for k, v in data.items() if k != path[0]}
    copy = list(data) if isinstance(data, list) else dict(data)
    copy[path[0]] = _without(data[path[0]], path[1:])
    return copy


def _replace(data: Any, path: tuple[Any, ...], value: Any) -> Any:
    copy = list(data) if isinstance(data, list) else dict(data)
    copy[path[0]] = value if len(path) == 1 else _replace(data[path[0]], path[1:], value)
    return copy


def _shown(path: tuple[Any, ...]) -> str:
    return "data" + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in path)


@pytest.mark.parametrize(("name", "operation_id", "data"), DECODED, ids=[e[0] for e in DECODED])
def test_a_removed_or_mistyped_field_is_named(name: str, operation_id: str, data: Any) -> None:
    decode = codec(operation_id)[2]
    data = json_loads(json_dumps(data))
    for path in _required_paths(data):
        # An optional field may be removed; a required one must be named.
        problem = _problem(decode, _without(data, path))
        assert problem is None or problem == f"{_shown(path)}: required, missing"
        value = data
        for part in path:
            value = value[part]
        if isinstance(value, str):
            # A string field given an object is mistyped wherever the spec says "string".
            problem = _problem(decode, _replace(data, path, {"x": 1}))
            assert problem is None or problem == f"{_shown(path)}: must be string, not an object"


def _problem(decode: Any, data: Any) -> str | None:
    try:
        decode(data)
    except DecodeProblem as problem:
        return problem.where()
    return None


def test_the_message_names_the_path_and_never_the_value() -> None:
    decode = codec("ibisFinancialFundsCredit")[2]
    answer = {"reference": "r1", "cFiFundsId": "f1", "type": "credit", "cFiStatus": "Complete"}
    decode(answer)
    with pytest.raises(DecodeProblem) as caught:
        decode({k: v for k, v in answer.items() if k != "cFiFundsId"})
    assert caught.value.where() == "data.cFiFundsId: required, missing"
    with pytest.raises(DecodeProblem) as caught:
        decode({**answer, "reference": ["4111111111111111"]})
    assert caught.value.where() == "data.reference: must be string, not an array"
    assert "4111" not in caught.value.where()
    with pytest.raises(DecodeProblem) as caught:
        decode({**answer, "reversal": {"cFiStatus": 5}})
    assert caught.value.where() == "data.reversal.cFiStatus: must be string, not number"
