"""How sandbox handlers refuse a request: a documented connectFi error answer."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any


class ApiFailure(Exception):
    """An error answer: ``{requestId, code, subCode?, context?, message?}`` with a status."""

    def __init__(
        self,
        code: str,
        message: str | None = None,
        *,
        status: int = 400,
        sub_code: str | None = None,
        context: Mapping[str, Any] | Sequence[Any] | None = None,
    ) -> None:
        super().__init__(code)
        self.code = code
        self.message = message
        self.status = status
        self.sub_code = sub_code
        self.context = context

    def body(self, request_id: str) -> dict[str, Any]:
        """The JSON error body."""
        out: dict[str, Any] = {"requestId": request_id, "code": self.code}
        if self.sub_code is not None:
            out["subCode"] = self.sub_code
        if self.context is not None:
            out["context"] = self.context
        if self.message is not None:
            out["message"] = self.message
        return out


def decline(sub_code: str, message: str, **context: Any) -> ApiFailure:
    """An ``extIbis`` back-office decline."""
    return ApiFailure("extIbis", message, sub_code=sub_code, context=context)


def not_found(code: str, message: str, **context: Any) -> ApiFailure:
    """A documented not-found error (HTTP 400, as the docs show)."""
    return ApiFailure(code, message, context=context)
