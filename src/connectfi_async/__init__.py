"""connectfi-async: the asyncio SDK for the connectFi Banking-as-a-Service API."""

from ._client import ConnectFi
from ._config import NO_RETRIES, RetryPolicy
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
    MissingExtraError,
    NotFoundError,
    PreconditionError,
    RateLimitError,
    ReferenceExistsError,
    ReferenceMismatchError,
    RequestValidationError,
    ServerError,
    TransportError,
    UnexpectedResponseError,
    ValidationError,
    WebhookMismatchError,
)
from .references import new_reference, reference_from_key
from .token_store import MemoryTokenStore, RedisTokenStore, TokenStore

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
    "InsufficientFundsError",
    "InvalidPinError",
    "MemoryTokenStore",
    "MissingExtraError",
    "NotFoundError",
    "PreconditionError",
    "RateLimitError",
    "RedisTokenStore",
    "ReferenceExistsError",
    "ReferenceMismatchError",
    "RequestValidationError",
    "RetryPolicy",
    "ServerError",
    "TokenStore",
    "TransportError",
    "UnexpectedResponseError",
    "ValidationError",
    "WebhookMismatchError",
    "__version__",
    "new_reference",
    "reference_from_key",
    "to_jsonable",
]
