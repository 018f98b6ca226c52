"""ConnectFi: the client object users hold, and the engine every generated method calls."""

from __future__ import annotations

import functools
import random
import re
import ssl
import time
from collections.abc import Awaitable, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, Literal
from urllib.parse import quote

from . import errors
from ._auth import TOKEN_HEADER, TokenAuth, token_lifetime
from ._bindings import PROCESS_BINDINGS, binding_key, fingerprint
from ._config import (
    Credentials,
    PoolLimits,
    RetryPolicy,
    Timeout,
    as_limits,
    as_timeout,
    env_base_url,
    env_credentials,
)
from ._generated.sdk import OPERATIONS, RootApi, RootApiRaw
from ._json import json_dumps
from ._logging import log_call, log_recovery, log_retry, setup_from_env
from ._money import MoneyTypeError, normalize
from ._operations import ApiResponse, Operation, Options
from ._recovery import compared_fields, current_state, differences, is_already_done, recover
from ._retry import Failure, classify, retry_after_seconds
from ._spec import document
from ._telemetry import traced_attempt, traced_call
from ._transport import DEFAULT_MAX_RESPONSE_SIZE, Sender, SendFailure, user_agent
from ._transport.choice import BACKENDS, choose_backend, new_sender, sender_config
from ._wire import parse_json, to_error, unexpected
from .references import new_reference
from .token_store import TokenStore, store_key

if TYPE_CHECKING:
    import httpx
    import httpx2

    from ._validation import RequestValidators

_UA = {"User-Agent": user_agent()}
_JSON_HEADERS = {**_UA, "Content-Type": "application/json", "Accept": "application/json"}
_ACCEPT = {**_UA, "Accept": "application/json"}
Backend = Literal["httpx2", "httpx", "aiohttp"]
# At most this many replays of a request answered 401 (see _attempt).
_REPLAYS = 3
__all__ = ["BACKENDS", "ConnectFi"]


async def _sleep(seconds: float) -> None:
    import asyncio  # at first use: importing the SDK stays cheap

    await asyncio.sleep(seconds)


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
        timeout: float | Timeout | httpx.Timeout | httpx2.Timeout | None = None,
        limits: PoolLimits | httpx.Limits | httpx2.Limits | None = None,
        retry: RetryPolicy | None = None,
        http_client: httpx.AsyncClient | httpx2.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | httpx2.AsyncBaseTransport | None = None,
        backend: Backend | None = None,
        validate: bool = True,
        token_store: TokenStore | None = None,
        verify: bool | str | ssl.SSLContext = True,
        trust_env: bool = True,
        max_response_size: int = DEFAULT_MAX_RESPONSE_SIZE,
    ) -> None:
        setup_from_env()
        base = base_url or env_base_url()
        if base is None and http_client is None:
            raise ValueError("base_url is required (or set CONNECTFI_BASE_URL)")
        if login and password:
            self._credentials: Credentials | None = Credentials(login, password)
        elif login or password:
            raise ValueError("give both login and password, or neither")
        else:
            self._credentials = env_credentials()
        timeouts = as_timeout(timeout)
        self.backend = choose_backend(backend, http_client, transport)
        if http_client is not None and base_url:
            http_client.base_url = base_url
        config = sender_config(
            str(http_client.base_url if http_client is not None else base),
            timeouts,
            as_limits(limits),
            verify=verify,
            trust_env=trust_env,
            max_response_size=max_response_size,
        )
        self._base_url = config.base_url
        self._sender: Sender = new_sender(
            self.backend,
            config,
            http_client=http_client,
            transport=transport,
            timeout=timeout,
            limits=limits,
        )
        self._call_timeout: float | None = None
        self._extra_headers: dict[str, str] = {}
        self.retry = retry or RetryPolicy()
        # The configured bound of one attempt; a deadline closer than this clamps it.
        self._default_timeout = timeouts.total
        # token_store: where the token lives; a RedisTokenStore shares it across processes.
        login_name = self._credentials.login if self._credentials else None
        self._store_key = store_key(self._base_url, login_name)
        self.token_auth = TokenAuth(self._login, store=token_store, key=self._store_key)
        # A reference is bound to its first request in this process, and in the fleet when the
        # token store can hold bindings (RedisTokenStore): see _bindings.
        self._binding_key = binding_key(
            login_name, self._credentials.password if self._credentials else None
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
        """Close the connection pool (a caller's own httpx client stays open).

        Every later call, on this client or a view of it, raises ``ClientClosedError``.
        """
        await self._sender.aclose()

    def with_options(
        self,
        *,
        timeout: float | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ConnectFi:
        """A view of this client with other defaults, sharing its connections and token.

        ``timeout`` bounds each attempt, ``retry`` replaces the retry policy and
        ``extra_headers`` are added to every API request (a name that is not an HTTP token, a
        value with CR, LF, NUL or non-ASCII, or a header the client sets itself raises
        ``ValidationError`` here). Closing a view closes the shared pool.
        ``cf.with_options(timeout=5).ibis.card.status(...)``
        """
        from ._views import view_of

        return view_of(self, timeout=timeout, retry=retry, extra_headers=extra_headers)

    @property
    def with_raw_response(self) -> RootApiRaw:
        """The same methods, returning :class:`ApiResponse` instead of the bare data."""
        return self._child("with_raw_response", RootApiRaw)

    @property
    def http_client(self) -> httpx.AsyncClient | httpx2.AsyncClient:
        """The underlying ``httpx2.AsyncClient`` or ``httpx.AsyncClient`` (not with aiohttp)."""
        client = getattr(self._sender, "client", None)
        if client is None:
            raise AttributeError("this client sends through aiohttp (backend='aiohttp')")
        return client  # type: ignore[no-any-return]

    # -- the engine -------------------------------------------------------------------------

    async def _login(self) -> tuple[str, float]:
        """Log in (retried like any safe call); the token and its lifetime in seconds.

        The lifetime is ``dtsExpireAt`` against the answer's own ``Date`` header, so a client
        whose clock is off still keeps the token for as long as the server does.
        """
        if self._credentials is None:
            raise errors.AuthenticationError(
                status_code=0,
                code="noCredentials",
                message="no login/password given (or CONNECTFI_LOGIN/CONNECTFI_PASSWORD)",
            )
        operation = OPERATIONS["authGetToken"]
        body = {"user": {"login": self._credentials.login, "password": self._credentials.password}}
        request = (operation, operation.path, json_dumps(body), _JSON_HEADERS, None, None)
        answer = await self._run(request, None, body, Options(), authenticated=False)
        token = getattr(answer.data, "token", None)
        if not isinstance(token, str) or not token:
            raise unexpected(answer.status_code, b"", "login answer without a token")
        expires = getattr(answer.data, "dts_expire_at", None)
        return token, token_lifetime(
            expires if isinstance(expires, str) else None, answer.headers.get("date")
        )

    def _prepare(self, operation: Operation, body: Any, options: Options) -> tuple[Any, str | None]:
        operation_id = operation.operation_id
        if operation.content_type is None:
            if body is not None:
                raise errors.ValidationError(operation_id, [_Violation("body", "takes no body")])
            return None, None
        if body is None:
            raise errors.ValidationError(operation_id, [_Violation("body", "is required")])
        if operation.content_type != "application/json":
            return body, None  # multipart: the generated model builds the form
        if hasattr(body, "to_dict"):
            payload = body.to_dict()
        elif isinstance(body, Mapping):
            payload = dict(body)  # nested objects are copied only where normalize() writes
        else:
            raise errors.ValidationError(
                operation_id,
                [
                    _Violation(
                        "body", f"must be a mapping or a request model, not {type(body).__name__}"
                    )
                ],
            )
        reference = None
        field = operation.idempotency_field
        if field is not None:
            given = payload.get(field)
            for name, value in ((field, given), ("reference", options.reference)):
                if value is not None and (not isinstance(value, str) or not value):
                    raise errors.ValidationError(
                        operation_id, [_Violation(name, "must be a non-empty string or absent")]
                    )
            if given is not None and options.reference is not None and given != options.reference:
                raise errors.ValidationError(
                    operation_id,
                    [
                        _Violation(
                            field, "given in the body and as reference= with different values"
                        )
                    ],
                )
            reference = given or options.reference or new_reference()
            payload[field] = reference
        try:
            normalize(operation_id, payload)
        except MoneyTypeError as exc:
            error = errors.ValidationError(operation_id, [_Violation(exc.field, exc.why)])
            error.reference = reference
            raise error from None
        if self._validate:
            if self._validators is None:
                from ._validation import RequestValidators

                self._validators = RequestValidators(document())
            violations = self._validators.validate(operation_id, payload)
            if violations:
                error = errors.ValidationError(operation_id, violations)
                error.reference = reference
                raise error
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
            try:
                content = json_dumps(payload)
            except UnicodeEncodeError:
                raise errors.ValidationError(
                    operation.operation_id,
                    [_Violation(_surrogate_field(payload), "holds a lone surrogate (not Unicode)")],
                ) from None
            headers = _JSON_HEADERS
        elif payload is not None:
            files = payload.to_multipart() if hasattr(payload, "to_multipart") else payload
        binding = None
        proven = False
        if reference is not None:
            binding, proven = await self._bind(
                operation, reference, payload, generated=_generated(operation, body, options)
            )
        timeout = self._call_timeout if options.timeout is None else options.timeout
        request = (operation, url, content, headers, timeout, files)
        try:
            answer = await self._run(request, reference, payload, options, proven=proven)
        except errors.ConnectFiError as error:
            if binding is not None and _frees_reference(error):
                await self._unbind(reference, *binding)
            if reference is not None and error.reference is None:
                error.reference = reference
            # Never raised inside a handler, yet Python 3.10 can attach the HTTP library's
            # exception (whose request holds the token) as context across coroutine frames.
            error.__context__ = None
            raise
        if operation.new_password_field is not None and self._credentials is not None:
            # The old password stops working now: the next login must use the new one.
            self._credentials = Credentials(
                self._credentials.login, payload[operation.new_password_field]
            )
        return answer

    async def _bind(
        self, operation: Operation, reference: str, payload: Any, *, generated: bool
    ) -> tuple[tuple[str, str], bool]:
        """Refuse a reference already sent with another request (this process, then the fleet).

        Returns the binding (scope, fingerprint) and whether the reference is shown to be this
        request's alone: generated for this call, confirmed by the fleet's store, or sent with
        this very request earlier in this process.
        """
        mine = fingerprint(self._binding_key, operation.operation_id, payload)
        # Per operation: one reference may name an ACH transfer and a check (the API keeps
        # them apart); a credit and a debit sharing one meet the lookup's type check instead.
        scope = f"{self._store_key} {operation.operation_id}"
        field = operation.idempotency_field or "reference"
        proven = generated or PROCESS_BINDINGS.owner(scope, reference) == mine
        summary = compared_fields(operation, payload)
        owner, first = PROCESS_BINDINGS.bind(scope, reference, mine, summary)
        if owner != mine:
            raise errors.ReferenceReusedError(
                operation.operation_id, field, reference, "process", differences(summary, first)
            )
        bind_shared = getattr(self.token_auth.store, "bind_reference", None)
        if bind_shared is not None:
            owner = await bind_shared(scope, reference, mine)
            if owner != mine:
                PROCESS_BINDINGS.rebind(scope, reference, owner)
                raise errors.ReferenceReusedError(operation.operation_id, field, reference, "fleet")
            proven = True
        return (scope, mine), proven

    async def _unbind(self, reference: Any, scope: str, mine: str) -> None:
        """The server refused the request outright: the reference is free for another one."""
        PROCESS_BINDINGS.release(scope, reference, mine)
        release = getattr(self.token_auth.store, "release_reference", None)
        if release is not None:
            await release(scope, reference, mine)

    @traced_call  # OpenTelemetry: one span per call (and login), when configured
    async def _run(
        self,
        request: tuple[Any, ...],
        reference: str | None,
        payload: Any,
        options: Options,
        *,
        authenticated: bool = True,
        proven: bool = False,
    ) -> ApiResponse[Any]:
        """The call loop: attempts, the retry decision, recovery after an unknown outcome."""
        operation: Operation = request[0]
        policy = options.retry or self.retry
        deadline = time.monotonic() + policy.deadline
        outcome_unknown = False
        attempt = 0
        while True:
            attempt += 1
            failure: Failure | None = None
            refused: errors.ApiError | None = None
            try:
                return await self._attempt(
                    request, attempt, reference, deadline - time.monotonic(), authenticated
                )
            except Failure as caught:
                failure = caught
            except errors.ApiError as caught:
                refused = caught
            # Decided outside the except blocks: the raised error then carries no chained
            # transport exception (whose request headers hold the token).
            if refused is not None:
                if isinstance(refused, errors.ReferenceExistsError) and reference is not None:
                    # After an attempt whose outcome is unknown, referenceExists means that
                    # attempt did the work: answer with its entity, once it is shown to be ours.
                    if outcome_unknown or options.return_existing:
                        found = recover(self, operation, reference, payload, refused, proven)
                        return await _logged(
                            found,
                            operation,
                            reference,
                            outcome_unknown,
                            "found by reference and returned",
                        )
                elif outcome_unknown and is_already_done(operation.already_done, refused):
                    state = current_state(self, operation, payload)
                    return await _logged(
                        state,
                        operation,
                        reference,
                        outcome_unknown,
                        "already done; its state returned",
                    )
                raise refused
            assert failure is not None
            outcome_unknown = outcome_unknown or failure.sent
            wait = classify(
                failure, operation, attempt, policy, deadline - time.monotonic(), self._random
            )
            if wait is None:
                raise failure.error
            log_retry(operation.method, operation.path, _reason(failure.error), attempt, wait)
            await _sleep(wait)

    def _with_token(self, headers: Mapping[str, str], token: str) -> Mapping[str, str]:
        # The same few header sets serve every call until the token changes: no dict per call.
        cached = self._header_sets.get(id(headers))
        if cached is None or cached[0] != token:
            merged = {**headers, **self._extra_headers, TOKEN_HEADER: token}
            cached = self._header_sets[id(headers)] = (token, merged)
        return cached[1]

    def _attempt_timeout(
        self, operation_id: str, timeout: float | None, time_left: float
    ) -> float | None:
        """The attempt's timeout: the call's (or the client's), clamped to the time left."""
        limit = self._default_timeout if timeout is None else timeout
        if limit is not None and limit <= time_left:
            return timeout
        if time_left <= 0:
            raise Failure(
                errors.TransportError(
                    f"{operation_id}: deadline reached before sending",
                    may_have_reached_server=False,
                ),
                sent=False,
            )
        return time_left

    async def _token(self, time_left: float) -> str:
        """A token within ``time_left``; a failed login means this request was never sent."""
        current = self.token_auth.current()
        if current is not None:
            return current
        import asyncio

        failed: errors.ConnectFiError
        try:
            return await asyncio.wait_for(self.token_auth.token(), max(time_left, 0.0))
        except asyncio.TimeoutError:
            failed = errors.TransportError(
                "authGetToken: no token before the deadline", may_have_reached_server=False
            )
        except errors.TransportError as exc:
            failed = errors.TransportError(
                f"authGetToken failed: {exc}", may_have_reached_server=False
            )
        except errors.ServerError as exc:
            failed = errors.TransportError(
                f"authGetToken failed: {exc}", may_have_reached_server=False
            )
        raise Failure(failed, sent=False)

    @traced_attempt  # OpenTelemetry: one child span and one duration per attempt
    async def _attempt(
        self,
        request: tuple[Any, ...],
        attempt: int,
        reference: str | None,
        time_left: float,
        authenticated: bool,
    ) -> ApiResponse[Any]:
        operation, url, content, headers, timeout, files = request
        started = time.perf_counter()
        timeout = self._attempt_timeout(operation.operation_id, timeout, time_left)
        try:
            if authenticated:
                token = self.token_auth.current() or await self._token(time_left)
                response = await self._sender.send(
                    operation.method, url, content, self._with_token(headers, token), timeout, files
                )
                replays, renewed = 0, False
                while response.status == 401 and not renewed and replays < _REPLAYS:
                    # A rejected token: log in again (once for everyone) and replay this request.
                    # A replay may carry a token refused at the same moment for another task
                    # (401s for an older and a newer token arriving together): it is replayed
                    # again with the next one. It stops once a token logged in for it is refused.
                    logins = self.token_auth.logins
                    self.token_auth.rejected(token)
                    fresh = await self._token(time_left - (time.perf_counter() - started))
                    renewed = self.token_auth.logins != logins
                    if fresh == token and not renewed:
                        break
                    token, replays = fresh, replays + 1
                    response = await self._sender.send(
                        operation.method,
                        url,
                        content,
                        self._with_token(headers, token),
                        timeout,
                        files,
                    )
            else:
                response = await self._sender.send(
                    operation.method, url, content, headers, timeout, files
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
            raise Failure(failure, sent=exc.sent) from None
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
            retry_after = retry_after_seconds(response.headers)
            if isinstance(error, errors.RateLimitError):
                error.retry_after = retry_after
            # A 5xx may come after the server did the work; a 429 means it did nothing.
            raise Failure(error, sent=status >= 500, retry_after=retry_after)
        raise error


def _generated(operation: Operation, body: Any, options: Options) -> bool:
    """Whether this call's reference was made by the SDK (so no other request can carry it)."""
    if options.reference is not None:
        return False
    field = operation.idempotency_field
    if isinstance(body, Mapping):
        return body.get(field) is None
    to_dict = getattr(body, "to_dict", None)
    return to_dict is None or to_dict().get(field) is None


def _frees_reference(error: errors.ConnectFiError) -> bool:
    """Whether a call's error shows its reference was not used up.

    A 4xx refusal (other than ``referenceExists``, authentication and rate limits) answers
    the attempt that carried it: had an earlier attempt of the call created the entity, the
    answer would have been ``referenceExists``. A reference refused that way may be sent
    again with another request, as the API allows; recovery still checks what it finds.
    """
    if isinstance(error, errors.ReferenceExistsError) or not isinstance(error, errors.ApiError):
        return False
    return 400 <= error.status_code < 500 and error.status_code not in (401, 403, 408, 429)


def _reason(error: errors.ConnectFiError) -> str:
    """Why an attempt failed, for the log: status, code and request id, or the network error."""
    if isinstance(error, errors.ApiError):
        return f"HTTP {error.status_code} {error.code or '-'} requestId={error.request_id or '-'}"
    return str(error)  # a TransportError's text names only the operation and the failure


async def _logged(
    found: Awaitable[ApiResponse[Any]],
    operation: Operation,
    reference: str | None,
    unknown: bool,
    success: str,
) -> ApiResponse[Any]:
    """Await a recovery and log what it turned up (WARNING after an unknown outcome)."""
    try:
        answer = await found
    except errors.ConnectFiError as exc:
        outcome = f"not returned: {type(exc).__name__}"
        log_recovery(operation.method, operation.path, reference, outcome, unknown)
        raise
    log_recovery(operation.method, operation.path, reference, success, unknown)
    return answer


class _Violation:
    """A violation in the shape ValidationError expects, for a refusal made here."""

    keyword = "type"

    def __init__(self, field: str, message: str) -> None:
        self.field = field
        self.message = message


def _url(operation: Operation, path_args: tuple[str, ...]) -> str:
    """The path with each argument checked against its spec rule, then percent-encoded."""
    if not operation.path_params:
        return operation.path
    values = {}
    checks = operation.path_checks or ((None, 1, None),) * len(operation.path_params)
    for name, value, (pattern, shortest, longest) in zip(
        operation.path_params, path_args, checks, strict=True
    ):
        why = _path_violation(value, pattern, shortest, longest)
        if why is not None:
            raise errors.ValidationError(operation.operation_id, [_Violation(name, why)])
        values[name] = quote(value, safe="")
    return operation.path.format(**values)


def _path_violation(
    value: Any, pattern: str | None, shortest: int, longest: int | None
) -> str | None:
    """Why ``value`` cannot be a path argument, or None. The value itself is never echoed."""
    if not isinstance(value, str) or not value:
        return "must be a non-empty string"
    if value in (".", ".."):
        return "must not be a dot segment"  # a URL library would remove it, changing the path
    if len(value) < shortest:
        return f"must NOT have fewer than {shortest} characters"
    if longest is not None and len(value) > longest:
        return f"must NOT have more than {longest} characters"
    if pattern is not None and _ecma_pattern(pattern).search(value) is None:
        return f'must match pattern "{pattern}"'
    return None


@functools.cache
def _ecma_pattern(pattern: str) -> re.Pattern[str]:
    """``pattern`` as JSON Schema means it: a final ``$`` ends the text, not a line.

    Python's ``$`` also matches before a trailing newline, so an id ending in a newline
    would pass ``^[0-9a-zA-Z_]+$``.
    """
    if pattern.endswith("$") and not pattern.endswith("\\$"):
        pattern = pattern[:-1] + r"\Z"
    return re.compile(pattern)


def _surrogate_field(payload: Any, prefix: str = "") -> str:
    """The dotted path of the first string holding a lone surrogate (``(body)`` if none)."""
    items = payload.items() if isinstance(payload, Mapping) else enumerate(payload)
    for key, value in items:
        where = (
            f"{prefix}[{key}]" if isinstance(key, int) else (f"{prefix}.{key}" if prefix else key)
        )
        if isinstance(value, str):
            try:
                value.encode()
            except UnicodeEncodeError:
                return where
        elif isinstance(value, (Mapping, list, tuple)):
            found = _surrogate_field(value, where)
            if found != "(body)":
                return found
        if isinstance(key, str):
            try:
                key.encode()
            except UnicodeEncodeError:
                return where
    return "(body)"


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
