"""OpenTelemetry spans and metrics over real HTTP against the sandbox, on both backends.

The OpenTelemetry SDK's in-memory exporter and reader are installed as the global providers
once for this process (OpenTelemetry allows one); each test reads only its own spans.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest
from client_support import E2E_BACKENDS
from opentelemetry import metrics, trace
from opentelemetry.sdk.metrics import MeterProvider
from opentelemetry.sdk.metrics.export import InMemoryMetricReader
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import SpanKind, StatusCode

from connectfi_async import ConnectFi, RetryPolicy, errors
from connectfi_async.params import CustomerInitParams
from connectfi_async.sandbox import Fault
from connectfi_async.testing import SandboxServer

pytestmark = pytest.mark.parametrize("backend", E2E_BACKENDS)
RETRY = RetryPolicy(max_attempts=4, backoff_initial=0.002, backoff_max=0.01)
CUSTOMER: CustomerInitParams = {
    "customerType": "individual",
    "customer": {"firstName": "Jo", "lastName": "Doe"},
}
# Every attribute name the SDK may set: nothing else (a body, a header, a token) can appear.
ALLOWED = {
    "http.request.method",
    "url.template",
    "server.address",
    "server.port",
    "http.response.status_code",
    "error.type",
    "http.request.resend_count",
    "connectfi.operation_id",
    "connectfi.request_id",
    "connectfi.reference",
    "connectfi.recovered",
    "connectfi.attempt",
}
SPANS = InMemorySpanExporter()
METRICS = InMemoryMetricReader()
_installed: list[bool] = []


@pytest.fixture(scope="module", autouse=True)
def _stop_keeping_spans() -> Iterator[None]:
    """The provider stays for the rest of the process: later tests' spans are not kept."""
    yield
    SPANS.shutdown()


@pytest.fixture
def spans() -> Iterator[InMemorySpanExporter]:
    if not _installed:
        provider = TracerProvider()
        provider.add_span_processor(SimpleSpanProcessor(SPANS))
        trace.set_tracer_provider(provider)
        metrics.set_meter_provider(MeterProvider(metric_readers=[METRICS]))
        _installed.append(True)
    SPANS.clear()
    yield SPANS
    SPANS.clear()


@pytest.fixture
async def cf(
    connectfi_sandbox: SandboxServer, backend: str, spans: InMemorySpanExporter
) -> AsyncIterator[ConnectFi]:
    async with connectfi_sandbox.client(retry=RETRY, backend=backend) as client:
        yield client


def named(spans: InMemorySpanExporter, name: str) -> list[ReadableSpan]:
    return [s for s in spans.get_finished_spans() if s.name == name]


def children(spans: InMemorySpanExporter, parent: ReadableSpan) -> list[ReadableSpan]:
    assert parent.context is not None
    found = [
        s
        for s in spans.get_finished_spans()
        if s.parent is not None and s.parent.span_id == parent.context.span_id
    ]
    return sorted(found, key=lambda s: s.start_time or 0)


def no_secrets(spans: InMemorySpanExporter, *secrets: str) -> None:
    for span in spans.get_finished_spans():
        attributes = dict(span.attributes or {})
        assert set(attributes) <= ALLOWED, span.name
        text = repr(attributes) + span.name + repr(span.events)
        for secret in secrets:
            assert secret not in text, span.name


def metric_points(name: str) -> list[Any]:
    data = METRICS.get_metrics_data()
    assert data is not None
    return [
        point
        for resource in data.resource_metrics
        for scope in resource.scope_metrics
        for metric in scope.metrics
        if metric.name == name
        for point in metric.data.data_points
    ]


async def test_a_call_is_a_client_span_with_the_http_conventions(
    cf: ConnectFi, connectfi_sandbox: SandboxServer, spans: InMemorySpanExporter
) -> None:
    answer = await cf.with_raw_response.customer.init(CUSTOMER)
    (call,) = named(spans, "POST /customer/init")
    assert call.kind is SpanKind.CLIENT
    port = int(connectfi_sandbox.base_url.rsplit(":", 1)[1])
    assert dict(call.attributes or {}) == {
        "http.request.method": "POST",
        "url.template": "/customer/init",
        "server.address": "127.0.0.1",
        "server.port": port,
        "http.response.status_code": 200,
        "connectfi.operation_id": "customerInit",
        "connectfi.reference": answer.reference,
        "connectfi.request_id": answer.request_id,
    }
    (attempt,) = children(spans, call)
    assert attempt.name == "attempt 1"
    assert dict(attempt.attributes or {}) == {
        "connectfi.attempt": 1,
        "http.response.status_code": 200,
    }
    # The login is its own span, under the attempt that needed the token.
    (login,) = named(spans, "POST /auth/get-token")
    assert login.parent is not None
    assert login.parent.span_id == attempt.context.span_id
    assert (login.attributes or {})["connectfi.operation_id"] == "authGetToken"
    token = cf.token_auth.current()
    assert token
    no_secrets(spans, token, connectfi_sandbox.password)
    durations = [
        p for p in metric_points("http.client.request.duration") if p.attributes["url.template"]
    ]
    assert any(p.attributes["url.template"] == "/customer/init" for p in durations)


async def test_a_retried_call_shows_each_attempt_and_counts_the_retry(
    cf: ConnectFi, connectfi_sandbox: SandboxServer, spans: InMemorySpanExporter
) -> None:
    await cf.health()  # logged in: the spans below are the retried call's alone
    spans.clear()
    before = sum(p.value for p in metric_points("connectfi.client.retries"))
    connectfi_sandbox.app.faults.add(Fault("error", path="/customer/init", times=1, status=503))
    await cf.customer.init(CUSTOMER)
    (call,) = named(spans, "POST /customer/init")
    attributes = dict(call.attributes or {})
    assert attributes["http.request.resend_count"] == 1
    assert attributes["http.response.status_code"] == 200
    assert "error.type" not in attributes
    first, second = children(spans, call)
    assert (first.name, second.name) == ("attempt 1", "attempt 2")
    assert (first.attributes or {})["error.type"] == "503"
    assert (first.attributes or {})["http.response.status_code"] == 503
    assert first.status.status_code is StatusCode.ERROR
    assert (second.attributes or {})["http.response.status_code"] == 200
    assert sum(p.value for p in metric_points("connectfi.client.retries")) == before + 1
    statuses = {
        p.attributes.get("http.response.status_code")
        for p in metric_points("http.client.request.duration")
        if p.attributes["url.template"] == "/customer/init"
    }
    assert {503, 200} <= statuses


async def test_a_recovered_call_shows_the_lost_attempt_and_the_lookup(
    cf: ConnectFi, connectfi_sandbox: SandboxServer, spans: InMemorySpanExporter
) -> None:
    await cf.health()
    spans.clear()
    connectfi_sandbox.app.faults.add(Fault("drop", path="/customer/init", times=1))
    answer = await cf.with_raw_response.customer.init(CUSTOMER)
    assert answer.recovered is True
    (call,) = named(spans, "POST /customer/init")
    attributes = dict(call.attributes or {})
    assert attributes["connectfi.recovered"] is True
    assert attributes["connectfi.reference"] == answer.reference
    assert attributes["http.request.resend_count"] == 1
    lost, refused, lookup = children(spans, call)
    assert lost.name == "attempt 1"
    assert (lost.attributes or {})["error.type"] == "TransportError"
    assert refused.name == "attempt 2"
    assert (refused.attributes or {})["error.type"] == "400"  # referenceExists
    # The lookup by reference is a call of its own, a child of the recovered call.
    assert lookup.kind is SpanKind.CLIENT
    assert (lookup.attributes or {})["connectfi.operation_id"] != "customerInit"
    assert (lookup.attributes or {})["http.response.status_code"] == 200
    assert [s.name for s in children(spans, lookup)] == ["attempt 1"]


async def test_a_failed_login_is_its_own_failed_span(
    connectfi_sandbox: SandboxServer, backend: str, spans: InMemorySpanExporter
) -> None:
    wrong = "not-the-password-" + "x" * 8
    options: dict[str, Any] = {"backend": backend, "retry": RETRY}
    async with ConnectFi(
        connectfi_sandbox.base_url, connectfi_sandbox.login, wrong, **options
    ) as cf:
        with pytest.raises(errors.AuthenticationError) as caught:
            await cf.health()
    status = str(caught.value.status_code)
    (login,) = named(spans, "POST /auth/get-token")
    assert login.status.status_code is StatusCode.ERROR
    assert (login.attributes or {})["error.type"] == status
    (call,) = named(spans, "GET /health")
    assert call.status.status_code is StatusCode.ERROR
    assert (call.attributes or {})["error.type"] == status
    (attempt,) = children(spans, call)
    assert login.parent is not None
    assert login.parent.span_id == attempt.context.span_id
    no_secrets(spans, wrong)


def test_without_a_provider_nothing_is_imported_or_recorded(backend: str) -> None:
    """opentelemetry-api installed, no provider configured: the SDK never imports it."""
    script = f"""
import asyncio, sys
from connectfi_async import ConnectFi, NO_RETRIES
from connectfi_async import _telemetry

async def main():
    options = dict(backend={backend!r}, retry=NO_RETRIES)
    async with ConnectFi("http://127.0.0.1:9", "u", "p", **options) as cf:
        try:
            await cf.health()
        except Exception:
            pass

asyncio.run(main())
print(sorted(m for m in sys.modules if m.startswith("opentelemetry")), _telemetry._instruments)
"""
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert run.stdout.strip() == "[] None"
