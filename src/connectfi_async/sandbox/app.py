"""The sandbox ASGI app: routing from the spec, tokens, validation, faults, envelopes."""

from __future__ import annotations

import asyncio
import re
import uuid
from collections.abc import Awaitable, Callable, MutableMapping
from datetime import timedelta
from typing import Any

from .._json import json_dumps, json_loads
from .._spec import document
from .._validation import RequestValidators
from . import ach_wire_checks, bills_cards, customers, ibis  # noqa: F401  (registers handlers)
from ._loops import call_in, elsewhere
from .errors import ApiFailure
from .faults import Fault, Faults
from .registry import ADVANCERS, HANDLERS, Page
from .state import Store, now

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

DEFAULT_LOGIN = "sandbox"
DEFAULT_PASSWORD = "sandbox-password"


class ConnectionDropped(Exception):
    """Raised after a deliberately cut response so the server closes the connection."""


class SandboxApp:
    """A stateful local connectFi API that behaves as the documentation says.

    Run it with ``python -m connectfi_async.sandbox`` (uvicorn) or use it in process through
    ``httpx.ASGITransport(app=SandboxApp())``. ``faults`` injects failures; ``store`` holds the
    state. Routes under ``/_sandbox/`` control it over HTTP (faults, token expiry, reset).
    """

    def __init__(
        self,
        *,
        login: str = DEFAULT_LOGIN,
        password: str = DEFAULT_PASSWORD,
        token_ttl: float = 3600.0,
    ) -> None:
        self.store = Store(credentials={login: password}, token_ttl=token_ttl)
        self.faults = Faults()
        self.loop: asyncio.AbstractEventLoop | None = None
        """The event loop serving the app (its last request's). ``expire_tokens``, ``advance``,
        ``review_kyc``, ``reset`` and ``drain_webhooks`` called from another thread run there,
        so a test can drive a sandbox served from a background thread."""
        self._validators = RequestValidators(document(), all_errors=False)
        self._routes: list[tuple[str, re.Pattern[str], str, bool]] = []
        # Operations whose documented body is a multipart form (the others take JSON).
        self._multipart: set[str] = set()
        for path, item in document()["paths"].items():
            pattern = re.compile("^" + re.sub(r"\{(\w+)\}", r"(?P<\1>[^/]+)", path) + "$")
            for method, op in item.items():
                secured = op.get("security", None) != []
                self._routes.append((method.upper(), pattern, op["operationId"], secured))
                if "multipart/form-data" in op.get("requestBody", {}).get("content", {}):
                    self._multipart.add(op["operationId"])

    def expire_tokens(self) -> None:
        """Make every issued token expired (the next call with one answers 401)."""
        if elsewhere(self.loop):
            return call_in(self.loop, self.expire_tokens)
        past = now() - timedelta(seconds=1)
        for token in self.store.tokens:
            self.store.tokens[token] = past

    def advance(self, steps: int = 1) -> None:
        """Move every pending transfer (ACH, wire, check, ...) ``steps`` status steps further,
        sending the webhooks that go with each change."""
        if elsewhere(self.loop):
            return call_in(self.loop, self.advance, steps)
        for _ in range(steps):
            for advancer in ADVANCERS:
                advancer(self.store)

    def review_kyc(self, application_id: str, outcome: str = "Approved") -> dict[str, Any]:
        """Decide a KYC/KYB application ("Approved" or "Denied") as PayGears' manual review
        would, sending the akepa webhook; returns the application object."""
        if elsewhere(self.loop):
            return call_in(self.loop, self.review_kyc, application_id, outcome)
        return customers.decide_kyc(self.store, application_id, outcome)

    async def drain_webhooks(self) -> None:
        """Wait until every queued webhook has been delivered."""
        await self.store.webhooks.drain()

    def reset(self) -> None:
        """Forget all state and faults (credentials and token lifetime stay)."""
        if elsewhere(self.loop):
            return call_in(self.loop, self.reset)
        self.store = Store(credentials=self.store.credentials, token_ttl=self.store.token_ttl)
        self.faults.clear()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        self.loop = asyncio.get_running_loop()
        if scope["type"] == "lifespan":
            while True:
                message = await receive()
                if message["type"] == "lifespan.startup":
                    await send({"type": "lifespan.startup.complete"})
                elif message["type"] == "lifespan.shutdown":
                    await send({"type": "lifespan.shutdown.complete"})
                    return
        if scope["type"] != "http":
            return
        body = await _read_body(receive)
        request_id = uuid.uuid4().hex
        path: str = scope["path"]
        if path.startswith("/_sandbox/"):
            status, answer = self._admin(scope["method"], path, body)
            await _respond(send, status, json_dumps(answer))
            return
        route = self._match(scope["method"], path)
        if route is None:
            failure = ApiFailure("routeNotFound", f"No route {scope['method']} {path}", status=404)
            await _respond(send, 404, json_dumps(failure.body(request_id)))
            return
        operation_id, params, secured = route
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        fault = self.faults.pick(path)
        if fault is not None and fault.mode in ("error", "rate_limit"):
            await self._refuse(send, fault, request_id)
            return
        status, payload = self._handle(operation_id, params, secured, headers, body, request_id)
        if fault is not None and fault.mode == "delay":
            await asyncio.sleep(fault.delay)
        if fault is not None and fault.mode == "drop":
            await _respond(send, status, payload, cut=True)
            raise ConnectionDropped(f"{operation_id}: response dropped after commit")
        await _respond(send, status, payload)

    def _match(self, method: str, path: str) -> tuple[str, dict[str, str], bool] | None:
        for route_method, pattern, operation_id, secured in self._routes:
            if route_method == method:
                found = pattern.match(path)
                if found:
                    return operation_id, found.groupdict(), secured
        return None

    async def _refuse(self, send: Send, fault: Fault, request_id: str) -> None:
        if fault.mode == "rate_limit":
            failure = ApiFailure("tooManyRequests", "Too many requests.", status=429)
            headers = [(b"retry-after", f"{fault.retry_after:g}".encode())]
        else:
            failure = ApiFailure("serverError", "Injected server error.", status=fault.status)
            headers = []
        await _respond(send, failure.status, json_dumps(failure.body(request_id)), headers)

    def _handle(
        self,
        operation_id: str,
        params: dict[str, str],
        secured: bool,
        headers: dict[str, str],
        raw: bytes,
        request_id: str,
    ) -> tuple[int, bytes]:
        try:
            if secured:
                self._authenticate(headers.get("x-connectfi-token"))
            body = self._parse(operation_id, headers.get("content-type", ""), raw)
            handler = HANDLERS.get(operation_id)
            if handler is None:
                raise ApiFailure(
                    "notSupportedBySandbox",
                    f"The sandbox does not implement {operation_id} yet.",
                )
            data = handler(self.store, body, params)
        except ApiFailure as failure:
            return failure.status, json_dumps(failure.body(request_id))
        answer: dict[str, Any] = {"code": "0"}
        if isinstance(data, Page):
            answer["data"] = data.data
            answer["more"] = data.more
        else:
            answer["data"] = data
        answer["requestId"] = request_id
        return 200, json_dumps(answer)

    def _authenticate(self, token: str | None) -> None:
        if not token:
            raise ApiFailure("unauthorized", "Authentication error", status=401)
        expires = self.store.tokens.get(token)
        if expires is None:
            raise ApiFailure("unauthorized", "Authentication error", status=401)
        if expires <= now():
            raise ApiFailure("unauthorized", "Token expired", status=401)

    def _parse(self, operation_id: str, content_type: str, raw: bytes) -> Any:
        if operation_id in self._multipart and content_type.lower().startswith(
            "multipart/form-data"
        ):
            return {"size": len(raw)}
        if not raw:
            body: Any = None
        else:
            try:
                body = json_loads(raw)
            except (ValueError, UnicodeDecodeError):
                raise ApiFailure(
                    "requestValidateError",
                    "Request body is not valid JSON.",
                    context=[
                        {
                            "instancePath": "",
                            "schemaPath": "#/type",
                            "keyword": "type",
                            "params": {"type": "object"},
                            "message": "must be object",
                        }
                    ],
                ) from None
        if operation_id in self._validators.operation_ids:
            violations = self._validators.validate(operation_id, body)
            if violations:
                raise ApiFailure("requestValidateError", context=[v.to_ajv() for v in violations])
        return body

    def _admin(self, method: str, path: str, raw: bytes) -> tuple[int, Any]:
        body = json_loads(raw) if raw else {}
        if path == "/_sandbox/faults" and method == "POST":
            fault = self.faults.add(Fault(**body))
            return 200, {"added": repr(fault)}
        if path == "/_sandbox/faults" and method == "DELETE":
            self.faults.clear()
            return 200, {"cleared": True}
        if path == "/_sandbox/expire-tokens" and method == "POST":
            self.expire_tokens()
            return 200, {"expired": len(self.store.tokens)}
        if path == "/_sandbox/reset" and method == "POST":
            self.reset()
            return 200, {"reset": True}
        if path == "/_sandbox/advance" and method == "POST":
            self.advance(int(body.get("steps", 1)))
            return 200, {"advanced": True}
        if path == "/_sandbox/kyc-review" and method == "POST":
            try:
                return 200, self.review_kyc(body["applicationId"], body.get("outcome", "Approved"))
            except ApiFailure as failure:
                return failure.status, failure.body(uuid.uuid4().hex)
        if path == "/_sandbox/stats" and method == "GET":
            return 200, {
                "logins": self.store.logins,
                "transfers": len(self.store.transfers),
                "cards": len(self.store.cards),
            }
        if path == "/_sandbox/ledger" and method == "GET":
            # What a fleet run is checked against: every funds transfer and every balance.
            return 200, {
                "logins": self.store.logins,
                "transfers": [
                    {
                        "fundsId": t.funds_id,
                        "reference": t.reference,
                        "kind": t.kind,
                        "cFiCardId": t.card_id,
                        "amount": str(t.amount),
                        "description": t.description,
                    }
                    for t in self.store.transfers.values()
                ],
                "balances": {c.card_id: str(c.balance) for c in self.store.cards.values()},
            }
        return 404, {"code": "routeNotFound"}


async def _read_body(receive: Receive) -> bytes:
    chunks = []
    while True:
        message = await receive()
        chunks.append(message.get("body", b""))
        if not message.get("more_body"):
            return b"".join(chunks)


async def _respond(
    send: Send,
    status: int,
    payload: bytes,
    headers: list[tuple[bytes, bytes]] | None = None,
    *,
    cut: bool = False,
) -> None:
    # A cut response promises more bytes than it sends, so the server must close the connection.
    length = len(payload) + (64 if cut else 0)
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(length).encode()),
                *(headers or []),
            ],
        }
    )
    await send(
        {"type": "http.response.body", "body": payload[: len(payload) // 2] if cut else payload}
    )
