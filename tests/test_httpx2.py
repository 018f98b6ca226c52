"""httpx2, the default sender on Python 3.11+: mocking it as its users do (httpx2-pytest).

The conformance suite (test_backend_conformance.py) runs every contract test on it; this module
needs httpx2 and httpx2-pytest, which exist from Python 3.11 on (not collected on 3.10).
"""

from __future__ import annotations

from typing import Any

import pytest

from connectfi_async import ConnectFi
from connectfi_async._json import json_dumps

LOGIN, PASSWORD, TOKEN = "mocked", "mocked-password", "tok_" + "m" * 40
LOGIN_ANSWER = json_dumps(
    {"code": "0", "data": {"token": TOKEN, "dtsExpireAt": "2999-01-01T00:00:00.000Z"}}
)
OK = json_dumps({"code": "0", "data": {"status": "ok"}, "requestId": "req-1"})


async def test_httpx2_pytest_mocks_the_default_client(
    monkeypatch: pytest.MonkeyPatch, httpx2_mock: Any
) -> None:
    """httpx2-pytest's ``httpx2_mock`` fixture sees every call of the default (httpx2) client."""
    monkeypatch.delenv("CONNECTFI_BACKEND", raising=False)
    httpx2_mock.add_response(
        method="POST", url="https://api.example.test/auth/get-token", content=LOGIN_ANSWER
    )
    httpx2_mock.add_response(method="GET", url="https://api.example.test/health", content=OK)
    async with ConnectFi("https://api.example.test", LOGIN, PASSWORD) as cf:
        assert cf.backend == "httpx2"
        assert await cf.health() == {"status": "ok"}
    health = httpx2_mock.get_requests()[-1]
    assert health.headers["x-connectfi-token"] == TOKEN
