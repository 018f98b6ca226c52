"""Every Python snippet of README.md, run as a user would against the sandbox over real HTTP.

Each ```python block is written to a file and run in a fresh interpreter with CONNECTFI_BASE_URL,
CONNECTFI_LOGIN, CONNECTFI_PASSWORD and CONNECTFI_BACKEND pointing at a sandbox this test
serves: a whole program with ``python file.py``; a snippet with top-level ``await`` as the
``python -m asyncio`` REPL runs it; a block defining ``test_*`` functions with pytest. There is
no way to skip a block: one that cannot run is not Python and belongs in a ```text fence.
"""

from __future__ import annotations

import asyncio
import re
import textwrap
from pathlib import Path

import pytest
from client_support import E2E_BACKENDS
from readme_support import (
    BLOCKS,
    PYTHON,
    README,
    Block,
    connectfi_imports,
    fenced_blocks,
    kind,
    run_python,
)

from connectfi_async.testing import SandboxServer

LANGUAGES = {"python", "sh", "text"}
# Runs a snippet with top-level await the way `python -m asyncio` does: in a running loop.
TOP_LEVEL_AWAIT = """\
import ast, asyncio, sys
path = sys.argv[1]
with open(path) as file:
    code = compile(file.read(), path, "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
asyncio.run(eval(code, {"__name__": "__main__"}))
"""


async def run_block(block: Block, directory: Path, sandbox: SandboxServer, backend: str) -> None:
    """Run one block in a fresh interpreter; fail with its output unless it succeeds quietly."""
    how = kind(block)
    path = directory / f"test_readme_line_{block.line}.py"
    path.write_text(block.source)
    if how == "pytest":
        args = ["-m", "pytest", "-q", "-p", "no:cacheprovider", "-o", "asyncio_mode=auto"]
        args += ["-o", "asyncio_default_fixture_loop_scope=function", "--rootdir", str(directory)]
        args.append(path.name)
    elif how == "await":
        args = ["-c", TOP_LEVEL_AWAIT, path.name]
    else:
        args = [path.name]
    status, out, err = await run_python(args, sandbox=sandbox, backend=backend, cwd=directory)
    report = f"README.md line {block.line} ({how}):\n{out}\n{err}"
    assert status == 0, report
    assert err == "", report
    if how == "pytest":
        tests = block.source.count("def test_")
        assert re.search(rf"^{tests} passed in ", out, re.MULTILINE), report


# -- the fence parser ---------------------------------------------------------------------------


def test_fenced_blocks_finds_indented_tilde_and_long_fences() -> None:
    markdown = textwrap.dedent(
        """\
        Text with ```inline``` code.

        ```python
        a = 1
        ```
        - a list item:

          ```python
          if a:
              b = 2
          ```

        ~~~~sh
        echo ```
        ~~~
        ~~~~
        ````text
        ```python
        not a block of its own
        ```
        ````
        """
    )
    assert fenced_blocks(markdown) == [
        Block(3, "python", "a = 1\n"),
        Block(8, "python", "if a:\n    b = 2\n"),
        Block(13, "sh", "echo ```\n~~~\n"),
        Block(17, "text", "```python\nnot a block of its own\n```\n"),
    ]
    with pytest.raises(ValueError, match="line 1 is never closed"):
        fenced_blocks("```python\nx = 1\n")


def test_kind_tells_scripts_top_level_await_and_tests_apart() -> None:
    assert kind(Block(1, "python", "import asyncio\nasyncio.run(main())\n")) == "script"
    assert kind(Block(1, "python", "x = await f()\n")) == "await"
    assert kind(Block(1, "python", "async with f() as g:\n    pass\n")) == "await"
    assert kind(Block(1, "python", "async def test_x(fixture):\n    await fixture()\n")) == "pytest"


@pytest.mark.slow
async def test_a_snippet_that_raises_warns_or_fails_its_test_fails(tmp_path: Path) -> None:
    sandbox = SandboxServer()  # never started: these snippets make no call
    failing = {
        "raises": Block(1, "python", "import asyncio\nawait asyncio.sleep(0)\n1 / 0\n"),
        "warns": Block(2, "python", "import warnings\nwarnings.warn('careful')\n"),
        "fails": Block(3, "python", "def test_one():\n    assert False\n"),
        "skips": Block(4, "python", "import pytest\n\ndef test_one():\n    pytest.skip()\n"),
    }
    outcomes = await asyncio.gather(
        *(run_block(block, tmp_path, sandbox, "httpx") for block in failing.values()),
        return_exceptions=True,
    )
    for name, outcome in zip(failing, outcomes, strict=True):
        assert isinstance(outcome, AssertionError), name
    assert "ZeroDivisionError" in str(outcomes[0])
    assert "careful" in str(outcomes[1])


# -- the README ---------------------------------------------------------------------------------


def test_every_fence_is_python_shell_or_text() -> None:
    # An untagged, ```py or ```pycon fence would hide a snippet from the run below.
    assert {block.language for block in BLOCKS} <= LANGUAGES, [
        (b.line, b.language) for b in BLOCKS if b.language not in LANGUAGES
    ]
    opened = [i for i, line in enumerate(README.read_text().splitlines()) if "```python" in line]
    assert [block.line - 1 for block in PYTHON] == opened
    assert {kind(block) for block in PYTHON} == {"script", "await", "pytest"}


def test_snippets_import_only_public_names() -> None:
    scripts = sorted((README.parent / "examples").glob("*.py"))
    examples = [(f"examples/{path.name}", path.read_text()) for path in scripts]
    sources = [(f"README.md line {b.line}", b.source) for b in PYTHON] + examples
    private = []
    for where, source in sources:
        for module, name in connectfi_imports(source):
            parts = [*module.split(".")[1:], name]
            private += [(where, module, p) for p in parts if p.startswith("_")]
    assert private == []
    assert "connectfi_async._" not in README.read_text().replace(
        "src/connectfi_async/_generated", ""
    )


@pytest.mark.slow
@pytest.mark.parametrize("backend", E2E_BACKENDS)
async def test_every_python_snippet_runs_against_the_sandbox(backend: str, tmp_path: Path) -> None:
    async with SandboxServer() as sandbox:
        # Independent by design (each makes what it needs), so they run side by side.
        outcomes = await asyncio.gather(
            *(run_block(block, tmp_path, sandbox, backend) for block in PYTHON),
            return_exceptions=True,
        )
        customers = len(sandbox.app.store.customers)
    failures = [str(outcome) for outcome in outcomes if outcome is not None]
    assert failures == [], "\n\n".join(failures)
    assert len(outcomes) == README.read_text().count("```python") == 11
    # The snippets that need a customer made their own: the sandbox starts empty.
    assert customers == 4
