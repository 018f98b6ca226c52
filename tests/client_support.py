"""Helpers for the client tests: canned connectFi answers for pytest-httpx."""

from __future__ import annotations

import json
from typing import Any

import httpx

from connectfi_async._transport.choice import default_backend

# The end-to-end flows run on the default sender (httpx2; httpx on Python 3.10) and on aiohttp;
# the conformance suite holds every sender, httpx included, to the same contract.
E2E_BACKENDS = [default_backend(), "aiohttp"]

BASE = "http://127.0.0.1:9"
LOGIN = "demo_client"
PASSWORD = "Sup3r-Secret-Pa55"
TOKEN = "T0k3n" + "x" * 61


def envelope(data: Any, request_id: str = "0123456789abcdef0123456789abcdef") -> bytes:
    return json.dumps({"code": "0", "data": data, "requestId": request_id}).encode()


def login_response(token: str = TOKEN, expires: str = "2999-01-01T00:00:00.000Z") -> httpx.Response:
    return httpx.Response(200, content=envelope({"token": token, "dtsExpireAt": expires}))


def error(code: str, status: int = 400, **extra: Any) -> httpx.Response:
    body = {"requestId": "feedfacefeedfacefeedfacefeedface", "code": code, **extra}
    return httpx.Response(status, content=json.dumps(body).encode())


FUNDS = {
    "reference": "ExtCFunds123",
    "cFiFundsId": "ifnd_5YVmYv3PAdUafhyEBi1kQA",
    "type": "credit",
    "cFiCardId": "icrd_3ZBErpQcsauarnR0Qj97Lu",
    "cFiStatus": "Complete",
    "balance": 21,
}


def card_answer(card_id: str = "icrd_3ZBErpQcsauarnR0Qj97Lu", **extra: Any) -> dict[str, Any]:
    """A card answer with the fields every documented card answer carries."""
    return {
        "cFiCardId": card_id,
        "reference": "ExtCard123",
        "customerId": "cstap_52fZPjmd0jqFaR3FpZRhec",
        "cFiStatus": "Active",
        **extra,
    }


def required_fields(cls: Any) -> dict[str, Any]:
    """Placeholder values for the fields the spec requires of ``cls``'s schema."""
    if cls is None:
        return {}
    from connectfi_async._spec import document

    schemas = document()["components"]["schemas"]
    schema = schemas.get(cls.__name__, {})

    def placeholder(prop: dict[str, Any]) -> Any:
        while "$ref" in prop:
            prop = schemas[prop["$ref"].rsplit("/", 1)[1]]
        kind = prop.get("type")
        if kind == "number" or prop.get("format") == "decimal":
            return "1.00"
        return {"array": [], "object": {}, "boolean": False, "integer": 1}.get(str(kind), "x")

    properties = schema.get("properties", {})
    return {name: placeholder(properties.get(name, {})) for name in schema.get("required", [])}
