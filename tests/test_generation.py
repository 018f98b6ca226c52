"""make generate is deterministic and make check catches a stale client."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import generate
import pytest
import yaml
from spec_support import SPEC_PATH


@pytest.mark.slow
def test_generation_is_deterministic(tmp_path: Path) -> None:
    generate.generate(SPEC_PATH, tmp_path / "one")
    generate.generate(SPEC_PATH, tmp_path / "two")
    assert generate.differences(tmp_path / "one", tmp_path / "two") == []


def test_committed_client_matches_the_spec(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report = tmp_path / "report.md"
    assert generate.main(["--check", "--report", str(report)]) == 0
    assert "up to date" in capsys.readouterr().out
    assert "No change to the public API." in report.read_text()
    assert "Suggested version bump: **none**" in report.read_text()


def test_drift_guard_catches_a_changed_spec(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = yaml.safe_load(SPEC_PATH.read_text())
    card = document["components"]["schemas"]["IbisCard"]["properties"]
    card["embossedName"] = {"type": "string"}
    changed = tmp_path / "changed.yaml"
    changed.write_text(yaml.safe_dump(document, sort_keys=False))
    assert generate.main(["--check", "--spec", str(changed)]) == 1
    out = capsys.readouterr().out
    assert "fresh/models/ibis_card.py" in out
    assert "embossed_name" in out
    assert "stale" in out


def test_a_broken_spec_never_replaces_the_package(tmp_path: Path) -> None:
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "keep.py").write_text("x = 1\n")
    broken = tmp_path / "broken.yaml"
    # Past the generator's own checks: only openapi-python-client finds the dangling $ref.
    dangling = {"$ref": "#/components/schemas/Missing"}
    response = {"description": "ok", "content": {"application/json": {"schema": dangling}}}
    operation = {"operationId": "x", "responses": {"200": response}}
    document = {"openapi": "3.1.0", "info": {"title": "t", "version": "1"}}
    broken.write_text(yaml.safe_dump({**document, "paths": {"/x": {"get": operation}}}))
    with pytest.raises(SystemExit, match="openapi-python-client failed"):
        generate.main(["--spec", str(broken), "--package", str(package)])
    assert (package / "keep.py").read_text() == "x = 1\n"


def test_generation_stops_with_the_one_line(tmp_path: Path) -> None:
    """A broken promise ends generate.py with one line on stderr, before writing anything."""
    broken = yaml.safe_load(SPEC_PATH.read_text())
    del broken["paths"]["/ibis/financial/funds-credit"]["post"]["x-connectfi-lookup"]
    path = tmp_path / "broken.yaml"
    path.write_text(yaml.safe_dump(broken))
    run = subprocess.run(
        [
            sys.executable,
            str(Path(generate.__file__)),
            "--spec",
            str(path),
            "--package",
            str(tmp_path / "out"),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 1
    assert run.stderr.strip().splitlines() == [
        "spec: ibisFinancialFundsCredit: x-connectfi-retry: reference promises exactly-once:"
        " declare x-connectfi-lookup (how to find the entity again) or false when none is"
        " documented"
    ]
    assert not (tmp_path / "out").exists()


def test_the_api_reference_is_checked_for_drift(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """docs/api.md is compared like the generated code: an edited copy is stale."""
    committed = Path(generate.API_DOC).read_text()
    assert "### `cf.ibis.card.set_pin(body)`" in committed
    edited = tmp_path / "api.md"
    edited.write_text(committed.replace("| `pin` | `str` | **required** |\n", ""))
    assert generate.main(["--check", "--api-doc", str(edited)]) == 1
    out = capsys.readouterr().out
    assert "+| `pin` | `str` | **required** |" in out
    assert f"{edited} is stale" in out


def test_the_api_reference_follows_the_spec(tmp_path: Path) -> None:
    """A method's entry: path, params with required keys, return model, errors, retry class."""
    document = yaml.safe_load(SPEC_PATH.read_text())
    operation = document["paths"]["/ibis/card/set-pin"]["post"]
    operation["responses"]["400"]["description"] += "\npinTooSimple: the PIN is too simple."
    changed = tmp_path / "changed.yaml"
    changed.write_text(yaml.safe_dump(document, sort_keys=False))
    doc = tmp_path / "api.md"
    generate.generate(changed, tmp_path / "out", doc)
    entry = doc.read_text().split("### `cf.ibis.card.set_pin(body)`\n", 1)[1].split("\n### ")[0]
    assert "`POST /ibis/card/set-pin` · operation `ibisCardSetPin` · retry `safe`" in entry
    assert "Returns `IbisCard`." in entry
    assert "Body `IbisCardPinParams`:" in entry
    assert "| `cFiCardId` | `str` | **required** |" in entry
    assert "  - extIbis subCode SA: the card is inactive." in entry
    assert "  - pinTooSimple: the PIN is too simple." in entry


def test_a_package_generated_elsewhere_leaves_docs_api_md_alone(tmp_path: Path) -> None:
    """--package elsewhere (as the authoring tests do) never rewrites the project's reference."""
    committed = Path(generate.API_DOC).read_text()
    document = yaml.safe_load(SPEC_PATH.read_text())
    operation = document["paths"]["/ibis/card/set-pin"]["post"]
    operation["summary"] = "Set a card PIN, changed"
    changed = tmp_path / "changed.yaml"
    changed.write_text(yaml.safe_dump(document, sort_keys=False))
    assert generate.main(["--spec", str(changed), "--package", str(tmp_path / "pkg")]) == 0
    assert Path(generate.API_DOC).read_text() == committed
