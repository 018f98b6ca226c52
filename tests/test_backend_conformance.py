"""One contract for every sender, over real TCP on 127.0.0.1.

Each test runs once per backend in ``BACKENDS`` (a new sender is added there and so lands only
by passing this suite), through the public client, against small raw asyncio servers that do
exactly what a test needs: redirect, drip, lie about gzip, send too much, proxy, speak TLS.
"""

# mypy: disable-error-code="arg-type"
# (bodies are sent as plain dicts, some deliberately wrong, to test the runtime checks; typed
# bodies are type-checked on a user script in tests/test_user_script_types.py)

from __future__ import annotations

import asyncio
import datetime as dt
import email.message
import email.parser
import email.policy
import gzip
import io
import ipaddress
import platform
import socket
import ssl
import sys
import tracemalloc
import zlib
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from connectfi_async import (
    NO_RETRIES,
    ClientClosedError,
    ConnectFi,
    EventLoopError,
    Headers,
    PoolLimits,
    RetryPolicy,
    Timeout,
    TransportError,
    UnexpectedResponseError,
    ValidationError,
    __version__,
)
from connectfi_async._generated.models import AkepaDocumentUploadRequest
from connectfi_async._generated.types import File
from connectfi_async._json import json_dumps
from connectfi_async._transport import SendFailure
from connectfi_async._transport.choice import BACKENDS, HTTPX2_SUPPORTED
from connectfi_async._transport.decoding import BoundedBody

LOGIN = "conformance"
PASSWORD = "conformance-password"
TOKEN = "tok_" + "c" * 40
LOGIN_ANSWER = json_dumps(
    {"code": "0", "data": {"token": TOKEN, "dtsExpireAt": "2999-01-01T00:00:00.000Z"}}
)
OK = json_dumps({"code": "0", "data": {"status": "ok"}, "requestId": "req-1"})
GUARD = 20.0  # a test that hangs fails after this many seconds instead


# -- a raw HTTP/1.1 server ------------------------------------------------------------------


@dataclass
class Request:
    method: str
    target: str
    headers: dict[str, str]
    body: bytes


Handler = Callable[[Request, asyncio.StreamWriter], Awaitable[None]]


def answer(status: int, body: bytes = OK, headers: dict[str, str] | None = None) -> bytes:
    head = {"Content-Type": "application/json", "Content-Length": str(len(body))}
    head.update(headers or {})
    lines = [f"HTTP/1.1 {status} X"] + [f"{k}: {v}" for k, v in head.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + body


async def api(request: Request, writer: asyncio.StreamWriter) -> None:
    """A connectFi stand-in: a token for the login, a success envelope for anything else."""
    writer.write(answer(200, LOGIN_ANSWER if request.target.endswith("/auth/get-token") else OK))


def api_then(handler: Handler) -> Handler:
    """The login as ``api`` answers it; every other request to ``handler``."""

    async def route(request: Request, writer: asyncio.StreamWriter) -> None:
        if request.target.endswith("/auth/get-token"):
            await api(request, writer)
        else:
            await handler(request, writer)

    return route


@dataclass
class Server:
    handler: Handler = api
    tls: ssl.SSLContext | None = None
    requests: list[Request] = field(default_factory=list)
    connections: int = 0
    _server: Any = None
    _open: dict[asyncio.StreamWriter, asyncio.Task[Any]] = field(default_factory=dict)

    @property
    def url(self) -> str:
        port = self._server.sockets[0].getsockname()[1]
        return f"{'https' if self.tls else 'http'}://127.0.0.1:{port}"

    async def __aenter__(self) -> Server:
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", 0, ssl=self.tls)
        return self

    async def __aexit__(self, *exc: object) -> None:
        self._server.close()
        # Hang up on the connections still open, and let their handlers finish.
        for writer in list(self._open):
            writer.close()
        await asyncio.gather(*self._open.values(), return_exceptions=True)
        await self._server.wait_closed()

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        task = asyncio.current_task()
        assert task is not None
        self._open[writer] = task
        try:
            while True:
                line = await reader.readline()
                if not line:
                    return
                method, target, _ = line.decode().split(" ", 2)
                headers: dict[str, str] = {}
                while (header := await reader.readline()) not in (b"\r\n", b""):
                    name, _, value = header.decode().partition(":")
                    headers[name.strip().lower()] = value.strip()
                body = await reader.readexactly(int(headers.get("content-length", "0")))
                request = Request(method, target, headers, body)
                self.requests.append(request)
                await self.handler(request, writer)
                await writer.drain()
        except (ConnectionError, asyncio.IncompleteReadError, ssl.SSLError):
            pass
        finally:
            self._open.pop(writer, None)
            writer.close()


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


# Every sender; httpx2 (and so its sender) exists from Python 3.11 on.
SENDERS = [name for name in BACKENDS if name != "httpx2" or HTTPX2_SUPPORTED]


@pytest.fixture(params=SENDERS)
def backend(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY", "CONNECTFI_BACKEND"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)
    return str(request.param)


def client(backend: str, url: str, **kwargs: Any) -> ConnectFi:
    kwargs.setdefault("retry", NO_RETRIES)
    return ConnectFi(url, LOGIN, PASSWORD, backend=backend, **kwargs)


async def guarded(call: Awaitable[Any]) -> Any:
    return await asyncio.wait_for(call, GUARD)


# -- redirects ------------------------------------------------------------------------------


async def test_a_redirected_call_is_an_error_and_nothing_reaches_the_other_origin(
    backend: str,
) -> None:
    async with Server() as elsewhere:

        async def redirect(request: Request, writer: asyncio.StreamWriter) -> None:
            writer.write(answer(307, b"", {"Location": elsewhere.url + request.target}))

        async with Server(api_then(redirect)) as server, client(backend, server.url) as cf:
            with pytest.raises(UnexpectedResponseError) as caught:
                await guarded(cf.akepa.document.upload("doc_1", {"file": ("a.png", b"PIN")}))
            assert caught.value.status_code == 307
            with pytest.raises(UnexpectedResponseError):
                await guarded(cf.health())
    assert elsewhere.connections == 0
    assert elsewhere.requests == []


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
async def test_a_redirected_login_never_sends_the_password_elsewhere(
    backend: str, status: int
) -> None:
    async with Server() as elsewhere:

        async def redirect(request: Request, writer: asyncio.StreamWriter) -> None:
            writer.write(answer(status, b"", {"Location": elsewhere.url + request.target}))

        async with Server(redirect) as server, client(backend, server.url) as cf:
            with pytest.raises(UnexpectedResponseError):
                await guarded(cf.health())
        assert [r.target for r in server.requests] == ["/auth/get-token"]
    assert elsewhere.connections == 0


# -- proxies from the environment -----------------------------------------------------------


async def test_http_proxy_from_the_environment_is_used(
    backend: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with Server() as proxy:
        monkeypatch.setenv("HTTP_PROXY", proxy.url)
        # An unresolvable host: only a client that goes through the proxy can reach it.
        async with client(backend, "http://connectfi.invalid/api") as cf:
            assert await guarded(cf.health()) == {"status": "ok"}
    assert [r.target for r in proxy.requests] == [
        "http://connectfi.invalid/api/auth/get-token",
        "http://connectfi.invalid/api/health",
    ]


async def test_no_proxy_and_trust_env_false_bypass_the_proxy(
    backend: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with Server() as proxy, Server() as server:
        monkeypatch.setenv("HTTP_PROXY", proxy.url)
        async with client(backend, server.url, trust_env=False) as cf:
            await guarded(cf.health())
        monkeypatch.setenv("NO_PROXY", "127.0.0.1")
        async with client(backend, server.url) as cf:
            await guarded(cf.health())
    assert proxy.requests == []
    assert [r.target for r in server.requests] == ["/auth/get-token", "/health"] * 2


# -- TLS ------------------------------------------------------------------------------------


@dataclass
class Pki:
    ca_file: Path
    server: ssl.SSLContext


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Pki:
    """A private CA and a certificate for 127.0.0.1 that it signed."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    now = dt.datetime.now(dt.timezone.utc)

    def name(common: str) -> x509.Name:
        return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common)])

    ca_key, key = ec.generate_private_key(ec.SECP256R1()), ec.generate_private_key(ec.SECP256R1())
    ca = (
        x509.CertificateBuilder()
        .subject_name(name("conformance CA"))
        .issuer_name(name("conformance CA"))
        .public_key(ca_key.public_key())
        .serial_number(1)
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(False, False, False, False, False, True, True, False, False), True
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), False)
        .sign(ca_key, hashes.SHA256())
    )
    leaf = (
        x509.CertificateBuilder()
        .subject_name(name("127.0.0.1"))
        .issuer_name(ca.subject)
        .public_key(key.public_key())
        .serial_number(2)
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), False
        )
        .sign(ca_key, hashes.SHA256())
    )
    folder = tmp_path_factory.mktemp("pki")
    pem = serialization.Encoding.PEM
    (folder / "ca.pem").write_bytes(ca.public_bytes(pem))
    (folder / "server.pem").write_bytes(leaf.public_bytes(pem))
    (folder / "server.key").write_bytes(
        key.private_bytes(pem, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(folder / "server.pem", folder / "server.key")
    return Pki(folder / "ca.pem", context)


async def test_an_unknown_ca_is_refused_before_anything_is_sent(backend: str, pki: Pki) -> None:
    async with Server(tls=pki.server) as server, client(backend, server.url) as cf:
        with pytest.raises(TransportError) as caught:
            await guarded(cf.health())
    assert caught.value.may_have_reached_server is False
    assert server.requests == []


@pytest.mark.parametrize("how", ["path", "context"])
async def test_the_ca_given_with_verify_is_trusted(backend: str, pki: Pki, how: str) -> None:
    verify: Any = str(pki.ca_file)
    if how == "context":
        verify = ssl.create_default_context(cafile=str(pki.ca_file))
    async with (
        Server(tls=pki.server) as server,
        client(backend, server.url, verify=verify) as cf,
    ):
        assert await guarded(cf.health()) == {"status": "ok"}
    assert [r.target for r in server.requests] == ["/auth/get-token", "/health"]


# -- timeouts and transport failures --------------------------------------------------------


async def drip(request: Request, writer: asyncio.StreamWriter) -> None:
    """Headers at once, then one byte of body every 0.2 s, for as long as the client reads."""
    writer.write(answer(200, b"", {"Content-Length": "100000"}))
    while not writer.is_closing():
        await writer.drain()
        await asyncio.sleep(0.2)
        writer.write(b" ")


@pytest.mark.parametrize("where", ["client", "view", "call"])
async def test_the_timeout_bounds_the_whole_attempt(backend: str, where: str) -> None:
    timeout = 1.0 if where == "client" else None
    async with Server(api_then(drip)) as server, client(backend, server.url, timeout=timeout) as cf:
        target = cf.with_options(timeout=1.0) if where == "view" else cf
        call = target.health(timeout=1.0 if where == "call" else None)
        with pytest.raises(TransportError) as caught:
            await guarded(call)
    assert caught.value.may_have_reached_server is True


@pytest.mark.parametrize(
    "kind", ["Timeout", "httpx.Timeout"] + (["httpx2.Timeout"] if HTTPX2_SUPPORTED else [])
)
async def test_every_backend_takes_the_sdk_and_the_httpx_timeout_types(
    backend: str, kind: str
) -> None:
    if kind == "Timeout":
        timeout: Any = Timeout(total=1.0, connect=1.0)
    else:
        timeout = __import__(kind.split(".")[0]).Timeout(1.0)
    async with Server(api_then(drip)) as server, client(backend, server.url, timeout=timeout) as cf:
        with pytest.raises(TransportError) as caught:
            await guarded(cf.health())
    assert caught.value.may_have_reached_server is True


@pytest.mark.parametrize("kind", ["PoolLimits", "httpx.Limits"])
async def test_every_backend_takes_the_sdk_and_the_httpx_pool_limits(
    backend: str, kind: str
) -> None:
    import httpx

    limits: Any = (
        PoolLimits(max_connections=1) if kind == "PoolLimits" else httpx.Limits(max_connections=1)
    )

    async def slow(request: Request, writer: asyncio.StreamWriter) -> None:
        await asyncio.sleep(0.05)  # the answer takes a while: concurrent calls need the pool
        writer.write(answer(200))

    async with Server(api_then(slow)) as server, client(backend, server.url, limits=limits) as cf:
        await guarded(asyncio.gather(*(cf.health() for _ in range(5))))
    assert server.connections == 1


async def test_answer_headers_are_one_read_only_case_insensitive_mapping(backend: str) -> None:
    async def headers(request: Request, writer: asyncio.StreamWriter) -> None:
        head = f"Content-Type: application/json\r\nContent-Length: {len(OK)}\r\n"
        head += "X-Trace: t-1\r\nX-Multi: a\r\nx-multi: b\r\n"
        writer.write(b"HTTP/1.1 200 OK\r\n" + head.encode() + b"\r\n" + OK)

    async with Server(api_then(headers)) as server, client(backend, server.url) as cf:
        raw = await guarded(cf.with_raw_response.health())
    assert type(raw.headers) is Headers
    assert raw.headers["X-TRACE"] == raw.headers["x-trace"] == "t-1"
    assert raw.headers.get("x-multi") == "a, b"
    assert "Content-Length" in raw.headers
    assert raw.headers.get("absent") is None
    with pytest.raises(TypeError):
        raw.headers["x-trace"] = "changed"  # type: ignore[index]


async def test_connection_refused_is_not_sent(backend: str) -> None:
    async with client(backend, f"http://127.0.0.1:{closed_port()}") as cf:
        with pytest.raises(TransportError) as caught:
            await guarded(cf.health())
    assert caught.value.may_have_reached_server is False


async def hang_up(request: Request, writer: asyncio.StreamWriter) -> None:
    writer.close()


async def garbage(request: Request, writer: asyncio.StreamWriter) -> None:
    writer.write(b"SURPRISE\r\n\r\n")
    writer.close()


async def short_body(request: Request, writer: asyncio.StreamWriter) -> None:
    writer.write(answer(200, OK, {"Content-Length": str(len(OK) + 50)}))
    writer.close()


@pytest.mark.parametrize("server_does", [hang_up, garbage, short_body], ids=lambda f: f.__name__)
async def test_a_failure_after_sending_may_have_reached_the_server(
    backend: str, server_does: Handler
) -> None:
    async with Server(api_then(server_does)) as server, client(backend, server.url) as cf:
        with pytest.raises(TransportError) as caught:
            await guarded(cf.health())
    assert caught.value.may_have_reached_server is True
    assert server.requests[-1].target == "/health"


# -- decoding and the size cap --------------------------------------------------------------


def gzipped(status: int, body: bytes, *, chunked: bool = False) -> Handler:
    async def handler(request: Request, writer: asyncio.StreamWriter) -> None:
        headers = {"Content-Encoding": "gzip"}
        if chunked:
            writer.write(
                f"HTTP/1.1 {status} X\r\nContent-Encoding: gzip\r\n"
                f"Transfer-Encoding: chunked\r\n\r\n{len(body):x}\r\n".encode()
                + body
                + b"\r\n0\r\n\r\n"
            )
        else:
            writer.write(answer(status, body, headers))

    return handler


async def test_a_broken_gzip_answer_is_a_transport_error(backend: str) -> None:
    handler = api_then(gzipped(200, b"this is not gzip at all"))
    async with Server(handler) as server, client(backend, server.url) as cf:
        with pytest.raises(TransportError) as caught:
            await guarded(cf.health())
    assert caught.value.may_have_reached_server is True


async def test_a_gzip_answer_is_decoded(backend: str) -> None:
    async with (
        Server(api_then(gzipped(200, gzip.compress(OK)))) as server,
        client(backend, server.url) as cf,
    ):
        assert await guarded(cf.health()) == {"status": "ok"}


@pytest.mark.parametrize("chunked", [False, True])
async def test_a_gzip_bomb_stops_at_the_size_cap(backend: str, chunked: bool) -> None:
    bomb = gzip.compress(b"\0" * (20 * 1024 * 1024), compresslevel=9)
    assert len(bomb) < 100_000
    async with (
        Server(api_then(gzipped(200, bomb, chunked=chunked))) as server,
        client(backend, server.url) as cf,
    ):
        with pytest.raises(TransportError, match="ResponseTooLarge"):
            await guarded(cf.health())


def encoded(body: bytes, coding: str, *, chunked: bool = False) -> Handler:
    """Answers ``body`` as it is, labelled with ``Content-Encoding: coding``."""

    async def handler(request: Request, writer: asyncio.StreamWriter) -> None:
        if chunked:
            writer.write(
                f"HTTP/1.1 200 X\r\nContent-Encoding: {coding}\r\n"
                f"Transfer-Encoding: chunked\r\n\r\n{len(body):x}\r\n".encode()
                + body
                + b"\r\n0\r\n\r\n"
            )
        else:
            writer.write(answer(200, body, {"Content-Encoding": coding}))

    return handler


def first_ok_then(handler: Handler) -> Handler:
    """A plain success for the first call (it warms the client up), ``handler`` after it."""
    calls = []

    async def route(request: Request, writer: asyncio.StreamWriter) -> None:
        calls.append(request)
        if len(calls) == 1:
            await api(request, writer)
        else:
            await handler(request, writer)

    return route


CAP = 1024 * 1024
SLACK = 1024 * 1024  # what a call allocates besides the body (about 0.6 MiB), with room


async def peak_memory(call: Awaitable[Any]) -> tuple[BaseException | None, int]:
    """The call's outcome and the most memory it held at once (traced by tracemalloc)."""
    tracemalloc.start()
    try:
        before, _ = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        try:
            await guarded(call)
        except Exception as exc:
            outcome: BaseException | None = exc
        else:
            outcome = None
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return outcome, peak - before


@pytest.mark.parametrize(
    ("shape", "chunked"), [("plain", False), ("plain", True), ("nested", False)]
)
async def test_a_gzip_bomb_never_holds_more_than_the_cap(
    backend: str, shape: str, chunked: bool
) -> None:
    # httpx inflated each read whole, and chained stacked codings, before counting: 64 MiB
    # decoded from 64 kB here, and 2 GB from a 1.8 kB "gzip, gzip" answer in the field.
    inner = gzip.compress(b"\0" * (64 * 1024 * 1024), compresslevel=9)
    bomb, coding = (inner, "gzip") if shape == "plain" else (gzip.compress(inner), "gzip, gzip")
    assert len(bomb) < 100_000
    handler = api_then(first_ok_then(encoded(bomb, coding, chunked=chunked)))
    async with Server(handler) as server, client(backend, server.url, max_response_size=CAP) as cf:
        assert await guarded(cf.health()) == {"status": "ok"}
        outcome, peak = await peak_memory(cf.health())
    assert isinstance(outcome, TransportError)
    assert outcome.may_have_reached_server is True
    assert peak < CAP + SLACK, f"{peak / 2**20:.1f} MiB held for a {CAP / 2**20:.0f} MiB cap"


async def test_only_the_codings_decoded_within_the_cap_are_advertised(backend: str) -> None:
    async with Server() as server, client(backend, server.url) as cf:
        await guarded(cf.health())
    assert {r.headers["accept-encoding"] for r in server.requests} == {"gzip, deflate"}


async def test_a_callers_httpx_client_advertises_only_what_is_decoded() -> None:
    import httpx

    async with Server() as server:
        own = httpx.AsyncClient(base_url=server.url, headers={"Accept-Encoding": "br, zstd"})
        async with ConnectFi(login=LOGIN, password=PASSWORD, http_client=own) as cf:
            await guarded(cf.health())
        await own.aclose()
    assert {r.headers["accept-encoding"] for r in server.requests} == {"gzip, deflate"}


@pytest.mark.parametrize(
    ("coding", "body"),
    [
        ("deflate", zlib.compress(OK)),
        ("deflate", zlib.compress(OK)[2:-4]),  # raw deflate, as some servers send it
        ("x-gzip", gzip.compress(OK)),
        ("GZIP", gzip.compress(OK[:10]) + gzip.compress(OK[10:])),  # two gzip members
        ("identity", OK),
    ],
    ids=["deflate", "raw-deflate", "x-gzip", "gzip-members", "identity"],
)
async def test_the_advertised_codings_are_decoded(backend: str, coding: str, body: bytes) -> None:
    async with Server(api_then(encoded(body, coding))) as server, client(backend, server.url) as cf:
        assert await guarded(cf.health()) == {"status": "ok"}


PAYLOAD = bytes(range(256)) * 1000  # several decoding slices
ENCODED = {
    "gzip": ("gzip", gzip.compress(PAYLOAD)),
    "gzip-members": ("gzip", gzip.compress(PAYLOAD[:1000]) + gzip.compress(PAYLOAD[1000:])),
    "deflate": ("deflate", zlib.compress(PAYLOAD)),
    "raw-deflate": ("deflate", zlib.compress(PAYLOAD)[2:-4]),
    "identity": ("identity", PAYLOAD),
}


@pytest.mark.parametrize("step", [1, 2, 3, 1000, 1 << 20])
@pytest.mark.parametrize(("coding", "body"), ENCODED.values(), ids=ENCODED.keys())
def test_the_shared_decoder_gives_the_same_body_however_the_bytes_arrive(
    coding: str, body: bytes, step: int
) -> None:
    # Every sender feeds it what its library read: chunk boundaries fall anywhere.
    decoder = BoundedBody([coding], CAP)
    for start in range(0, len(body), step):
        decoder.feed(body[start : start + step])
    assert decoder.finish() == PAYLOAD


@pytest.mark.parametrize(("coding", "body"), ENCODED.values(), ids=ENCODED.keys())
def test_the_shared_decoder_cap_is_exact(coding: str, body: bytes) -> None:
    for limit, fits in ((len(PAYLOAD), True), (len(PAYLOAD) - 1, False)):
        decoder = BoundedBody([coding], limit)
        if fits:
            decoder.feed(body)
            assert decoder.finish() == PAYLOAD
        else:
            with pytest.raises(SendFailure, match="ResponseTooLarge") as caught:
                decoder.feed(body)
            assert caught.value.sent is True


@pytest.mark.parametrize(
    ("coding", "body"),
    [
        ("gzip, gzip", gzip.compress(gzip.compress(OK))),
        ("br", b"\x0b\x02\x80" + OK + b"\x03"),
        ("compress", OK),
        ("gzip", gzip.compress(OK)[:-8]),
        ("gzip", gzip.compress(OK) + b"trailing"),
    ],
    ids=["stacked", "br", "compress", "truncated", "trailing-garbage"],
)
async def test_other_or_broken_codings_are_transport_errors(
    backend: str, coding: str, body: bytes
) -> None:
    async with Server(api_then(encoded(body, coding))) as server, client(backend, server.url) as cf:
        with pytest.raises(TransportError, match="ContentDecodingError") as caught:
            await guarded(cf.health())
    assert caught.value.may_have_reached_server is True


def sized(size: int, *, chunked: bool) -> Handler:
    body = OK[:-1] + b" " * (size - len(OK)) + b"}"

    async def handler(request: Request, writer: asyncio.StreamWriter) -> None:
        if chunked:
            writer.write(
                f"HTTP/1.1 200 X\r\nTransfer-Encoding: chunked\r\n\r\n{len(body):x}\r\n".encode()
                + body
                + b"\r\n0\r\n\r\n"
            )
        else:
            writer.write(answer(200, body))

    return handler


@pytest.mark.parametrize("chunked", [False, True])
async def test_the_response_size_cap_is_configurable(backend: str, chunked: bool) -> None:
    async with Server(api_then(sized(1000, chunked=chunked))) as server:
        async with client(backend, server.url, max_response_size=1000) as cf:
            assert await guarded(cf.health()) == {"status": "ok"}
        async with client(backend, server.url, max_response_size=999) as cf:
            with pytest.raises(TransportError, match="ResponseTooLarge") as caught:
                await guarded(cf.health())
            assert caught.value.may_have_reached_server is True


async def test_the_default_cap_refuses_a_large_answer(backend: str) -> None:
    async with (
        Server(api_then(sized(9 * 1024 * 1024, chunked=False))) as server,
        client(backend, server.url) as cf,
    ):
        with pytest.raises(TransportError, match="ResponseTooLarge"):
            await guarded(cf.health())


# -- lifecycle ------------------------------------------------------------------------------


async def test_a_closed_client_raises_and_opens_nothing(backend: str) -> None:
    async with Server() as server:
        cf = client(backend, server.url)
        await guarded(cf.health())
        view = cf.with_options(timeout=5)
        await cf.aclose()
        await cf.aclose()  # closing twice is harmless
        for target in (cf, view):
            with pytest.raises(ClientClosedError):
                await guarded(target.health())
        connections = server.connections
    assert connections == 1
    assert len(server.requests) == 2


async def test_a_client_closed_before_first_use_raises(backend: str) -> None:
    async with Server() as server:
        cf = client(backend, server.url)
        await cf.aclose()
        with pytest.raises(ClientClosedError):
            await guarded(cf.health())
    assert server.connections == 0


async def test_a_second_event_loop_gets_a_typed_error(backend: str) -> None:
    async with Server() as server, client(backend, server.url) as cf:
        await guarded(cf.health())

        async def elsewhere() -> Any:
            return await cf.health()

        with pytest.raises(EventLoopError):
            await guarded(asyncio.to_thread(asyncio.run, elsewhere()))
        assert await guarded(cf.health()) == {"status": "ok"}  # the first loop still works
    assert [r.target for r in server.requests] == ["/auth/get-token", "/health", "/health"]


# -- what goes on the wire ------------------------------------------------------------------


def form_parts(request: Request) -> dict[str, tuple[str | None, str | None, bytes]]:
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
        f"Content-Type: {request.headers['content-type']}\r\n\r\n".encode() + request.body
    )
    assert isinstance(message, email.message.EmailMessage)
    parts = {}
    for part in message.iter_parts():
        assert isinstance(part, email.message.EmailMessage)
        name = part.get_param("name", header="content-disposition")
        mime = part.get_content_type() if part["content-type"] else None
        payload = part.get_payload(decode=True)
        assert isinstance(payload, bytes)
        parts[str(name)] = (part.get_filename(), mime, payload)
    return parts


@pytest.mark.parametrize("body_kind", ["mapping", "model"])
async def test_multipart_bodies(backend: str, body_kind: str) -> None:
    image = b"\x89PNG\r\n\x1a\n" + bytes(range(256))
    body: Any
    if body_kind == "mapping":
        body = {"file": ("id.png", image, "image/png"), "side": "front"}
    else:
        body = AkepaDocumentUploadRequest(
            file=File(payload=io.BytesIO(image), file_name="id.png", mime_type="image/png")
        )
        body["side"] = "front"
    async with Server() as server, client(backend, server.url) as cf:
        await guarded(cf.akepa.document.upload("doc_1", body))
    request = server.requests[-1]
    assert request.target == "/akepa/document/upload/doc_1"
    assert request.headers["content-type"].startswith("multipart/form-data; boundary=")
    parts = form_parts(request)
    assert parts["file"] == ("id.png", "image/png", image)
    assert parts["side"][2] == b"front"


async def test_headers_and_user_agent(backend: str) -> None:
    async with Server() as server, client(backend, server.url) as cf:
        await guarded(cf.health())
        await guarded(cf.with_options(extra_headers={"X-Trace": "abc"}).health())
        await guarded(cf.customer.disable_employee({"companyId": "cus_1", "employeeId": "cus_2"}))
    agent = f"connectfi-async/{__version__} python/{platform.python_version()}"
    login, health, traced, query = server.requests
    assert all(r.headers["user-agent"] == agent for r in server.requests)
    assert login.headers["content-type"] == "application/json"
    assert "x-connectfi-token" not in login.headers
    assert health.headers["x-connectfi-token"] == TOKEN
    assert health.headers["accept"] == "application/json"
    assert "x-trace" not in health.headers
    assert traced.headers["x-trace"] == "abc"
    assert traced.headers["x-connectfi-token"] == TOKEN
    assert query.headers["content-type"] == "application/json"
    assert query.body == b'{"companyId":"cus_1","employeeId":"cus_2"}'


async def test_the_url_cache_is_bounded(backend: str) -> None:
    async with Server() as server, client(backend, server.url) as cf:
        sender = cf._sender
        for i in range(600):
            await guarded(sender.send("GET", f"/things/{i}", None, {}, None))
        assert len(getattr(sender, "_urls", ())) <= 512
    assert server.requests[-1].target == "/things/599"


# -- per-call options -----------------------------------------------------------------------


async def unavailable(request: Request, writer: asyncio.StreamWriter) -> None:
    writer.write(answer(503, b'{"code":"503","message":"busy"}'))


async def test_with_options_shares_pool_and_token_and_sets_retry(backend: str) -> None:
    three = RetryPolicy(max_attempts=3, backoff_initial=0.0)
    async with Server(api_then(unavailable)) as server, client(backend, server.url) as cf:
        view = cf.with_options(retry=three)
        assert view._sender is cf._sender
        assert view.token_auth is cf.token_auth
        for call in (cf.health(), view.health(), cf.health(retry=three)):
            with pytest.raises(Exception, match="busy"):
                await guarded(call)
        assert cf.retry is NO_RETRIES
    targets = [r.target for r in server.requests]
    assert targets == ["/auth/get-token"] + ["/health"] * (1 + 3 + 3)
    assert server.connections == 1


async def test_with_options_refuses_the_token_header(backend: str) -> None:
    async with client(backend, "http://127.0.0.1:9") as cf:
        with pytest.raises(ValueError, match="x-connectfi-token"):
            cf.with_options(extra_headers={"X-ConnectFi-Token": "forged"})
        with pytest.raises(ValueError, match="timeout"):
            cf.with_options(timeout=0)


BAD_EXTRA_HEADERS = {
    "crlf-value": {"X-Trace": "SECRET\r\nX-Injected: 1"},
    "lf-value": {"X-Trace": "SECRET\nX-Injected: 1"},
    "nul-value": {"X-Trace": "SECRET\x00"},
    "control-value": {"X-Trace": "SECRET\x7f"},
    "non-ascii-value": {"X-Trace": "SECRET-caf\u00e9"},
    "padded-value": {"X-Trace": " SECRET"},
    "crlf-name": {"X-Trace\r\nX-Injected": "SECRET"},
    "space-name": {"X Trace": "SECRET"},
    "colon-name": {"X-Trace:": "SECRET"},
    "empty-name": {"": "SECRET"},
    "non-ascii-name": {"X-Tr\u00e4ce": "SECRET"},
    "token": {"X-ConnectFi-Token": "SECRET"},
    "content-type": {"content-type": "SECRET"},
    "content-length": {"Content-Length": "SECRET"},
    "transfer-encoding": {"Transfer-Encoding": "SECRET"},
    "host": {"Host": "SECRET"},
    "accept-encoding": {"Accept-Encoding": "SECRET"},
}


@pytest.mark.parametrize("headers", BAD_EXTRA_HEADERS.values(), ids=BAD_EXTRA_HEADERS.keys())
async def test_bad_extra_headers_are_refused_before_anything_is_sent(
    backend: str, headers: dict[str, str]
) -> None:
    (name,) = headers
    async with Server() as server, client(backend, server.url) as cf:
        with pytest.raises(ValidationError) as caught:
            await guarded(cf.with_options(extra_headers={"X-Fine": "ok", **headers}).health())
        assert server.requests == []  # not even the login
        assert await guarded(cf.health()) == {"status": "ok"}  # the client itself is unharmed
    assert isinstance(caught.value, ValueError)
    assert repr(name) in str(caught.value)
    assert "SECRET" not in str(caught.value)
    assert "X-Fine" not in str(caught.value)


async def test_extra_headers_with_inner_spaces_and_tabs_are_sent_as_given(backend: str) -> None:
    headers = {"X-Trace": "a b\tc", "x-empty": "", "X-Tchars!#$%&'*+.^_`|~": "~!"}
    async with Server() as server, client(backend, server.url) as cf:
        await guarded(cf.with_options(extra_headers=headers).health())
    sent = server.requests[-1].headers
    assert (sent["x-trace"], sent["x-empty"], sent["x-tchars!#$%&'*+.^_`|~"]) == (
        "a b\tc",
        "",
        "~!",
    )


# -- the choice of backend ------------------------------------------------------------------


def test_httpx2_is_the_default_whatever_is_installed(monkeypatch: pytest.MonkeyPatch) -> None:
    import aiohttp  # installed and imported: it must not change the choice
    import httpx

    assert sys.modules["aiohttp"] is aiohttp
    assert sys.modules["httpx"] is httpx
    monkeypatch.delenv("CONNECTFI_BACKEND", raising=False)
    default = "httpx2" if sys.version_info >= (3, 11) else "httpx"
    assert ConnectFi("http://127.0.0.1:9").backend == default
    monkeypatch.setenv("CONNECTFI_BACKEND", "aiohttp")
    assert ConnectFi("http://127.0.0.1:9").backend == "aiohttp"
    assert ConnectFi("http://127.0.0.1:9", backend="httpx").backend == "httpx"
    monkeypatch.setenv("CONNECTFI_BACKEND", "auto")
    with pytest.raises(ValueError, match="backend"):
        ConnectFi("http://127.0.0.1:9")


async def test_a_callers_client_selects_its_library(monkeypatch: pytest.MonkeyPatch) -> None:
    """An application on httpx hands its httpx.AsyncClient over, whatever the default."""
    import httpx

    monkeypatch.delenv("CONNECTFI_BACKEND", raising=False)
    async with httpx.AsyncClient() as own:
        cf = ConnectFi("http://127.0.0.1:9", http_client=own)
        assert (cf.backend, cf.http_client) == ("httpx", own)
        with pytest.raises(ValueError, match="backend='httpx'"):
            ConnectFi("http://127.0.0.1:9", http_client=own, backend="aiohttp")
    if HTTPX2_SUPPORTED:
        import httpx2

        async with httpx2.AsyncClient() as own2:
            cf = ConnectFi("http://127.0.0.1:9", http_client=own2)
            assert (cf.backend, cf.http_client) == ("httpx2", own2)
    mock = httpx.MockTransport(lambda request: httpx.Response(200))
    assert ConnectFi("http://127.0.0.1:9", transport=mock).backend == "httpx"
    with pytest.raises(TypeError, match="http_client must come from httpx or httpx2"):
        ConnectFi("http://127.0.0.1:9", http_client=object())


async def test_respx_mocks_the_httpx_backend(monkeypatch: pytest.MonkeyPatch) -> None:
    """respx patches httpx: an application on httpx mocks the SDK with it (backend='httpx')."""
    import httpx
    import respx

    monkeypatch.setenv("CONNECTFI_BACKEND", "httpx")
    with respx.mock(assert_all_called=True) as mock:
        mock.post("https://api.example.test/auth/get-token").respond(200, content=LOGIN_ANSWER)
        health = mock.get("https://api.example.test/health").respond(200, content=OK)
        async with ConnectFi("https://api.example.test", LOGIN, PASSWORD) as cf:
            assert await cf.health() == {"status": "ok"}
    assert isinstance(health.calls.last.request, httpx.Request)
    assert health.calls.last.request.headers["x-connectfi-token"] == TOKEN
