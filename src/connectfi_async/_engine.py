"""The engine below the generated namespaces: one shared core per client, views over it.

``Core`` is everything a client's views share and nothing else: the sender (the pool), the
token lifecycle, the credentials (stored once, so a password changed through any view is what
the next login sends), the request validators and the reference source. ``Engine`` is a view:
the core plus immutable defaults (timeout, retry policy, extra headers). ``Engine.call`` resolves
a call's policy once (call, then view, then client) into a :class:`PreparedRequest`, and every
decision of that call reads it from there.
"""

from __future__ import annotations

import functools
import random
import re
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar
from urllib.parse import quote

from . import errors
from ._auth import TOKEN_HEADER, TokenAuth, token_lifetime
from ._bindings import PROCESS_BINDINGS, binding_key, fingerprint
from ._codec import DecodeProblem, MoneyTypeError
from ._config import Credentials, RetryPolicy
from ._generated.codecs import _LOADED, codec
from ._json import canonical_json, json_dumps
from ._logging import log_call, log_recovery, log_retry
from ._operations import ApiResponse, Operation, Options, PathRule, model_dict
from ._recovery import compared_fields, current_state, differences, is_already_done, recover
from ._retry import Failure, classify, retry_after_seconds
from ._telemetry import traced_attempt, traced_call
from ._transport import Sender, SendFailure, user_agent
from ._wire import parse_json, to_error, unexpected
from .errors import Violation
from .references import new_reference

if TYPE_CHECKING:
    from .token_store import TokenStore

T = TypeVar("T")
_UA = {"User-Agent": user_agent()}
_JSON_HEADERS = {**_UA, "Content-Type": "application/json", "Accept": "application/json"}
_ACCEPT = {**_UA, "Accept": "application/json"}
_NO_HEADERS: Mapping[str, str] = MappingProxyType({})
# At most this many replays of a request answered 401 (see _attempt).
_REPLAYS = 3


async def _sleep(seconds: float) -> None:
    import asyncio  # at first use: importing the SDK stays cheap

    await asyncio.sleep(seconds)


class Core:
    """What every view of one client shares: pool, token, credentials, validators, references.

    ``login_operation`` is the generated ``authGetToken``: the engine knows no operation itself.
    """

    def __init__(
        self,
        *,
        sender: Sender,
        base_url: str,
        backend: str,
        credentials: Credentials | None,
        retry: RetryPolicy,
        default_timeout: float | None,
        validate: bool,
        login_operation: Operation[Any],
        token_store: TokenStore | None = None,
        token_key: str = "",
        references: Callable[[], str] = new_reference,
    ) -> None:
        self.sender = sender
        self.base_url = base_url
        self.backend = backend
        self.credentials = credentials
        self.retry = retry
        # The configured bound of one attempt; a deadline closer than this clamps it.
        self.default_timeout = default_timeout
        self.validate = validate
        self.login_operation = login_operation
        self.new_reference = references
        self.random = random.Random()
        self.store_key = token_key
        self.token_auth = TokenAuth(self._login, store=token_store, key=token_key)
        # A reference is bound to its first request in this process, and in the fleet when the
        # token store can hold bindings (RedisTokenStore): see _bindings. Computed once, from
        # the credentials the client was made with.
        self.binding_key = binding_key(
            credentials.login if credentials else None,
            credentials.password if credentials else None,
        )
        # The same few header sets serve every call until the token changes: no dict per call.
        self._header_sets: dict[int, tuple[str, dict[str, str]]] = {}

    def with_token(
        self, headers: Mapping[str, str], extra: Mapping[str, str], token: str
    ) -> Mapping[str, str]:
        """``headers`` plus a view's ``extra`` headers plus the token."""
        if extra:
            return {**headers, **extra, TOKEN_HEADER: token}
        cached = self._header_sets.get(id(headers))
        if cached is None or cached[0] != token:
            cached = self._header_sets[id(headers)] = (token, {**headers, TOKEN_HEADER: token})
        return cached[1]

    async def _login(self) -> tuple[str, float]:
        """Log in (retried like any safe call, under the client's policy); token and lifetime.

        The lifetime is ``dtsExpireAt`` against the answer's own ``Date`` header, so a client
        whose clock is off still keeps the token for as long as the server does.
        """
        credentials = self.credentials  # read now: a password change replaces it
        if credentials is None:
            raise errors.AuthenticationError(
                status_code=0,
                code="noCredentials",
                message="no login/password given (or CONNECTFI_LOGIN/CONNECTFI_PASSWORD)",
            )
        operation = self.login_operation
        body = {"user": {"login": credentials.login, "password": credentials.password}}
        request = PreparedRequest(
            operation=operation,
            url=operation.path,
            content=json_dumps(body),
            headers=_JSON_HEADERS,
            files=None,
            reference=None,
            payload=body,
            policy=self.retry,
            timeout=None,
            extra_headers=_NO_HEADERS,
            return_existing=False,
            authenticated=False,
        )
        answer = await Engine(self, ViewDefaults(None, self.retry, _NO_HEADERS))._run(request)
        token = getattr(answer.data, "token", None)
        if not isinstance(token, str) or not token:
            raise unexpected(answer.status_code, b"", "login answer without a token")
        expires = getattr(answer.data, "dts_expire_at", None)
        return token, token_lifetime(
            expires if isinstance(expires, str) else None, answer.headers.get("date")
        )


@dataclass(frozen=True)
class ViewDefaults:
    """A view's immutable defaults: attempt timeout, retry policy, extra headers."""

    timeout: float | None
    retry: RetryPolicy
    extra_headers: Mapping[str, str] = field(default_factory=lambda: _NO_HEADERS)


class PreparedRequest(NamedTuple):
    """One call, ready to send: everything its attempts and its retry decisions read.

    A NamedTuple: one is built per call, and a frozen dataclass costs more to build.
    """

    operation: Operation[Any]
    url: str
    content: bytes | None
    headers: Mapping[str, str]
    files: Any
    reference: str | None
    payload: Any
    policy: RetryPolicy
    """The call's retry policy, resolved once: the call's, else the view's (else the client's)."""
    timeout: float | None
    extra_headers: Mapping[str, str]
    return_existing: bool
    authenticated: bool = True
    proven: bool = False
    """The reference is shown to be this request's alone (see ``Engine._bind``)."""


class Engine:
    """A view of a client: its shared :class:`Core` and its own immutable defaults."""

    __slots__ = ("core", "defaults")

    def __init__(self, core: Core, defaults: ViewDefaults) -> None:
        self.core = core
        self.defaults = defaults

    def view(
        self,
        *,
        timeout: float | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Engine:
        """An engine over the same core; what is not given is inherited from this view."""
        headers = self.defaults.extra_headers
        if extra_headers:
            headers = MappingProxyType({**headers, **extra_headers})
        return Engine(
            self.core,
            ViewDefaults(
                self.defaults.timeout if timeout is None else timeout,
                self.defaults.retry if retry is None else retry,
                headers,
            ),
        )

    async def call(
        self,
        operation: Operation[T],
        path_args: tuple[str, ...],
        body: object,
        options: Options,
    ) -> ApiResponse[T]:
        """Send one operation with validation, retries and exactly-once recovery."""
        request = self._prepare(operation, path_args, body, options)
        reference = request.reference
        binding = None
        if reference is not None:
            binding, proven = await self._bind(
                operation, reference, request, generated=_generated(operation, body, options)
            )
            request = request._replace(proven=proven)
        try:
            answer = await self._run(request)
        except errors.ConnectFiError as error:
            if binding is not None and _frees_reference(error):
                await self._unbind(reference, *binding)
            if request.reference is not None and error.reference is None:
                error.reference = request.reference
            # Never raised inside a handler, yet Python 3.10 can attach the HTTP library's
            # exception (whose request holds the token) as context across coroutine frames.
            error.__context__ = None
            raise
        core = self.core
        if operation.new_password_field is not None and core.credentials is not None:
            # The old password stops working now: the next login, by any view, uses the new one.
            core.credentials = Credentials(
                core.credentials.login, request.payload[operation.new_password_field]
            )
        return answer  # decoded by operation.data: a T

    async def _bind(
        self,
        operation: Operation[Any],
        reference: str,
        request: PreparedRequest,
        *,
        generated: bool,
    ) -> tuple[tuple[str, str], bool]:
        """Refuse a reference already sent with another request (this process, then the fleet).

        Returns the binding (scope, fingerprint) and whether the reference is shown to be this
        request's alone: generated for this call, confirmed by the fleet's store, or sent with
        this very request earlier in this process.
        """
        core = self.core
        # Every operation with a reference has a JSON body (content), so this is what is sent.
        body = request.content if request.content is not None else canonical_json(request.payload)
        mine = fingerprint(core.binding_key, operation.operation_id, body)
        # Per operation: one reference may name an ACH transfer and a check (the API keeps
        # them apart); a credit and a debit sharing one meet the lookup's type check instead.
        scope = f"{core.store_key} {operation.operation_id}"
        field_name = operation.idempotency_field or "reference"
        proven = generated or PROCESS_BINDINGS.owner(scope, reference) == mine
        summary = compared_fields(operation, request.payload)
        owner, first = PROCESS_BINDINGS.bind(scope, reference, mine, summary)
        if owner != mine:
            raise errors.ReferenceReusedError(
                operation.operation_id,
                field_name,
                reference,
                "process",
                differences(summary, first),
            )
        bind_shared = getattr(core.token_auth.store, "bind_reference", None)
        if bind_shared is not None:
            owner = await bind_shared(scope, reference, mine)
            if owner != mine:
                PROCESS_BINDINGS.rebind(scope, reference, owner)
                raise errors.ReferenceReusedError(
                    operation.operation_id, field_name, reference, "fleet"
                )
            proven = True
        return (scope, mine), proven

    async def _unbind(self, reference: Any, scope: str, mine: str) -> None:
        """The server refused the request outright: the reference is free for another one."""
        PROCESS_BINDINGS.release(scope, reference, mine)
        release = getattr(self.core.token_auth.store, "release_reference", None)
        if release is not None:
            await release(scope, reference, mine)

    def _prepare(
        self, operation: Operation[Any], path_args: tuple[str, ...], body: object, options: Options
    ) -> PreparedRequest:
        payload, reference = self._payload(operation, body, options)
        url = _url(operation, path_args)
        content: bytes | None = None
        files: Any = None
        headers: Mapping[str, str] = _ACCEPT
        if operation.content_type == "application/json" and payload is not None:
            try:
                # A write with a reference is sent with sorted keys: those bytes are also the
                # request's fingerprint (_bind), so the body is encoded once.
                content = json_dumps(payload) if reference is None else canonical_json(payload)
            except UnicodeEncodeError:
                raise errors.ValidationError(
                    operation.operation_id,
                    [
                        Violation.at(
                            _surrogate_field(payload), "holds a lone surrogate (not Unicode)"
                        )
                    ],
                ) from None
            headers = _JSON_HEADERS
        elif payload is not None:
            to_multipart = getattr(payload, "to_multipart", None)
            files = to_multipart() if callable(to_multipart) else payload
        defaults = self.defaults
        return PreparedRequest(
            operation=operation,
            url=url,
            content=content,
            headers=headers,
            files=files,
            reference=reference,
            payload=payload,
            policy=options.retry or defaults.retry,
            timeout=defaults.timeout if options.timeout is None else options.timeout,
            extra_headers=defaults.extra_headers,
            return_existing=options.return_existing,
        )

    def _payload(
        self, operation: Operation[Any], body: object, options: Options
    ) -> tuple[Any, str | None]:
        operation_id = operation.operation_id
        if operation.content_type is None:
            if body is not None:
                raise errors.ValidationError(operation_id, [Violation.at("body", "takes no body")])
            return None, None
        if body is None:
            raise errors.ValidationError(
                operation_id, [Violation.at("body", "is required", keyword="required")]
            )
        if operation.content_type != "application/json":
            return body, None  # multipart: the generated model builds the form
        from_model = model_dict(body)
        if from_model is not None:
            payload: dict[str, Any] = from_model
        elif isinstance(body, Mapping):
            payload = dict(body)  # nested objects are copied only where normalize() writes
        else:
            raise errors.ValidationError(
                operation_id,
                [
                    Violation.at(
                        "body", f"must be a mapping or a request model, not {type(body).__name__}"
                    )
                ],
            )
        reference = None
        field_name = operation.idempotency_field
        if field_name is not None:
            given = payload.get(field_name)
            for name, value in ((field_name, given), ("reference", options.reference)):
                if value is not None and (not isinstance(value, str) or not value):
                    raise errors.ValidationError(
                        operation_id, [Violation.at(name, "must be a non-empty string or absent")]
                    )
            if given is not None and options.reference is not None and given != options.reference:
                raise errors.ValidationError(
                    operation_id,
                    [
                        Violation.at(
                            field_name,
                            "given in the body and as reference= with different values",
                            keyword="const",
                        )
                    ],
                )
            reference = given or options.reference or self.core.new_reference()
            payload[field_name] = reference
        # The operation's generated codecs (_generated/codecs): no spec is read at run time.
        normalize, validate, _ = _LOADED.get(operation_id) or codec(operation_id)
        try:
            if normalize is not None:
                normalize(payload)
        except MoneyTypeError as exc:
            error = errors.ValidationError(operation_id, [Violation.at(exc.field, exc.why)])
            error.reference = reference
            raise error from None
        if self.core.validate and validate is not None:
            violations = validate(payload)
            if violations:
                error = errors.ValidationError(operation_id, violations)
                error.reference = reference
                raise error
        return payload, reference

    @traced_call  # OpenTelemetry: one span per call (and login), when configured
    async def _run(self, request: PreparedRequest) -> ApiResponse[Any]:
        """The call loop: attempts, the retry decision, recovery after an unknown outcome."""
        operation = request.operation
        reference = request.reference
        policy = request.policy
        deadline = time.monotonic() + policy.deadline
        outcome_unknown = False
        attempt = 0
        while True:
            attempt += 1
            failure: Failure | None = None
            refused: errors.ApiError | None = None
            try:
                return await self._attempt(request, attempt, deadline - time.monotonic())
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
                    if outcome_unknown or request.return_existing:
                        found = recover(
                            self, operation, reference, request.payload, refused, request.proven
                        )
                        return await _logged(
                            found,
                            operation,
                            reference,
                            outcome_unknown,
                            "found by reference and returned",
                        )
                elif outcome_unknown and is_already_done(operation.already_done, refused):
                    state = current_state(self, operation, request.payload)
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
                failure, operation, attempt, policy, deadline - time.monotonic(), self.core.random
            )
            if wait is None:
                raise failure.error
            log_retry(operation.method, operation.path, _reason(failure.error), attempt, wait)
            await _sleep(wait)

    def _attempt_timeout(
        self, operation_id: str, timeout: float | None, time_left: float
    ) -> float | None:
        """The attempt's timeout: the call's (or the view's), clamped to the time left."""
        limit = self.core.default_timeout if timeout is None else timeout
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
        token_auth = self.core.token_auth
        current = token_auth.current()
        if current is not None:
            return current
        import asyncio

        failed: errors.ConnectFiError
        try:
            return await asyncio.wait_for(token_auth.token(), max(time_left, 0.0))
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
        self, request: PreparedRequest, attempt: int, time_left: float
    ) -> ApiResponse[Any]:
        operation = request.operation
        core = self.core
        sender = core.sender
        started = time.perf_counter()
        timeout = self._attempt_timeout(operation.operation_id, request.timeout, time_left)
        try:
            if request.authenticated:
                token = core.token_auth.current() or await self._token(time_left)
                headers = core.with_token(request.headers, request.extra_headers, token)
                response = await sender.send(
                    operation.method, request.url, request.content, headers, timeout, request.files
                )
                replays, renewed = 0, False
                while response.status == 401 and not renewed and replays < _REPLAYS:
                    # A rejected token: log in again (once for everyone) and replay this request.
                    # A replay may carry a token refused at the same moment for another task
                    # (401s for an older and a newer token arriving together): it is replayed
                    # again with the next one. It stops once a token logged in for it is refused.
                    logins = core.token_auth.logins
                    core.token_auth.rejected(token)
                    fresh = await self._token(time_left - (time.perf_counter() - started))
                    renewed = core.token_auth.logins != logins
                    if fresh == token and not renewed:
                        break
                    token, replays = fresh, replays + 1
                    headers = core.with_token(request.headers, request.extra_headers, token)
                    response = await sender.send(
                        operation.method,
                        request.url,
                        request.content,
                        headers,
                        timeout,
                        request.files,
                    )
            else:
                response = await sender.send(
                    operation.method,
                    request.url,
                    request.content,
                    request.headers,
                    timeout,
                    request.files,
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
                request.reference,
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
        if status in request.policy.retry_statuses and not isinstance(
            error, (errors.ReferenceExistsError, errors.RequestValidationError)
        ):
            retry_after = retry_after_seconds(response.headers)
            if isinstance(error, errors.RateLimitError):
                error.retry_after = retry_after
            # A 5xx may come after the server did the work; a 429 means it did nothing.
            raise Failure(error, sent=status >= 500, retry_after=retry_after)
        raise error


def _reason(error: errors.ConnectFiError) -> str:
    """Why an attempt failed, for the log: status, code and request id, or the network error."""
    if isinstance(error, errors.ApiError):
        return f"HTTP {error.status_code} {error.code or '-'} requestId={error.request_id or '-'}"
    return str(error)  # a TransportError's text names only the operation and the failure


async def _logged(
    found: Awaitable[ApiResponse[Any]],
    operation: Operation[Any],
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


def _generated(operation: Operation[Any], body: object, options: Options) -> bool:
    """Whether this call's reference was made by the SDK (so no other request can carry it)."""
    field_name = operation.idempotency_field
    if options.reference is not None or field_name is None:
        return False
    if isinstance(body, Mapping):
        return body.get(field_name) is None
    from_model = model_dict(body)
    return from_model is None or from_model.get(field_name) is None


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


_ANY_SEGMENT = PathRule(pattern="")


def _url(operation: Operation[Any], path_args: tuple[str, ...]) -> str:
    """The path with each argument checked against its spec rule, then percent-encoded."""
    if not operation.path_params:
        return operation.path
    values = {}
    rules = operation.path_rules or (_ANY_SEGMENT,) * len(operation.path_params)
    for name, value, rule in zip(operation.path_params, path_args, rules, strict=True):
        why = _path_violation(value, rule)
        if why is not None:
            raise errors.ValidationError(operation.operation_id, [Violation.at(name, why)])
        values[name] = quote(value, safe="")
    return operation.path.format(**values)


def _path_violation(value: Any, rule: PathRule) -> str | None:
    """Why ``value`` cannot be a path argument, or None. The value itself is never echoed."""
    if not isinstance(value, str) or not value:
        return "must be a non-empty string"
    if value in (".", ".."):
        return "must not be a dot segment"  # a URL library would remove it, changing the path
    if len(value) < rule.min_length:
        return f"must NOT have fewer than {rule.min_length} characters"
    if rule.max_length is not None and len(value) > rule.max_length:
        return f"must NOT have more than {rule.max_length} characters"
    if rule.pattern and _ecma_pattern(rule.pattern).search(value) is None:
        return f'must match pattern "{rule.pattern}"'
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


def _decode_data(
    operation: Operation[Any],
    document_: Mapping[str, Any],
    status: int,
    raw: bytes,
    request_id: str | None,
) -> Any:
    operation_id = operation.operation_id
    decode = (_LOADED.get(operation_id) or codec(operation_id))[2]
    try:
        if decode is None:
            return operation.data(document_.get("data"))
        return decode(document_.get("data"))
    except DecodeProblem as problem:
        raise unexpected(status, raw, problem.where(), request_id) from None
    except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as exc:
        raise unexpected(status, raw, f"malformed data: {type(exc).__name__}", request_id) from None
