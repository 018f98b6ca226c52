"""``make demo``: start the sandbox, wait until it answers, run the card lifecycle, stop it.

    .venv/bin/python examples/run_demo.py [--port 8080]

The sandbox (``python -m connectfi_async.sandbox``) listens on 127.0.0.1 only. The exit
status is the lifecycle script's (2 when the sandbox could not be started), and the sandbox
is stopped however the run ends. Each phase prints a ``==>`` line, so a newcomer sees what is
happening and how long it took.
"""

from __future__ import annotations

import argparse
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

from connectfi_async.sandbox import DEFAULT_LOGIN, DEFAULT_PASSWORD

HOST = "127.0.0.1"
DEFAULT_PORT = 8080
READY_TIMEOUT = 10.0
LIFECYCLE = Path(__file__).resolve().parent / "card_lifecycle.py"


def port_is_free(port: int, host: str = HOST) -> bool:
    """Whether nothing listens on host:port (so the sandbox we start is the one that answers)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        try:
            probe.bind((host, port))
        except OSError:
            return False
    return True


def wait_until_ready(
    base_url: str, server: subprocess.Popen[bytes], timeout: float = READY_TIMEOUT
) -> bool:
    """Poll GET /health until the sandbox answers (any HTTP status), it exits, or time is up."""
    deadline = time.monotonic() + timeout
    with httpx.Client(base_url=base_url, timeout=1.0) as http:
        while time.monotonic() < deadline:
            if server.poll() is not None:
                return False
            try:
                http.get("/health")
            except httpx.TransportError:
                time.sleep(0.1)  # not listening yet
                continue
            return True
    return False


def stop(server: subprocess.Popen[bytes]) -> None:
    """Stop the sandbox: SIGTERM, then SIGKILL if it has not exited within 5 s."""
    if server.poll() is not None:
        return
    server.terminate()
    try:
        server.wait(timeout=5)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait()


def main(argv: list[str] | None = None) -> int:
    """Run the demo; returns the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--port", type=int, default=int(os.environ.get("DEMO_PORT", DEFAULT_PORT)))
    args = parser.parse_args(argv)
    base_url = f"http://{HOST}:{args.port}"
    if not port_is_free(args.port):
        print(f"port {args.port} on {HOST} is in use; pick another with DEMO_PORT=...", flush=True)
        return 2
    started = time.monotonic()
    progress(f"starting the sandbox (python -m connectfi_async.sandbox) on {base_url}")
    server = subprocess.Popen(
        [sys.executable, "-m", "connectfi_async.sandbox", "--host", HOST, "--port", str(args.port)]
    )
    status = 2
    try:
        if not wait_until_ready(base_url, server):
            print(f"the sandbox did not answer on {base_url} within {READY_TIMEOUT:.0f} s")
            return status
        progress(
            f"sandbox ready after {time.monotonic() - started:.1f} s;"
            f" running {LIFECYCLE.relative_to(LIFECYCLE.parent.parent)}"
        )
        env = {
            **os.environ,
            "CONNECTFI_BASE_URL": base_url,
            "CONNECTFI_LOGIN": DEFAULT_LOGIN,
            "CONNECTFI_PASSWORD": DEFAULT_PASSWORD,
        }
        status = subprocess.run([sys.executable, str(LIFECYCLE)], env=env, check=False).returncode
        return status
    finally:
        progress("stopping the sandbox")
        stop(server)
        outcome = "every step passed" if status == 0 else f"failed (exit status {status})"
        progress(f"demo finished in {time.monotonic() - started:.1f} s: {outcome}")


def progress(message: str) -> None:
    """One ``==>`` line, flushed before the child processes write theirs."""
    print(f"==> {message}", flush=True)


if __name__ == "__main__":
    sys.exit(main())
