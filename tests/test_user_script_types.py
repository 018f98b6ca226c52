"""A new user's script: mypy --strict accepts it without casts, and it runs against the sandbox.

``tests/fixtures/user_script.py`` is a small payout worker that uses responses, paging, typed
errors and the TypedDicts of ``connectfi_async.params``. It is type-checked from a directory of
its own, so the project's mypy settings (which exclude it) play no part: what a user's
``mypy --strict`` sees is the installed package's own annotations.
"""

from __future__ import annotations

import re
import subprocess
import sys
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import pytest
from client_support import E2E_BACKENDS
from readme_support import PYTHON, connectfi_imports, kind, run_python

from connectfi_async.testing import SandboxServer

SCRIPT = Path(__file__).resolve().parent / "fixtures" / "user_script.py"
PUBLIC_MODULES = {"connectfi_async", "connectfi_async.models", "connectfi_async.params"}
# The typed-params line the negative case misspells (cFiCardId -> cFiCardID).
LOOKUP = 'lookup: IbisCardByIdParams = {"cFiCardId": card_id}'


PAID = r"(INV-\d): paid ([\d.]+) as (ifnd_\w+), balance ([\d.]+)"


def match(pattern: str, line: str) -> tuple[str, ...]:
    """The groups of ``pattern`` matching the whole ``line`` (the test fails otherwise)."""
    found = re.fullmatch(pattern, line)
    assert found is not None, f"{line!r} does not match {pattern!r}"
    return found.groups()


def mypy_strict(directory: Path, *scripts: str) -> tuple[int, str]:
    """``mypy --strict`` on files in ``directory``, run from there with a cache of its own."""
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-incremental",
            "--cache-dir",
            str(directory / ".mypy_cache"),
            "--no-error-summary",
            "--show-error-codes",
            *scripts,
        ],
        cwd=directory,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        check=False,
    )
    return run.returncode, run.stdout


def test_the_script_imports_only_public_names_and_has_no_escape_hatches() -> None:
    source = SCRIPT.read_text()
    imports = connectfi_imports(source)
    assert {module for module, _ in imports} == PUBLIC_MODULES
    assert not [name for _, name in imports if name.startswith("_")]
    for hatch in (r"type:\s*ignore", r"\bcast\(", r"\bAny\b", r"\bgetattr\("):
        assert not re.search(hatch, source), hatch
    assert source.count(LOOKUP) == 1


@dataclass
class Checked:
    """One ``mypy --strict`` run over the user's script, the README's programs and a copy of
    the script with a misspelled key: its exit status and its output lines, per file."""

    status: int
    out: str
    good: list[str]
    line_of_lookup: int

    def lines_about(self, name: str) -> list[str]:
        """The output lines that name ``name``."""
        return [line for line in self.out.splitlines() if line.startswith(f"{name}:")]


@pytest.fixture(scope="module")
def checked(tmp_path_factory: pytest.TempPathFactory) -> Checked:
    """mypy once for both tests below: its start-up (typeshed, httpx, the whole package) is
    most of its time, and the files are independent modules, each reported on by name.
    """
    directory = tmp_path_factory.mktemp("mypy")
    source = SCRIPT.read_text()
    (directory / "payout_worker.py").write_text(source)
    # The README's whole programs too (its top-level-await snippets are not modules).
    scripts = [b for b in PYTHON if kind(b) == "script"]
    programs = [f"readme_line_{block.line}.py" for block in scripts]
    assert len(programs) >= 2
    for name, block in zip(programs, scripts, strict=True):
        (directory / name).write_text(block.source)
    typo = LOOKUP.replace('"cFiCardId"', '"cFiCardID"')
    (directory / "misspelled_worker.py").write_text(source.replace(LOOKUP, typo))
    line = source.splitlines().index(next(x for x in source.splitlines() if LOOKUP in x)) + 1
    good = ["payout_worker.py", *programs]
    status, out = mypy_strict(directory, *good, "misspelled_worker.py")
    return Checked(status, out, good, line)


async def test_mypy_strict_accepts_the_script_and_the_readme_programs(checked: Checked) -> None:
    assert checked.good[0] == "payout_worker.py"
    for name in checked.good:
        assert checked.lines_about(name) == [], checked.out
    # Every line mypy printed is about the misspelled copy: nothing else was reported.
    assert len(checked.lines_about("misspelled_worker.py")) == len(checked.out.splitlines())


async def test_mypy_strict_names_a_misspelled_params_key(checked: Checked) -> None:
    assert checked.status == 1, checked.out
    errors = [e for e in checked.lines_about("misspelled_worker.py") if ": error: " in e]
    assert errors, checked.out
    # Only the misspelled line is wrong, and mypy names the key and the TypedDict.
    assert {e.split(":")[1] for e in errors} == {str(checked.line_of_lookup)}, checked.out
    assert re.search(r'Extra key "cFiCardID" for TypedDict "IbisCardByIdParams"', checked.out), (
        checked.out
    )


@pytest.mark.parametrize("backend", E2E_BACKENDS)
async def test_the_script_runs_against_the_sandbox(backend: str) -> None:
    async with SandboxServer() as sandbox:
        status, out, err = await run_python([str(SCRIPT)], sandbox=sandbox, backend=backend)
        store = sandbox.app.store
    assert status == 0, err
    assert err == ""
    lines = out.splitlines()
    assert len(lines) == 8, lines
    (card_id,) = match(r"card (icrd_\w+) complete", lines[0])
    first, second, rerun = (match(PAID, line) for line in lines[1:4])
    assert (first[0], first[1], first[3]) == ("INV-1", "100.00", "100.00")
    assert (second[0], second[1], second[3]) == ("INV-2", "50.00", "150.00")
    assert second[2] != first[2]
    assert rerun == first  # the job's re-run found the first transfer instead of paying again
    assert lines[4] == "INV-2: its reference belongs to another payout (cFiCardId)"
    match(r"fee 1000\.00: insufficient funds \(51, request \w+\)", lines[5])
    # The sum of the history's amounts is exact Decimal arithmetic in the script.
    assert lines[6:] == ["balance 150.00", "history 2 transactions, net 150.00"]
    assert store.cards[card_id].balance == Decimal("150.00")
    credits = [t for t in store.transfers.values() if t.error is None]
    assert len(credits) == 2


# -- open and closed bodies (issue 22) --------------------------------------------------------

OPEN_AND_CLOSED = """\
from connectfi_async import ConnectFi
from connectfi_async.params import AkepaUpdateParams, CustomerAddEmployeeParams


class UpdateWithApplication(AkepaUpdateParams, total=False):
    applicationId: str  # a field the partly documented table may have


async def link(cf: ConnectFi, customer_id: str, document_ids: list[str]) -> None:
    body: UpdateWithApplication = {
        "entityId": customer_id,
        "documents": document_ids,
        "applicationId": "iapp_1",
    }
    await cf.akepa.update(body)
"""
# Each a separate mistake, on the line it names.
CLOSED_MISTAKES = {
    "literal": """\
    employee: CustomerAddEmployeeParams = {
        "companyId": "cstab_1", "employeeId": "cstap_1", "position": "Clerk", "note": "x"
    }
""",
    "subclass": """\
class EmployeeWithNote(CustomerAddEmployeeParams, total=False):
    note: str
""",
    "known key mistyped": """\
    wrong: UpdateWithApplication = {"entityId": 5}
""",
}


def test_mypy_accepts_an_extra_key_on_an_open_body_and_refuses_one_on_a_closed_body(
    tmp_path: Path,
) -> None:
    """An open body (additionalProperties not false) takes a field the docs' table did not
    show through a subclass, known keys still typed; a closed one takes no extra key at all."""
    (tmp_path / "open_body.py").write_text(OPEN_AND_CLOSED)
    status, out = mypy_strict(tmp_path, "open_body.py")
    assert (status, out) == (0, "")
    expected = {
        "literal": 'Extra key "note" for TypedDict "CustomerAddEmployeeParams"',
        "subclass": 'Cannot extend closed base class "CustomerAddEmployeeParams" with new field',
        "known key mistyped": '"int", TypedDict item "entityId" has type "str"',
    }
    for name, mistake in CLOSED_MISTAKES.items():
        inside = mistake.startswith("    ")
        source = OPEN_AND_CLOSED + (
            f"\n\nasync def mistaken() -> None:\n{mistake}" if inside else f"\n\n{mistake}"
        )
        script = tmp_path / f"mistake_{name.replace(' ', '_')}.py"
        script.write_text(source)
        status, out = mypy_strict(tmp_path, script.name)
        assert status == 1, (name, out)
        assert expected[name] in out, (name, out)
