"""A missing optional dependency names the ``pip install`` that brings it.

Each test hides the dependency (``sys.modules[name] = None`` makes ``import name`` fail) and
checks the error: a MissingExtraError (an ImportError and a ConnectFiError) whose message names
the exact command, with the original ImportError chained.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

import pytest

from connectfi_async import ConnectFi, ConnectFiError, MissingExtraError, encryption
from connectfi_async._transport.choice import default_backend
from connectfi_async.testing import SandboxServer


def hide(monkeypatch: pytest.MonkeyPatch, *modules: str) -> None:
    """Make ``import`` of each module fail; ours that import them are imported afresh."""
    for name in modules:
        monkeypatch.setitem(sys.modules, name, None)
    monkeypatch.delitem(sys.modules, "connectfi_async._transport.aiohttp", raising=False)


def check(error: MissingExtraError, module: str, extra: str) -> None:
    assert isinstance(error, ImportError)
    assert isinstance(error, ConnectFiError)
    assert f"needs {module}: pip install 'connectfi-async[{extra}]'" in str(error)
    assert error.install == f"pip install 'connectfi-async[{extra}]'"
    assert (error.name, error.extra) == (module, extra)
    assert isinstance(error.__cause__, ImportError)
    assert not isinstance(error.__cause__, MissingExtraError)


@pytest.mark.parametrize("by", ["argument", "environment"])
def test_the_aiohttp_backend_without_aiohttp_names_the_fast_extra(
    monkeypatch: pytest.MonkeyPatch, by: str
) -> None:
    hide(monkeypatch, "aiohttp")
    options: dict[str, Any] = {}
    if by == "argument":
        options["backend"] = "aiohttp"
    else:
        monkeypatch.setenv("CONNECTFI_BACKEND", "aiohttp")
    with pytest.raises(MissingExtraError) as caught:
        ConnectFi("http://127.0.0.1:9", "login", "password", **options)
    check(caught.value, "aiohttp", "fast")
    # The default backend does not need it.
    monkeypatch.delenv("CONNECTFI_BACKEND", raising=False)
    assert ConnectFi("http://127.0.0.1:9", "login", "password").backend == default_backend()


@pytest.mark.parametrize(
    "encrypt",
    [
        lambda key: encryption.encrypt_account_number("1234567890", key),
        lambda key: encryption.encrypt_card("4111111111111111", "203012", "737", key, "key-1"),
    ],
    ids=["account-number", "card"],
)
def test_encryption_without_cryptography_names_the_crypto_extra(
    monkeypatch: pytest.MonkeyPatch, encrypt: Callable[[str], Any]
) -> None:
    hide(
        monkeypatch,
        "cryptography",
        "cryptography.hazmat.primitives",
        "cryptography.hazmat.primitives.asymmetric",
    )
    with pytest.raises(MissingExtraError) as caught:
        encrypt("-----BEGIN PUBLIC KEY-----\n-----END PUBLIC KEY-----\n")
    check(caught.value, "cryptography", "crypto")


def test_redis_token_store_without_redis_names_the_redis_extra(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from connectfi_async import RedisTokenStore

    hide(monkeypatch, "redis", "redis.asyncio", "redis.exceptions")
    with pytest.raises(MissingExtraError) as caught:
        RedisTokenStore.from_url("redis://127.0.0.1:9/0")
    check(caught.value, "redis", "redis")
    with pytest.raises(MissingExtraError) as caught:
        RedisTokenStore(object())  # type: ignore[arg-type]
    check(caught.value, "redis", "redis")


async def test_serving_the_sandbox_without_uvicorn_names_the_sandbox_extra(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from connectfi_async.sandbox import SandboxApp
    from connectfi_async.sandbox.__main__ import main

    hide(monkeypatch, "uvicorn")
    with pytest.raises(MissingExtraError) as caught:
        async with SandboxServer():
            pass
    check(caught.value, "uvicorn", "sandbox")
    with pytest.raises(MissingExtraError) as caught, SandboxServer():  # the fixture's way
        pass
    check(caught.value, "uvicorn", "sandbox")
    with pytest.raises(MissingExtraError) as caught:
        main(["--port", "9"])
    check(caught.value, "uvicorn", "sandbox")
    # The app itself needs no server: it still runs in process.
    import httpx

    transport = httpx.ASGITransport(app=SandboxApp())
    async with httpx.AsyncClient(transport=transport, base_url="http://sandbox") as http:
        assert (await http.get("/_sandbox/stats")).status_code == 200
