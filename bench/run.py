"""``make bench``: ConnectFi on its backends side by side with raw aiohttp, in both load shapes.

Starts nginx on 127.0.0.1 serving canned connectFi answers (it is not the bottleneck: one
worker answers from memory), then runs each client at each concurrency, in each load shape of
docs BENCHMARKING.md (a worker pool, and gather with a semaphore), in a fresh process per run,
interleaving the clients round after round. Reports the median run and the spread (min-max) of
requests/s and client CPU per call (getrusage). Also: the logins 1,000 tasks make across a token
expiry, ``import connectfi_async`` against ``import httpx``, and the wall time of
``make generate``. Writes BENCHMARKS.md and bench/throughput.png.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import os
import platform
import resource
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from decimal import Decimal
from functools import partial
from importlib import metadata
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
HERE = Path(__file__).resolve().parent
PATH = "/ibis/financial/funds-credit"
ENVELOPE = {
    "code": "0",
    "data": {
        "reference": "ExtCFunds123",
        "cFiFundsId": "ifnd_5YVmYv3PAdUafhyEBi1kQA",
        "cFiAggregatorId": "evolve",
        "type": "credit",
        "cFiCardId": "icrd_3ZBErpQcsauarnR0Qj97Lu",
        "cFiStatus": "Complete",
        "boTransId": "F2156028290",
        "arn": "0000000000000006LAzl",
        "fee": 0,
        "balance": 21.10,
        "lastDepositAmount": 0,
        "ledgerBalance": 21.10,
        "dtsCreatedAt": "2023-03-16T17:48:32.425Z",
        "outstandingSettlementBalance": 0,
    },
    "requestId": "c48e5db0c42211ed9e40c5641e001f9c",
}
LOGIN = {"code": "0", "data": {"token": "t" * 66, "dtsExpireAt": "2999-01-01T00:00:00.000Z"}}
CLIENTS = ["aiohttp", "sdk-aiohttp", "sdk-httpx", "httpx", "httpx2", "sdk-httpx2"]
DEFAULT_CLIENTS = ["aiohttp", "sdk-aiohttp", "sdk-httpx2", "sdk-httpx"]
LABELS = {
    "httpx": "raw httpx",
    "httpx2": "raw httpx2",
    "sdk-httpx2": "ConnectFi, httpx2 (default)",
    "aiohttp": "raw aiohttp",
    "sdk-httpx": "ConnectFi, httpx",
    "sdk-aiohttp": "ConnectFi, aiohttp",
}
SHAPES = {"pool": "worker pool", "gather": "gather + semaphore"}
LIMIT = 100  # connections per client, the same for every client


# -- the server ---------------------------------------------------------------------------------


def start_nginx(port: int) -> tuple[subprocess.Popen[bytes], str]:
    """nginx on 127.0.0.1:port with the canned answers (installed from Debian if missing)."""
    if shutil.which("nginx") is None:
        subprocess.run(["apt-get", "install", "-y", "-q", "nginx-light"], check=True)
    prefix = tempfile.mkdtemp(prefix="connectfi-bench-")
    for sub in ("body", "proxy", "fastcgi", "uwsgi", "scgi"):
        Path(prefix, sub).mkdir()
    conf = (
        (HERE / "nginx.conf.template")
        .read_text()
        .format(
            prefix=prefix,
            port=port,
            envelope=json.dumps(ENVELOPE, separators=(",", ":")),
            login=json.dumps(LOGIN, separators=(",", ":")),
        )
    )
    Path(prefix, "nginx.conf").write_text(conf)
    nginx = shutil.which("nginx") or "/usr/sbin/nginx"
    proc = subprocess.Popen([nginx, "-c", f"{prefix}/nginx.conf", "-p", prefix])
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:  # readiness probe for the server process
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return proc, prefix
        except OSError:
            time.sleep(0.05)
    proc.terminate()
    raise SystemExit("nginx did not start")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


# -- one client run (in its own process) --------------------------------------------------------


async def one_run(
    client: str, shape: str, inflight: int, requests: int, base: str
) -> dict[str, Any]:
    """One client, one shape, one concurrency: ``requests`` POSTs after a warm-up."""
    body = {"cFiCardId": "icrd_3ZBErpQcsauarnR0Qj97Lu", "amount": "21.10", "currency": "USD"}
    headers = {"x-connectfi-token": "t" * 66}
    closers: list[Any] = []
    call: Callable[[], Awaitable[Any]]
    if client in ("httpx", "httpx2"):
        # The same API: what an application on either does.
        httpx = __import__(client)

        # No timeout: at 1,024 in flight a request may wait for one of the 100 connections
        # longer than httpx's default 5 s pool timeout (httpx2 raises PoolTimeout there).
        hc = httpx.AsyncClient(
            base_url=base, limits=httpx.Limits(max_connections=LIMIT), timeout=None
        )
        closers.append(hc.aclose)

        async def call() -> None:
            # What a hand-written client does: encode the body, decode the answer.
            response = await hc.post(PATH, json={**body, "reference": "r1"}, headers=headers)
            response.json()

    elif client == "aiohttp":
        import aiohttp

        session = aiohttp.ClientSession(base, connector=aiohttp.TCPConnector(limit=LIMIT))
        closers.append(session.close)

        async def call() -> None:
            async with session.post(
                PATH, json={**body, "reference": "r1"}, headers=headers
            ) as response:
                await response.json()

    else:
        from connectfi_async import ConnectFi, PoolLimits
        from connectfi_async.params import IbisFinancialFundsCreditParams

        cf = ConnectFi(
            base,
            "bench",
            "bench-password",
            backend=client.removeprefix("sdk-"),  # type: ignore[arg-type]
            limits=PoolLimits(max_connections=LIMIT),
        )
        closers.append(cf.aclose)
        sdk_body: IbisFinancialFundsCreditParams = {
            "cFiCardId": body["cFiCardId"],
            "amount": Decimal("21.10"),
            "currency": body["currency"],
        }
        call = partial(cf.ibis.financial.funds_credit, sdk_body)

    for _ in range(min(inflight, 50)):  # warm up connections and the token
        await call()
    latencies: list[float] = []
    perf_counter = time.perf_counter
    if shape == "pool":
        remaining = iter(range(requests))

        async def worker() -> None:
            for _ in remaining:
                started = perf_counter()
                await call()
                latencies.append(perf_counter() - started)

        runs = [worker() for _ in range(inflight)]
    else:
        semaphore = asyncio.Semaphore(inflight)

        async def one() -> None:
            async with semaphore:
                started = perf_counter()
                await call()
                latencies.append(perf_counter() - started)

        runs = [one() for _ in range(requests)]
    before = resource.getrusage(resource.RUSAGE_SELF)
    started = time.perf_counter()
    await asyncio.gather(*runs)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_SELF)
    for close in closers:
        await close()
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    latencies.sort()
    return {
        "client": client,
        "shape": shape,
        "inflight": inflight,
        "requests": requests,
        "rps": requests / wall,
        "cpu_us": cpu / requests * 1e6,
        "p50_ms": latencies[len(latencies) // 2] * 1000,
        "p99_ms": latencies[int(len(latencies) * 0.99) - 1] * 1000,
        "rss_mb": after.ru_maxrss / 1024,
    }


def run_in_subprocess(
    client: str, shape: str, inflight: int, requests: int, base: str
) -> dict[str, Any]:
    out = subprocess.run(
        [sys.executable, __file__, "--one", client, shape, str(inflight), str(requests), base],
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def summarise(runs: list[dict[str, Any]]) -> dict[str, Any]:
    """The median run by requests/s, with the spread of every run."""
    ordered = sorted(runs, key=lambda r: r["rps"])
    cpus = sorted(r["cpu_us"] for r in runs)
    return {
        **ordered[len(ordered) // 2],
        "cpu_us": cpus[len(cpus) // 2],
        "runs": len(runs),
        "rps_min": ordered[0]["rps"],
        "rps_max": ordered[-1]["rps"],
        "cpu_min": cpus[0],
        "cpu_max": cpus[-1],
    }


# -- the other figures --------------------------------------------------------------------------


async def login_stampede(tasks: int = 1000) -> tuple[int, int]:
    """Logins made by ``tasks`` concurrent calls right after every token expired."""
    import httpx

    from connectfi_async import ConnectFi
    from connectfi_async.sandbox import DEFAULT_LOGIN, DEFAULT_PASSWORD, SandboxApp

    app = SandboxApp()
    transport = httpx.ASGITransport(app=app)
    async with ConnectFi(
        "http://sandbox", DEFAULT_LOGIN, DEFAULT_PASSWORD, transport=transport
    ) as cf:
        await cf.health()
        before = app.store.logins
        app.expire_tokens()
        await asyncio.gather(*(cf.health() for _ in range(tasks)))
        return app.store.logins - before, tasks


def import_time(module: str, runs: int = 15) -> float:
    """Best-of-``runs`` wall time of importing ``module`` in a fresh interpreter, ms."""
    code = f"import time; t = time.perf_counter(); import {module}; print(time.perf_counter() - t)"
    times = [
        float(
            subprocess.run(
                [sys.executable, "-c", code], check=True, capture_output=True, text=True
            ).stdout
        )
        for _ in range(runs)
    ]
    return min(times) * 1000


TELEMETRY_CHECK = """
import asyncio, sys, time
if sys.argv[1] == "api":
    import opentelemetry.trace  # the API imported, as an application's own code would
from connectfi_async._telemetry import traced_attempt, traced_call

class Op:
    method, path, operation_id = "POST", "/ibis/financial/funds-credit", "ibisFinancialFundsCredit"

class Engine:
    _base_url = "http://127.0.0.1:8080"

async def step(engine, request, second, *args):
    return None

call, attempt = traced_call(step), traced_attempt(step)

async def main(n=200_000):
    engine, request = Engine(), (Op,)
    best = float("inf")
    for _ in range(5):
        started = time.perf_counter()
        for _ in range(n):
            await step(engine, request, 1)
            await step(engine, request, 1)
        plain = time.perf_counter() - started
        started = time.perf_counter()
        for _ in range(n):
            await call(engine, request, None)
            await attempt(engine, request, 1)
        best = min(best, (time.perf_counter() - started - plain) / n)
    print(best * 1e9)

asyncio.run(main())
"""


def telemetry_overhead(mode: str) -> float:
    """ns a call spends in the two telemetry hooks (one call, one attempt), no provider set.

    ``mode`` "none": opentelemetry never imported; "api": the API imported, no provider set.
    """
    out = subprocess.run(
        [sys.executable, "-c", TELEMETRY_CHECK, mode], check=True, capture_output=True, text=True
    )
    return float(out.stdout)


def generate_time(runs: int = 3) -> float:
    """Wall time of a full generation (openapi-python-client, templates, ruff), seconds."""
    best = float("inf")
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as tmp:
            started = time.perf_counter()
            subprocess.run(
                [
                    sys.executable,
                    str(ROOT / "generator" / "generate.py"),
                    "--package",
                    str(Path(tmp) / "_generated"),
                ],
                check=True,
                capture_output=True,
            )
            best = min(best, time.perf_counter() - started)
    return best


# -- the report ---------------------------------------------------------------------------------


def versions() -> dict[str, str]:
    out = {"python": platform.python_version()}
    for name in ("httpx", "httpcore", "aiohttp", "connectfi-async"):
        try:
            out[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            out[name] = "not installed"
    nginx = subprocess.run(["nginx", "-v"], capture_output=True, text=True).stderr.strip()
    out["nginx"] = nginx.split("/")[-1] if nginx else "?"
    return out


def machine() -> str:
    model = "unknown CPU"
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            model = line.split(":", 1)[1].strip()
            break
    return f"{os.cpu_count()} cores ({model}), {platform.system()} {platform.release()}"


def chart(results: list[dict[str, Any]], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    shapes = [shape for shape in SHAPES if any(r["shape"] == shape for r in results)]
    fig, axes = plt.subplots(1, len(shapes), figsize=(11, 4.5), dpi=110, squeeze=False)
    for ax, shape in zip(axes[0], shapes, strict=True):
        for client in CLIENTS:
            rows = sorted(
                (r for r in results if r["client"] == client and r["shape"] == shape),
                key=lambda r: r["inflight"],
            )
            if rows:
                x = [r["inflight"] for r in rows]
                ax.plot(x, [r["rps"] for r in rows], marker="o", label=LABELS[client])
                ax.fill_between(
                    x, [r["rps_min"] for r in rows], [r["rps_max"] for r in rows], alpha=0.15
                )
        ax.set_xscale("log", base=2)
        ax.set_xlabel("requests in flight")
        ax.set_ylabel("requests / s (median, band = spread)")
        ax.set_title(SHAPES[shape])
        ax.grid(True, alpha=0.3)
        ax.legend(fontsize=8)
    fig.suptitle("Throughput against nginx on 127.0.0.1 (higher is better)")
    fig.tight_layout()
    fig.savefig(path)


def targets(
    results: list[dict[str, Any]], imports: dict[str, float], gen: float, logins: tuple[int, int]
) -> list[tuple[str, str, bool]]:
    rows = []
    by = {(r["client"], r["shape"], r["inflight"]): r for r in results}
    for shape in SHAPES:
        for inflight in sorted({r["inflight"] for r in results if r["inflight"] >= 64}):
            sdk, aio = (
                by.get(("sdk-aiohttp", shape, inflight)),
                by.get(("aiohttp", shape, inflight)),
            )
            if sdk and aio:
                tp, cpu = sdk["rps"] / aio["rps"], sdk["cpu_us"] / aio["cpu_us"]
                where = f"{SHAPES[shape]}, {inflight:,} in flight"
                rows.append((f"{where}: throughput >= 0.85x raw aiohttp", f"{tp:.2f}x", tp >= 0.85))
                rows.append(
                    (f"{where}: CPU per call <= 1.3x raw aiohttp", f"{cpu:.2f}x", cpu <= 1.3)
                )
    ratio = imports["connectfi_async"] / imports["httpx"]
    rows.append(("import connectfi_async <= 1.3x import httpx", f"{ratio:.2f}x", ratio <= 1.3))
    rows.append(("make generate <= 20 s", f"{gen:.1f} s", gen <= 20))
    rows.append(("one login per expiry (1,000 tasks)", f"{logins[0]} login(s)", logins[0] == 1))
    return rows


def report(
    results: list[dict[str, Any]],
    imports: dict[str, float],
    gen: float,
    logins: tuple[int, int],
    requests: int,
    load: tuple[tuple[float, ...], tuple[float, ...]],
    telemetry: dict[str, float],
) -> str:
    repeat = max(r["runs"] for r in results)
    lines = [
        "# Benchmarks",
        "",
        f"Measured by `make bench` on {dt.date.today().isoformat()}: {machine()}.",
        "Versions: " + ", ".join(f"{k} {v}" for k, v in versions().items()) + ".",
        "",
        f"Each run sends {requests:,} POSTs of a funds-credit body to nginx on 127.0.0.1 (one",
        "worker, canned connectFi envelope) from a fresh process, at the given number of",
        f"requests in flight over at most {LIMIT} connections, in the two load shapes of",
        "`BENCHMARKING.md`: a worker pool (C coroutines looping over a shared iterator) and",
        "gather + semaphore (one task per request, all created up front). Raw aiohttp encodes",
        "its body with `json=` and decodes with `await response.json()`, as a hand-written",
        "client would. The ConnectFi rows are the full SDK path: token, generated reference,",
        "request validation, exact JSON both ways and the typed Decimal model. Client CPU is",
        "getrusage's user + system time of the client process per request.",
        "",
        f"Every figure is the median of {repeat} interleaved runs (client after client, round",
        "after round), with the spread (min-max) beside it. **Contention:** the machine has 2",
        "cores shared with other agents' builds and tests while this ran (load average "
        f"{load[0][0]:.1f} at the start, {load[1][0]:.1f} at the end), and nginx shares them",
        "with the client, so absolute figures move by 10-25% from run to run; compare the",
        "ratios within one round, which see the same load.",
        "",
        "![throughput](bench/throughput.png)",
        "",
        "| shape | in flight | client | requests/s (spread) | CPU µs/call (spread) "
        "| vs raw aiohttp: throughput, CPU | p50 ms | p99 ms |",
        "|---|---:|---|---:|---:|---:|---:|---:|",
    ]
    by = {(r["client"], r["shape"], r["inflight"]): r for r in results}
    for r in sorted(
        results,
        key=lambda r: (list(SHAPES).index(r["shape"]), r["inflight"], CLIENTS.index(r["client"])),
    ):
        raw = by.get(("aiohttp", r["shape"], r["inflight"]))
        ratio = (
            f"{r['rps'] / raw['rps']:.2f}x, {r['cpu_us'] / raw['cpu_us']:.2f}x"
            if raw and r["client"] != "aiohttp"
            else "-"
        )
        lines.append(
            f"| {SHAPES[r['shape']]} | {r['inflight']:,} | {LABELS[r['client']]} "
            f"| {r['rps']:,.0f} ({r['rps_min']:,.0f}-{r['rps_max']:,.0f}) "
            f"| {r['cpu_us']:,.0f} ({r['cpu_min']:,.0f}-{r['cpu_max']:,.0f}) | {ratio} "
            f"| {r['p50_ms']:.2f} | {r['p99_ms']:.2f} |"
        )
    lines += [
        "",
        "| other figure | value |",
        "|---|---|",
        f"| logins made by {logins[1]:,} tasks across a token expiry | {logins[0]} |",
        f"| `import httpx` (best of 15, fresh interpreter) | {imports['httpx']:.1f} ms |",
        f"| `import connectfi_async` (best of 15, fresh interpreter) | "
        f"{imports['connectfi_async']:.1f} ms |",
        f"| `make generate` (spec to formatted package, best of 3) | {gen:.1f} s |",
        "| OpenTelemetry hooks per call, no provider configured (best of 5 x 200,000) | "
        f"{telemetry['none']:.0f} ns; {telemetry['api']:.0f} ns with the API imported |",
        "",
        "## Targets",
        "",
        "| target | measured (ratio of medians) | met |",
        "|---|---|---|",
    ]
    for name, value, ok in targets(results, imports, gen, logins):
        lines.append(f"| {name} | {value} | {'yes' if ok else 'NO'} |")
    return "\n".join(lines) + "\n"


NOTES = "\n## Where the shortfall comes from\n"


def kept_notes(path: Path) -> str:
    """The hand-written analysis after the generated tables, kept across runs (edit it there)."""
    old = path.read_text() if path.exists() else ""
    return old[old.index(NOTES) :] if NOTES in old else ""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=6_000)
    parser.add_argument("--inflight", type=int, nargs="+", default=[1, 64, 256, 1024])
    parser.add_argument("--clients", nargs="+", default=DEFAULT_CLIENTS, choices=CLIENTS)
    parser.add_argument("--shapes", nargs="+", default=list(SHAPES), choices=list(SHAPES))
    parser.add_argument("--repeat", type=int, default=3, help="interleaved rounds")
    parser.add_argument("--no-report", action="store_true", help="print, do not write files")
    parser.add_argument(
        "--telemetry", action="store_true", help="only the telemetry hooks' cost, then exit"
    )
    parser.add_argument("--one", nargs=5, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        client, shape, inflight, requests, base = args.one
        result = asyncio.run(one_run(client, shape, int(inflight), int(requests), base))
        print(json.dumps(result))
        return
    if args.telemetry:
        for mode in ("none", "api"):
            print(f"telemetry hooks, {mode}: {telemetry_overhead(mode):.0f} ns per call")
        return
    port = free_port()
    proc, prefix = start_nginx(port)
    base = f"http://127.0.0.1:{port}"
    results = []
    load_start = os.getloadavg()
    try:
        for shape in args.shapes:
            for inflight in args.inflight:
                runs: dict[str, list[dict[str, Any]]] = {client: [] for client in args.clients}
                for _ in range(args.repeat):
                    for client in args.clients:
                        one = run_in_subprocess(client, shape, inflight, args.requests, base)
                        runs[client].append(one)
                for client in args.clients:
                    result = summarise(runs[client])
                    results.append(result)
                    print(
                        f"{SHAPES[shape]:18} {inflight:5} {LABELS[client]:28} "
                        f"{result['rps']:7,.0f} req/s ({result['rps_min']:,.0f}-"
                        f"{result['rps_max']:,.0f}) {result['cpu_us']:6,.0f} µs CPU/call, "
                        f"p99 {result['p99_ms']:,.0f} ms",
                        flush=True,
                    )
    finally:
        proc.terminate()
        proc.wait()
        shutil.rmtree(prefix, ignore_errors=True)
    load_end = os.getloadavg()
    if args.no_report:
        return
    logins = asyncio.run(login_stampede())
    imports = {m: import_time(m) for m in ("httpx", "connectfi_async")}
    gen = generate_time()
    telemetry = {mode: telemetry_overhead(mode) for mode in ("none", "api")}
    text = report(results, imports, gen, logins, args.requests, (load_start, load_end), telemetry)
    (ROOT / "BENCHMARKS.md").write_text(text + kept_notes(ROOT / "BENCHMARKS.md"))
    chart(results, HERE / "throughput.png")
    print(text)


if __name__ == "__main__":
    main()
