"""Error answers become typed exceptions: the 45 seed examples and malformed answers."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from client_support import BASE, LOGIN, PASSWORD, login_response
from pytest_httpx import HTTPXMock
from spec_support import SEEDS, load_jsonc, operation, seed_examples, strip_jsonc

from connectfi_async import ConnectFi, RetryPolicy, errors


@pytest.fixture(autouse=True)
def _httpx_backend(monkeypatch: pytest.MonkeyPatch) -> None:
    """pytest-httpx patches httpx, so these tests run on the httpx backend, as an application
    on httpx mocks it; test_httpx2.py mocks the default (httpx2) with httpx2-pytest."""
    monkeypatch.setenv("CONNECTFI_BACKEND", "httpx")


EXPECTED = {
    "referenceExists": errors.ReferenceExistsError,
    "requestValidateError": errors.RequestValidationError,
    "ibisProgramNotSupported": errors.PreconditionError,
    "kycNotInitialized": errors.PreconditionError,
    "ibisApplicationIsNotApproved": errors.PreconditionError,
    "ibisApplicationCreditLimit": errors.PreconditionError,
    "ibisFundsCurrency": errors.PreconditionError,
    "ibisCannotReverseError": errors.PreconditionError,
    "ibisApplicationNotFound": errors.NotFoundError,
    "ibisFundsTransferNotFound": errors.NotFoundError,
}
DECLINES = {"51": errors.InsufficientFundsError, "55": errors.InvalidPinError}
ERRORS = [e for e in seed_examples() if e["kind"] == "error"]
REQUESTS = {
    e["operationId"]: load_jsonc(SEEDS / e["file"])
    for e in reversed(seed_examples())
    if e["kind"] == "request" and "EXT_REFERENCE" not in (SEEDS / e["file"]).read_text()
    and e["file"] != "ibis/066_ibisCardReissue_request.jsonc"
}  # fmt: skip


@pytest.fixture
async def cf() -> AsyncIterator[ConnectFi]:
    async with ConnectFi(BASE, LOGIN, PASSWORD, retry=RetryPolicy(max_attempts=1)) as client:
        yield client


async def call(cf: ConnectFi, operation_id: str) -> Any:
    op = operation(operation_id)
    target: Any = cf
    for part in op["x-connectfi-method"].split("."):
        target = getattr(target, part)
    if operation_id == "ibisCreditCardApplicationGet":
        return await target("gsa_hsTrKNlU8sapLGjUimPrG1")
    return await target(REQUESTS[operation_id])


def test_all_45_seed_errors_are_covered() -> None:
    assert len(ERRORS) == 45


@pytest.mark.parametrize("entry", ERRORS, ids=[e["file"] for e in ERRORS])
async def test_seed_error_maps_to_its_exception(
    cf: ConnectFi, httpx_mock: HTTPXMock, entry: dict[str, Any]
) -> None:
    text = strip_jsonc((SEEDS / entry["file"]).read_text())
    body = json.loads(text)
    path = next(p for p, item in _paths() if entry["operationId"] in item)
    httpx_mock.add_response(url=f"{BASE}/auth/get-token", content=login_response().content)
    httpx_mock.add_response(
        url=httpx.URL(BASE + path.replace("{applicationId}", "gsa_hsTrKNlU8sapLGjUimPrG1")),
        status_code=entry["status"],
        content=text.encode(),
    )
    with pytest.raises(errors.ApiError) as caught:
        await call(cf, entry["operationId"])
    error = caught.value
    code = body["code"]
    expected = (
        DECLINES.get(body.get("subCode"), errors.DeclinedError)
        if code == "extIbis"
        else EXPECTED[code]
    )
    assert type(error) is expected
    assert error.status_code == entry["status"]
    assert error.code == code
    assert error.sub_code == body.get("subCode")
    assert error.message == body.get("message")
    assert error.context == body.get("context")
    assert error.request_id == body["requestId"]
    assert error.body == text.encode()
    assert str(error).startswith(f"{code}")
    assert body["requestId"] in str(error).split(":")[0]
    if isinstance(error, errors.ReferenceExistsError):
        assert error.reference == body["context"]["reference"]
        assert error.entity_id == body["context"]["entityId"]
    if isinstance(error, errors.RequestValidationError):
        assert [v.to_ajv() for v in error.violations] == body["context"]
        assert all(isinstance(v, errors.Violation) for v in error.violations)
        assert isinstance(error, errors.InvalidRequestError)


def _paths() -> list[tuple[str, set[str]]]:
    from spec_support import spec

    return [
        (path, {op["operationId"] for op in item.values()})
        for path, item in spec()["paths"].items()
    ]


@pytest.mark.parametrize(
    ("status", "content", "cls"),
    [
        (502, b"<html><body>502 Bad Gateway</body></html>", errors.ServerError),
        (520, b"", errors.ServerError),
        (400, b'{"requestId": "abc", "code": "referenceEx', errors.UnexpectedResponseError),
        (400, b'{"requestId": "abc"}', errors.UnexpectedResponseError),
        (400, b"[1, 2]", errors.UnexpectedResponseError),
        (404, b"Not Found", errors.UnexpectedResponseError),
        (418, b'{"code": "brandNewCode", "message": "hi"}', errors.ApiError),
    ],
)
async def test_malformed_error_answers_are_typed(
    cf: ConnectFi, httpx_mock: HTTPXMock, status: int, content: bytes, cls: type
) -> None:
    httpx_mock.add_response(url=f"{BASE}/auth/get-token", content=login_response().content)
    httpx_mock.add_response(url=f"{BASE}/ibis/card/status", status_code=status, content=content)
    with pytest.raises(errors.ApiError) as caught:
        await cf.ibis.card.status({"cFiCardId": "c"})
    assert type(caught.value) is cls
    assert caught.value.status_code == status
    assert caught.value.body == content
    assert caught.value.text == content.decode()
    if status == 418:
        assert caught.value.code == "brandNewCode"


@pytest.mark.parametrize(
    "content",
    [
        b"<html>ok</html>",
        b'{"code": "0", "data": {"cFiCardId": "c"',
        b'{"code": "0", "data": [1, 2]}',
        b'{"code": "0", "data": {"balance": "lots"}}',
        b'{"data": {}}',
    ],
)
async def test_malformed_success_answers_are_typed(
    cf: ConnectFi, httpx_mock: HTTPXMock, content: bytes
) -> None:
    httpx_mock.add_response(url=f"{BASE}/auth/get-token", content=login_response().content)
    httpx_mock.add_response(url=f"{BASE}/ibis/card/status", content=content)
    with pytest.raises(errors.UnexpectedResponseError) as caught:
        await cf.ibis.card.status({"cFiCardId": "c"})
    assert caught.value.body == content
    assert caught.value.status_code == 200


async def test_error_code_in_a_200_is_an_error(cf: ConnectFi, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(url=f"{BASE}/auth/get-token", content=login_response().content)
    httpx_mock.add_response(
        url=f"{BASE}/ibis/card/status", content=b'{"code": "extIbis", "subCode": "SD"}'
    )
    with pytest.raises(errors.DeclinedError):
        await cf.ibis.card.status({"cFiCardId": "c"})
