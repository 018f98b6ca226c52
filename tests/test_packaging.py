"""The published package: metadata, what the wheel and the sdist carry, the changelog."""

from __future__ import annotations

import email
import email.message
import re
import shutil
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest
from spec_support import ROOT

# Tools for developers only: never a dependency of a published extra, except that `dev` (what
# the tests run) carries mypy for tests/test_user_script_types.py.
DEV_TOOLS = {"ruff", "mypy", "types-pyyaml", "build", "twine", "check-jsonschema", "matplotlib"}
TESTS_RUN = {"mypy"}
# What the tests read besides tests/ itself: a complete sdist carries all of it.
TEST_INPUTS = ["tests", "generator", "examples", "openapi", "docs", "src/connectfi_async"]
IGNORED_PARTS = {"__pycache__", ".pytest_cache", ".mypy_cache", ".ruff_cache"}


def built(tmp: Path) -> tuple[Path, Path]:
    """Build the sdist and the wheel with the project's backend (no network needed).

    From a clean copy of the tree: setuptools also packs whatever an earlier build listed in
    ``*.egg-info/SOURCES.txt``, which would hide a file missing from MANIFEST.in.
    """
    source = tmp / "source"
    skip = shutil.ignore_patterns(
        ".git", ".venv", "build", "dist", "*.egg-info", "node_modules", *IGNORED_PARTS
    )
    shutil.copytree(ROOT, source, ignore=skip)
    script = (
        # The backend rewrites sys.argv: read the output directory first.
        "import sys; from setuptools import build_meta as b; out = sys.argv[1];"
        "s = b.build_sdist(out); w = b.build_wheel(out); print('built', s, w)"
    )
    run = subprocess.run(
        [sys.executable, "-c", script, str(tmp)],
        cwd=source,
        capture_output=True,
        text=True,
        check=True,
    )
    (line,) = [line for line in run.stdout.splitlines() if line.startswith("built ")]
    _, sdist, wheel = line.split()
    return tmp / sdist, tmp / wheel


@pytest.fixture(scope="module")
def artifacts(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    return built(tmp_path_factory.mktemp("dist"))


def wheel_metadata(wheel: Path) -> email.message.Message:
    with zipfile.ZipFile(wheel) as archive:
        (name,) = [n for n in archive.namelist() if n.endswith(".dist-info/METADATA")]
        return email.message_from_bytes(archive.read(name))


def requirement_name(requirement: str) -> str:
    return re.split(r"[\s;<>=!~\[]", requirement, maxsplit=1)[0].lower()


def test_metadata_declares_license_classifiers_urls_and_clean_extras(
    artifacts: tuple[Path, Path],
) -> None:
    meta = wheel_metadata(artifacts[1])
    assert meta["License-Expression"] == "MIT"
    assert meta.get_all("License-File") == ["LICENSE"]
    assert meta["Requires-Python"] == ">=3.10"
    classifiers = set(meta.get_all("Classifier") or [])
    for minor in range(10, 15):
        assert f"Programming Language :: Python :: 3.{minor}" in classifiers
    assert "Typing :: Typed" in classifiers
    assert meta.get_all("Project-URL")
    assert set(meta.get_all("Provides-Extra") or []) == {
        "sandbox",
        "fast",
        "crypto",
        "redis",
        "fleet",
        "otel",
        "dev",
    }
    requirements = meta.get_all("Requires-Dist") or []
    published = {requirement_name(r) for r in requirements}
    for_users = {requirement_name(r) for r in requirements if 'extra == "dev"' not in r}
    assert for_users.isdisjoint(DEV_TOOLS), for_users & DEV_TOOLS
    assert published & DEV_TOOLS == TESTS_RUN
    assert {"httpx2", "httpx", "attrs", "sniffio"} <= published


def test_the_wheel_carries_the_package_and_nothing_else(artifacts: tuple[Path, Path]) -> None:
    with zipfile.ZipFile(artifacts[1]) as archive:
        names = archive.namelist()
    top = {n.split("/", 1)[0] for n in names}
    assert top == {"connectfi_async", next(t for t in top if t.endswith(".dist-info"))}
    for needed in ["py.typed", "_generated/openapi.json", "_generated/sdk.py", "sandbox/app.py"]:
        assert f"connectfi_async/{needed}" in names
    assert not [n for n in names if "__pycache__" in n]


def test_the_sdist_is_complete_so_its_tests_run(artifacts: tuple[Path, Path]) -> None:
    with tarfile.open(artifacts[0]) as archive:
        prefix, *_ = archive.getnames()[0].split("/")
        members = {n.split("/", 1)[1] for n in archive.getnames() if "/" in n}
    expected = {
        str(path.relative_to(ROOT))
        for folder in TEST_INPUTS
        for path in (ROOT / folder).rglob("*")
        if path.is_file()
        and not IGNORED_PARTS & set(path.parts)
        and ".egg-info" not in str(path)
        and path.suffix != ".pyc"
    }
    missing = sorted(expected - members)
    assert missing == []
    assert prefix.startswith("connectfi_async-")
    for name in ["LICENSE", "CHANGELOG.md", "README.md", "pyproject.toml", "Makefile"]:
        assert name in members


def test_the_license_is_mit() -> None:
    text = (ROOT / "LICENSE").read_text()
    assert text.startswith("MIT License")
    assert "Permission is hereby granted, free of charge" in text


def test_the_changelog_has_the_current_version() -> None:
    version = re.search(r'^version = "([^"]+)"', (ROOT / "pyproject.toml").read_text(), re.M)
    assert version
    changelog = (ROOT / "CHANGELOG.md").read_text()
    assert f"## [{version.group(1)}]" in changelog
    assert "## [Unreleased]" in changelog


def test_the_ruff_pin_is_the_generators() -> None:
    def pin(text: str) -> str:
        found = re.search(r"ruff==([\d.]+)", text)
        assert found
        return found.group(1)

    pyproject = (ROOT / "pyproject.toml").read_text()
    assert pin(pyproject) == pin((ROOT / "generator" / "requirements.txt").read_text())
