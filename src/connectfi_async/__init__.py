"""connectfi-async: the asyncio SDK for the connectFi Banking-as-a-Service API."""

from typing import TYPE_CHECKING, Any

from ._config import NO_RETRIES, PoolLimits, RetryPolicy, Timeout
from ._headers import Headers
from ._jsonable import to_jsonable
from ._operations import ApiResponse
from ._version import __version__
from .errors import (
    ApiError,
    AuthenticationError,
    ClientClosedError,
    ConnectFiError,
    DeclinedError,
    EventLoopError,
    InsufficientFundsError,
    InvalidPinError,
    InvalidRequestError,
    MissingExtraError,
    NotFoundError,
    PreconditionError,
    RateLimitError,
    ReferenceExistsError,
    ReferenceMismatchError,
    ReferenceReusedError,
    RequestValidationError,
    ServerError,
    TransportError,
    UnexpectedResponseError,
    ValidationError,
    Violation,
    WebhookMismatchError,
)
from .references import new_reference, reference_from_key
from .token_store import MemoryTokenStore, RedisTokenStore, TokenStore

if TYPE_CHECKING:
    from ._client import ConnectFi

# Imported on first use: the pytest plugin (connectfi_async.testing), loaded in every test run
# of every project that installs the SDK, then costs no HTTP client import.
_LAZY = {"ConnectFi": "._client"}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


__all__ = [
    "NO_RETRIES",
    "ApiError",
    "ApiResponse",
    "AuthenticationError",
    "ClientClosedError",
    "ConnectFi",
    "ConnectFiError",
    "DeclinedError",
    "EventLoopError",
    "Headers",
    "InsufficientFundsError",
    "InvalidPinError",
    "InvalidRequestError",
    "MemoryTokenStore",
    "MissingExtraError",
    "NotFoundError",
    "PoolLimits",
    "PreconditionError",
    "RateLimitError",
    "RedisTokenStore",
    "ReferenceExistsError",
    "ReferenceMismatchError",
    "ReferenceReusedError",
    "RequestValidationError",
    "RetryPolicy",
    "ServerError",
    "Timeout",
    "TokenStore",
    "TransportError",
    "UnexpectedResponseError",
    "ValidationError",
    "Violation",
    "WebhookMismatchError",
    "__version__",
    "new_reference",
    "reference_from_key",
    "to_jsonable",
]
