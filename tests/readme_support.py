"""README.md's fenced code blocks, and running a user's Python as a user would.

The parser and how each Python block is run; the imports a source takes from the SDK; a fresh
interpreter pointed at a sandbox through the ``CONNECTFI_*`` environment variables.
"""

from __future__ import annotations

import ast
import asyncio
import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

README = Path(__file__).resolve().parent.parent / "README.md"
OPENING = re.compile(r"^(?P<indent> *)(?P<fence>`{3,}|~{3,})(?P<info>.*)$")


@dataclass(frozen=True)
class Block:
    """A fenced code block: the README line its fence opens on, its language and its text."""

    line: int
    language: str
    source: str


def fenced_blocks(markdown: str) -> list[Block]:
    """Every fenced code block of a CommonMark document, in order, dedented to its fence."""
    blocks: list[Block] = []
    lines = markdown.splitlines()
    index = 0
    while index < len(lines):
        opening = OPENING.match(lines[index])
        if opening is None or (opening["fence"][0] == "`" and "`" in opening["info"]):
            index += 1
            continue
        fence, indent = opening["fence"], len(opening["indent"])
        closing = re.compile(rf"^ *{re.escape(fence[0])}{{{len(fence)},}} *$")
        end = next((i for i in range(index + 1, len(lines)) if closing.match(lines[i])), None)
        if end is None:
            raise ValueError(f"the fence on line {index + 1} is never closed")
        body = [
            line[min(indent, len(line) - len(line.lstrip(" "))) :]
            for line in lines[index + 1 : end]
        ]
        blocks.append(Block(index + 1, opening["info"].strip(), "\n".join(body) + "\n"))
        index = end + 1
    return blocks


BLOCKS = fenced_blocks(README.read_text())
PYTHON = [block for block in BLOCKS if block.language == "python"]


def parse(source: str) -> ast.Module:
    """The syntax tree of a snippet, top-level ``await`` allowed."""
    flags = ast.PyCF_ONLY_AST | ast.PyCF_ALLOW_TOP_LEVEL_AWAIT
    tree: ast.Module = compile(source, "<README>", "exec", flags=flags, dont_inherit=True)
    return tree


def kind(block: Block) -> str:
    """How a user runs the block: ``script``, ``await`` (python -m asyncio) or ``pytest``."""
    tree = parse(block.source)
    if any(
        isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.name.startswith("test_")
        for node in tree.body
    ):
        return "pytest"
    try:
        compile(block.source, "<README>", "exec", dont_inherit=True)
    except SyntaxError:
        return "await"  # valid only with top-level await (parsed above)
    return "script"


def connectfi_imports(source: str) -> list[tuple[str, str]]:
    """``(module, name)`` of every import from the connectfi_async package (name "" for
    ``import connectfi_async...``); top-level ``await`` allowed."""
    found: list[tuple[str, str]] = []
    for node in ast.walk(parse(source)):
        if isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] == (
            "connectfi_async"
        ):
            found += [(node.module or "", alias.name) for alias in node.names]
        elif isinstance(node, ast.Import):
            found += [(a.name, "") for a in node.names if a.name.split(".")[0] == "connectfi_async"]
    return found


async def run_python(
    args: list[str], *, sandbox: Any, backend: str, cwd: Path | None = None
) -> tuple[int | None, str, str]:
    """``python *args`` in a fresh interpreter whose ``CONNECTFI_*`` point at ``sandbox``.

    No ``PYTEST_*`` or other ``CONNECTFI_*`` variable leaks in from this run; returns the exit
    status, stdout and stderr (two minutes at most).
    """
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTEST_", "CONNECTFI_"))}
    env |= {
        "CONNECTFI_BASE_URL": sandbox.base_url,
        "CONNECTFI_LOGIN": sandbox.login,
        "CONNECTFI_PASSWORD": sandbox.password,
        "CONNECTFI_BACKEND": backend,
    }
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        *args,
        cwd=cwd,
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await asyncio.wait_for(process.communicate(), timeout=120)
    return process.returncode, out.decode(), err.decode()
