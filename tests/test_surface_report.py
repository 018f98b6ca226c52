"""The surface report classifies what a spec edit does to the public API."""

from __future__ import annotations

import shutil
from pathlib import Path

import generate
import pytest
import surface
import yaml
from spec_support import ROOT, SPEC_PATH
from surface import Change, Param, Surface

GENERATED = ROOT / "src" / "connectfi_async" / "_generated"


def row(changes: list[Change], kind: str, action: str, where: str) -> Change:
    (found,) = [c for c in changes if (c.kind, c.action, c.where) == (kind, action, where)]
    return found


def test_spec_edits_are_classified_and_reported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = yaml.safe_load(SPEC_PATH.read_text())
    schemas = document["components"]["schemas"]
    # Rename a field of a response model.
    card = schemas["IbisCard"]["properties"]
    card["memberNo"] = card.pop("memberNumber")
    # Make an optional request field required.
    schemas["AkepaDocumentGenerateRequest"]["required"].append("note_author_agent_email")
    # Widen a request enum.
    kind = schemas["AkepaDocumentGenerateRequest"]["properties"]["type"]
    kind["enum"].append("w9")
    spec = tmp_path / "spec.yaml"
    spec.write_text(yaml.safe_dump(document, sort_keys=False))
    package = tmp_path / "_generated"
    shutil.copytree(GENERATED, package)
    report = tmp_path / "report.md"

    args = ["--spec", str(spec), "--package", str(package), "--report", str(report)]
    assert generate.main(args) == 0

    changes = surface.compare(surface.extract(GENERATED), surface.extract(package))
    removed = row(changes, "field", "removed", "IbisCard.member_number")
    assert removed.breaking
    assert removed.detail == "renamed to member_no?"
    assert not row(changes, "field", "added", "IbisCard.member_no").breaking
    required = row(
        changes, "field", "made required", "AkepaDocumentGenerateRequest.note_author_agent_email"
    )
    assert required.breaking
    widened = row(changes, "enum value", "added", "AkepaDocumentGenerateRequestType")
    assert widened.detail == "'w9'"
    assert not widened.breaking
    assert len(changes) == 4
    assert surface.bump(changes) == "major"

    text = report.read_text()
    assert text in capsys.readouterr().out
    assert "4 change(s), 2 breaking." in text
    assert "Suggested version bump: **major** (0.1.0 → 0.2.0;" in text
    assert "| **yes** | field removed | `IbisCard.member_number` | renamed to member_no? |" in text
    assert "| no | enum value added | `AkepaDocumentGenerateRequestType` | 'w9' |" in text
    lines = text.splitlines()
    first_safe = next(i for i, line in enumerate(lines) if line.startswith("| no |"))
    assert all(not line.startswith("| **yes**") for line in lines[first_safe:])


def method(returns: str = "Out", **params: Param) -> dict[str, Param]:
    return {**params, "return": Param(returns, required=True)}


def two_way_surface(
    out_fields: dict[str, Param], in_fields: dict[str, Param], out_enum: tuple[str, ...]
) -> Surface:
    """``cf.thing.make(body: In) -> Out`` where Out has a ``Status`` enum field."""
    return Surface(
        methods={"thing.make": method(body=Param("In | Mapping[str, Any]", required=True))},
        models={"Out": {"status": Param("Status", required=False), **out_fields}, "In": in_fields},
        enums={"Status": out_enum, "Kind": ("'a'",)},
    )


@pytest.mark.parametrize(
    ("old_in", "new_in", "old_out", "new_out", "action", "breaking"),
    [
        # Input model: callers build it.
        ({}, {"x": Param("str", True)}, {}, {}, "added", True),
        ({}, {"x": Param("str", False)}, {}, {}, "added", False),
        ({"x": Param("str", False)}, {"x": Param("str", True)}, {}, {}, "made required", True),
        ({"x": Param("str", True)}, {"x": Param("str", False)}, {}, {}, "made optional", False),
        ({"x": Param("str", True)}, {}, {}, {}, "removed", True),
        ({"x": Param("str", True)}, {"x": Param("int", True)}, {}, {}, "retyped", True),
        # Output model: callers read it.
        ({}, {}, {}, {"x": Param("str", True)}, "added", False),
        ({}, {}, {"x": Param("str", True)}, {"x": Param("str", False)}, "made optional", True),
        ({}, {}, {"x": Param("str", False)}, {"x": Param("str", True)}, "made required", False),
        ({}, {}, {"x": Param("str", True)}, {}, "removed", True),
    ],
)
def test_field_changes_are_breaking_by_direction(
    old_in: dict[str, Param],
    new_in: dict[str, Param],
    old_out: dict[str, Param],
    new_out: dict[str, Param],
    action: str,
    breaking: bool,
) -> None:
    old = two_way_surface(old_out, old_in, ("'A'",))
    new = two_way_surface(new_out, new_in, ("'A'",))
    (change,) = surface.compare(old, new)
    assert (change.kind, change.action, change.breaking) == ("field", action, breaking)
    assert change.where in ("In.x", "Out.x")


def test_enum_values_in_responses_and_requests() -> None:
    old = two_way_surface({}, {"kind": Param("Kind", True)}, ("'A'", "'B'"))
    new = two_way_surface({}, {"kind": Param("Kind", True)}, ("'A'", "'C'"))
    new.enums["Kind"] = ()
    changes = surface.compare(old, new)
    assert {(c.where, c.action, c.detail, c.breaking) for c in changes} == {
        ("Status", "removed", "'B'", True),  # the client now rejects it when it arrives
        ("Status", "added", "'C' (callers may now receive it)", False),
        ("Kind", "removed", "'a'", True),  # callers may be sending it
    }
    assert old.directions() == {"In": "input", "Kind": "input", "Out": "output", "Status": "output"}


def test_method_changes() -> None:
    old = Surface(methods={"a.get": method(), "a.old": method()})
    new = Surface(
        methods={
            "a.get": method(returns="Other", limit=Param("int | None", required=False)),
            "a.new": method(),
        }
    )
    changes = surface.compare(old, new)  # breaking first, then by name
    assert [(c.kind, c.action, c.where, c.breaking) for c in changes] == [
        ("return type", "retyped", "cf.a.get()", True),
        ("method", "removed", "cf.a.old()", True),
        ("parameter", "added", "cf.a.get() `limit`", False),
        ("method", "added", "cf.a.new()", False),
    ]


@pytest.mark.parametrize(
    ("version", "level", "expected"),
    [
        ("0.1.0", "major", "0.2.0"),
        ("0.1.0", "minor", "0.1.1"),
        ("0.1.3", "patch", "0.1.4"),
        ("1.4.2", "major", "2.0.0"),
        ("1.4.2", "minor", "1.5.0"),
        ("1.4.2", "none", "1.4.2"),
    ],
)
def test_next_version(version: str, level: surface.Bump, expected: str) -> None:
    assert surface.next_version(version, level) == expected


def test_bump_levels() -> None:
    safe = Change("method", "added", "cf.a()", "", breaking=False)
    unsafe = Change("method", "removed", "cf.b()", "", breaking=True)
    assert surface.bump([safe, unsafe]) == "major"
    assert surface.bump([safe]) == "minor"
    assert surface.bump([], code_changed=True) == "patch"
    assert surface.bump([], code_changed=False) == "none"
