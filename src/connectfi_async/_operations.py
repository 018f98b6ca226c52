"""The contract between the generated code and the engine: typed operation descriptors.

``_generated/operations.py`` holds one ``Operation[T]`` constant per operation of the spec; the
generated namespaces hand one to :meth:`Engine.call` and get an ``ApiResponse[T]`` back. This
module imports nothing of the SDK at run time: it is the floor both sides stand on.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, Literal, Protocol, TypeVar, cast

import attrs

from ._headers import Headers

if TYPE_CHECKING:
    from ._config import RetryPolicy

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)
M = TypeVar("M")

RetryClass = Literal["safe", "reference", "never"]
"""``safe`` (re-sent freely), ``reference`` (exactly-once through the idempotency field) or
``never`` (not re-sent once it may have reached the server)."""


class Model(Protocol):
    """A generated model: an attrs class with its API form."""

    def to_dict(self) -> dict[str, Any]: ...


def model_dict(value: object) -> dict[str, Any] | None:
    """``value``'s API form when it is a generated model, else None.

    Generated models are attrs classes with ``to_dict``: recognised by their class, not by
    an attribute any object may happen to have.
    """
    if attrs.has(type(value)) and callable(getattr(value, "to_dict", None)):
        return cast(Model, value).to_dict()
    return None


class Decoder(Generic[T_co]):
    """How the ``data`` of a success envelope becomes ``T``: a model, a list of them, or as is.

    The model class is loaded on first use, so importing the operations table loads no model.
    """

    __slots__ = ("_cls", "_load", "is_list")

    def __init__(self, load: Callable[[], type[Any]] | None, is_list: bool) -> None:
        self._load = load
        self._cls: type[Any] | None = None
        self.is_list = is_list

    @property
    def model(self) -> type[Any] | None:
        """The generated class of the data (of each item for a list), or None for plain JSON."""
        if self._cls is None and self._load is not None:
            self._cls = self._load()
        return self._cls

    def __call__(self, data: object) -> T_co:
        """Decode ``data``; ``TypeError``/``KeyError``/``ValueError`` when it does not fit."""
        cls = self.model
        if self.is_list:
            if not isinstance(data, list):
                raise TypeError("data is not a list")
            if cls is None:
                return data  # type: ignore[return-value]
            return [cls.from_dict(item) for item in data]  # type: ignore[return-value]
        if cls is None:
            return data  # type: ignore[return-value]
        if not isinstance(data, Mapping):
            raise TypeError("data is not an object")
        return cls.from_dict(data)  # type: ignore[no-any-return]


def one(load: Callable[[], type[M]]) -> Decoder[M]:
    """Data that is one ``M`` (``load`` returns the class, imported on first use)."""
    return Decoder(load, is_list=False)


def many(load: Callable[[], type[M]]) -> Decoder[list[M]]:
    """Data that is a list of ``M``."""
    return Decoder(load, is_list=True)


JSON: Decoder[Any] = Decoder(None, is_list=False)
"""Data returned as decoded JSON (no schema names its shape)."""
JSON_LIST: Decoder[list[Any]] = Decoder(None, is_list=True)
"""Data that is a list of JSON values."""


@dataclass(frozen=True)
class Pagination:
    """A list endpoint walked with ``numberOfRecords``/``skipRecords``.

    ``more_flag``: the answer says ``more``; ``items``: the attribute of ``data`` holding the
    items (None when ``data`` is the list itself).
    """

    more_flag: bool
    items: str | None


@dataclass(frozen=True)
class HistoryAmount:
    """Where a recovered transfer's amount is checked when its lookup shows none.

    ``operation`` reads a card's transaction history; ``card`` is the entity's field naming the
    card, ``amount`` the request's amount field.
    """

    operation: Operation[Any]
    card: str
    amount: str


@dataclass(frozen=True)
class PathRule:
    """What a path parameter must be: it never leaves its own path segment."""

    pattern: str
    min_length: int = 1
    max_length: int | None = None


@dataclass(frozen=True)
class Lookup:
    """How an entity is found again after an attempt whose outcome is unknown.

    ``key`` says what identifies it: ``"reference"`` (this call's reference) or ``"entityId"``
    (the id a ``referenceExists`` answer names). It goes into ``operation``'s body ``field`` (as
    a one-item list when ``is_array``) or, when ``field`` is None, into its path.
    ``field_map`` renames the lookup's data fields to this operation's (``(ours, theirs)``);
    ``match`` pairs request fields with the entity's fields that must agree with them and
    ``expect`` pairs entity fields with the values they must hold (a funds credit must find a
    ``credit``), so an entity that merely shares the reference is never returned as this call's
    result. ``failed_when`` ``(field, value)`` pairs mark an entity the back office declined
    (``cFiStatus: Error``): found after an unknown outcome, it is that attempt's decline, not a
    success.
    """

    operation: Operation[Any]
    key: Literal["reference", "entityId"]
    field: str | None
    is_array: bool
    field_map: tuple[tuple[str, str], ...] = ()
    match: tuple[tuple[str, str], ...] = ()
    expect: tuple[tuple[str, str], ...] = ()
    failed_when: tuple[tuple[str, str], ...] = ()
    history: HistoryAmount | None = None
    """Set when the lookup's answer shows no amount: the card's transaction history must show
    the entity's ``arn`` with the amount sent."""

    @property
    def operation_id(self) -> str:
        """The lookup operation's id."""
        return self.operation.operation_id


@dataclass(frozen=True)
class AlreadyDone:
    """Error answers that mean "already in the requested state" after an unknown outcome.

    ``errors`` are ``code`` or ``code/subCode`` strings; the current state is read through
    ``operation`` with ``fields`` (lookup field, request field) copied from the request.
    """

    errors: frozenset[str]
    operation: Operation[Any]
    fields: tuple[tuple[str, str], ...]


@dataclass(frozen=True, eq=False)
class Operation(Generic[T_co]):
    """One operation of the spec, as the engine needs it; ``T_co`` is the type of its data."""

    operation_id: str
    method: str
    path: str
    path_params: tuple[str, ...]
    path_rules: tuple[PathRule, ...]
    """The rule of each path parameter, in ``path_params`` order."""
    content_type: Literal["application/json", "multipart/form-data"] | None
    data: Decoder[T_co]
    retry: RetryClass
    idempotency_field: str | None = None
    """The body field the server de-duplicates on (``reference`` for most writes)."""
    lookup: Lookup | None = None
    already_done: AlreadyDone | None = None
    pagination: Pagination | None = None
    new_password_field: str | None = None
    """For a password change: the request field whose value becomes the client's password."""
    path_checks: tuple[tuple[str, int, int | None], ...] = ()
    """``(pattern, minLength, maxLength)`` of each path parameter, in ``path_params`` order."""

    @property
    def has_reference(self) -> bool:
        """Whether a reference is generated for this operation (and reused on retries)."""
        return self.idempotency_field is not None

    @property
    def data_class(self) -> type[Any] | None:
        """The generated class of the envelope's ``data`` (or of its items), if any."""
        return self.data.model

    @property
    def data_is_list(self) -> bool:
        """Whether ``data`` is a list."""
        return self.data.is_list


class Options:
    """Per-call options (``retry`` replaces the view's policy for this call)."""

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


class Caller(Protocol):
    """What a namespace (and recovery) needs from the engine below: one typed ``call``."""

    async def call(
        self,
        operation: Operation[T],
        path_args: tuple[str, ...],
        body: object,
        options: Options,
    ) -> ApiResponse[T]: ...


class Namespace:
    """Base of the generated namespace classes (``cf.ibis.card`` ...).

    A namespace holds only its engine; its children are cached properties built from it.
    """

    def __init__(self, engine: Caller) -> None:
        self._engine = engine

    async def _pages(
        self, operation: Operation[Any], body: object, page_size: int, options: Options
    ) -> AsyncIterator[Any]:
        """Walk every page of a list endpoint, yielding its items.

        Stops when the answer says ``more: false``, or (for endpoints without that flag) when a
        page comes back shorter than ``page_size``.
        """
        if page_size < 1:
            raise ValueError("page_size must be at least 1")
        paging = operation.pagination
        assert paging is not None
        from_model = model_dict(body)
        source = body if from_model is None else from_model
        if not isinstance(source, Mapping):
            raise TypeError(f"body must be a mapping or a request model, not {type(body).__name__}")
        payload = dict(source)
        skip = int(payload.get("skipRecords") or 0)
        while True:
            page = {**payload, "numberOfRecords": page_size, "skipRecords": skip}
            response = await self._engine.call(operation, (), page, options)
            data = response.data
            items = getattr(data, paging.items, None) if paging.items else data
            items = items if isinstance(items, list) else []
            for item in items:
                yield item
            skip += len(items)
            if not items or (
                response.more is False if paging.more_flag else len(items) < page_size
            ):
                return
