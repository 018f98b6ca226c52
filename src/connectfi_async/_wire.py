"""Turning HTTP answers into data or typed exceptions."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from . import errors
from ._json import json_loads

PRECONDITION_CODES = frozenset(
    {
        "ibisProgramNotSupported",
        "kycNotInitialized",
        "ibisApplicationIsNotApproved",
        "ibisApplicationCreditLimit",
        "ibisFundsCurrency",
        "ibisCannotReverseError",
        "ibisProgramIdClosed",
        "ibisAllocatedCreditLimit",
        "ibisCardExpirationFormat",
        "ibisCardStatusError",
        "ibisCheckPinCardLocked",
        "statusApplicationEntity",
        "customerExists",
        "currencyNotSupported",
    }
)
NOT_FOUND_CODES = frozenset(
    {
        "ibisApplicationNotFound",
        "ibisFundsTransferNotFound",
        "applicationNotFound",
        "customerNotFound",
        "documentNotFound",
        "fileNotFound",
        "cardNotFound",
        "transactionNotFound",
        "checkNotFound",
    }
)
DECLINE_CODES = frozenset({"extIbis", "extAkepa"})


def parse_json(body: bytes) -> Any:
    """The JSON value of a body (numbers as Decimal), or raise ValueError."""
    return json_loads(body)


def error_class(status: int, code: str | None, sub_code: str | None) -> type[errors.ApiError]:
    """The exception class for an error answer."""
    if code == "referenceExists":
        return errors.ReferenceExistsError
    if code == "requestValidateError":
        return errors.RequestValidationError
    if code in DECLINE_CODES or (code or "").startswith("ext"):
        if sub_code == "51":
            return errors.InsufficientFundsError
        if sub_code == "55":
            return errors.InvalidPinError
        return errors.DeclinedError
    if code in NOT_FOUND_CODES or (code and code.endswith("NotFound")):
        return errors.NotFoundError
    if code in PRECONDITION_CODES:
        return errors.PreconditionError
    if status in (401, 403):
        return errors.AuthenticationError
    if status == 429:
        return errors.RateLimitError
    if status >= 500:
        return errors.ServerError
    return errors.ApiError


def _str_or_none(value: object) -> str | None:
    return value if isinstance(value, str) else None


def to_error(status: int, body: bytes, headers: Mapping[str, str] | None = None) -> errors.ApiError:
    """The typed exception for a non-success answer; never raises KeyError or ValueError."""
    request_id = _str_or_none((headers or {}).get("x-request-id"))
    try:
        document = parse_json(body)
    except (ValueError, UnicodeDecodeError, RecursionError):
        document = None
    if not isinstance(document, Mapping) or not isinstance(document.get("code"), str):
        cls: type[errors.ApiError] = errors.UnexpectedResponseError
        if status in (401, 403):
            cls = errors.AuthenticationError
        elif status == 429:
            cls = errors.RateLimitError
        elif status >= 500:
            cls = errors.ServerError
        what = "no JSON error body" if document is None else "a body without an error code"
        return cls(
            status_code=status,
            code=None,
            message=f"HTTP {status} with {what}",
            request_id=_str_or_none(document.get("requestId"))
            if isinstance(document, Mapping)
            else request_id,
            body=body,
        )
    code = document["code"]
    sub_code = _str_or_none(document.get("subCode"))
    context = document.get("context")
    if not isinstance(context, (Mapping, list)):
        context = None
    return error_class(status, code, sub_code)(
        status_code=status,
        code=code,
        sub_code=sub_code,
        message=_str_or_none(document.get("message")),
        context=context,
        request_id=_str_or_none(document.get("requestId")) or request_id,
        body=body,
    )


def unexpected(
    status: int, body: bytes, why: str, request_id: str | None = None
) -> errors.ApiError:
    """An UnexpectedResponseError for a 2xx answer that is not the documented envelope."""
    return errors.UnexpectedResponseError(
        status_code=status, code=None, message=why, request_id=request_id, body=body
    )
