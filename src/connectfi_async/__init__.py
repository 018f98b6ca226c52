"""connectfi-async: the asyncio SDK for the connectFi Banking-as-a-Service API."""

from ._client import ConnectFi
from ._config import NO_RETRIES, RetryPolicy
from ._operations import ApiResponse
from .errors import (
    ApiError,
    AuthenticationError,
    ConnectFiError,
    DeclinedError,
    InsufficientFundsError,
    InvalidPinError,
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
)
from .references import new_reference, reference_from_key
from .token_store import MemoryTokenStore, RedisTokenStore, TokenStore

__version__ = "0.1.0"

__all__ = [
    "NO_RETRIES",
    "ApiError",
    "ApiResponse",
    "AuthenticationError",
    "ConnectFi",
    "ConnectFiError",
    "DeclinedError",
    "InsufficientFundsError",
    "InvalidPinError",
    "MemoryTokenStore",
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
    "new_reference",
    "reference_from_key",
]
