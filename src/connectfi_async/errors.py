"""The exceptions the SDK raises.

Every answer of the API that is not a success becomes an :class:`ApiError` subclass carrying
``status_code``, ``code``, ``sub_code``, ``message``, ``context``, ``request_id`` and the raw
body. Problems found before sending (:class:`ValidationError`) and transport failures
(:class:`TransportError`) have their own branches. ``str()`` of an API error starts with its
code and request id and never contains request data, so it is safe to log.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from ._violation import Violation

__all__ = [
    "ApiError",
    "AuthenticationError",
    "ClientClosedError",
    "ConnectFiError",
    "DeclinedError",
    "EventLoopError",
    "InsufficientFundsError",
    "InvalidPinError",
    "InvalidRequestError",
    "MissingExtraError",
    "NotFoundError",
    "PreconditionError",
    "RateLimitError",
    "ReferenceExistsError",
    "ReferenceMismatchError",
    "ReferenceReusedError",
    "RequestValidationError",
    "ServerError",
    "TransportError",
    "UnexpectedResponseError",
    "ValidationError",
    "Violation",
    "WebhookMismatchError",
]


class ConnectFiError(Exception):
    """Base class of every error this SDK raises.

    ``reference`` is the idempotency key the failed call carried (given or generated), or
    None for calls without one: retry with the same reference and the API cannot pay twice.
    """

    reference: str | None = None


class InvalidRequestError(ConnectFiError):
    """A request body broke the spec: refused before sending (:class:`ValidationError`) or by
    the server (:class:`RequestValidationError`). ``violations`` name each field and rule."""

    @property
    def violations(self) -> list[Violation]:
        """Each broken rule."""
        raise NotImplementedError


class ValidationError(InvalidRequestError, ValueError):
    """A request broke the spec and was not sent. ``violations`` name each field and rule."""

    def __init__(self, operation_id: str, violations: Sequence[Violation]) -> None:
        self.operation_id = operation_id
        self._violations = list(violations)
        rules = "; ".join(f"{v.field}: {v.message}" for v in self._violations[:5])
        more = f" (+{len(self._violations) - 5} more)" if len(self._violations) > 5 else ""
        super().__init__(f"{operation_id}: request refused before sending: {rules}{more}")

    @property
    def violations(self) -> list[Violation]:
        """Each broken rule, found before sending."""
        return self._violations


class TransportError(ConnectFiError):
    """The request failed on the network.

    ``may_have_reached_server`` is False only when the failure provably happened before the
    request was sent (connection refused, pool timeout); otherwise the outcome is unknown.
    """

    def __init__(self, message: str, *, may_have_reached_server: bool) -> None:
        self.may_have_reached_server = may_have_reached_server
        super().__init__(message)


class ApiError(ConnectFiError):
    """A non-success answer from the API (or something that claims to be one)."""

    def __init__(
        self,
        *,
        status_code: int,
        code: str | None,
        sub_code: str | None = None,
        message: str | None = None,
        context: Mapping[str, Any] | Sequence[Any] | None = None,
        request_id: str | None = None,
        body: bytes = b"",
    ) -> None:
        self.status_code = status_code
        self.code = code
        self.sub_code = sub_code
        self.message = message
        self.context = context
        self.request_id = request_id
        self.body = body
        super().__init__(self._describe())

    def _describe(self) -> str:
        code = self.code or "unknown"
        if self.sub_code:
            code = f"{code}/{self.sub_code}"
        text = f"{code} (requestId {self.request_id or '-'}, HTTP {self.status_code})"
        return f"{text}: {self.message}" if self.message else text

    @property
    def text(self) -> str:
        """The raw body as text (undecodable bytes replaced)."""
        return self.body.decode("utf-8", errors="replace")


class UnexpectedResponseError(ApiError):
    """The answer was not the documented JSON (HTML from a proxy, truncated JSON, no code)."""


class AuthenticationError(ApiError):
    """The credentials or the token were refused (HTTP 401/403)."""


class RateLimitError(ApiError):
    """HTTP 429. ``retry_after`` is the server's hint in seconds, when it gave one."""

    retry_after: float | None = None


class ServerError(ApiError):
    """HTTP 5xx: the server failed; the request may or may not have been processed."""


class RequestValidationError(ApiError, InvalidRequestError):
    """``requestValidateError``: the server's schema refused the body."""

    @property
    def violations(self) -> list[Violation]:
        """The server's violations (its Ajv ``context``; ``v.to_ajv()`` gives the entry back)."""
        return [Violation.from_ajv(v) for v in self.context or [] if isinstance(v, Mapping)]


class ReferenceExistsError(ApiError):
    """``referenceExists``: an entity with this reference already exists."""

    _call_reference: str | None = None

    @property
    def reference(self) -> str | None:
        """The reference that was reused."""
        return _context_str(self.context, "reference") or self._call_reference

    @reference.setter
    def reference(self, value: str | None) -> None:
        self._call_reference = value

    @property
    def entity_id(self) -> str | None:
        """The ID of the entity that already has the reference."""
        return _context_str(self.context, "entityId")


class ReferenceMismatchError(ReferenceExistsError):
    """The reference belongs to an entity that does not match this call's request.

    Raised instead of returning someone else's payment: after an attempt whose outcome was
    unknown, the entity found by the reference differs from what this call sent (another
    amount, currency, card or account). ``mismatches`` lists ``(field, sent, found)``;
    ``found`` is the existing entity (typed like the operation's answer where possible).
    """

    def __init__(
        self,
        existing: ReferenceExistsError,
        *,
        reference: str,
        mismatches: Sequence[tuple[str, Any, Any]],
        found: Any,
    ) -> None:
        self.mismatches = list(mismatches)
        self.found = found
        super().__init__(
            status_code=existing.status_code,
            code=existing.code,
            sub_code=existing.sub_code,
            message=(
                "the reference belongs to another request; differing fields: "
                + ", ".join(name for name, _, _ in self.mismatches)
            ),
            context=existing.context,
            request_id=existing.request_id,
            body=existing.body,
        )
        self.reference = reference


class ReferenceReusedError(ValidationError, ReferenceMismatchError):
    """The reference was first sent with a different request; this one was not sent.

    A reference is bound to the request it was first sent with (in this process, and across a
    fleet sharing a :class:`~connectfi_async.RedisTokenStore`): reusing it for another amount,
    card or account would be answered ``referenceExists`` and could be taken for this call's
    success. ``scope`` says where the earlier request was seen: ``"process"`` or ``"fleet"``.

    It is a :class:`ValidationError` (nothing was sent) and a :class:`ReferenceMismatchError`
    (the reference belongs to another request): ``mismatches`` lists the compared fields that
    differ (``(field, sent, first sent)``; within one process only), ``found`` is None and
    ``status_code`` 0, as no answer exists.
    """

    def __init__(
        self,
        operation_id: str,
        field: str,
        reference: str,
        scope: str,
        mismatches: Sequence[tuple[str, Any, Any]] = (),
    ) -> None:
        self.scope = scope
        where = "this process" if scope == "process" else "the token store's fleet"
        differing = ", ".join(name for name, _, _ in mismatches)
        message = f"already sent in {where} with a different request" + (
            f" (differing: {differing})" if differing else ""
        )
        self.operation_id = operation_id
        self._violations = [Violation((field,), "reference", message, {}, "")]
        self.mismatches = list(mismatches)
        self.found = None
        # The ApiError side: no answer exists, the request was never sent.
        self.status_code, self.code, self.sub_code = 0, "referenceReused", None
        self.message, self.request_id, self.body = message, None, b""
        self.context = {"reference": reference}
        Exception.__init__(
            self, f"{operation_id}: request refused before sending: {field}: {message}"
        )
        self.reference = reference


class NotFoundError(ApiError):
    """The entity does not exist (ibisApplicationNotFound, customerNotFound, ...)."""


class PreconditionError(ApiError):
    """A business precondition failed (program not supported, KYC missing, ...)."""


class DeclinedError(ApiError):
    """``extIbis`` (or another back office) declined; ``sub_code`` says why."""


class InsufficientFundsError(DeclinedError):
    """Declined with subCode 51: not enough funds or credit."""


class InvalidPinError(DeclinedError):
    """Declined with subCode 55: the PIN does not match."""


def _context_str(context: object, key: str) -> str | None:
    if isinstance(context, Mapping):
        value = context.get(key)
        return value if isinstance(value, str) else None
    return None


class ClientClosedError(ConnectFiError, RuntimeError):
    """The client was used after ``aclose()``; nothing was sent. Create a new client."""


class EventLoopError(ConnectFiError, RuntimeError):
    """The client was used from an event loop other than its first; nothing was sent.

    Connections belong to the loop that opened them: create one client per event loop.
    """


class MissingExtraError(ConnectFiError, ImportError):
    """An optional dependency is not installed; the message names the ``pip install`` to run.

    An :class:`ImportError` (so ``except ImportError`` still catches it) whose ``extra`` is the
    package extra that brings the dependency and ``install`` the command, for example
    ``pip install 'connectfi-async[fast]'``. The original ImportError is chained.
    """

    def __init__(self, feature: str, module: str, extra: str) -> None:
        self.feature = feature
        self.extra = extra
        self.install = f"pip install 'connectfi-async[{extra}]'"
        super().__init__(f"{feature} needs {module}: {self.install}", name=module)


class WebhookMismatchError(ConnectFiError):
    """A webhook the API does not confirm: re-read by its id, the entity it names is unknown,
    or its state is not the one the webhook reports (forged, tampered, or overtaken by a
    later change).

    ``kind`` is the webhook family, ``entity_id`` the id re-read, ``field`` the state field
    compared (``status``, ``cFiCheckStatus``, ``outcome``), ``claimed`` what the webhook says
    and ``actual`` what the API says (None when the entity was not found). ``authoritative``
    is the entity as the API returned it: act on that, never on the webhook. The message holds
    only these names and status values, never the payload.
    """

    def __init__(
        self,
        kind: str,
        entity_id: str | None,
        field: str,
        claimed: object,
        actual: object,
        authoritative: Any = None,
    ) -> None:
        self.kind = kind
        self.entity_id = entity_id
        self.field = field
        self.claimed = claimed
        self.actual = actual
        self.authoritative = authoritative
        if authoritative is None:
            text = f"{kind} webhook names {entity_id!r}, which the API does not know"
        else:
            text = f"{kind} webhook for {entity_id!r} says {field}={claimed!r}, the API {actual!r}"
        super().__init__(text)
