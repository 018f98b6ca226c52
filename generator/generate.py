"""Generate ``src/connectfi_async/_generated`` from ``openapi/connectfi.yaml``.

    python generator/generate.py            # write the generated package
    python generator/generate.py --check    # fail when the committed package is stale

The generator (openapi-python-client, pinned in generator/requirements.txt) writes into a
temporary directory first; only a complete, successful generation replaces the package, so a
failed run never leaves half a client behind. The output is deterministic: the same spec,
config and templates give byte-identical files.
"""

from __future__ import annotations

import argparse
import difflib
import filecmp
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import sdk_module
import spec_checks
import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "connectfi.yaml"
CONFIG = ROOT / "generator" / "config.yaml"
# openapi-python-client's standalone client: the SDK sends through its own engine instead.
NOT_SHIPPED = ("api", "client.py", "errors.py")
TEMPLATES = ROOT / "generator" / "templates"
PACKAGE = ROOT / "src" / "connectfi_async" / "_generated"


def _templates(document: dict[str, object], into: Path) -> Path:
    """The custom templates, plus ``sensitive.jinja``: the names the spec marks secret."""
    templates = into / "templates"
    shutil.copytree(TEMPLATES, templates)
    names = spec_checks.sensitive_names(document)
    (templates / "sensitive.jinja").write_text(
        "{# written by generate.py from x-connectfi-sensitive #}\n"
        f"{{% set sensitive_names = {json.dumps(names)} %}}\n"
    )
    return templates


def generate(spec: Path, out: Path) -> None:
    """Write the generated package for ``spec`` into ``out`` (which must not exist)."""
    document = yaml.safe_load(spec.read_text())
    spec_checks.check(document)  # a broken promise stops here, in one line
    with tempfile.TemporaryDirectory(prefix="connectfi-templates-") as tmp:
        _generate(spec, document, out, _templates(document, Path(tmp)))


def _generate(spec: Path, document: dict[str, object], out: Path, templates: Path) -> None:
    bin_dir = Path(sys.executable).parent
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}"}
    cmd = [
        str(bin_dir / "openapi-python-client"),
        "generate",
        "--path", str(spec),
        "--config", str(CONFIG),
        "--custom-template-path", str(templates),
        "--meta", "none",
        "--output-path", str(out),
        "--fail-on-warning",
    ]  # fmt: skip
    run = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)
    if run.returncode != 0 or not (out / "__init__.py").exists():
        sys.stderr.write(run.stdout + run.stderr)
        raise SystemExit(f"openapi-python-client failed (exit {run.returncode})")
    for name in NOT_SHIPPED:
        path = out / name
        if path.is_dir():
            shutil.rmtree(path)
        elif path.exists():
            path.unlink()
    # The runtime reads the spec as JSON: no YAML parser needed at import time.
    (out / "openapi.json").write_text(
        json.dumps(document, separators=(",", ":"), ensure_ascii=False) + "\n"
    )
    rendered = sdk_module.render(document, out / "models" / "__init__.py")
    for name, source in rendered.items():
        (out / name).write_text(source)
    format_cmd = [str(bin_dir / "ruff"), "format", "--no-cache", "--isolated", "--quiet",
                  "--line-length", "120", *(str(out / name) for name in rendered)]  # fmt: skip
    subprocess.run(format_cmd, env=env, check=True)


def differences(left: Path, right: Path) -> list[str]:
    """Unified diffs (or added/removed file names) between two generated trees."""
    out: list[str] = []
    names = {p.relative_to(left) for p in left.rglob("*") if p.is_file()}
    names |= {p.relative_to(right) for p in right.rglob("*") if p.is_file()}
    for name in sorted(str(n) for n in names):
        a, b = left / name, right / name
        if "__pycache__" in name:
            continue
        if not a.exists() or not b.exists():
            out.append(f"{'only in fresh' if b.exists() else 'only in committed'}: {name}\n")
        elif not filecmp.cmp(a, b, shallow=False):
            out.extend(
                difflib.unified_diff(
                    a.read_text().splitlines(keepends=True),
                    b.read_text().splitlines(keepends=True),
                    f"committed/{name}",
                    f"fresh/{name}",
                )
            )
    return out


def main(argv: list[str] | None = None) -> int:
    """Command line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare instead of writing")
    parser.add_argument("--spec", type=Path, default=SPEC)
    parser.add_argument("--package", type=Path, default=PACKAGE)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="connectfi-gen-") as tmp:
        fresh = Path(tmp) / "_generated"
        generate(args.spec, fresh)
        if args.check:
            diff = differences(args.package, fresh)
            if diff:
                sys.stdout.writelines(diff[:400])
                print(f"\n{args.package} is stale: run `make generate` and commit the result.")
                return 1
            print("generated code is up to date")
            return 0
        if args.package.exists():
            shutil.rmtree(args.package)
        shutil.copytree(fresh, args.package)
    shown = args.package.relative_to(ROOT) if args.package.is_relative_to(ROOT) else args.package
    print(f"wrote {shown}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
