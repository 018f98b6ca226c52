"""The surface report: what a regeneration changes in the SDK's public API.

    python generator/surface.py OLD_PACKAGE NEW_PACKAGE [--report FILE]

Both arguments are generated packages (``src/connectfi_async/_generated`` and a fresh one).
Their public API is read from the source (``ast``, nothing is imported): the typed methods
(``cf.ibis.card.activate``) with their parameters and return types, the model classes with
their fields (type, required or optional) and the ``Literal`` enums with their values.

Each change is marked breaking or not by the direction the type travels. A model reachable from
a method's parameters is *input*: callers build it, so a new required field, a removed field, a
retyped field, an optional field made required or a removed enum value breaks them. A model
reachable from a return type is *output*: callers read it, so a removed or retyped field, a
required field made optional (it may now be ``UNSET``) or a removed enum value (the client now
rejects it) breaks them, while new fields and new enum values do not. A model used both ways, or
by neither (webhook payloads), gets the stricter rule. The suggested bump follows semver, with
the 0.x convention that a breaking change bumps the minor number.
"""

from __future__ import annotations

import argparse
import ast
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

Direction = Literal["input", "output", "both"]
Bump = Literal["major", "minor", "patch", "none"]
_IDENT = re.compile(r"\b[A-Za-z_]\w*\b")
# An optional field was typed `X | Unset` by older generations and is `X | None` now: either way
# `required` says it may be absent, so the marker is not part of the type compared.
_UNSET = re.compile(r"\s*\|\s*Unset\b|\bUnset\s*\|\s*")
_OPTIONAL = re.compile(r"\s*\|\s*(Unset|None)\b|\b(Unset|None)\s*\|\s*")


@dataclass(frozen=True)
class Param:
    """A method parameter or a model field: its annotation and whether it must be given."""

    type: str
    required: bool


@dataclass
class Surface:
    """The public API of one generated package."""

    methods: dict[str, dict[str, Param]] = field(default_factory=dict)  # "return" is a key
    models: dict[str, dict[str, Param]] = field(default_factory=dict)
    enums: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def directions(self) -> dict[str, Direction]:
        """Each model and enum name: input, output or both (see the module docstring)."""
        known = set(self.models) | set(self.enums)

        def closure(roots: set[str]) -> set[str]:
            seen: set[str] = set()
            todo = list(roots & known)
            while todo:
                name = todo.pop()
                if name in seen:
                    continue
                seen.add(name)
                for param in self.models.get(name, {}).values():
                    todo.extend(n for n in _names(param.type) if n in known)
            return seen

        inputs = closure(
            {n for m in self.methods.values() for k, p in m.items() if k != "return"
             for n in _names(p.type)}
        )  # fmt: skip
        outputs = closure(
            {n for m in self.methods.values() if "return" in m for n in _names(m["return"].type)}
        )
        return {
            name: "input" if name in inputs and name not in outputs
            else "output" if name in outputs and name not in inputs
            else "both"
            for name in known
        }  # fmt: skip


@dataclass(frozen=True)
class Change:
    """One difference in the public API."""

    kind: str  # method, parameter, return type, model, field, enum, enum value
    action: str  # added, removed, retyped, made required, made optional
    where: str
    detail: str
    breaking: bool


def _names(annotation: str) -> set[str]:
    return set(_IDENT.findall(annotation))


def _annotation(node: ast.expr | None) -> str:
    return "" if node is None else ast.unparse(node).replace("'", "").replace('"', "")


def _strip_unset(annotation: str) -> str:
    return _UNSET.sub("", annotation).strip()


def _field(annotation: str, required: bool) -> Param:
    stripped = _strip_unset(annotation) if required else _OPTIONAL.sub("", annotation).strip()
    return Param(stripped, required=required)


def extract(package: Path) -> Surface:
    """Read the public API of the generated package at ``package`` (empty if it does not exist)."""
    surface = Surface()
    if not package.is_dir():
        return surface
    classes: dict[str, ast.ClassDef] = {}
    for module in sorted(package.glob("sdk*.py")):
        for node in ast.parse(module.read_text()).body:
            if isinstance(node, ast.ClassDef) and node.name.endswith("Api"):
                classes[node.name] = node
    _walk("RootApi", "", classes, surface)
    for module in sorted((package / "models").glob("*.py")):
        for node in ast.parse(module.read_text()).body:
            if isinstance(node, ast.ClassDef) and any(
                _annotation(d) == "_attrs_define" for d in node.decorator_list
            ):
                surface.models[node.name] = {
                    item.target.id: _field(_annotation(item.annotation), item.value is None)
                    for item in node.body
                    if isinstance(item, ast.AnnAssign)
                    and isinstance(item.target, ast.Name)
                    and item.target.id != "additional_properties"
                }
            elif (
                isinstance(node, ast.Assign)
                and len(node.targets) == 1
                and isinstance(node.targets[0], ast.Name)
                and isinstance(node.value, ast.Subscript)
                and _annotation(node.value.value) == "Literal"
            ):
                values = node.value.slice
                items = values.elts if isinstance(values, ast.Tuple) else [values]
                surface.enums[node.targets[0].id] = tuple(
                    repr(item.value) for item in items if isinstance(item, ast.Constant)
                )
    return surface


def _walk(class_name: str, prefix: str, classes: dict[str, ast.ClassDef], out: Surface) -> None:
    node = classes.get(class_name)
    if node is None:
        return
    for item in node.body:
        if not isinstance(item, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        if item.name.startswith("_"):
            continue
        dotted = f"{prefix}{item.name}"
        if any(_annotation(d) in ("property", "cached_property") for d in item.decorator_list):
            _walk(_annotation(item.returns), f"{dotted}.", classes, out)
            continue
        args = item.args
        positional = [*args.posonlyargs, *args.args]
        defaults: list[ast.expr | None] = [None] * (len(positional) - len(args.defaults))
        pairs = [*zip(positional, [*defaults, *args.defaults], strict=True)]
        pairs += list(zip(args.kwonlyargs, args.kw_defaults, strict=True))
        params = {
            arg.arg: Param(_annotation(arg.annotation), required=default is None)
            for arg, default in pairs
            if arg.arg != "self"
        }
        params["return"] = Param(_annotation(item.returns), required=True)
        out.methods[dotted] = params


def compare(old: Surface, new: Surface) -> list[Change]:
    """Every difference between two surfaces, breaking ones first."""
    changes: list[Change] = []
    for name in sorted(old.methods.keys() | new.methods.keys()):
        where = f"cf.{name}()"
        if name not in new.methods:
            changes.append(Change("method", "removed", where, "", breaking=True))
        elif name not in old.methods:
            changes.append(Change("method", "added", where, "", breaking=False))
        else:
            changes += _params(where, old.methods[name], new.methods[name], "input", "parameter")
    old_dirs, new_dirs = old.directions(), new.directions()

    def direction(name: str) -> Direction:
        pair = {old_dirs.get(name, "both"), new_dirs.get(name, "both")}
        return pair.pop() if len(pair) == 1 else "both"

    for name in sorted(old.models.keys() | new.models.keys()):
        if name not in new.models:
            changes.append(Change("model", "removed", name, "", breaking=True))
        elif name not in old.models:
            changes.append(Change("model", "added", name, "", breaking=False))
        else:
            changes += _params(name, old.models[name], new.models[name], direction(name), "field")
    for name in sorted(old.enums.keys() | new.enums.keys()):
        if name not in new.enums:
            changes.append(Change("enum", "removed", name, "", breaking=True))
        elif name not in old.enums:
            changes.append(Change("enum", "added", name, "", breaking=False))
        else:
            way = direction(name)
            for value in sorted(set(old.enums[name]) - set(new.enums[name])):
                # Input: callers may send it; output: the client now rejects it when received.
                changes.append(Change("enum value", "removed", name, value, breaking=True))
            for value in sorted(set(new.enums[name]) - set(old.enums[name])):
                detail = value + ("" if way == "input" else " (callers may now receive it)")
                changes.append(Change("enum value", "added", name, detail, breaking=False))
    return sorted(changes, key=lambda c: not c.breaking)


def _params(
    owner: str, old: dict[str, Param], new: dict[str, Param], way: Direction, kind: str
) -> list[Change]:
    found: list[Change] = []
    reads, writes = way in ("output", "both"), way in ("input", "both")
    for name in sorted(old.keys() | new.keys()):
        where = f"{owner}.{name}" if kind == "field" else f"{owner} `{name}`"
        this_kind = "return type" if name == "return" else kind
        if name == "return":
            where = owner
        a, b = old.get(name), new.get(name)
        if b is None and a is not None:
            hint = _renamed(name, a, old, new)
            found.append(Change(this_kind, "removed", where, hint, breaking=True))
        elif a is None and b is not None:
            label = "required" if b.required else "optional"
            found.append(
                Change(this_kind, "added", where, f"{label}, {b.type}", writes and b.required)
            )
        elif a is not None and b is not None:
            if a.type != b.type:
                found.append(
                    Change(this_kind, "retyped", where, f"{a.type} → {b.type}", breaking=True)
                )
            if a.required and not b.required:
                found.append(Change(this_kind, "made optional", where, "", breaking=reads))
            elif b.required and not a.required:
                found.append(Change(this_kind, "made required", where, "", breaking=writes))
    return found


def _renamed(name: str, param: Param, old: dict[str, Param], new: dict[str, Param]) -> str:
    """``renamed to x?`` when exactly one new name of the same type appeared beside it."""
    added = [n for n, p in new.items() if n not in old and p.type == param.type]
    removed = [n for n, p in old.items() if n not in new and p.type == param.type]
    return f"renamed to {added[0]}?" if len(added) == 1 and removed == [name] else ""


def bump(changes: list[Change], code_changed: bool = True) -> Bump:
    """The semver level a release with these changes needs."""
    if any(c.breaking for c in changes):
        return "major"
    if changes:
        return "minor"
    return "patch" if code_changed else "none"


def next_version(version: str, level: Bump) -> str:
    """``version`` bumped by ``level``; before 1.0 a breaking change bumps the minor number."""
    numbers = [int(n) for n in re.findall(r"\d+", version)[:3]]
    major, minor, patch = [*numbers, 0, 0, 0][:3]
    if level == "none":
        return version
    if major == 0:
        level = {"major": "minor", "minor": "patch"}.get(level, level)  # type: ignore[assignment]
    if level == "major":
        return f"{major + 1}.0.0"
    if level == "minor":
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"


def render(changes: list[Change], version: str, code_changed: bool = True) -> str:
    """The report as Markdown (the regenerate workflow uses it as the pull request body)."""
    level = bump(changes, code_changed)
    breaking = sum(c.breaking for c in changes)
    lines = ["## Public API changes", ""]
    if not changes:
        lines.append(
            "No change to the public API."
            + (" The generated code changed (docs, internals)." if code_changed else "")
        )
    else:
        lines.append(f"{len(changes)} change(s), {breaking} breaking.")
    lines += [
        "",
        f"Suggested version bump: **{level}** ({version} → {next_version(version, level)}"
        + ("; before 1.0 a breaking change bumps the minor number)." if version.startswith("0.")
           else ")."),
    ]  # fmt: skip
    if changes:
        lines += ["", "| breaking | change | where | detail |", "|---|---|---|---|"]
        for c in changes:
            detail = c.detail.replace("|", "\\|")
            mark = "**yes**" if c.breaking else "no"
            lines.append(f"| {mark} | {c.kind} {c.action} | `{c.where}` | {detail} |")
    return "\n".join(lines) + "\n"


def report(old: Path, new: Path, version: str, code_changed: bool = True) -> str:
    """The Markdown surface report between two generated packages."""
    return render(compare(extract(old), extract(new)), version, code_changed)


def main(argv: list[str] | None = None) -> int:
    """Command line entry point: print the report (and write it with ``--report``)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("old", type=Path)
    parser.add_argument("new", type=Path)
    parser.add_argument("--version", default="0.0.0")
    parser.add_argument("--report", type=Path)
    args = parser.parse_args(argv)
    text = report(args.old, args.new, args.version)
    sys.stdout.write(text)
    if args.report:
        args.report.parent.mkdir(parents=True, exist_ok=True)
        args.report.write_text(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
