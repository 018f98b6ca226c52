"""OpenTelemetry traces and metrics, when the application has configured them.

With ``opentelemetry-api`` installed (the ``otel`` extra) and a tracer or meter provider set,
each call is a CLIENT span named ``"{METHOD} {url.template}"`` with the HTTP client semantic
conventions (``http.request.method``, ``url.template``, ``server.address``, ``server.port``,
``http.response.status_code``, ``error.type``, ``http.request.resend_count``) and
``connectfi.operation_id``, ``connectfi.request_id``, ``connectfi.reference``,
``connectfi.recovered``. Each attempt is a child span (``connectfi.attempt``); a recovery lookup
and the login are calls of their own, so they are spans of their own, under the attempt or
call that needed them. Metrics: the ``http.client.request.duration`` histogram (seconds, one
per attempt) and the ``connectfi.client.retries`` counter.

Attributes are only those names: never a body, a header, a path argument, a token or a
password. Without a configured provider nothing is imported and a call pays one dictionary
lookup (``opentelemetry.trace`` not in ``sys.modules``) or one provider check.

The engine is instrumented by two decorators, :func:`traced_call` on its call loop and
:func:`traced_attempt` on one attempt, so the call loop itself carries no telemetry code.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Awaitable, Callable
from functools import lru_cache, wraps
from typing import Any, TypeVar
from urllib.parse import urlsplit

from . import errors

F = TypeVar("F", bound=Callable[..., Awaitable[Any]])

_SCOPE = "connectfi_async"


class _Instruments:
    """The tracer and the two instruments, created once a provider is configured."""

    def __init__(self) -> None:
        from opentelemetry import metrics, trace

        from ._version import __version__

        self.trace = trace
        self.tracer = trace.get_tracer(_SCOPE, __version__)
        meter = metrics.get_meter(_SCOPE, __version__)
        self.duration = meter.create_histogram(
            "http.client.request.duration",
            unit="s",
            description="Duration of HTTP client requests (one per attempt).",
        )
        self.retries = meter.create_counter(
            "connectfi.client.retries",
            unit="{retry}",
            description="Attempts made after the first, per operation.",
        )
        self.client_kind = trace.SpanKind.CLIENT
        self.internal_kind = trace.SpanKind.INTERNAL
        self.error_status = trace.Status(trace.StatusCode.ERROR)


_instruments: _Instruments | None = None
# A provider named in the environment is created by the API on first use, not by a set_* call.
_ENV_PROVIDER = any(
    name in os.environ for name in ("OTEL_PYTHON_TRACER_PROVIDER", "OTEL_PYTHON_METER_PROVIDER")
)


def _active() -> _Instruments | None:
    """The instruments when the application configured a tracer or meter provider, else None."""
    global _instruments
    if _instruments is not None:
        return _instruments
    trace = sys.modules.get("opentelemetry.trace")
    if trace is None:
        return None  # nobody imported the API: no provider can be configured
    meters = sys.modules.get("opentelemetry.metrics._internal")
    if (
        not _ENV_PROVIDER
        and getattr(trace, "_TRACER_PROVIDER", False) is None
        and (meters is None or getattr(meters, "_METER_PROVIDER", False) is None)
    ):
        # Neither global set yet: the API's own module globals say so without the two
        # environment lookups of get_*_provider() (a changed API falls through to them).
        return None
    metrics = sys.modules.get("opentelemetry.metrics")
    configured = _configured(trace.get_tracer_provider(), "ProxyTracerProvider")
    if metrics is not None:
        configured = configured or _configured(metrics.get_meter_provider(), "_ProxyMeterProvider")
    if not configured:
        return None
    _instruments = _Instruments()
    return _instruments


def _configured(provider: Any, proxy: str) -> bool:
    """Whether ``provider`` is one an application set (not the API's proxy or a no-op)."""
    name = type(provider).__name__
    return name != proxy and not name.startswith("NoOp")


@lru_cache(maxsize=64)
def _server(base_url: str) -> tuple[str, int]:
    parts = urlsplit(base_url)
    return parts.hostname or "", parts.port or (443 if parts.scheme == "https" else 80)


def _error_type(error: BaseException) -> str:
    """``error.type``: the HTTP status of an API error, else the exception's class name."""
    if isinstance(error, errors.ApiError) and error.status_code:
        return str(error.status_code)
    return type(error).__qualname__


def traced_call(run: F) -> F:
    """Decorate the engine's call loop ``Engine._run(self, request)``: one CLIENT span.

    ``request`` is the call's ``PreparedRequest`` (operation, reference...); ``engine.core``
    knows the base URL.
    """

    @wraps(run)
    async def wrapper(engine: Any, request: Any, *args: Any, **kwargs: Any) -> Any:
        instruments = _instruments or _active()
        if instruments is None:
            return await run(engine, request, *args, **kwargs)
        operation, reference = request.operation, request.reference
        address, port = _server(engine.core.base_url)
        attributes = {
            "http.request.method": operation.method,
            "url.template": operation.path,
            "server.address": address,
            "server.port": port,
            "connectfi.operation_id": operation.operation_id,
        }
        if reference is not None:
            attributes["connectfi.reference"] = reference
        with instruments.tracer.start_as_current_span(
            f"{operation.method} {operation.path}",
            kind=instruments.client_kind,
            attributes=attributes,
            record_exception=False,  # an exception's text is not for span attributes
            set_status_on_exception=False,
        ) as span:
            try:
                answer = await run(engine, request, *args, **kwargs)
            except BaseException as exc:
                span.set_attribute("error.type", _error_type(exc))
                if isinstance(exc, errors.ApiError):
                    if exc.status_code:
                        span.set_attribute("http.response.status_code", exc.status_code)
                    if exc.request_id:
                        span.set_attribute("connectfi.request_id", exc.request_id)
                span.set_status(instruments.error_status)
                raise
            span.set_attribute("http.response.status_code", answer.status_code)
            if answer.request_id:
                span.set_attribute("connectfi.request_id", answer.request_id)
            if answer.recovered:
                span.set_attribute("connectfi.recovered", True)
            return answer

    return wrapper  # type: ignore[return-value]


def traced_attempt(attempt_fn: F) -> F:
    """Decorate one attempt ``Engine._attempt(self, request, attempt, ...)``: a child span,
    metrics."""

    @wraps(attempt_fn)
    async def wrapper(engine: Any, request: Any, attempt: int, *args: Any, **kwargs: Any) -> Any:
        # Every attempt runs inside a call, whose hook has just looked for a provider.
        instruments = _instruments
        if instruments is None:
            return await attempt_fn(engine, request, attempt, *args, **kwargs)
        operation = request.operation
        address, port = _server(engine.core.base_url)
        metric = {
            "http.request.method": operation.method,
            "url.template": operation.path,
            "server.address": address,
            "server.port": port,
        }
        current = instruments.trace.get_current_span()
        if attempt > 1:
            current.set_attribute("http.request.resend_count", attempt - 1)
            instruments.retries.add(1, {**metric, "connectfi.operation_id": operation.operation_id})
        started = time.perf_counter()
        with instruments.tracer.start_as_current_span(
            f"attempt {attempt}",
            kind=instruments.internal_kind,
            attributes={"connectfi.attempt": attempt},
            record_exception=False,
            set_status_on_exception=False,
        ) as span:
            try:
                answer = await attempt_fn(engine, request, attempt, *args, **kwargs)
            except BaseException as exc:
                failed = getattr(exc, "error", exc)  # the engine's Failure wraps the error
                error_type = _error_type(failed)
                status = getattr(failed, "status_code", 0)
                span.set_attribute("error.type", error_type)
                if status:
                    span.set_attribute("http.response.status_code", status)
                    metric["http.response.status_code"] = status
                span.set_status(instruments.error_status)
                metric["error.type"] = error_type
                instruments.duration.record(time.perf_counter() - started, metric)
                raise
            span.set_attribute("http.response.status_code", answer.status_code)
            metric["http.response.status_code"] = answer.status_code
            instruments.duration.record(time.perf_counter() - started, metric)
            return answer

    return wrapper  # type: ignore[return-value]
