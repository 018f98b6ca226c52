"""Figures a busy machine cannot blur (docs BENCHMARKING.md), SDK on aiohttp against raw aiohttp.

    python bench/figures.py [--rounds 5]

Against the same nginx canned funds-credit answer as bench/run.py, each figure in a fresh
process per client, rounds interleaved:

- interpreter calls per request: ``sys.setprofile`` "call" events (coroutine resumptions
  included) and "c_call" events over 1,000 requests, 64 in flight, gather shape;
- objects tracked by ``gc`` after the first call answered (after a full collection);
- GC time per call (``gc.callbacks``) over 6,000 requests, 256 in flight, gather shape;
- cold start: interpreter start to the first call answered (wall time, parent's clock; with
  PYTHONDONTWRITEBYTECODE set, run ``python -m compileall src`` first, as an installed wheel has
  its bytecode);
- ``import connectfi_async`` against ``import httpx`` (best of 15, bench/run.py's measure).
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import shutil
import statistics
import subprocess
import sys
import time
from decimal import Decimal
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import run as bench  # noqa: E402

CLIENTS = ("aiohttp", "sdk-aiohttp")


async def _client(client: str, base: str) -> tuple[Any, Any]:
    """(call, close) for one client, as bench/run.py builds them."""
    body = {"cFiCardId": "icrd_3ZBErpQcsauarnR0Qj97Lu", "amount": "21.10", "currency": "USD"}
    if client == "aiohttp":
        import aiohttp

        session = aiohttp.ClientSession(base, connector=aiohttp.TCPConnector(limit=bench.LIMIT))
        headers = {"x-connectfi-token": "t" * 66}

        async def call() -> None:
            async with session.post(
                bench.PATH, json={**body, "reference": "r1"}, headers=headers
            ) as response:
                await response.json()

        return call, session.close
    from connectfi_async import ConnectFi, PoolLimits

    cf = ConnectFi(
        base,
        "bench",
        "bench-password",
        backend="aiohttp",
        limits=PoolLimits(max_connections=bench.LIMIT),
    )
    sdk_body = {**body, "amount": Decimal("21.10")}

    async def sdk_call() -> None:
        await cf.ibis.financial.funds_credit(sdk_body)  # type: ignore[arg-type]

    return sdk_call, cf.aclose


async def _gather(call: Any, requests: int, inflight: int) -> None:
    semaphore = asyncio.Semaphore(inflight)

    async def one() -> None:
        async with semaphore:
            await call()

    await asyncio.gather(*(one() for _ in range(requests)))


async def measure(kind: str, client: str, base: str) -> dict[str, Any]:
    """One figure for one client (run in a fresh process)."""
    call, close = await _client(client, base)
    await call()
    out: dict[str, Any] = {}
    if kind == "objects":
        gc.collect()
        out["objects"] = len(gc.get_objects())
    elif kind == "calls":
        await _gather(call, 200, 64)  # warm
        counts = {"call": 0, "c_call": 0}

        def profile(frame: Any, event: str, arg: Any) -> None:
            if event in counts:
                counts[event] += 1

        requests = 1000
        sys.setprofile(profile)
        await _gather(call, requests, 64)
        sys.setprofile(None)
        out["calls"] = counts["call"] / requests
        out["c_calls"] = counts["c_call"] / requests
    elif kind == "gc":
        await _gather(call, 300, 256)  # warm
        spent = [0.0]
        started = [0.0]

        def timer(phase: str, info: dict[str, Any]) -> None:
            if phase == "start":
                started[0] = time.perf_counter()
            else:
                spent[0] += time.perf_counter() - started[0]

        requests = 6000
        gc.callbacks.append(timer)
        await _gather(call, requests, 256)
        gc.callbacks.remove(timer)
        out["gc_us"] = spent[0] / requests * 1e6
    elif kind == "cold":
        out["answered_at"] = time.time()
    await close()
    return out


def one(kind: str, client: str, base: str) -> dict[str, Any]:
    started = time.time()
    done = subprocess.run(
        [sys.executable, __file__, "--one", kind, client, base],
        check=True,
        capture_output=True,
        text=True,
    )
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    if kind == "cold":
        result["cold_ms"] = (result.pop("answered_at") - started) * 1000
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--kinds", nargs="+", default=["calls", "objects", "gc", "cold"])
    parser.add_argument("--one", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        kind, client, base = args.one
        print(json.dumps(asyncio.run(measure(kind, client, base))))
        return
    port = bench.free_port()
    proc, prefix = bench.start_nginx(port)
    base = f"http://127.0.0.1:{port}"
    figures: dict[tuple[str, str], list[float]] = {}
    try:
        for _ in range(args.rounds):
            for kind in args.kinds:
                for client in CLIENTS:
                    for name, value in one(kind, client, base).items():
                        figures.setdefault((name, client), []).append(value)
    finally:
        proc.terminate()
        proc.wait()
        shutil.rmtree(prefix, ignore_errors=True)
    for (name, client), values in sorted(figures.items()):
        print(
            f"{name:8} {client:12} median {statistics.median(values):10,.1f}"
            f"  ({min(values):,.1f}-{max(values):,.1f}, {len(values)} runs)"
        )
    for module in ("httpx", "connectfi_async"):
        print(f"import {module:16} best of 15: {bench.import_time(module):6.1f} ms")


if __name__ == "__main__":
    main()
