"""ConnectFi: the client object users hold, and the engine every generated method calls."""

from __future__ import annotations

import random
import sys
import time
from collections.abc import Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, Literal
from urllib.parse import quote

import httpx

from . import errors
from ._auth import TOKEN_HEADER, TokenAuth
from ._config import (
    DEFAULT_LIMITS,
    DEFAULT_TIMEOUT,
    Credentials,
    RetryPolicy,
    env_base_url,
    env_credentials,
)
from ._generated.sdk import OPERATIONS, RootApi, RootApiRaw
from ._generated.types import json_dumps
from ._logging import log_call
from ._money import MoneyTypeError, normalize
from ._operations import ApiResponse, Operation, Options
from ._spec import document
from ._transport import AiohttpSender, HttpxSender, Sender, SendFailure, aiohttp_available
from ._wire import parse_json, to_error, unexpected
from .references import new_reference
from .token_store import TokenStore, store_key

if TYPE_CHECKING:
    from ._validation import RequestValidators

_JSON_HEADERS = {"Content-Type": "application/json", "Accept": "application/json"}
_ACCEPT = {"Accept": "application/json"}
Backend = Literal["auto", "httpx", "aiohttp"]


def _choose_backend(
    backend: Backend, http_client: httpx.AsyncClient | None, transport: object | None
) -> str:
    """aiohttp when asked, or by default when installed and nothing httpx-specific was given.

    pytest-httpx mocks httpx, so while it is imported the default stays httpx and its mocks
    see every call.
    """
    if backend != "auto":
        if backend == "aiohttp" and (http_client is not None or transport is not None):
            raise ValueError("http_client and transport are httpx options; use backend='httpx'")
        return backend
    if http_client is not None or transport is not None or "pytest_httpx" in sys.modules:
        return "httpx"
    return "aiohttp" if aiohttp_available() else "httpx"


async def _sleep(seconds: float) -> None:
    import asyncio  # at first use: importing the SDK stays cheap

    await asyncio.sleep(seconds)


class _Outcome(Exception):
    """Internal: one attempt's failure, with whether it may be retried."""

    def __init__(self, error: errors.ConnectFiError, *, sent: bool, wait: float | None = None):
        self.error = error
        self.sent = sent
        self.wait = wait


class ConnectFi(RootApi):
    """The connectFi API client: one pooled connection set, safe to share across tasks.

    ``async with ConnectFi(base_url=..., login=..., password=...) as cf:`` then
    ``await cf.ibis.card.status({"cFiCardId": card_id})``. Every method returns the typed
    ``data`` of the answer; ``cf.with_raw_response`` has the same methods returning
    :class:`ApiResponse` (status, headers, ``requestId``, data).
    """

    def __init__(
        self,
        base_url: str | None = None,
        login: str | None = None,
        password: str | None = None,
        *,
        timeout: float | httpx.Timeout | None = None,
        limits: httpx.Limits | None = None,
        retry: RetryPolicy | None = None,
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        backend: Backend = "auto",
        validate: bool = True,
        token_store: TokenStore | None = None,
    ) -> None:
        base = base_url or env_base_url()
        if base is None and http_client is None:
            raise ValueError("base_url is required (or set CONNECTFI_BASE_URL)")
        if login and password:
            self._credentials: Credentials | None = Credentials(login, password)
        elif login or password:
            raise ValueError("give both login and password, or neither")
        else:
            self._credentials = env_credentials()
        timeouts = DEFAULT_TIMEOUT if timeout is None else httpx.Timeout(timeout)
        pool = limits or DEFAULT_LIMITS
        self.backend = _choose_backend(backend, http_client, transport)
        self._sender: Sender
        if self.backend == "aiohttp":
            self._base_url = str(base)
            self._sender = AiohttpSender(self._base_url, timeout=timeouts, limits=pool)
        else:
            client = http_client or httpx.AsyncClient(
                base_url=base or "", timeout=timeouts, limits=pool, transport=transport
            )
            if base_url and http_client is not None:
                client.base_url = httpx.URL(base_url)
            self._base_url = str(client.base_url)
            self._sender = HttpxSender(client, owned=http_client is None)
        self.retry = retry or RetryPolicy()
        # token_store: where the token lives; a RedisTokenStore shares it across processes.
        login_name = self._credentials.login if self._credentials else None
        self.token_auth = TokenAuth(
            self._login, store=token_store, key=store_key(self._base_url, login_name)
        )
        self._validate = validate
        self._validators: RequestValidators | None = None
        self._random = random.Random()
        self._header_sets: dict[int, tuple[str, dict[str, str]]] = {}
        super().__init__(self)

    def __repr__(self) -> str:
        login = self._credentials.login if self._credentials else None
        return f"ConnectFi(base_url={self._base_url!r}, login={login!r}, backend={self.backend!r})"

    async def __aenter__(self) -> ConnectFi:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Close the connection pool (a caller's own httpx client stays open)."""
        await self._sender.aclose()

    @property
    def with_raw_response(self) -> RootApiRaw:
        """The same methods, returning :class:`ApiResponse` instead of the bare data."""
        return self._child("with_raw_response", RootApiRaw)

    @property
    def http_client(self) -> httpx.AsyncClient:
        """The underlying ``httpx.AsyncClient`` (httpx backend only)."""
        if not isinstance(self._sender, HttpxSender):
            raise AttributeError("this client sends through aiohttp (backend='aiohttp')")
        return self._sender.client

    # -- the engine -------------------------------------------------------------------------

    async def _login(self) -> tuple[str, str | None]:
        if self._credentials is None:
            raise errors.AuthenticationError(
                status_code=0,
                code="noCredentials",
                message="no login/password given (or CONNECTFI_LOGIN/CONNECTFI_PASSWORD)",
            )
        body = {"user": {"login": self._credentials.login, "password": self._credentials.password}}
        try:
            answer = await self._sender.send(
                "POST", "/auth/get-token", json_dumps(body), _JSON_HEADERS, None
            )
        except SendFailure as failure:
            raise errors.TransportError(
                f"authGetToken: {failure.name}", may_have_reached_server=failure.sent
            ) from failure
        if answer.status != 200:
            raise to_error(answer.status, answer.body, answer.headers)
        data = _envelope_data(answer.status, answer.body)
        token = data.get("token") if isinstance(data, Mapping) else None
        if not isinstance(token, str) or not token:
            raise unexpected(answer.status, answer.body, "login answer without a token")
        expires = data.get("dtsExpireAt")
        return token, expires if isinstance(expires, str) else None

    def _prepare(self, operation: Operation, body: Any, options: Options) -> tuple[Any, str | None]:
        if operation.content_type is None or body is None:
            return None, None
        if operation.content_type != "application/json":
            return body, None  # multipart: the generated model builds the form
        if hasattr(body, "to_dict"):
            payload = body.to_dict()
        elif isinstance(body, Mapping):
            payload = dict(body)  # nested objects are copied only where normalize() writes
        else:
            raise TypeError(f"{operation.operation_id}: body must be a mapping or a request model")
        reference = None
        if operation.has_reference:
            reference = payload.get("reference") or options.reference or new_reference()
            if options.reference and payload.get("reference") not in (None, options.reference):
                raise ValueError("reference given twice with different values")
            payload["reference"] = reference
        try:
            normalize(operation.operation_id, payload)
        except MoneyTypeError as exc:
            raise errors.ValidationError(operation.operation_id, [_MoneyViolation(exc)]) from None
        if self._validate:
            if self._validators is None:
                from ._validation import RequestValidators

                self._validators = RequestValidators(document())
            violations = self._validators.validate(operation.operation_id, payload)
            if violations:
                raise errors.ValidationError(operation.operation_id, violations)
        return payload, reference

    async def call(
        self,
        operation: Operation,
        path_args: tuple[str, ...],
        body: Any,
        options: Options,
    ) -> ApiResponse[Any]:
        """Send one operation with validation, retries and exactly-once recovery."""
        payload, reference = self._prepare(operation, body, options)
        url = _url(operation, path_args)
        content: bytes | None = None
        files: Any = None
        headers: Mapping[str, str] = _ACCEPT
        if operation.content_type == "application/json" and payload is not None:
            content, headers = json_dumps(payload), _JSON_HEADERS
        elif payload is not None:
            files = payload.to_multipart() if hasattr(payload, "to_multipart") else payload
        request = (operation, url, content, headers, options.timeout, files)
        policy = self.retry
        deadline = time.monotonic() + policy.deadline
        outcome_unknown = False
        attempt = 0
        while True:
            attempt += 1
            try:
                return await self._attempt(request, attempt, reference)
            except errors.ReferenceExistsError as exists:
                # After an attempt whose outcome is unknown, referenceExists means that attempt
                # did the work: fetch its entity and answer with it, once.
                if reference is not None and (outcome_unknown or options.return_existing):
                    return await self._recover(operation, reference, exists)
                raise
            except _Outcome as failure:
                error = failure.error
                outcome_unknown = outcome_unknown or failure.sent
                retryable = not failure.sent or operation.retry in ("safe", "reference")
                if isinstance(error, errors.RateLimitError):
                    retryable = True  # the server refused it: nothing was done
                wait = self._wait(attempt, failure.wait)
                if (
                    not retryable
                    or attempt >= policy.max_attempts
                    or time.monotonic() + wait > deadline
                ):
                    raise error from None
                await _sleep(wait)

    def _with_token(self, headers: Mapping[str, str], token: str) -> Mapping[str, str]:
        # The same few header sets serve every call until the token changes: no dict per call.
        cached = self._header_sets.get(id(headers))
        if cached is None or cached[0] != token:
            cached = self._header_sets[id(headers)] = (token, {**headers, TOKEN_HEADER: token})
        return cached[1]

    def _wait(self, attempt: int, retry_after: float | None) -> float:
        if retry_after is not None:
            return min(max(retry_after, 0.0), self.retry.max_retry_after)
        return self.retry.backoff(attempt, self._random.random())

    async def _attempt(
        self, request: tuple[Any, ...], attempt: int, reference: str | None
    ) -> ApiResponse[Any]:
        operation, url, content, headers, timeout, files = request
        started = time.perf_counter()
        token = self.token_auth.current() or await self.token_auth.token()
        try:
            response = await self._sender.send(
                operation.method, url, content, self._with_token(headers, token), timeout, files
            )
            if response.status == 401:
                # A rejected token: log in again (once for everyone) and replay this request.
                self.token_auth.rejected(token)
                token = await self.token_auth.token()
                response = await self._sender.send(
                    operation.method, url, content, self._with_token(headers, token), timeout, files
                )
        except SendFailure as exc:
            log_call(
                operation.method, operation.path, exc.name, None, attempt,
                (time.perf_counter() - started) * 1000,
            )  # fmt: skip
            failure = errors.TransportError(
                f"{operation.operation_id}: {exc.name}"
                + (" (the request may have reached the server)" if exc.sent else " (not sent)"),
                may_have_reached_server=exc.sent,
            )
            raise _Outcome(failure, sent=exc.sent) from exc
        raw = response.body
        status = response.status
        if 200 <= status < 300:
            try:
                document_ = parse_json(raw)
            except (ValueError, UnicodeDecodeError, RecursionError):
                document_ = None
            request_id = _request_id(document_)
            log_call(
                operation.method,
                operation.path,
                status,
                request_id,
                attempt,
                (time.perf_counter() - started) * 1000,
            )
            if not isinstance(document_, Mapping) or document_.get("code") != "0":
                if isinstance(document_, Mapping) and isinstance(document_.get("code"), str):
                    raise to_error(status, raw, response.headers)
                raise unexpected(
                    status, raw, "success status without the JSON envelope", request_id
                )
            data = _decode_data(operation, document_, status, raw, request_id)
            more = document_.get("more")
            return ApiResponse(
                data,
                status,
                response.headers,
                request_id,
                reference,
                more=more if isinstance(more, bool) else None,
            )
        error = to_error(status, raw, response.headers)
        log_call(
            operation.method,
            operation.path,
            status,
            error.request_id,
            attempt,
            (time.perf_counter() - started) * 1000,
        )
        if status in self.retry.retry_statuses and not isinstance(
            error, (errors.ReferenceExistsError, errors.RequestValidationError)
        ):
            retry_after = _retry_after(response.headers)
            if isinstance(error, errors.RateLimitError):
                error.retry_after = retry_after
            # A 5xx may come after the server did the work; a 429 means it did nothing.
            raise _Outcome(error, sent=status >= 500, wait=retry_after)
        raise error

    async def _recover(
        self, operation: Operation, reference: str, error: errors.ReferenceExistsError
    ) -> ApiResponse[Any]:
        """Fetch the entity that already carries ``reference`` and return it as this call's."""
        if operation.lookup is None:
            raise error
        lookup_id, field, is_array = operation.lookup
        lookup = OPERATIONS[lookup_id]
        query = {field: [reference] if is_array else reference}
        found = await self.call(lookup, (), query, Options())
        data = found.data
        if isinstance(data, list):
            if not data:
                raise error
            data = data[0]
        if operation.data_class is not None and hasattr(data, "to_dict"):
            data = operation.data_class.from_dict(data.to_dict())
        return ApiResponse(
            data, found.status_code, found.headers, found.request_id, reference, recovered=True
        )


class _MoneyViolation:
    """A violation in the shape ValidationError expects, for a refused money value."""

    keyword = "type"

    def __init__(self, exc: MoneyTypeError) -> None:
        self.field = exc.field
        self.message = str(exc).split(": ", 1)[1]


def _url(operation: Operation, path_args: tuple[str, ...]) -> str:
    if not operation.path_params:
        return operation.path
    values = {}
    for name, value in zip(operation.path_params, path_args, strict=True):
        if not isinstance(value, str) or not value:
            raise errors.ValidationError(operation.operation_id, [_PathViolation(name)])
        values[name] = quote(value, safe="")
    return operation.path.format(**values)


class _PathViolation:
    keyword = "required"
    message = "must be a non-empty string"

    def __init__(self, name: str) -> None:
        self.field = name


def _request_id(document_: Any) -> str | None:
    if isinstance(document_, Mapping):
        value = document_.get("requestId")
        return value if isinstance(value, str) else None
    return None


def _envelope_data(status: int, raw: bytes) -> Any:
    try:
        document_ = parse_json(raw)
    except (ValueError, UnicodeDecodeError, RecursionError):
        raise unexpected(status, raw, "answer is not JSON") from None
    if not isinstance(document_, Mapping) or document_.get("code") != "0":
        raise unexpected(status, raw, "answer is not a success envelope", _request_id(document_))
    return document_.get("data")


def _decode_data(
    operation: Operation, document_: Mapping[str, Any], status: int, raw: bytes, request_id: Any
) -> Any:
    data = document_.get("data")
    cls = operation.data_class
    if cls is None:
        return data
    try:
        if operation.data_is_list:
            if not isinstance(data, list):
                raise TypeError("data is not a list")
            return [cls.from_dict(item) for item in data]
        if not isinstance(data, Mapping):
            raise TypeError("data is not an object")
        return cls.from_dict(data)
    except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as exc:
        raise unexpected(status, raw, f"malformed data: {type(exc).__name__}", request_id) from None


def _retry_after(headers: Mapping[str, str]) -> float | None:
    value = headers.get("retry-after")
    if value is None:
        return None
    try:
        return float(value)
    except ValueError:
        pass
    from email.utils import parsedate_to_datetime

    try:
        return parsedate_to_datetime(value).timestamp() - time.time()
    except (TypeError, ValueError):
        return None
