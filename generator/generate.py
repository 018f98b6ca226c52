"""Generate ``src/connectfi_async/_generated`` from ``openapi/connectfi.yaml``.

    python generator/generate.py            # write the generated package, print the surface report
    python generator/generate.py --check    # fail when the committed package is stale

It also writes docs/api.md, the API reference (generator/api_reference.py), checked the same way.

Both print the surface report (generator/surface.py): what the new client changes in the public
API compared with the package on disk, each change marked breaking or not, and the suggested
version bump. It is also written to build/surface-report.md (``--report``) for the workflow.

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
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import api_reference
import codecs_module
import params_module
import sdk_module
import spec_checks
import surface
import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "connectfi.yaml"
CONFIG = ROOT / "generator" / "config.yaml"
# openapi-python-client's standalone client: the SDK sends through its own engine instead.
NOT_SHIPPED = ("api", "client.py", "errors.py")
TEMPLATES = ROOT / "generator" / "templates"
PACKAGE = ROOT / "src" / "connectfi_async" / "_generated"
REPORT = ROOT / "build" / "surface-report.md"
PYPROJECT = ROOT / "pyproject.toml"
API_DOC = ROOT / "docs" / "api.md"


def _templates(document: dict[str, object], into: Path) -> Path:
    """The custom templates, plus ``sensitive.jinja``: the names the spec marks secret."""
    templates = into / "templates"
    shutil.copytree(TEMPLATES, templates)
    names = spec_checks.sensitive_names(document)
    (templates / "sensitive.jinja").write_text(
        "{# written by generate.py from x-connectfi-sensitive #}\n"
        f"{{% set sensitive_names = {json.dumps(names)} %}}\n"
    )
    (templates / "decimal_strings.jinja").write_text(
        "{# written by generate.py: Model.field pairs the API sends as decimal strings #}\n"
        f"{{% set decimal_strings = {json.dumps(decimal_string_fields(document))} %}}\n"
    )
    return templates


def decimal_string_fields(document: dict[str, Any]) -> list[str]:
    """``Model.field`` of every ``type: string, format: decimal`` property.

    The models hold these as Decimal (:func:`decimal_strings_as_numbers`); the model template
    writes them back as the strings the API sends, so ``Model.from_dict(answer).to_dict() ==
    answer`` holds for these fields too.
    """
    return sorted(
        f"{schema.get('title', name)}.{key}"
        for name, schema in document["components"]["schemas"].items()
        for key, prop in (schema.get("properties") or {}).items()
        if isinstance(prop, dict) and prop.get("format") == "decimal"
    )


def generate(spec: Path, out: Path, api_doc: Path | None = None) -> None:
    """Write the generated package for ``spec`` into ``out`` (which must not exist).

    With ``api_doc``, also write the API reference (docs/api.md) there.
    """
    notes: list[str] = []
    document = load_spec(spec, notes)  # inline schemas named, default extensions filled in
    for note in notes:
        print(f"note: {note}")
    spec_checks.check(document)  # a broken promise stops here, in one line
    with tempfile.TemporaryDirectory(prefix="connectfi-templates-") as tmp:
        _generate(spec, document, out, _templates(document, Path(tmp)))
    if api_doc is not None:
        models = sdk_module.Models(out / "models" / "__init__.py")
        api_doc.write_text(api_reference.render(document, models))


def _generate(spec: Path, document: dict[str, Any], out: Path, templates: Path) -> None:
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
    with tempfile.TemporaryDirectory(prefix="connectfi-spec-") as tmp:
        # openapi-python-client reads the normalized document (inline schemas named, default
        # extensions filled in), so its classes and sdk.py agree on every name.
        normalized = Path(tmp) / "openapi.json"
        normalized.write_text(json.dumps(decimal_strings_as_numbers(document), ensure_ascii=False))
        cmd[cmd.index(str(spec))] = str(normalized)
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
    no_sentinel(out / "models")
    rendered = sdk_module.render(document, out / "models" / "__init__.py")
    rendered["params.py"] = params_module.render(document)  # already normalized
    (out / "codecs").mkdir()
    models = sdk_module.Models(out / "models" / "__init__.py").module
    rendered.update(codecs_module.render(document, models))
    for name, source in rendered.items():
        (out / name).write_text(source)
    # The generated package passes the project's ruff and mypy --strict like hand-written code:
    # import order, `__all__` order, union order and openapi-python-client's `noqa` comments for
    # rules the project does not enable are fixed here, the same way on every run.
    fix_cmd = [str(bin_dir / "ruff"), "check", "--no-cache", "--isolated", "--quiet", "--fix",
               "--unsafe-fixes", "--target-version", "py310", "--exit-zero",
               "--select", "I,RUF022,RUF036,RUF100,UP007", str(out)]  # fmt: skip
    subprocess.run(fix_cmd, env=env, check=True)
    format_cmd = [str(bin_dir / "ruff"), "format", "--no-cache", "--isolated", "--quiet",
                  "--line-length", "100", str(out)]  # fmt: skip
    subprocess.run(format_cmd, env=env, check=True)


def decimal_strings_as_numbers(document: Any) -> Any:
    """A copy where ``type: string, format: decimal`` reads ``type: number``, for the models only.

    The API sends some money as strings ("-50.00"); the models hold every amount as a Decimal,
    which is what a number property becomes. openapi.json keeps the wire type for validation.
    """
    if isinstance(document, list):
        return [decimal_strings_as_numbers(item) for item in document]
    if not isinstance(document, dict):
        return document
    copy = {key: decimal_strings_as_numbers(value) for key, value in document.items()}
    if copy.get("format") == "decimal" and copy.get("type") in ("string", ["string", "null"]):
        copy["type"] = "number" if copy["type"] == "string" else ["number", "null"]
        copy.pop("pattern", None)
    return copy


def no_sentinel(models: Path) -> None:
    """Fail generation when a model still mentions openapi-python-client's ``Unset``.

    model.py.jinja rewrites it to ``None``: an absent field reads ``None``, never a sentinel.
    """
    for path in sorted(models.glob("*.py")):
        if re.search(r"\bU(nset|NSET)\b", path.read_text()):
            raise SystemExit(f"{path.name}: a model still uses Unset; extend model.py.jinja")


def load_spec(spec: Path, notes: list[str] | None = None) -> dict[str, Any]:
    """The spec, normalized for generation (:func:`sdk_module.normalize`); one-line errors."""
    try:
        document = yaml.safe_load(spec.read_text())
    except OSError as exc:
        raise SystemExit(f"{spec}: cannot read the spec ({exc.strerror})") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f" line {mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or "not valid YAML"
        raise SystemExit(f"{spec}:{line}: {problem}") from None
    if not isinstance(document, dict):
        raise SystemExit(f"{spec}: not an OpenAPI document (expected a mapping)")
    return sdk_module.normalize(document, notes)


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


def project_version() -> str:
    """The package version in pyproject.toml (for the suggested bump), or 0.0.0."""
    found = re.search(r'^version = "([^"]+)"', PYPROJECT.read_text(), re.M)
    return found.group(1) if found else "0.0.0"


def main(argv: list[str] | None = None) -> int:
    """Command line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare instead of writing")
    parser.add_argument("--spec", type=Path, default=SPEC)
    parser.add_argument("--package", type=Path, default=PACKAGE)
    parser.add_argument("--report", type=Path, default=REPORT, help="where to write the report")
    parser.add_argument(
        "--api-doc", type=Path, help="the API reference (default: docs/api.md with the package)"
    )
    args = parser.parse_args(argv)
    # A package generated elsewhere (--package) leaves the project's docs/api.md alone.
    api_doc = args.api_doc or (API_DOC if args.package == PACKAGE else None)
    with tempfile.TemporaryDirectory(prefix="connectfi-gen-") as tmp:
        fresh = Path(tmp) / "_generated"
        fresh_doc = Path(tmp) / "api.md"
        generate(args.spec, fresh, fresh_doc)
        diff = differences(args.package, fresh)
        doc_diff = _doc_differences(api_doc, fresh_doc) if api_doc else []
        text = surface.report(args.package, fresh, project_version(), code_changed=bool(diff))
        args.report.parent.mkdir(parents=True, exist_ok=True)
        args.report.write_text(text)
        if args.check:
            if diff or doc_diff:
                sys.stdout.writelines((diff + doc_diff)[:400])
                stale = " and ".join(
                    str(p) for p, d in ((args.package, diff), (api_doc, doc_diff)) if d
                )
                print(f"\n{text}\n{stale} is stale: run `make generate` and commit the result.")
                return 1
            print("generated code is up to date")
            return 0
        print(text, end="")
        if args.package.exists():
            shutil.rmtree(args.package)
        shutil.copytree(fresh, args.package)
        written = [args.package]
        if api_doc is not None:
            api_doc.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(fresh_doc, api_doc)
            written.append(api_doc)
    for path in written:
        print(f"wrote {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")
    return 0


def _doc_differences(committed: Path, fresh: Path) -> list[str]:
    """A unified diff of the committed API reference against a fresh one."""
    if not committed.exists():
        return [f"missing: {committed}\n"]
    return list(
        difflib.unified_diff(
            committed.read_text().splitlines(keepends=True),
            fresh.read_text().splitlines(keepends=True),
            f"committed/{committed.name}",
            f"fresh/{committed.name}",
        )
    )


if __name__ == "__main__":
    raise SystemExit(main())
