"""What the generated namespaces call: operation descriptors and the namespace base class."""

from __future__ import annotations

import importlib
from collections.abc import AsyncIterator, Mapping
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar

from ._headers import Headers

if TYPE_CHECKING:
    from ._config import RetryPolicy

T = TypeVar("T")
N = TypeVar("N", bound="Namespace")


def load_class(path: str) -> Any:
    """Import ``module:Class`` from the generated models (lazily: models load on first use)."""
    module, _, name = path.partition(":")
    return getattr(importlib.import_module(f"connectfi_async._generated.models.{module}"), name)


@dataclass(frozen=True)
class Lookup:
    """How an entity is found again after an attempt whose outcome is unknown.

    ``key`` says what identifies it: ``"reference"`` (this call's reference) or ``"entityId"``
    (the id a ``referenceExists`` answer names). It goes into the lookup's body ``field`` (as a
    one-item list when ``is_array``) or, when ``field`` is None, into the lookup's path.
    ``field_map`` renames the lookup's data fields to this operation's (``(ours, theirs)``);
    ``match`` pairs request fields with the entity's fields that must agree with them, so an
    entity that merely shares the reference is never returned as this call's result.
    """

    operation_id: str
    key: str
    field: str | None
    is_array: bool
    field_map: tuple[tuple[str, str], ...] = ()
    match: tuple[tuple[str, str], ...] = ()
    failed_when: tuple[tuple[str, str], ...] = ()
    """``(field, value)`` pairs marking an entity the back office declined (``cFiStatus: Error``):
    found after an unknown outcome, it is that attempt's decline, not a success."""
    history_amount: tuple[str, str] | None = None
    """``(entity card field, request amount field)`` when the lookup's answer shows no amount:
    the card's transaction history must show the entity's ``arn`` with the amount sent."""


@dataclass(frozen=True)
class AlreadyDone:
    """Error answers that mean "already in the requested state" after an unknown outcome.

    ``errors`` are ``code`` or ``code/subCode`` strings; the current state is read through
    ``operation_id`` with ``fields`` (lookup field, request field) copied from the request.
    """

    errors: frozenset[str]
    operation_id: str
    fields: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Operation:
    """One operation of the spec, as the hand-written layer needs it."""

    operation_id: str
    method: str
    path: str
    path_params: tuple[str, ...]
    content_type: str | None
    body_model: str | None
    response_model: str
    data_model: str | None
    data_is_list: bool
    retry: str
    """``safe`` (re-sent freely), ``reference`` (exactly-once through ``idempotency_field``) or
    ``never`` (not re-sent once it may have reached the server)."""
    lookup: Lookup | None
    has_reference: bool
    pagination: tuple[bool, str | None] | None
    """(the answer has a `more` flag, the attribute of `data` holding the items or None)."""
    idempotency_field: str | None = None
    """The body field the server de-duplicates on (``reference`` for most writes)."""
    already_done: AlreadyDone | None = None
    new_password_field: str | None = None
    """For a password change: the request field whose value becomes the client's password."""
    path_checks: tuple[tuple[str, int, int | None], ...] = ()
    """``(pattern, minLength, maxLength)`` of each path parameter, in ``path_params`` order."""

    @cached_property
    def data_class(self) -> Any:
        """The generated class of the envelope's ``data`` (or of its items), if any."""
        return load_class(self.data_model) if self.data_model else None


class Options:
    """Per-call options (``retry`` replaces the client's policy for this call)."""

    __slots__ = ("reference", "retry", "return_existing", "timeout")

    def __init__(
        self,
        timeout: float | None = None,
        reference: str | None = None,
        return_existing: bool = False,
        retry: RetryPolicy | None = None,
    ) -> None:
        self.timeout = timeout
        self.reference = reference
        self.return_existing = return_existing
        self.retry = retry


class ApiResponse(Generic[T]):
    """A decoded answer with its HTTP details.

    ``headers`` are the answer's, a read-only case-insensitive :class:`~connectfi_async.Headers`
    on every backend; ``more`` is the list endpoints' flag when
    the answer has one; ``recovered`` is True when the entity was fetched by its reference after
    an attempt whose outcome was unknown.
    """

    # A plain slotted class: one is built per call, and a frozen dataclass costs more.
    __slots__ = ("data", "headers", "more", "recovered", "reference", "request_id", "status_code")

    def __init__(
        self,
        data: T,
        status_code: int,
        headers: Mapping[str, str],
        request_id: str | None,
        reference: str | None = None,
        *,
        more: bool | None = None,
        recovered: bool = False,
    ) -> None:
        self.data = data
        self.status_code = status_code
        self.headers: Headers = headers if isinstance(headers, Headers) else Headers(headers)
        self.request_id = request_id
        self.reference = reference
        self.more = more
        self.recovered = recovered

    def __repr__(self) -> str:
        return (
            f"ApiResponse(status_code={self.status_code}, request_id={self.request_id!r}, "
            f"reference={self.reference!r}, recovered={self.recovered}, data={self.data!r})"
        )


class Engine(Protocol):
    """What a namespace needs from the client."""

    async def call(
        self,
        operation: Operation,
        path_args: tuple[str, ...],
        body: Any,
        options: Options,
    ) -> ApiResponse[Any]: ...


class Namespace:
    """Base of the generated namespace classes (``cf.ibis.card`` ...)."""

    __slots__ = ("_children", "_engine")

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._children: dict[str, Namespace] = {}

    def _child(self, name: str, cls: type[N]) -> N:
        child = self._children.get(name)
        if child is None:
            child = self._children[name] = cls(self._engine)
        return child  # type: ignore[return-value]

    async def _pages(
        self, operation: Operation, body: Any, page_size: int, options: Options
    ) -> AsyncIterator[Any]:
        """Walk every page of a list endpoint, yielding its items.

        Stops when the answer says ``more: false``, or (for endpoints without that flag) when a
        page comes back shorter than ``page_size``.
        """
        if page_size < 1:
            raise ValueError("page_size must be at least 1")
        assert operation.pagination is not None
        has_more_flag, items_attr = operation.pagination
        payload = dict(body.to_dict() if hasattr(body, "to_dict") else body)
        skip = int(payload.get("skipRecords") or 0)
        while True:
            page = {**payload, "numberOfRecords": page_size, "skipRecords": skip}
            response = await self._engine.call(operation, (), page, options)
            items = getattr(response.data, items_attr, None) if items_attr else response.data
            items = items if isinstance(items, list) else []
            for item in items:
                yield item
            skip += len(items)
            if not items or (response.more is False if has_more_flag else len(items) < page_size):
                return
